/**
 * ClickHouse edge cases a review found (each failed before its fix): dates past 2105 on 18.16, day and
 * second 0 from a ClickHouse source, a crashed publication finished by the next run, append after a full
 * refresh, odd identifiers, a URI that does not parse.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chQuery, chRows, freshClickHouse } from "./clickhouse-harness"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"

let olap: { database: string; uri: string }
let dwh: string
beforeAll(async () => {
  olap = await freshClickHouse("ch_review")
  dwh = await freshDatabase("ch_review_dwh")
})
afterAll(() => chQuery(`DROP DATABASE IF EXISTS ${olap.database}`))

const spec = (tasks: string, extra = "") => `pipeline: chreview
owner: data
schedule: "@daily"
start_date: 2025-01-01
${extra}connections:
  olap: { kind: clickhouse, conn_id: olap }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
${tasks}`

const DAY1 = intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")

const run = (dir: string, plan: string, task: string, env: Record<string, string> = {}) =>
  runRuntime({ plan, task, cwd: dir, env: { AIRSPEC_CONN_OLAP: olap.uri, AIRSPEC_CONN_DWH: dwh, ...env } })

const ok = (result: { code: number | null; log: string }) => {
  if (result.code !== 0) throw new Error(`runtime exited ${result.code}:\n${result.log}`)
}

describe("exact values on 18.16", () => {
  it("a Date or DateTime after 2105 is stored exactly or quarantined, never as 0000-00-00", async () => {
    const dir = project({
      "far.csv": ["id,d,t", "1,2105-12-31,2105-12-31 00:00:00", "2,2120-01-01,2106-01-02 00:00:00"].join(
        "\n",
      ),
    })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: far.csv, format: csv }
    targets:
      - connection: olap
        table: ${olap.database}.far_dates
        order_by: [id]
        columns: { id: UInt32, d: Date, t: "DateTime('UTC')" }
    bad_rows: { max_count: 10 }
`),
    )
    ok(await run(dir, plan, "load"))
    const rows = await chRows<{ id: number; d: string; t: string }>(
      `SELECT id, toString(d) AS d, toString(t) AS t FROM ${olap.database}.far_dates ORDER BY id`,
    )
    // every row in the table holds what the file says (row 2 may be quarantined instead)
    for (const row of rows) {
      if (row.id === 2) expect([row.d, row.t]).toEqual(["2120-01-01", "2106-01-02 00:00:00"])
    }
    expect(rows.find((row) => row.id === 1)).toEqual({ id: 1, d: "2105-12-31", t: "2105-12-31 00:00:00" })
  })
})

describe("ClickHouse as a source on 18.16", () => {
  beforeAll(async () => {
    await chQuery(
      `CREATE TABLE ${olap.database}.epoch_src (id UInt32, t DateTime('UTC'), d Date) ENGINE = MergeTree ORDER BY id`,
    )
    await chQuery(
      `INSERT INTO ${olap.database}.epoch_src VALUES (1, toDateTime(0, 'UTC'), toDate(0)), (2, toDateTime(86400, 'UTC'), toDate(1))`,
    )
  })

  it("copies DateTime 1970-01-01 00:00:00 into another ClickHouse table unchanged", async () => {
    const dir = project({})
    const plan = writePlan(
      dir,
      spec(`  copy:
    source: { kind: clickhouse, connection: olap, table: ${olap.database}.epoch_src }
    targets:
      - { connection: olap, table: ${olap.database}.epoch_copy, order_by: [id] }
`),
    )
    ok(await run(dir, plan, "copy"))
    expect(
      await chRows(
        `SELECT id, toUnixTimestamp(t) AS ts, toUInt16(d) AS days FROM ${olap.database}.epoch_copy ORDER BY id`,
      ),
    ).toEqual([
      { id: 1, ts: 0, days: 0 },
      { id: 2, ts: 86400, days: 1 },
    ])
  })

  it("copies Date 1970-01-01 and DateTime 0 into PostgreSQL", async () => {
    const dir = project({})
    const plan = writePlan(
      dir,
      spec(`  copy:
    source: { kind: clickhouse, connection: olap, table: ${olap.database}.epoch_src }
    targets:
      - { connection: dwh, table: review.epoch_copy }
    bad_rows: { max_count: 10 }
`),
    )
    ok(await run(dir, plan, "copy"))
    const rows = await query(
      dwh,
      `SELECT id, d::text AS d, extract(epoch FROM t)::int AS ts FROM review.epoch_copy ORDER BY id`,
    )
    expect(rows).toEqual([
      { id: "1", d: "1970-01-01", ts: 0 },
      { id: "2", d: "1970-01-02", ts: 86400 },
    ])
  })
})

describe("secrets", () => {
  it("a ClickHouse URI that is not a URL does not print its password", async () => {
    const dir = project({ "a.csv": "id\n1" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: a.csv, format: csv }
    targets: [{ connection: olap, table: leak, order_by: [id], columns: { id: UInt32 } }]
`),
    )
    const result = await run(dir, plan, "load", {
      AIRSPEC_CONN_OLAP: "http://default:TopSecret4711@127.0.0.1:99999/db",
    })
    expect(result.code).not.toBe(0)
    expect(result.log).not.toContain("TopSecret4711")
  })
})

describe("merge without a version", () => {
  it("the latest load of a key wins (docs: 'else the latest load')", async () => {
    const dir = project({ "m.csv": "id,v\n1,first\n2,first" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: m.csv, format: csv }
    targets:
      - connection: olap
        table: ${olap.database}.merged_nover
        write: merge
        primary_key: [id]
        columns: { id: UInt32 }
`),
    )
    ok(await run(dir, plan, "load", DAY1))
    writeFileSync(join(dir, "m.csv"), "id,v\n1,second")
    ok(await run(dir, plan, "load", DAY1))
    expect(await chRows(`SELECT id, v FROM ${olap.database}.merged_nover FINAL ORDER BY id`)).toEqual([
      { id: 1, v: "second" },
      { id: 2, v: "first" },
    ])
  })
})

const DAY2 = intervalEnv("2025-03-02T00:00:00Z", "2025-03-03T00:00:00Z")

describe("retries that come late", () => {
  it("the next load finishes a publication a killed run prepared before building on the table", async () => {
    const dir = project({ "e.csv": "id,day\n1,2025-03-01" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: e.csv, format: csv }
    targets:
      - { connection: olap, table: ${olap.database}.late_append, order_by: [id], columns: { id: UInt32 } }
`),
    )
    const day1 = { ...DAY1, AIRSPEC_DAG_RUN_ID: "scheduled__late_day1" }
    const killed = await run(dir, plan, "load", { ...day1, AIRSPEC_FAULT_POINT: "clickhouse.prepared" })
    expect(killed.signal).toBe("SIGKILL")
    // day 1 failed for good; day 2 runs: it publishes day 1's staged row first, then its own
    writeFileSync(join(dir, "e.csv"), "id,day\n2,2025-03-02")
    const day2 = await run(dir, plan, "load", { ...DAY2, AIRSPEC_DAG_RUN_ID: "scheduled__late_day2" })
    ok(day2)
    expect(day2.log).toMatch(/finished the publication try 1 of run scheduled__late_day1 prepared/)
    expect(await chRows(`SELECT id FROM ${olap.database}.late_append ORDER BY id`)).toEqual([
      { id: 1 },
      { id: 2 },
    ])
    // the operator clears day 1 later: the ledger says it is done, so its retry loads nothing again
    writeFileSync(join(dir, "e.csv"), "id,day\n1,2025-03-01")
    const retry = await run(dir, plan, "load", { ...day1, AIRSPEC_TRY_NUMBER: "2" })
    ok(retry)
    expect(retry.summary).toMatchObject({ targets: [{ skipped: "already_loaded" }] })
    expect(await chRows(`SELECT id FROM ${olap.database}.late_append ORDER BY id`)).toEqual([
      { id: 1 },
      { id: 2 },
    ])
  })

  it("append after a full refresh of the same interval does not load the interval twice (as in PostgreSQL)", async () => {
    const dir = project({ "e.csv": "id\n1\n2" })
    const tasks = (connection: string, table: string) => `  load:
    source: { kind: file, path: e.csv, format: csv }
    targets:
      - { connection: ${connection}, table: ${table}, order_by: [id], columns: { id: UInt32 } }
`
    const extra = "params:\n  full_refresh: { type: boolean, default: false }\n"
    const chPlan = writePlan(dir, spec(tasks("olap", `${olap.database}.refreshed`), extra))
    ok(await run(dir, chPlan, "load", { ...DAY1, AIRSPEC_PARAMS: '{"full_refresh": true}' }))
    ok(await run(dir, chPlan, "load", DAY1))
    const pgPlan = writePlan(
      dir,
      spec(tasks("dwh", "review.refreshed").replace(", order_by: [id], columns: { id: UInt32 }", ""), extra),
    )
    ok(await run(dir, pgPlan, "load", { ...DAY1, AIRSPEC_PARAMS: '{"full_refresh": true}' }))
    ok(await run(dir, pgPlan, "load", DAY1))
    const pg = await query(dwh, "SELECT count(*)::int AS n FROM review.refreshed")
    const ch = await chRows<{ n: string }>(`SELECT count() AS n FROM ${olap.database}.refreshed`)
    expect({ pg: pg[0]?.n, ch: Number(ch[0]?.n) }).toEqual({ pg: 2, ch: 2 })
  })
})

describe("odd identifiers, no database prefix, Date cursor", () => {
  it("window on an unqualified table with keyword and spaced column names and a Date cursor", async () => {
    const rows = (ids: number[], day: string, v: number) =>
      ["id,from,order note,date,select", ...ids.map((id) => `${id},x${id},n\`${id},${day},${v}`)].join("\n")
    const dir = project({ "w.csv": rows([1, 2], "2025-03-01", 1) })
    const plan = writePlan(
      dir,
      spec(`  load:
    source:
      kind: file
      path: w.csv
      format: csv
      incremental: { cursor: date }
    targets:
      - connection: olap
        table: odd_table
        write: window
        order_by: [id, from]
        partition_by: "toYYYYMM(date)"
        columns: { id: UInt32, date: Date, select: UInt8 }
`),
    )
    ok(await run(dir, plan, "load", DAY1))
    writeFileSync(join(dir, "w.csv"), rows([3], "2025-03-02", 1))
    ok(await run(dir, plan, "load", DAY2))
    writeFileSync(join(dir, "w.csv"), rows([1], "2025-03-01", 2))
    ok(await run(dir, plan, "load", DAY1))
    expect(
      await chRows(
        `SELECT id, \`from\`, \`order note\` AS note, toString(date) AS d, \`select\` FROM ${olap.database}.odd_table ORDER BY id`,
      ),
    ).toEqual([
      { id: 1, from: "x1", note: "n`1", d: "2025-03-01", select: 2 },
      { id: 3, from: "x3", note: "n`3", d: "2025-03-02", select: 1 },
    ])
  })
})
