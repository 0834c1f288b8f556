/**
 * A ClickHouse server restarted right after a load (found by the fault-injection suite, bench/faults):
 * ClickHouse keeps the parts a REPLACE PARTITION replaced on disk until a background cleanup, and a
 * restart before it loads them as active again, so the replaced rows came back beside the new ones. The
 * test restarts the server, so it runs one of its own (`AIRSPEC_SERVICE_INSTANCE=restart`, its own port
 * and state directory), never the shared one, and stops it by the process id its start recorded.
 */
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { intervalEnv, project, runRuntime, writePlan } from "./harness"

const PORT = 18323
const HOME = resolve(".cache/services/clickhouse-restart")
const ENV = { ...process.env, AIRSPEC_SERVICE_INSTANCE: "restart", AIRSPEC_CLICKHOUSE_PORT: String(PORT) }
const URL_ = `http://127.0.0.1:${PORT}`
const DATABASE = `restart_${process.pid}`

const query = async (sql: string): Promise<string> => {
  const response = await fetch(`${URL_}/`, { method: "POST", body: sql })
  const text = await response.text()
  if (!response.ok) throw new Error(`${sql}\n${text}`)
  return text
}

const start = async () => {
  execFileSync("bash", ["scripts/services/clickhouse.sh", "start"], { env: ENV, stdio: "ignore" })
  for (let i = 0; i < 200; i++) {
    try {
      await query("SELECT 1")
      return
    } catch {
      await new Promise((ok) => setTimeout(ok, 100))
    }
  }
  throw new Error("the test's ClickHouse server did not start")
}

/** SIGTERM to the test's own server (by the pid its start wrote, checked against its command line). */
const stop = async () => {
  const pid = Number(readFileSync(join(HOME, "server.pid"), "utf8"))
  if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(HOME)) return
  process.kill(pid, "SIGTERM")
  for (;;) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((ok) => setTimeout(ok, 50))
  }
}

beforeAll(async () => {
  await start()
  await query(`CREATE DATABASE IF NOT EXISTS ${DATABASE}`)
}, 60_000)
afterAll(async () => {
  await query(`DROP DATABASE IF EXISTS ${DATABASE}`).catch(() => {})
  await stop().catch(() => {})
}, 60_000)

const events = (day: string, ids: number[], version: number) =>
  [
    "id,happened_at,version",
    ...ids.map((id) => `${id},${day} ${String(id).padStart(2, "0")}:00:00,${version}`),
  ].join("\n")

describe("a ClickHouse restart right after a load", () => {
  for (const [write, partition] of [
    ["window", "        partition_by: toYYYYMMDD(happened_at)\n"],
    ["window", ""],
    ["append", ""],
  ] as const) {
    it(`does not bring back the rows a ${write} load replaced${partition === "" ? " (one partition)" : ""}`, async () => {
      const table = `${DATABASE}.${write}_${partition === "" ? "single" : "daily"}`
      const dir = project({ "events.csv": events("2025-03-01", [1, 2, 3], 1) })
      const plan = writePlan(
        dir,
        `pipeline: restart
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  olap: { kind: clickhouse, conn_id: olap }
tasks:
  load:
    source: { kind: file, path: events.csv, format: csv, incremental: { cursor: happened_at } }
    targets:
      - connection: olap
        table: ${table}
        write: ${write}
        order_by: [id]
${partition}        columns: { id: UInt32, happened_at: "DateTime('UTC')", version: UInt32 }
`,
      )
      const run = async (day: string) => {
        const result = await runRuntime({
          plan,
          task: "load",
          cwd: dir,
          env: {
            AIRSPEC_CONN_OLAP: `${URL_}/${DATABASE}`,
            ...intervalEnv(`${day}T00:00:00Z`, `${day}T23:59:59Z`),
          },
        })
        if (result.code !== 0) throw new Error(result.log)
      }
      await run("2025-03-01")
      // window: the same day again with other rows; append: the next day, into the same partition
      const day = write === "window" ? "2025-03-01" : "2025-03-02"
      writeFileSync(join(dir, "events.csv"), events(day, write === "window" ? [2, 4] : [5, 6], 2))
      await run(day)
      const expected = write === "window" ? "2\t2\n4\t2\n" : "1\t1\n2\t1\n3\t1\n5\t2\n6\t2\n"
      expect(await query(`SELECT id, version FROM ${table} ORDER BY id, version`)).toBe(expected)
      await stop()
      await start()
      expect(await query(`SELECT id, version FROM ${table} ORDER BY id, version`)).toBe(expected)
    }, 60_000)
  }
})
