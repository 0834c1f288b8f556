/** A database per test file on the real ClickHouse server, and plain HTTP queries against it. */
import { inject } from "vitest"

export const clickhouseUrl = () => inject("clickhouseUrl")

export const chQuery = async (sql: string): Promise<string> => {
  const response = await fetch(`${clickhouseUrl()}/`, { method: "POST", body: sql })
  const text = await response.text()
  if (!response.ok) throw new Error(`${sql}\n${text}`)
  return text
}

/** Rows of a SELECT as objects. */
export const chRows = async <R = Record<string, unknown>>(sql: string): Promise<R[]> =>
  (await chQuery(`${sql} FORMAT JSONEachRow`))
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as R)

/** A new, empty database; the connection URI the runtime gets for it. */
export const freshClickHouse = async (prefix: string): Promise<{ database: string; uri: string }> => {
  const database = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  await chQuery(`CREATE DATABASE ${database}`)
  const url = new URL(clickhouseUrl())
  url.username = "default"
  url.pathname = `/${database}`
  return { database, uri: url.toString() }
}
