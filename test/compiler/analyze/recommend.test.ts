/**
 * Table analysis: DDL files read into table descriptions, and one test per recommendation rule, each
 * with a table that has the problem and one that does not.
 */
import { describe, expect, it } from "vitest"
import { type Recommendation, recommend, type TableRule } from "../../../compiler/analyze/recommend"
import { parseDdl } from "../../../compiler/introspect/ddl"
import type { TableDescription } from "../../../compiler/introspect/table"
import { type Profile, profileTable } from "../../../compiler/profile/profile"

const table = (ddl: string): TableDescription => {
  const [parsed] = parseDdl(ddl, "ddl")
  if (parsed === undefined) throw new Error("no CREATE TABLE")
  return parsed.description
}

/** A profile of `rows` generated rows, one generator per column. */
const profileOf = (columns: Record<string, (i: number) => string | null>, rows = 200): Profile =>
  profileTable({
    columns: Object.keys(columns),
    rows: Array.from({ length: rows }, (_, i) => Object.values(columns).map((value) => value(i))),
  })

const rules = (recommendations: ReadonlyArray<Recommendation>, rule: TableRule) =>
  recommendations.filter((r) => r.rule === rule).map((r) => ({ column: r.column, sql: r.sql }))

describe("DDL files", () => {
  it("reads PostgreSQL tables, constraints, indexes and lines, comments and quotes respected", () => {
    const [orders, other] = parseDdl(
      `-- a comment with CREATE TABLE fake (x int);
CREATE TABLE IF NOT EXISTS sales.orders (
  id bigint NOT NULL,
  "Customer Code" character varying(20) DEFAULT 'a,b' NOT NULL,
  amount double precision, /* money, (sic) */
  created_at timestamp without time zone,
  CONSTRAINT orders_pk PRIMARY KEY (id),
  UNIQUE ("Customer Code", created_at)
);
CREATE INDEX orders_created ON sales.orders USING btree (created_at);
create table t2 (a int primary key, b numeric);`,
      "ddl",
    )
    expect(orders?.description).toMatchObject({
      database: "postgres",
      table: "sales.orders",
      primaryKey: ["id"],
      columns: [
        { name: "id", type: "bigint", nullable: false },
        { name: "Customer Code", type: "character varying(20)", nullable: false },
        { name: "amount", type: "double precision", nullable: true },
        { name: "created_at", type: "timestamp without time zone", nullable: true },
      ],
      indexes: [
        { name: "orders_created", columns: ["created_at"], unique: false },
        { name: "", columns: ["Customer Code", "created_at"], unique: true },
      ],
    })
    expect(orders?.line).toBe(2)
    expect(orders?.columnLines).toEqual({ id: 3, "Customer Code": 4, amount: 5, created_at: 6 })
    expect(other?.description).toMatchObject({
      table: "t2",
      primaryKey: ["a"],
      columns: [
        { name: "a", type: "int", nullable: false },
        { name: "b", type: "numeric", nullable: true },
      ],
    })
  })

  it("reads ClickHouse tables: engine, sorting, primary and partition keys", () => {
    expect(
      table(`CREATE TABLE analytics.events
(
    day Date,
    id UInt64,
    kind String CODEC(ZSTD),
    value Nullable(Decimal(10, 2)) DEFAULT NULL,
    at DateTime('UTC')
)
ENGINE = ReplacingMergeTree(at)
PARTITION BY toYYYYMM(day)
ORDER BY (id, day)
SETTINGS index_granularity = 8192;`),
    ).toMatchObject({
      database: "clickhouse",
      engine: "ReplacingMergeTree",
      sortingKey: "id, day",
      primaryKey: ["id", "day"],
      partitionKey: "toYYYYMM(day)",
      columns: [
        { name: "day", type: "Date" },
        { name: "id", type: "UInt64" },
        { name: "kind", type: "String" },
        { name: "value", type: "Nullable(Decimal(10, 2))", nullable: true },
        { name: "at", type: "DateTime('UTC')", nullable: false },
      ],
    })
  })
})

describe("recommendations", () => {
  it("no_primary_key: suggests the sample's key", () => {
    const noKey = table("CREATE TABLE t (id bigint, name text);")
    const profile = profileOf({ id: (i) => String(i), name: () => "x" })
    expect(rules(recommend(noKey, profile), "no_primary_key")).toEqual([
      { column: null, sql: "ALTER TABLE t ADD PRIMARY KEY (id);" },
    ])
    expect(rules(recommend(noKey, null), "no_primary_key")).toEqual([{ column: null, sql: null }])
    expect(
      rules(recommend(table("CREATE TABLE t (id bigint PRIMARY KEY);"), null), "no_primary_key"),
    ).toEqual([])
  })

  it("cursor_without_index: an index for the likely cursor", () => {
    const ddl = "CREATE TABLE s.t (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);"
    expect(rules(recommend(table(ddl), null), "cursor_without_index")).toEqual([
      { column: "updated_at", sql: "CREATE INDEX CONCURRENTLY ON s.t (updated_at);" },
    ])
    const indexed = `${ddl}\nCREATE INDEX t_updated ON s.t (updated_at, id);`
    expect(rules(recommend(table(indexed), null), "cursor_without_index")).toEqual([])
  })

  it("text_holds_typed_values: a text column of numbers, not of codes with leading zeros", () => {
    const t = table("CREATE TABLE t (id int PRIMARY KEY, qty text, zip text);")
    const profile = profileOf({ id: (i) => String(i), qty: (i) => String(i * 3), zip: (i) => `0${1000 + i}` })
    expect(rules(recommend(t, profile), "text_holds_typed_values")).toEqual([
      { column: "qty", sql: "ALTER TABLE t ALTER COLUMN qty TYPE bigint USING qty::bigint;" },
    ])
    expect(rules(recommend(t, null), "text_holds_typed_values")).toEqual([])
  })

  it("float_for_money: floats named like money", () => {
    const t = table("CREATE TABLE t (id int PRIMARY KEY, total_amount double precision, ratio real);")
    expect(rules(recommend(t, null), "float_for_money")).toEqual([
      { column: "total_amount", sql: "ALTER TABLE t ALTER COLUMN total_amount TYPE numeric(18,2);" },
    ])
  })

  it("timestamp_without_zone: timestamp, not timestamptz", () => {
    const t = table(
      "CREATE TABLE t (id int PRIMARY KEY, a timestamp, b timestamp with time zone, c timestamptz);",
    )
    expect(rules(recommend(t, null), "timestamp_without_zone").map((r) => r.column)).toEqual(["a"])
  })

  it("unbounded_numeric: numeric without precision, sized from the sample", () => {
    const t = table("CREATE TABLE t (id int PRIMARY KEY, price numeric, fixed numeric(10,2));")
    const profile = profileOf({ id: (i) => String(i), price: (i) => `${i}.125`, fixed: () => "1.00" })
    expect(rules(recommend(t, profile), "unbounded_numeric")).toEqual([
      { column: "price", sql: "ALTER TABLE t ALTER COLUMN price TYPE numeric(18,3);" },
    ])
  })

  it("order_by_tuple: a MergeTree without a sorting key", () => {
    const bare = table("CREATE TABLE e (id UInt64, at DateTime) ENGINE = MergeTree ORDER BY tuple();")
    expect(
      rules(
        recommend(bare, profileOf({ id: (i) => String(i), at: () => "2025-01-01 00:00:00" })),
        "order_by_tuple",
      ),
    ).toEqual([{ column: null, sql: "-- ORDER BY cannot be altered: recreate the table with ORDER BY (id)" }])
    const sorted = table("CREATE TABLE e (id UInt64) ENGINE = MergeTree ORDER BY id;")
    expect(rules(recommend(sorted, null), "order_by_tuple")).toEqual([])
  })

  it("no_partition: a large or unknown-size MergeTree with a time column", () => {
    const ddl = "CREATE TABLE e (id UInt64, created_at DateTime) ENGINE = MergeTree ORDER BY id;"
    expect(rules(recommend(table(ddl), null), "no_partition")).toEqual([
      {
        column: "created_at",
        sql: "-- PARTITION BY cannot be altered: recreate the table with PARTITION BY toYYYYMM(created_at)",
      },
    ])
    expect(rules(recommend({ ...table(ddl), estimatedRows: 5000 }, null), "no_partition")).toEqual([])
    const partitioned =
      "CREATE TABLE e (id UInt64, created_at DateTime) ENGINE = MergeTree PARTITION BY toYYYYMM(created_at) ORDER BY id;"
    expect(rules(recommend(table(partitioned), null), "no_partition")).toEqual([])
  })

  it("low_cardinality_string: few distinct strings, not a key", () => {
    const t = table("CREATE TABLE e (id String, status String, note String) ENGINE = MergeTree ORDER BY id;")
    const profile = profileOf({
      id: (i) => `k${i}`,
      status: (i) => ["new", "paid"][i % 2] ?? null,
      note: (i) => `n${i}`,
    })
    expect(rules(recommend(t, profile), "low_cardinality_string")).toEqual([
      { column: "status", sql: "ALTER TABLE e MODIFY COLUMN status LowCardinality(String);" },
    ])
  })

  it("nullable_never_null: Nullable columns without a NULL in the sample", () => {
    const t = table(
      "CREATE TABLE e (id UInt64, a Nullable(Int32), b Nullable(Int32)) ENGINE = MergeTree ORDER BY id;",
    )
    const profile = profileOf({
      id: (i) => String(i),
      a: (i) => String(i),
      b: (i) => (i % 5 === 0 ? null : "1"),
    })
    expect(rules(recommend(t, profile), "nullable_never_null")).toEqual([
      { column: "a", sql: "ALTER TABLE e MODIFY COLUMN a Int32;" },
    ])
    // too few rows prove nothing
    expect(
      rules(recommend(t, profileOf({ id: String, a: String, b: String }, 10)), "nullable_never_null"),
    ).toEqual([])
  })

  it("not_merge_tree: Log and Memory tables", () => {
    expect(
      rules(recommend(table("CREATE TABLE l (id UInt64) ENGINE = TinyLog;"), null), "not_merge_tree"),
    ).toHaveLength(1)
    expect(
      rules(
        recommend(table("CREATE TABLE l (id UInt64) ENGINE = MergeTree ORDER BY id;"), null),
        "not_merge_tree",
      ),
    ).toEqual([])
  })

  it("gives the same list for the same input", () => {
    const t = table("CREATE TABLE t (id int, amount float8, at timestamp);")
    expect(recommend(t, null)).toEqual(recommend(t, null))
  })
})
