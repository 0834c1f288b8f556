/**
 * Loads into a real PostgreSQL through the bundled runtime process: every write mode, exact values,
 * reruns of an interval, bad rows and their threshold, schema drift.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"

let dwh: string
let shop: string
beforeAll(async () => {
  dwh = await freshDatabase("load_dwh")
  shop = await freshDatabase("load_shop")
})

const spec = (tasks: string, extra = "") => `pipeline: rt
owner: data
schedule: "@daily"
start_date: 2025-01-01
${extra}connections:
  shop: { kind: postgres, conn_id: shop }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
${tasks}`

const DAY1 = intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")
const DAY2 = intervalEnv("2025-03-02T00:00:00Z", "2025-03-03T00:00:00Z")

const run = (dir: string, plan: string, task: string, env: Record<string, string> = {}) =>
  runRuntime({ plan, task, cwd: dir, env: { AIRSPEC_CONN_DWH: dwh, AIRSPEC_CONN_SHOP: shop, ...env } })

describe("file source to Postgres", () => {
  const csv = [
    "id,code,amount,payload,note,seen_at",
    '1,00042,12345678901234567890.123456789,"{""a"": [1, 2.50]}","",2025-03-01 10:00:00+03',
    "2,007,0.1,null,,2025-03-01T23:59:59.999999Z",
    '3,0,-5,"{}","tab\there, back\\slash, ""quoted""\nsecond line",2025-03-02 00:00:00+00',
  ].join("\n")

  it("keeps every value exact: decimals, leading zeros, time zones, json, NULL versus empty", async () => {
    await query(
      dwh,
      `CREATE SCHEMA exact; CREATE TABLE exact.rows (id int PRIMARY KEY, code text, amount numeric(40,9),
         payload jsonb, note text, seen_at timestamptz)`,
    )
    const dir = project({ "rows.csv": csv })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: rows.csv, format: csv }
    targets: [{ connection: dwh, table: exact.rows }]
`),
    )
    const result = await run(dir, plan, "load")
    expect(result.log).not.toMatch(/ERROR/)
    expect(result.code).toBe(0)
    const rows = await query(
      dwh,
      `SELECT id, code, amount::text, payload::text, note, note IS NULL AS note_null,
              to_char(seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS seen_utc
       FROM exact.rows ORDER BY id`,
    )
    expect(rows).toEqual([
      {
        id: 1,
        code: "00042",
        amount: "12345678901234567890.123456789",
        payload: '{"a": [1, 2.50]}',
        note: "",
        note_null: false,
        seen_utc: "2025-03-01 07:00:00.000000",
      },
      {
        id: 2,
        code: "007",
        amount: "0.100000000",
        payload: "null",
        note: null,
        note_null: true,
        seen_utc: "2025-03-01 23:59:59.999999",
      },
      {
        id: 3,
        code: "0",
        amount: "-5.000000000",
        payload: "{}",
        note: 'tab\there, back\\slash, "quoted"\nsecond line',
        note_null: false,
        seen_utc: "2025-03-02 00:00:00.000000",
      },
    ])
    expect(result.summary).toMatchObject({
      status: "success",
      rows_read: 3,
      rows_written: 3,
      rows_quarantined: 0,
    })
  })

  it("append: a rerun of a loaded interval changes nothing, a new interval adds its rows", async () => {
    const dir = project({ "orders.csv": "id,amount\n1,10.50\n2,20.25\n" })
    const plan = writePlan(
      dir,
      spec(`  orders:
    source: { kind: file, path: orders.csv, format: csv }
    targets: [{ connection: dwh, table: append_t.orders, write: append, columns: { id: bigint, amount: "numeric(10,2)" } }]
`),
    )
    expect((await run(dir, plan, "orders", { ...DAY1, AIRSPEC_DAG_RUN_ID: "scheduled__day1" })).code).toBe(0)
    const again = await run(dir, plan, "orders", { ...DAY1, AIRSPEC_DAG_RUN_ID: "manual__again" })
    expect(again.code).toBe(0)
    expect(again.summary).toMatchObject({ rows_written: 0, targets: [{ skipped: "already_loaded" }] })
    expect(await query(dwh, "SELECT count(*)::int AS n FROM append_t.orders")).toEqual([{ n: 2 }])
    expect((await run(dir, plan, "orders", { ...DAY2, AIRSPEC_DAG_RUN_ID: "scheduled__day2" })).code).toBe(0)
    expect(await query(dwh, "SELECT count(*)::int AS n FROM append_t.orders")).toEqual([{ n: 4 }])
    const types = await query(
      dwh,
      "SELECT column_name, data_type, numeric_precision FROM information_schema.columns WHERE table_schema = 'append_t' ORDER BY ordinal_position",
    )
    expect(types).toEqual([
      { column_name: "id", data_type: "bigint", numeric_precision: 64 },
      { column_name: "amount", data_type: "numeric", numeric_precision: 10 },
    ])
    const ledger = await query(
      dwh,
      "SELECT dag_run_id, rows_written::int, write_mode, interval_start FROM airspec.load_ledger WHERE target_table = 'append_t.orders' ORDER BY id",
    )
    expect(ledger.map((row) => [row.dag_run_id, row.rows_written, row.write_mode])).toEqual([
      ["scheduled__day1", 2, "append"],
      ["scheduled__day2", 2, "append"],
    ])
    expect(
      await query(
        dwh,
        "SELECT loaded_through FROM airspec.watermarks WHERE target_table = 'append_t.orders'",
      ),
    ).toEqual([{ loaded_through: new Date("2025-03-03T00:00:00Z") }])
  })

  it("window: loads only the interval's rows and a rerun replaces exactly that interval", async () => {
    const rows = (amount: string) =>
      `id,day,amount\n1,2025-03-01T08:00:00Z,${amount}\n2,2025-03-01T20:00:00Z,${amount}\n3,2025-03-02T08:00:00Z,${amount}\n`
    const dir = project({ "feed.csv": rows("1") })
    const plan = writePlan(
      dir,
      spec(`  feed:
    source: { kind: file, path: feed.csv, format: csv, incremental: { cursor: day } }
    targets: [{ connection: dwh, table: window_t.feed, write: window, columns: { day: timestamptz, amount: int } }]
`),
    )
    const first = await run(dir, plan, "feed", DAY1)
    expect(first.code).toBe(0)
    expect(first.summary).toMatchObject({ rows_read: 3, targets: [{ rows_written: 2, rows_filtered: 1 }] })
    expect((await run(dir, plan, "feed", DAY2)).code).toBe(0)
    writeFileSync(join(dir, "feed.csv"), rows("7"))
    expect((await run(dir, plan, "feed", DAY1)).code).toBe(0)
    expect((await run(dir, plan, "feed", DAY1)).code).toBe(0)
    expect(await query(dwh, "SELECT id, amount FROM window_t.feed ORDER BY id")).toEqual([
      { id: "1", amount: 7 },
      { id: "2", amount: 7 },
      { id: "3", amount: 1 },
    ])
  })

  it("interval_start / interval_end params from the trigger form replace the run's interval", async () => {
    const dir = project({
      "feed.csv": "id,day\n1,2025-03-01T08:00:00Z\n2,2025-03-02T08:00:00Z\n3,2025-03-03T08:00:00Z\n",
    })
    const plan = writePlan(
      dir,
      spec(
        `  feed:
    source: { kind: file, path: feed.csv, format: csv, incremental: { cursor: day } }
    targets: [{ connection: dwh, table: ranged.feed, write: window, columns: { day: timestamptz } }]
`,
        "params:\n  interval_start: { type: string, format: date }\n  interval_end: { type: string, format: date }\n",
      ),
    )
    const result = await run(dir, plan, "feed", {
      ...DAY1,
      AIRSPEC_PARAMS: JSON.stringify({ interval_start: "2025-03-02", interval_end: "2025-03-04" }),
    })
    expect(result.code).toBe(0)
    expect(result.summary).toMatchObject({
      interval_start: "2025-03-02T00:00:00.000Z",
      interval_end: "2025-03-04T00:00:00.000Z",
    })
    expect(await query(dwh, "SELECT id FROM ranged.feed ORDER BY id")).toEqual([{ id: "2" }, { id: "3" }])
  })

  it("fails a window load without a data interval, and touches nothing", async () => {
    const dir = project({ "feed.csv": "id,day\n1,2025-03-01T08:00:00Z\n" })
    const plan = writePlan(
      dir,
      spec(`  feed:
    source: { kind: file, path: feed.csv, format: csv, incremental: { cursor: day } }
    targets: [{ connection: dwh, table: window_none.feed, write: window }]
`),
    )
    const result = await run(dir, plan, "feed")
    expect(result.code).toBe(3)
    expect(result.summary).toMatchObject({ status: "failed", reason: "config", retryable: false })
    expect(await query(dwh, "SELECT to_regclass('window_none.feed') AS t")).toEqual([{ t: null }])
  })
})

describe("Postgres source to Postgres", () => {
  beforeAll(async () => {
    await query(
      shop,
      `CREATE TABLE orders (id bigint PRIMARY KEY, status text, total numeric(12,2), meta jsonb, note text,
         updated_at timestamptz NOT NULL);
       INSERT INTO orders VALUES
         (1, 'new', 10.10, '{"x": 1}', NULL, '2025-03-01 01:00+00'),
         (2, 'paid', 0.05, NULL, '', '2025-03-01 23:59:59.999999+00'),
         (3, 'new', 99999999.99, '[]', E'line\\nbreak\\ttab\\\\', '2025-03-02 00:00+00'),
         (4, 'old', 1, NULL, 'x', '2025-02-28 12:00+00')`,
    )
  })

  const merge = spec(`  orders:
    source: { kind: postgres, connection: shop, table: public.orders, incremental: { cursor: updated_at } }
    targets: [{ connection: dwh, table: merged.orders, write: merge, primary_key: [id] }]
`)

  it("merge: reads the interval by its cursor, upserts by key, and a rerun leaves identical contents", async () => {
    const dir = project({})
    const plan = writePlan(dir, merge)
    const first = await run(dir, plan, "orders", DAY1)
    expect(first.code).toBe(0)
    expect(first.summary).toMatchObject({ rows_read: 2, rows_written: 2 })
    const snapshot = await query(dwh, "SELECT * FROM merged.orders ORDER BY id")
    expect(snapshot.map((row) => row.id)).toEqual(["1", "2"])
    // exact types came from the source's metadata
    expect(
      await query(
        dwh,
        "SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'merged.orders'::regclass AND attnum > 0 ORDER BY attnum",
      ),
    ).toEqual(
      ["bigint", "text", "numeric(12,2)", "jsonb", "text", "timestamp with time zone"].map((type) => ({
        type,
      })),
    )
    expect((await run(dir, plan, "orders", DAY1)).code).toBe(0)
    expect(await query(dwh, "SELECT * FROM merged.orders ORDER BY id")).toEqual(snapshot)

    await query(shop, "UPDATE orders SET status = 'shipped', updated_at = '2025-03-01 12:00+00' WHERE id = 1")
    expect((await run(dir, plan, "orders", DAY1)).code).toBe(0)
    expect(await query(dwh, "SELECT id, status FROM merged.orders ORDER BY id")).toEqual([
      { id: "1", status: "shipped" },
      { id: "2", status: "paid" },
    ])
    await query(shop, "UPDATE orders SET status = 'new', updated_at = '2025-03-01 01:00+00' WHERE id = 1")
  })

  it("copies every value exactly: the target equals the source row for row", async () => {
    const dir = project({})
    const plan = writePlan(
      dir,
      spec(`  copy:
    source: { kind: postgres, connection: shop, query: "select * from orders -- all of them" }
    targets: [{ connection: dwh, table: copied.orders, write: replace }]
`),
    )
    expect((await run(dir, plan, "copy")).code).toBe(0)
    const source = await query(shop, "SELECT *, note IS NULL AS null_note FROM orders ORDER BY id")
    const target = await query(dwh, "SELECT *, note IS NULL AS null_note FROM copied.orders ORDER BY id")
    expect(target).toEqual(source)
    expect(target.find((row) => row.id === "3")?.note).toBe("line\nbreak\ttab\\")
  })

  it("replace swaps in the new contents; full_refresh reloads a merge target from every source row", async () => {
    const dir = project({})
    const plan = writePlan(dir, merge)
    const refreshed = await run(dir, plan, "orders", { ...DAY2, AIRSPEC_PARAMS: '{"full_refresh": true}' })
    expect(refreshed.code).toBe(2) // the spec declares no full_refresh param: refused
    const withParam = writePlan(
      dir,
      spec(
        `  orders:
    source: { kind: postgres, connection: shop, table: public.orders, incremental: { cursor: updated_at } }
    targets: [{ connection: dwh, table: merged.orders, write: merge, primary_key: [id] }]
`,
        "params:\n  full_refresh: { type: boolean, default: false }\n",
      ),
    )
    await query(dwh, "INSERT INTO merged.orders (id, status, updated_at) VALUES (99, 'stray', now())")
    const result = await run(dir, withParam, "orders", { ...DAY2, AIRSPEC_PARAMS: '{"full_refresh": true}' })
    expect(result.code).toBe(0)
    expect(result.summary).toMatchObject({
      full_refresh: true,
      rows_read: 4,
      targets: [{ write_mode: "replace" }],
    })
    expect((await query(dwh, "SELECT id FROM merged.orders ORDER BY id")).map((row) => row.id)).toEqual([
      "1",
      "2",
      "3",
      "4",
    ])
    // the primary key survived the swap
    expect(
      await query(
        dwh,
        "SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = 'merged' AND tablename = 'orders'",
      ),
    ).toEqual([{ n: 1 }])
  })
})
