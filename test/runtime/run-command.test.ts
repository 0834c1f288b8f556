/** `airspec run`: a task run locally from a spec, connections from a .env file, the runtime's exit code. */
import { execFile } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { beforeAll, describe, expect, it } from "vitest"
import { freshDatabase, project, query } from "./harness"

const exec = promisify(execFile)
const CLI = resolve("bin/airspec.mjs")

let dwh: string
beforeAll(async () => {
  dwh = await freshDatabase("run_cmd")
})

const airspec = async (cwd: string, args: string[]) => {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "" },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

describe("airspec run", () => {
  const spec = `pipeline: local_run
owner: me
schedule: "@daily"
timezone: Asia/Tokyo
start_date: 2025-01-01
params:
  full_refresh: { type: boolean, default: false }
connections:
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  events:
    source: { kind: file, path: data/events.csv, format: csv, incremental: { cursor: at } }
    targets: [{ connection: dwh, table: events, write: window, columns: { at: timestamptz } }]
`
  const setup = () => {
    const dir = project({ ".env": `AIRSPEC_CONN_DWH=${dwh}\n` })
    mkdirSync(join(dir, "specs"))
    mkdirSync(join(dir, "data"))
    writeFileSync(join(dir, "specs", "events.yaml"), spec)
    // midnight in Tokyo is 15:00 UTC the day before
    writeFileSync(
      join(dir, "data", "events.csv"),
      "id,at\n1,2025-02-28T15:00:00Z\n2,2025-02-28T14:59:59Z\n3,2025-03-01T14:59:59Z\n",
    )
    return dir
  }

  it("runs a task over an interval in the pipeline's time zone, with connections from .env", async () => {
    const dir = setup()
    const result = await airspec(dir, [
      "run",
      "specs/events.yaml",
      "--task",
      "events",
      "--interval",
      "2025-03-01/2025-03-02",
    ])
    expect(result.code).toBe(0)
    expect(result.output).toMatch(/INFO summary .*"rows_written":2/)
    expect(result.output).not.toContain("\x1b[K") // no progress line when stderr is not a terminal
    expect(await query(dwh, "SELECT id FROM events ORDER BY id")).toEqual([{ id: "1" }, { id: "3" }])
    const refreshed = await airspec(dir, [
      "run",
      "specs/events.yaml",
      "--task",
      "events",
      "--param",
      "full_refresh=true",
    ])
    expect(refreshed.code).toBe(0)
    expect(await query(dwh, "SELECT count(*)::int AS n FROM events")).toEqual([{ n: 3 }])
  })

  it("exits with the runtime's code, and 2 for a task the spec does not have", async () => {
    const dir = setup()
    expect((await airspec(dir, ["run", "specs/events.yaml", "--task", "nope"])).code).toBe(2)
    const noInterval = await airspec(dir, ["run", "specs/events.yaml", "--task", "events"])
    expect(noInterval.code).toBe(3)
    expect(noInterval.output).toMatch(/needs a data interval/)
    writeFileSync(join(dir, ".env"), "AIRSPEC_CONN_DWH=postgresql://postgres@127.0.0.1:1/none\n")
    expect(
      (
        await airspec(dir, [
          "run",
          "specs/events.yaml",
          "--task",
          "events",
          "--interval",
          "2025-03-01/2025-03-02",
        ])
      ).code,
    ).toBe(75)
  })
})
