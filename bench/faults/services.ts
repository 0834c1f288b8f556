/**
 * The services the suite runs against. PostgreSQL is the shared server (`scripts/services/postgres.sh`,
 * reused as it is): the suite only creates its own databases there and ends only its own runtime's
 * backends. ClickHouse and Kafka are the suite's own instances (`AIRSPEC_SERVICE_INSTANCE=faults`, their own
 * ports and state under .cache/services/*-faults), because the suite stops and restarts them; it stops
 * them by the process id their start script recorded, never by name.
 */
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { promisify } from "node:util"

export const ROOT = resolve(import.meta.dirname, "../..")
const run = promisify(execFile)

const startScript = async (script: string, env: Record<string, string> = {}): Promise<string> => {
  const { stdout } = await run("bash", [join(ROOT, "scripts/services", script), "start"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  })
  return stdout.trim().split("\n").pop() ?? ""
}

export const sharedPostgres = () => startScript("postgres.sh")

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One of the suite's own service instances, which it may stop and start again. */
export class OwnInstance {
  private readonly home: string
  private readonly env: Record<string, string>

  constructor(
    readonly service: "clickhouse" | "kafka",
    readonly port: number,
  ) {
    this.home = join(ROOT, ".cache/services", `${service}-faults`)
    this.env = {
      AIRSPEC_SERVICE_INSTANCE: "faults",
      [service === "clickhouse" ? "AIRSPEC_CLICKHOUSE_PORT" : "AIRSPEC_KAFKA_PORT"]: String(port),
    }
  }

  /** Starts the instance unless it runs; its address (a URL for ClickHouse, host:port for Kafka). */
  start(): Promise<string> {
    return startScript(`${this.service}.sh`, this.env)
  }

  /** The server's process id, from the pid file its start wrote, checked against its command line. */
  pid(): number | null {
    try {
      const pid = Number(readFileSync(join(this.home, "server.pid"), "utf8").trim())
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8")
      return command.includes(this.home) ? pid : null
    } catch {
      return null
    }
  }

  /** Stops the server: SIGTERM (a clean stop) or SIGKILL (a crash); resolves once it is gone. */
  async stop(signal: "SIGTERM" | "SIGKILL"): Promise<void> {
    const pid = this.pid()
    if (pid === null) return
    process.kill(pid, signal)
    const deadline = Date.now() + 60_000
    while (alive(pid)) {
      if (Date.now() > deadline) process.kill(pid, "SIGKILL")
      await sleep(50)
    }
  }
}

export { query as pgQuery } from "../../test/runtime/runtime-process"

export const databaseUrl = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** A query over ClickHouse's HTTP interface; the response body. */
export const chQuery = async (url: string, sql: string): Promise<string> => {
  const response = await fetch(`${url}/`, { method: "POST", body: sql })
  const text = await response.text()
  if (!response.ok) throw new Error(`${sql.slice(0, 200)}\n${text}`)
  return text
}

/** Waits until the ClickHouse server answers queries (it listens a moment before it does). */
export const chReady = async (url: string): Promise<void> => {
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      await chQuery(url, "SELECT 1")
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(100)
    }
  }
}
