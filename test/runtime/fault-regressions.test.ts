/**
 * Bugs the fault-injection suite (bench/faults, docs/fault-injection.md) found, each pinned down at the
 * moment that exposed it, against the shared services. (A ClickHouse restart needs a server of the test's
 * own: test/runtime/clickhouse-restart.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chQuery, chRows, freshClickHouse } from "./clickhouse-harness"
import { intervalEnv, project, runRuntime, writePlan } from "./harness"

let olap: { database: string; uri: string }
beforeAll(async () => {
  olap = await freshClickHouse("faultreg")
})
afterAll(() => chQuery(`DROP DATABASE IF EXISTS ${olap.database}`))

describe("a ClickHouse append killed after its `done`, before dropping its tables", () => {
  it("is skipped by its retry, which drops the tables the killed try left", async () => {
    const rows = ["id,at", ...Array.from({ length: 50 }, (_, i) => `${i + 1},2025-03-01 10:00:00`)]
    const dir = project({ "rows.csv": rows.join("\n") })
    const plan = writePlan(
      dir,
      `pipeline: faultreg
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  olap: { kind: clickhouse, conn_id: olap }
tasks:
  load:
    source: { kind: file, path: rows.csv, format: csv, incremental: { cursor: at } }
    targets:
      - connection: olap
        table: ${olap.database}.appended
        order_by: [id]
        columns: { id: UInt32, at: "DateTime('UTC')" }
    batch: { rows: 20 }
`,
    )
    const env = {
      AIRSPEC_CONN_OLAP: olap.uri,
      AIRSPEC_DAG_RUN_ID: "scheduled__done_kill",
      ...intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"),
    }
    const leftovers = () =>
      chRows(
        `SELECT name FROM system.tables WHERE database = '${olap.database}' AND match(name, '^airspec_(stage|work|old)_')`,
      )
    const killed = await runRuntime({
      plan,
      task: "load",
      cwd: dir,
      env: { ...env, AIRSPEC_FAULT_POINT: "clickhouse.done" },
    })
    expect(killed.signal).toBe("SIGKILL")
    expect((await leftovers()).length).toBeGreaterThan(0)
    const retry = await runRuntime({ plan, task: "load", cwd: dir, env: { ...env, AIRSPEC_TRY_NUMBER: "2" } })
    expect(retry.code).toBe(0)
    expect(retry.summary).toMatchObject({ targets: [{ skipped: "already_loaded" }] })
    expect(await leftovers()).toEqual([])
    expect(await chRows(`SELECT count() AS n, uniqExact(id) AS ids FROM ${olap.database}.appended`)).toEqual([
      { n: "50", ids: "50" },
    ])
  })
})
