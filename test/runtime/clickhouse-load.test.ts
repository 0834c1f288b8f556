/**
 * Loads into a real ClickHouse server (Debian's 18.16, started by scripts/services/clickhouse.sh) through
 * the bundled runtime process: exact values, every write mode, reruns, retries after a kill, quarantine,
 * and ClickHouse as a source for PostgreSQL and ClickHouse targets.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { chQuery, chRows, freshClickHouse } from "./clickhouse-harness"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"

let olap: { database: string; uri: string }
let dwh: string
beforeAll(async () => {
  olap = await freshClickHouse("ch_load")
  dwh = await freshDatabase("ch_dwh")
})

const spec = (tasks: string, schedule = '"@daily"') => `pipeline: chrt
owner: data
schedule: ${schedule}
start_date: 2025-01-01
connections:
  olap: { kind: clickhouse, conn_id: olap }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
${tasks}`

const DAY1 = intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")
const DAY2 = intervalEnv("2025-03-02T00:00:00Z", "2025-03-03T00:00:00Z")

const run = (dir: string, plan: string, task: string, env: Record<string, string> = {}) =>
  runRuntime({ plan, task, cwd: dir, env: { AIRSPEC_CONN_OLAP: olap.uri, AIRSPEC_CONN_DWH: dwh, ...env } })

/** 18.16 prints a decimal with all its scale's digits, current servers without trailing zeros. */
const trimZeros = (decimal: string) =>
  decimal.includes(".") ? decimal.replace(/0+$/, "").replace(/\.$/, "") : decimal

const ok = (result: { code: number | null; log: string }) => {
  if (result.code !== 0) throw new Error(`runtime exited ${result.code}:\n${result.log}`)
}

describe("file source to ClickHouse", () => {
  const csv = [
    "id,code,amount,seen_at,note,city",
    '1,00042,12345678901234.123456,2025-03-01 10:00:00+03,"",Zürich',
    "2,007,-0.5,2025-03-01T23:59:59Z,,東京",
    '3,0,0,2025-03-01 12:00:00,"tab\there, ""quoted""\nsecond line",""',
  ].join("\n")

  it("keeps values exact: decimals, leading zeros, time zones, NULL versus empty, unicode, escapes", async () => {
    const dir = project({ "rows.csv": csv })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: rows.csv, format: csv }
    targets:
      - connection: olap
        table: ${olap.database}.exact
        order_by: [id]
        columns: { id: UInt32, amount: "Decimal(38, 6)", seen_at: "DateTime('Europe/Berlin')" }
`),
    )
    const result = await run(dir, plan, "load")
    ok(result)
    const rows = await chRows<{ amount: string }>(
      `SELECT id, code, toString(amount) AS amount, toUnixTimestamp(seen_at) AS ts, toString(seen_at) AS local,
              note, isNull(note) AS note_null, city, toTypeName(note) AS note_type
       FROM ${olap.database}.exact ORDER BY id`,
    )
    expect(rows.map((row) => ({ ...row, amount: trimZeros(row.amount) }))).toEqual([
      {
        id: 1,
        code: "00042",
        amount: "12345678901234.123456",
        ts: Date.UTC(2025, 2, 1, 7) / 1000,
        local: "2025-03-01 08:00:00",
        note: "",
        note_null: 0,
        city: "Zürich",
        note_type: "Nullable(String)",
      },
      {
        id: 2,
        code: "007",
        amount: "-0.5",
        ts: Date.UTC(2025, 2, 1, 23, 59, 59) / 1000,
        local: "2025-03-02 00:59:59",
        note: null,
        note_null: 1,
        city: "東京",
        note_type: "Nullable(String)",
      },
      {
        id: 3,
        code: "0",
        amount: "0",
        // a time without an offset is the column's local time
        ts: Date.UTC(2025, 2, 1, 11) / 1000,
        local: "2025-03-01 12:00:00",
        note: 'tab\there, "quoted"\nsecond line',
        note_null: 0,
        city: "",
        note_type: "Nullable(String)",
      },
    ])
    const summary = result.summary as { targets: Array<{ rows_written: number; checksum: string }> }
    expect(summary.targets[0]?.rows_written).toBe(3)
    expect(summary.targets[0]?.checksum).toMatch(/^[0-9a-f]{64}$/)
  })

  it("quarantines values the server would take wrongly or refuse, with the column and reason", async () => {
    const rows = [
      "id,small,day,amount,uid,at,kind,ratio",
      "1,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "2,300,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "3,1,2025-02-30,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "4,1,2025-03-01,1.255,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "5,1,2025-03-01,1.2500,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "6,1,2025-03-01,1.25,not-a-uuid,2025-03-01 10:00:00,a,0.5",
      "7,1,1960-01-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "8,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,yesterday,a,0.5",
      ",1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "10,-1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "11,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,a,0.5",
      "12,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,c,0.5",
      "13,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,b,zero",
      "14,1,2025-03-01,1.25,00000000-0000-0000-0000-000000000001,2025-03-01 10:00:00,b,0.25",
    ].join("\n")
    const dir = project({ "bad.csv": rows })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: bad.csv, format: csv, csv: { null_string: "" } }
    targets:
      - connection: olap
        table: ${olap.database}.typed
        order_by: [id]
        columns: { id: Int64, small: UInt8, day: Date, amount: "Decimal(10, 2)", uid: UUID, at: "DateTime('UTC')", kind: "Enum8('a' = 1, 'b' = 2)", ratio: Float64 }
    bad_rows: { max_count: 20, table: ${olap.database}.quarantine }
`),
    )
    const result = await run(dir, plan, "load")
    ok(result)
    const loaded = await chRows<{ id: string; amount: string }>(
      `SELECT id, toString(amount) AS amount FROM ${olap.database}.typed ORDER BY id`,
    )
    expect(loaded.map((row) => ({ ...row, amount: trimZeros(row.amount) }))).toEqual([
      { id: "1", amount: "1.25" },
      { id: "5", amount: "1.25" },
      { id: "11", amount: "1.25" },
      { id: "14", amount: "1.25" },
    ])
    const quarantined = await chRows<{ source_row: string; reason: string; raw: string }>(
      `SELECT source_row, reason, raw FROM ${olap.database}.quarantine FINAL ORDER BY source_row`,
    )
    const column = (name: string) => expect.stringMatching(new RegExp(`^column ${name}: `))
    expect(quarantined.map((row) => [Number(row.source_row), row.reason])).toEqual([
      [2, column("small")],
      [3, column("day")],
      [4, column("amount")],
      [6, column("uid")],
      [7, column("day")],
      [8, column("at")],
      [9, column("id")],
      [10, column("small")],
      // refused by the server: the enum's error names no row (found by halving), the float's does
      [12, expect.stringMatching(/Unknown element 'c'/)],
      [13, expect.stringMatching(/^Cannot parse input.*column ratio \(Float64\)/)],
    ])
    expect(JSON.parse(quarantined[0]?.raw ?? "{}")).toMatchObject({ id: "2", small: "300" })
    const summary = result.summary as { rows_quarantined: number }
    expect(summary.rows_quarantined).toBe(10)
  })
})
