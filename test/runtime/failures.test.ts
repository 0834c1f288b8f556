/**
 * What goes wrong, against the real services: bad rows and their threshold, a runtime killed mid-load
 * and retried, schema drift, and the exit codes that tell Airflow whether to retry.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"

let dwh: string
beforeAll(async () => {
  dwh = await freshDatabase("fail_dwh")
})

const spec = (tasks: string) => `pipeline: rtf
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh }
tasks:
${tasks}`

const run = (dir: string, plan: string, task: string, env: Record<string, string> = {}) =>
  runRuntime({ plan, task, cwd: dir, env: { AIRSPEC_CONN_DWH: dwh, ...env } })

describe("bad rows", () => {
  const feed = [
    "id,amount,day",
    "1,10.5,2025-03-01",
    "2,not a number,2025-03-01", // the server rejects the numeric
    '3,"unterminated,2025-03-01', // unreadable CSV: the quote swallows the rest of the file
  ].join("\n")
  const rows = [
    "id,amount,day",
    "1,10.5,2025-03-01",
    "2,not a number,2025-03-01",
    "3,7,2025-03-01,extra field",
    "4,8,2025-02-30",
    ",9,2025-03-01",
    "6,11,2025-03-01",
  ].join("\n")

  const task = (table: string, badRows: string) => `  load:
    source: { kind: file, path: rows.csv, format: csv }
    targets:
      - connection: dwh
        table: ${table}
        primary_key: [id]
        columns: { id: int, amount: "numeric(6,2)", day: date }
    bad_rows: ${badRows}
    batch: { rows: 2 }
`

  it("quarantines unreadable and rejected rows with their reason and loads the rest", async () => {
    const dir = project({ "rows.csv": rows })
    const plan = writePlan(dir, spec(task("bad.loaded", "{ max_count: 10, table: bad.quarantine }")))
    const result = await run(dir, plan, "load")
    expect(result.code).toBe(0)
    expect(result.summary).toMatchObject({ rows_read: 6, rows_written: 2, rows_quarantined: 4 })
    expect(await query(dwh, "SELECT id, amount::text FROM bad.loaded ORDER BY id")).toEqual([
      { id: 1, amount: "10.50" },
      { id: 6, amount: "11.00" },
    ])
    const quarantined = await query(
      dwh,
      "SELECT source_row::int AS row, reason, raw FROM bad.quarantine ORDER BY source_row",
    )
    expect(quarantined.map((row) => row.row)).toEqual([2, 3, 4, 5])
    expect(quarantined[0]?.reason).toMatch(
      /column amount: invalid input syntax for type numeric: "not a number" \(SQLSTATE 22P02\)/,
    )
    expect(JSON.parse(String(quarantined[0]?.raw))).toEqual({
      id: "2",
      amount: "not a number",
      day: "2025-03-01",
    })
    expect(quarantined[1]).toMatchObject({
      reason: "expected 3 fields, found 4",
      raw: "3,7,2025-03-01,extra field",
    })
    expect(quarantined[2]?.reason).toMatch(/column day: date\/time field value out of range/)
    expect(quarantined[3]?.reason).toMatch(/null value in column "id"/)
  })

  it("fails without retries when the bad rows pass the threshold, keeping the target as it was", async () => {
    const dir = project({ "rows.csv": rows })
    const plan = writePlan(dir, spec(task("bad.strict", "{ max_count: 1, table: bad.strict_quarantine }")))
    const result = await run(dir, plan, "load", { AIRSPEC_DAG_RUN_ID: "scheduled__strict" })
    expect(result.code).toBe(3)
    expect(result.summary).toMatchObject({ status: "failed", reason: "bad_rows", retryable: false })
    // the target was created in the failed transaction, so it is gone with it
    expect(await query(dwh, "SELECT to_regclass('bad.strict') AS t")).toEqual([{ t: null }])
    // the rows that broke the threshold are kept for inspection, once per run even when retried
    const kept = await query(dwh, "SELECT count(*)::int AS n FROM bad.strict_quarantine")
    expect(kept[0]?.n).toBeGreaterThanOrEqual(2)
    await run(dir, plan, "load", { AIRSPEC_DAG_RUN_ID: "scheduled__strict", AIRSPEC_TRY_NUMBER: "2" })
    expect(await query(dwh, "SELECT count(*)::int AS n FROM bad.strict_quarantine")).toEqual(kept)
  })

  it("fails on a ratio of bad rows, and on any bad row when the spec sets no threshold", async () => {
    const dir = project({ "rows.csv": rows })
    const ratio = await run(dir, writePlan(dir, spec(task("bad.ratio", "{ max_ratio: 0.5 }"))), "load")
    expect(ratio.summary).toMatchObject({ reason: "bad_rows" })
    const lenient = await run(dir, writePlan(dir, spec(task("bad.lenient", "{ max_ratio: 0.7 }"))), "load")
    expect(lenient.code).toBe(0)
    writeFileSync(join(dir, "rows.csv"), feed)
    const strict = writePlan(
      dir,
      spec(task("bad.none", "{ table: bad.none_q }").replace("    bad_rows: { table: bad.none_q }\n", "")),
    )
    const none = await run(dir, strict, "load")
    expect(none.code).toBe(3)
    expect(none.summary).toMatchObject({ reason: "bad_rows" })
  })
})

describe("a runtime killed mid-load", () => {
  it("leaves no partial rows, and the retry loads every row exactly once", async () => {
    const lines = ["id,payload"]
    for (let i = 1; i <= 300_000; i++) lines.push(`${i},row number ${i} with some padding to make it longer`)
    const dir = project({ "big.csv": `${lines.join("\n")}\n` })
    const plan = writePlan(
      dir,
      spec(`  big:
    source: { kind: file, path: big.csv, format: csv }
    targets: [{ connection: dwh, table: killed.big, write: append, columns: { id: int } }]
    batch: { rows: 20000 }
`),
    )
    const env = {
      ...intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"),
      AIRSPEC_DAG_RUN_ID: "scheduled__big",
    }
    let batches = 0
    const killed = await runRuntime({
      plan,
      task: "big",
      cwd: dir,
      env: { AIRSPEC_CONN_DWH: dwh, ...env },
      onLine: (line, child) => {
        if (line.includes("batch ") && ++batches === 3) child.kill("SIGKILL")
      },
    })
    expect(killed.signal).toBe("SIGKILL")
    expect(batches).toBeGreaterThanOrEqual(3)
    // nothing of the killed attempt is visible: not the rows, not a ledger row
    expect(await query(dwh, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'killed'")).toEqual([
      { n: 0 },
    ])

    const retry = await run(dir, plan, "big", { ...env, AIRSPEC_TRY_NUMBER: "2" })
    expect(retry.code).toBe(0)
    expect(
      await query(
        dwh,
        "SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, min(id), max(id) FROM killed.big",
      ),
    ).toEqual([{ n: 300_000, ids: 300_000, min: 1, max: 300_000 }])
    expect(
      await query(
        dwh,
        "SELECT try_number, rows_written::int FROM airspec.load_ledger WHERE target_table = 'killed.big'",
      ),
    ).toEqual([{ try_number: 2, rows_written: 300_000 }])
  }, 120_000)
})

describe("schema drift", () => {
  it("adds new source columns by default, and fails without retries when the spec says fail", async () => {
    const dir = project({ "v1.csv": "id,a\n1,x\n", "v2.csv": "id,a,b\n2,y,new\n" })
    const drift = (file: string, policy: string) =>
      writePlan(
        dir,
        spec(`  load:
    source: { kind: file, path: ${file}, format: csv }
    targets: [{ connection: dwh, table: drift.t, on_schema_drift: ${policy} }]
`),
      )
    expect((await run(dir, drift("v1.csv", "add_columns"), "load")).code).toBe(0)
    const refused = await run(dir, drift("v2.csv", "fail"), "load")
    expect(refused.code).toBe(3)
    expect(refused.summary).toMatchObject({ reason: "schema_drift" })
    expect(refused.summary?.message).toMatch(/"b"/)
    expect((await run(dir, drift("v2.csv", "add_columns"), "load")).code).toBe(0)
    expect(await query(dwh, "SELECT id, a, b FROM drift.t ORDER BY id")).toEqual([
      { id: "1", a: "x", b: null },
      { id: "2", a: "y", b: "new" },
    ])
  })
})

describe("exit codes", () => {
  it("an unreachable database is retryable (75); a bad plan or a missing connection is a usage error (2)", async () => {
    const dir = project({ "a.csv": "id\n1\n" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: a.csv, format: csv }
    targets: [{ connection: dwh, table: t }]
`),
    )
    const down = await runRuntime({
      plan,
      task: "load",
      cwd: dir,
      env: { AIRSPEC_CONN_DWH: "postgresql://postgres:s3cret-pw@127.0.0.1:1/none" },
    })
    expect(down.code).toBe(75)
    expect(down.summary).toMatchObject({ reason: "target", retryable: true })
    expect(down.log).not.toContain("s3cret-pw")
    expect((await runRuntime({ plan, task: "load", cwd: dir, env: {} })).code).toBe(2)
    expect((await runRuntime({ plan, task: "nope", cwd: dir, env: { AIRSPEC_CONN_DWH: dwh } })).code).toBe(2)
    writeFileSync(plan, "{}")
    expect((await runRuntime({ plan, task: "load", cwd: dir, env: { AIRSPEC_CONN_DWH: dwh } })).code).toBe(2)
  })
})

describe("findings of the review", () => {
  it("a retry of the same run skips an append that already committed, even without a data interval", async () => {
    const dir = project({ "a.csv": "id\n1\n2\n" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: a.csv, format: csv }
    targets: [{ connection: dwh, table: retried.first }, { connection: dwh, table: retried.second }]
`),
    )
    const env = { AIRSPEC_DAG_RUN_ID: "manual__no_interval" }
    expect((await run(dir, plan, "load", env)).code).toBe(0)
    const retry = await run(dir, plan, "load", { ...env, AIRSPEC_TRY_NUMBER: "2" })
    expect(retry.code).toBe(0)
    expect(retry.summary).toMatchObject({
      targets: [{ skipped: "already_loaded" }, { skipped: "already_loaded" }],
    })
    expect(
      await query(
        dwh,
        "SELECT (SELECT count(*) FROM retried.first)::int AS a, (SELECT count(*) FROM retried.second)::int AS b",
      ),
    ).toEqual([{ a: 2, b: 2 }])
    // another run without an interval is a new load
    expect((await run(dir, plan, "load", { AIRSPEC_DAG_RUN_ID: "manual__other" })).code).toBe(0)
    expect(await query(dwh, "SELECT count(*)::int AS n FROM retried.first")).toEqual([{ n: 4 }])
  })

  it("replace keeps the table's serial column, views and grants", async () => {
    await query(
      dwh,
      `CREATE SCHEMA swap; CREATE TABLE swap.t (seq serial, id int, name text);
       INSERT INTO swap.t (id, name) VALUES (1, 'old');
       CREATE VIEW swap.v AS SELECT id, name FROM swap.t;
       DO $$ BEGIN CREATE ROLE swap_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
       GRANT USAGE ON SCHEMA swap TO swap_reader; GRANT SELECT ON swap.t TO swap_reader`,
    )
    const dir = project({ "t.csv": "id,name\n2,new\n3,newer\n" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: t.csv, format: csv }
    targets: [{ connection: dwh, table: swap.t, write: replace }]
`),
    )
    const result = await run(dir, plan, "load")
    expect(result.log).not.toMatch(/ERROR/)
    expect(result.code).toBe(0)
    expect(await query(dwh, "SELECT id, name FROM swap.v ORDER BY id")).toEqual([
      { id: 2, name: "new" },
      { id: 3, name: "newer" },
    ])
    expect(await query(dwh, "SELECT count(DISTINCT seq)::int AS n FROM swap.t")).toEqual([{ n: 2 }])
    expect(
      await query(dwh, "SELECT has_table_privilege('swap_reader', 'swap.t', 'SELECT') AS granted"),
    ).toEqual([{ granted: true }])
  })

  it("sets many rejected rows aside in one batch and keeps every good row, once", async () => {
    const lines = ["id,n"]
    const bad = new Set<number>()
    for (let i = 1; i <= 20_000; i++) {
      const rejected = i % 97 === 0 || i === 1 || i === 20_000 || (i >= 5000 && i <= 5010)
      if (rejected) bad.add(i)
      lines.push(`${i},${rejected ? "x" : i}`)
    }
    const dir = project({ "many.csv": `${lines.join("\n")}\n` })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: many.csv, format: csv }
    targets: [{ connection: dwh, table: many.rows, columns: { id: int, n: int } }]
    batch: { rows: 50000 }
    bad_rows: { max_ratio: 0.5, table: many.quarantine }
`),
    )
    const result = await run(dir, plan, "load")
    expect(result.code).toBe(0)
    expect(result.summary).toMatchObject({
      rows_read: 20_000,
      rows_written: 20_000 - bad.size,
      rows_quarantined: bad.size,
    })
    const loaded = await query(
      dwh,
      "SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM many.rows",
    )
    expect(loaded).toEqual([{ n: 20_000 - bad.size, ids: 20_000 - bad.size }])
    const rejected = await query(
      dwh,
      "SELECT source_row::int AS row FROM many.quarantine ORDER BY source_row",
    )
    expect(rejected.map((row) => row.row)).toEqual([...bad].sort((a, b) => a - b))
    expect(
      await query(
        dwh,
        "SELECT rows_quarantined::int AS q FROM airspec.load_ledger WHERE target_table = 'many.rows'",
      ),
    ).toEqual([{ q: bad.size }])
  }, 60_000)

  it("counts rows with a NULL incremental cursor as filtered instead of dropping them silently", async () => {
    const dir = project({ "c.csv": "id,at\n1,2025-03-01T10:00:00Z\n2,\n3,2025-01-01T00:00:00Z\n" })
    const plan = writePlan(
      dir,
      spec(`  load:
    source: { kind: file, path: c.csv, format: csv, incremental: { cursor: at } }
    targets: [{ connection: dwh, table: nullcursor.t, write: merge, primary_key: [id], columns: { at: timestamptz } }]
`),
    )
    const result = await run(dir, plan, "load", intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"))
    expect(result.code).toBe(0)
    expect(result.summary).toMatchObject({ rows_read: 3, targets: [{ rows_written: 1, rows_filtered: 2 }] })
  })
})
