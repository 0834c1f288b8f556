/**
 * `mask` end to end through the bundled runtime: hashed and nulled columns from PostgreSQL, CSV, NDJSON
 * and ClickHouse sources into PostgreSQL and ClickHouse targets, the types of the tables it creates,
 * quarantined rows that hold no unmasked value, a source without the masked column, and reruns.
 */
import { createHash } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chQuery, chRows, freshClickHouse } from "./clickhouse-harness"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex")

let dwh: string
let crm: string
let olap: { database: string; uri: string }
beforeAll(async () => {
  dwh = await freshDatabase("mask_dwh")
  crm = await freshDatabase("mask_crm")
  olap = await freshClickHouse("mask")
})
afterAll(() => chQuery(`DROP DATABASE IF EXISTS ${olap.database}`))

const spec = (tasks: string) => `pipeline: masked
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  crm: { kind: postgres, conn_id: crm }
  dwh: { kind: postgres, conn_id: dwh }
  olap: { kind: clickhouse, conn_id: olap }
tasks:
${tasks}`

const DAY1 = intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")

const run = (dir: string, plan: string, task: string, env: Record<string, string> = {}) =>
  runRuntime({
    plan,
    task,
    cwd: dir,
    env: { AIRSPEC_CONN_CRM: crm, AIRSPEC_CONN_DWH: dwh, AIRSPEC_CONN_OLAP: olap.uri, ...env },
  })

const ok = (result: { code: number | null; log: string }) => {
  if (result.code !== 0) throw new Error(`runtime exited ${result.code}:\n${result.log}`)
}

/** Personal data, each value once in the source: none of it may reach a target or a quarantine. */
const SECRETS = ["Anna@Example.com", "+7 900 000-00-00", "7707083893", "4510 123456", "o'brien@x.y"]

describe("PostgreSQL source", () => {
  beforeAll(() =>
    query(
      crm,
      `CREATE TABLE contacts (id int PRIMARY KEY, email text, phone text, inn bigint, passport varchar(20),
         note text, updated_at timestamptz);
       INSERT INTO contacts VALUES
         (1, 'Anna@Example.com', '+7 900 000-00-00', 7707083893, '4510 123456', 'keep', '2025-03-01 10:00Z'),
         (2, E'tab\\there, back\\\\slash,\\nnew line', '', 500100732259, NULL, 'Zürich', '2025-03-01 11:00Z'),
         (3, NULL, NULL, NULL, '', NULL, '2025-03-01 12:00Z'),
         (4, 'юникод@пример.рф', '+1', 1, 'x', 'next day', '2025-03-02 12:00Z');`,
    ),
  )

  const task = `  contacts:
    source: { kind: postgres, connection: crm, table: public.contacts, incremental: { cursor: updated_at } }
    mask: { email: hash, inn: hash, phone: null, passport: "null" }
    targets:
      - { connection: dwh, table: masked.contacts, write: merge, primary_key: [id] }
      - { connection: olap, table: ${"OLAP"}.contacts, write: append, order_by: [id] }
`

  it("loads hashes and NULLs into PostgreSQL and ClickHouse, as text and nullable columns, rerun after rerun", async () => {
    const dir = project({})
    const plan = writePlan(dir, spec(task.replace("OLAP", olap.database)))
    const expected = [
      {
        id: 1,
        email: sha256("Anna@Example.com"),
        phone: null,
        inn: sha256("7707083893"),
        passport: null,
        note: "keep",
      },
      {
        id: 2,
        email: sha256("tab\there, back\\slash,\nnew line"),
        phone: null,
        inn: sha256("500100732259"),
        passport: null,
        note: "Zürich",
      },
      { id: 3, email: null, phone: null, inn: null, passport: null, note: null },
    ]
    for (const runId of ["scheduled__day1", "manual__rerun"]) {
      const result = await run(dir, plan, "contacts", { ...DAY1, AIRSPEC_DAG_RUN_ID: runId })
      ok(result)
      expect(
        await query(dwh, "SELECT id, email, phone, inn, passport, note FROM masked.contacts ORDER BY id"),
      ).toEqual(expected)
      const clickhouse = await chRows(
        `SELECT id, email, phone, inn, passport, note FROM ${olap.database}.contacts ORDER BY id`,
      )
      expect(clickhouse).toEqual(expected)
      for (const secret of SECRETS) expect(result.log).not.toContain(secret)
    }

    // PostgreSQL's own SHA-256 of the source's values agrees with the loaded hashes
    const source = await query(
      crm,
      `SELECT id, encode(sha256(convert_to(email, 'UTF8')), 'hex') AS email,
              encode(sha256(convert_to(inn::text, 'UTF8')), 'hex') AS inn
       FROM contacts WHERE id <= 3 ORDER BY id`,
    )
    expect(source).toEqual(expected.map(({ id, email, inn }) => ({ id, email, inn })))

    expect(
      await query(
        dwh,
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
         WHERE table_schema = 'masked' AND table_name = 'contacts' ORDER BY ordinal_position`,
      ),
    ).toEqual([
      { column_name: "id", data_type: "integer", is_nullable: "NO" },
      { column_name: "email", data_type: "text", is_nullable: "YES" },
      { column_name: "phone", data_type: "text", is_nullable: "YES" },
      // a bigint source column is hashed into text
      { column_name: "inn", data_type: "text", is_nullable: "YES" },
      { column_name: "passport", data_type: "character varying", is_nullable: "YES" },
      { column_name: "note", data_type: "text", is_nullable: "YES" },
      { column_name: "updated_at", data_type: "timestamp with time zone", is_nullable: "YES" },
    ])
    expect(
      await chRows(
        `SELECT name, type FROM system.columns WHERE database = '${olap.database}' AND table = 'contacts'
           AND name IN ('email', 'phone', 'inn', 'passport') ORDER BY name`,
      ),
    ).toEqual([
      { name: "email", type: "Nullable(String)" },
      { name: "inn", type: "Nullable(String)" },
      { name: "passport", type: "Nullable(String)" },
      { name: "phone", type: "Nullable(String)" },
    ])
  })

  it("fails before loading when the source has no masked column, naming it", async () => {
    const dir = project({})
    const plan = writePlan(
      dir,
      spec(`  contacts:
    source: { kind: postgres, connection: crm, table: public.contacts }
    mask: { email: hash, e_mail: hash }
    targets: [{ connection: dwh, table: masked.never }]
`),
    )
    const result = await run(dir, plan, "contacts")
    expect(result.code).toBe(3)
    expect(result.log).toMatch(/mask names "e_mail", which the source does not have/)
    expect(result.summary).toMatchObject({ status: "failed", reason: "config" })
    expect(await query(dwh, "SELECT to_regclass('masked.never') IS NULL AS absent")).toEqual([
      { absent: true },
    ])
  })
})

describe("CSV source to ClickHouse", () => {
  const csv = [
    "id,email,phone,amount",
    "1,Anna@Example.com,+7 900 000-00-00,1",
    '2,"tab\there, ""quoted""",,2',
    "3,,+1,3",
    "4,o'brien@x.y,+44 20 7946 0000,300", // amount does not fit UInt8: quarantined by the value checks
    "5,broken@x.y,4510 123456", // a field short: unreadable
  ].join("\n")

  const task = (table: string) => `  feed:
    source: { kind: file, path: feed.csv, format: csv }
    mask: { email: hash, phone: null }
    targets:
      - connection: olap
        table: ${olap.database}.${table}
        write: replace
        order_by: [id]
        columns: { id: UInt32, email: "Nullable(String)", amount: UInt8 }
    bad_rows: { max_count: 5, table: ${olap.database}.quarantine }
`

  it("stores hashes and NULLs, quarantines bad rows without their personal data, and reruns to the same rows", async () => {
    const dir = project({ "feed.csv": csv })
    const plan = writePlan(dir, spec(task("feed")))
    const expected = [
      { id: 1, email: sha256("Anna@Example.com"), phone: null, amount: 1 },
      { id: 2, email: sha256('tab\there, "quoted"'), phone: null, amount: 2 },
      // an unquoted empty CSV field is NULL, and a hash keeps NULL
      { id: 3, email: null, phone: null, amount: 3 },
    ]
    for (const runId of ["scheduled__feed", "manual__feed_again"]) {
      const result = await run(dir, plan, "feed", { AIRSPEC_DAG_RUN_ID: runId })
      ok(result)
      expect(result.summary).toMatchObject({ rows_read: 5, rows_quarantined: 2 })
      expect(
        await chRows(
          `SELECT id, email, phone, toUInt8(amount) AS amount FROM ${olap.database}.feed ORDER BY id`,
        ),
      ).toEqual(expected)
    }
    expect(
      await chRows(
        `SELECT name, type FROM system.columns WHERE database = '${olap.database}' AND table = 'feed' ORDER BY name`,
      ),
    ).toEqual([
      { name: "amount", type: "UInt8" },
      { name: "email", type: "Nullable(String)" },
      { name: "id", type: "UInt32" },
      { name: "phone", type: "Nullable(String)" },
    ])
    const quarantined = await chRows<{ source_row: string; reason: string; raw: string }>(
      `SELECT DISTINCT source_row, reason, raw FROM ${olap.database}.quarantine ORDER BY source_row`,
    )
    expect(quarantined.map((row) => Number(row.source_row))).toEqual([4, 5])
    expect(quarantined[0]?.reason).toMatch(/^column amount: /)
    expect(JSON.parse(quarantined[0]?.raw ?? "{}")).toEqual({
      id: "4",
      email: sha256("o'brien@x.y"),
      phone: null,
      amount: "300",
    })
    expect(quarantined[1]).toMatchObject({ reason: "expected 4 fields, found 3" })
    expect(quarantined[1]?.raw).toMatch(/^\(withheld/)
    for (const row of quarantined) {
      for (const secret of [...SECRETS, "broken@x.y"]) expect(JSON.stringify(row)).not.toContain(secret)
    }
  })
})

describe("record sources and ClickHouse sources", () => {
  it("masks the raw JSON of quarantined records and withholds text that is not a record", async () => {
    const records = Array.from({ length: 1000 }, (_, index) =>
      JSON.stringify({ id: index + 1, email: `user${index + 1}@x.y` }),
    )
    // rejected by PostgreSQL: its quarantined copy is the row as the target received it, masked
    records[1] = JSON.stringify({ id: "two", email: "4510 123456" })
    const ndjson = [
      ...records,
      // a field the first 1000 records did not have: quarantined, with its masked columns masked
      JSON.stringify({ id: 1001, email: "Anna@Example.com", phone: "+7 900 000-00-00", extra: 1 }),
      '{"id": 1002, "email": "o\'brien@x.y"',
    ].join("\n")
    const dir = project({ "people.ndjson": ndjson })
    const plan = writePlan(
      dir,
      spec(`  people:
    source: { kind: file, path: people.ndjson, format: ndjson }
    mask: { email: hash, phone: null }
    targets:
      - { connection: dwh, table: masked.people, columns: { id: int, phone: text } }
    bad_rows: { max_count: 3, table: masked.quarantine }
`),
    )
    const result = await run(dir, plan, "people")
    ok(result)
    expect(result.summary).toMatchObject({ rows_read: 1002, rows_written: 999, rows_quarantined: 3 })
    expect(
      await query(dwh, "SELECT id, email, phone FROM masked.people WHERE id IN (1, 1000) ORDER BY id"),
    ).toEqual([
      { id: 1, email: sha256("user1@x.y"), phone: null },
      { id: 1000, email: sha256("user1000@x.y"), phone: null },
    ])
    const quarantined = await query<{ row: number; reason: string; raw: string }>(
      dwh,
      "SELECT source_row::int AS row, reason, raw FROM masked.quarantine ORDER BY source_row",
    )
    expect(quarantined.map((row) => row.row)).toEqual([2, 1001, 1002])
    expect(quarantined[0]?.reason).toMatch(/^column id: invalid input syntax for type integer: "two"/)
    expect(JSON.parse(quarantined[0]?.raw ?? "{}")).toEqual({
      id: "two",
      email: sha256("4510 123456"),
      phone: null,
    })
    expect(JSON.parse(quarantined[1]?.raw ?? "{}")).toEqual({
      id: 1001,
      email: sha256("Anna@Example.com"),
      phone: null,
      extra: 1,
    })
    expect(quarantined[2]?.raw).toMatch(/^\(withheld/)
    for (const row of quarantined) {
      for (const secret of SECRETS) expect(JSON.stringify(row)).not.toContain(secret)
    }
  })

  it("masks a ClickHouse source: hashed numbers become String, nulled columns Nullable", async () => {
    await chQuery(
      `CREATE TABLE ${olap.database}.people (id UInt32, inn Int64, phone String, email Nullable(String), age UInt8)
       ENGINE = MergeTree ORDER BY id`,
    )
    await chQuery(
      `INSERT INTO ${olap.database}.people VALUES
         (1, 7707083893, '+7 900 000-00-00', 'o\\'brien@x.y', 30),
         (2, -1, '', NULL, 40),
         (3, 0, 'x', 'tab\\there', 50)`,
    )
    const dir = project({})
    const plan = writePlan(
      dir,
      spec(`  copy:
    source: { kind: clickhouse, connection: olap, table: ${olap.database}.people }
    mask: { inn: hash, phone: null, email: hash, age: null }
    targets:
      - { connection: olap, table: ${olap.database}.people_masked, order_by: [id] }
      - { connection: dwh, table: masked.people_from_ch }
`),
    )
    ok(await run(dir, plan, "copy"))
    const expected = [
      { id: 1, inn: sha256("7707083893"), phone: null, email: sha256("o'brien@x.y"), age: null },
      { id: 2, inn: sha256("-1"), phone: null, email: null, age: null },
      { id: 3, inn: sha256("0"), phone: null, email: sha256("tab\there"), age: null },
    ]
    expect(
      await chRows(`SELECT id, inn, phone, email, age FROM ${olap.database}.people_masked ORDER BY id`),
    ).toEqual(expected)
    expect(
      await query(dwh, "SELECT id::int AS id, inn, phone, email, age FROM masked.people_from_ch ORDER BY id"),
    ).toEqual(expected)
    expect(
      await chRows(
        `SELECT name, type FROM system.columns WHERE database = '${olap.database}' AND table = 'people_masked' ORDER BY name`,
      ),
    ).toEqual([
      { name: "age", type: "Nullable(UInt8)" },
      { name: "email", type: "Nullable(String)" },
      { name: "id", type: "UInt32" },
      { name: "inn", type: "String" },
      { name: "phone", type: "Nullable(String)" },
    ])
  })
})
