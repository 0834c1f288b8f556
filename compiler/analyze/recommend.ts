/**
 * Recommendations for an existing table (`airspec review --table` or `--ddl`): keys, types, ClickHouse
 * ORDER BY, partitioning and column encodings, PostgreSQL indexes for the incremental cursor. Pure: the
 * table's description and, when rows were read, their profile in; the same input gives the same list.
 * Rules that need data (what a text column holds, whether a Nullable column ever is NULL) stay silent
 * without a profile.
 */
import { clickhouseType, postgresType } from "../draft/skeleton"
import type { TableColumn, TableDescription } from "../introspect/table"
import { CREATED, UPDATED } from "../profile/candidates"
import type { ColumnProfile, Profile } from "../profile/profile"

export const TABLE_RULES = [
  "no_primary_key",
  "cursor_without_index",
  "text_holds_typed_values",
  "float_for_money",
  "timestamp_without_zone",
  "unbounded_numeric",
  "order_by_tuple",
  "no_partition",
  "low_cardinality_string",
  "nullable_never_null",
  "not_merge_tree",
] as const
export type TableRule = (typeof TABLE_RULES)[number]

export interface Recommendation {
  readonly rule: TableRule
  /** The column it is about; null for the table as a whole. */
  readonly column: string | null
  readonly message: string
  /** A statement that would apply it, for a person to review; null when there is no single one. */
  readonly sql: string | null
}

/** Tables from this size on are worth partitioning. */
export const PARTITION_ROWS = 1_000_000
/** A String column with at most this many distinct values in the sample, and ten rows per value, is a LowCardinality candidate. */
const LOW_CARDINALITY = 10_000
/** Fewer sample rows than this prove nothing about NULLs or cardinality. */
const MIN_SAMPLE = 100

const MONEY = /amount|price|total|cost|sum|balance|revenue|fee|tax|payment|salary|money|discount/i

const ident = (table: TableDescription, name: string): string =>
  /^[a-z_][a-z0-9_]*$/.test(name)
    ? name
    : table.database === "postgres"
      ? `"${name.replaceAll('"', '""')}"`
      : `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``

const tableSql = (table: TableDescription): string =>
  table.table
    .split(".")
    .map((part) => ident(table, part))
    .join(".")

const baseType = (type: string): string =>
  type
    .replace(/^Nullable\((.*)\)$/, "$1")
    .replace(/^LowCardinality\((.*)\)$/, "$1")
    .replace(/^Nullable\((.*)\)$/, "$1")
    .trim()

const isText = (column: TableColumn): boolean =>
  /^(text|character varying.*|varchar.*|character\b.*|char\b.*|String|FixedString.*)$/i.test(
    baseType(column.type),
  )

const isFloat = (column: TableColumn): boolean =>
  /^(real|double precision|float4|float8|float|Float32|Float64)$/i.test(baseType(column.type))

const isTime = (column: TableColumn): boolean =>
  /^(date|timestamp.*|Date|Date32|DateTime.*)$/i.test(baseType(column.type))

const TYPED: ReadonlyArray<ColumnProfile["type"]> = [
  "boolean",
  "integer",
  "bigint",
  "decimal",
  "date",
  "timestamp",
  "timestamptz",
]

/** The column the table is most likely read incrementally by: last change first, then creation. */
const cursorColumn = (table: TableDescription): TableColumn | undefined => {
  const times = table.columns.filter(isTime)
  return (
    times.find((column) => UPDATED.test(column.name)) ?? times.find((column) => CREATED.test(column.name))
  )
}

const sizeNote = (table: TableDescription): string =>
  table.estimatedRows === null ? "" : ` (about ${table.estimatedRows.toLocaleString("en-US")} rows)`

export const recommend = (
  table: TableDescription,
  profile: Profile | null,
): ReadonlyArray<Recommendation> => {
  const out: Recommendation[] = []
  const add = (rule: TableRule, column: string | null, message: string, sql: string | null = null) =>
    out.push({ rule, column, message, sql })
  const profiled = (name: string): ColumnProfile | undefined =>
    profile !== null && profile.rows >= MIN_SAMPLE ? profile.columns.find((c) => c.name === name) : undefined
  const clickhouse = table.database === "clickhouse"
  const target = tableSql(table)
  const keyCandidate = profile?.candidateKeys[0]

  if (!clickhouse && table.primaryKey.length === 0) {
    const key = keyCandidate?.map((name) => ident(table, name)).join(", ")
    add(
      "no_primary_key",
      null,
      `no primary key: a merge load needs one, and reruns cannot find their rows without it${key === undefined ? "" : `; the sample is unique and never NULL on (${key})`}`,
      key === undefined ? null : `ALTER TABLE ${target} ADD PRIMARY KEY (${key});`,
    )
  }

  const cursor = cursorColumn(table)
  if (
    !clickhouse &&
    cursor !== undefined &&
    !table.indexes.some((index) => index.columns[0] === cursor.name)
  ) {
    add(
      "cursor_without_index",
      cursor.name,
      `no index starts with ${cursor.name}, the likely incremental cursor: each run's interval read scans the whole table${sizeNote(table)}`,
      `CREATE INDEX CONCURRENTLY ON ${target} (${ident(table, cursor.name)});`,
    )
  }

  const keyColumns = new Set(table.primaryKey)
  for (const column of table.columns) {
    const stats = profiled(column.name)
    const name = ident(table, column.name)
    if (stats !== undefined && isText(column) && TYPED.includes(stats.type) && !stats.leadingZeros) {
      if (stats.nulls < (profile?.rows ?? 0)) {
        const type = clickhouse ? clickhouseType(stats, keyColumns.has(column.name)) : postgresType(stats)
        add(
          "text_holds_typed_values",
          column.name,
          `${column.name} is ${column.type} but every sampled value is a ${stats.type}: ${type} stores and compares it as one`,
          clickhouse
            ? `ALTER TABLE ${target} MODIFY COLUMN ${name} ${type};`
            : `ALTER TABLE ${target} ALTER COLUMN ${name} TYPE ${type} USING ${name}::${type};`,
        )
      }
    }
    if (isFloat(column) && MONEY.test(column.name)) {
      const scale = stats?.decimal?.scale ?? 2
      const type = clickhouse ? `Decimal(18, ${scale})` : `numeric(18,${scale})`
      add(
        "float_for_money",
        column.name,
        `${column.name} looks like money but is ${column.type}, which rounds: ${type} keeps every cent`,
        clickhouse
          ? `ALTER TABLE ${target} MODIFY COLUMN ${name} ${column.nullable ? `Nullable(${type})` : type};`
          : `ALTER TABLE ${target} ALTER COLUMN ${name} TYPE ${type};`,
      )
    }
    if (!clickhouse && /^timestamp( without time zone)?(\(\d\))?$/i.test(column.type)) {
      add(
        "timestamp_without_zone",
        column.name,
        `${column.name} is ${column.type}: it stores no zone, so the instant depends on who wrote it; timestamptz keeps the instant`,
        `ALTER TABLE ${target} ALTER COLUMN ${name} TYPE timestamptz USING ${name} AT TIME ZONE 'UTC';`,
      )
    }
    if (!clickhouse && /^numeric$/i.test(column.type)) {
      const digits = stats?.decimal
      add(
        "unbounded_numeric",
        column.name,
        `${column.name} is numeric without precision: loaded into ClickHouse it stays String${digits === null || digits === undefined ? "" : `; the sample fits numeric(${Math.max(digits.precision, 18)},${digits.scale})`}`,
        digits === null || digits === undefined
          ? null
          : `ALTER TABLE ${target} ALTER COLUMN ${name} TYPE numeric(${Math.max(digits.precision, 18)},${digits.scale});`,
      )
    }
    if (clickhouse && stats !== undefined) {
      const values = (profile?.rows ?? 0) - stats.nulls
      if (
        baseType(column.type) === "String" &&
        !column.type.includes("LowCardinality") &&
        !keyColumns.has(column.name) &&
        !stats.distinctCapped &&
        stats.distinct <= LOW_CARDINALITY &&
        stats.distinct * 10 <= values
      ) {
        const type = column.nullable ? "LowCardinality(Nullable(String))" : "LowCardinality(String)"
        add(
          "low_cardinality_string",
          column.name,
          `${column.name} has ${stats.distinct} distinct value(s) in ${values} sampled rows: ${type} stores it as a dictionary (ClickHouse 19.0+)`,
          `ALTER TABLE ${target} MODIFY COLUMN ${name} ${type};`,
        )
      }
      if (column.nullable && stats.nulls === 0 && profile?.rows !== undefined) {
        add(
          "nullable_never_null",
          column.name,
          `${column.name} is Nullable but none of the ${profile.rows} sampled rows is NULL: Nullable costs a second file and slower reads`,
          `ALTER TABLE ${target} MODIFY COLUMN ${name} ${baseType(column.type)};`,
        )
      }
    }
  }

  if (clickhouse) {
    const engine = table.engine ?? ""
    if (!engine.endsWith("MergeTree")) {
      add(
        "not_merge_tree",
        null,
        `engine ${engine || "unknown"} has no primary index, partitions or merges: a MergeTree fits any table that grows`,
      )
    } else {
      if (table.sortingKey === null || table.sortingKey === "" || table.sortingKey === "tuple()") {
        const key = (keyCandidate ?? (cursor === undefined ? [] : [cursor.name])).map((name) =>
          ident(table, name),
        )
        add(
          "order_by_tuple",
          null,
          `ORDER BY tuple(): no primary index, so every query reads the whole table${key.length === 0 ? "" : `; the columns queries filter on first, e.g. (${key.join(", ")})`}`,
          key.length === 0
            ? null
            : `-- ORDER BY cannot be altered: recreate the table with ORDER BY (${key.join(", ")})`,
        )
      }
      const time =
        table.columns.find((column) => isTime(column) && CREATED.test(column.name)) ??
        table.columns.find((column) => isTime(column) && !column.nullable)
      if (
        table.partitionKey === null &&
        time !== undefined &&
        (table.estimatedRows === null || table.estimatedRows >= PARTITION_ROWS)
      ) {
        const expression = `toYYYYMM(${ident(table, time.name)})`
        add(
          "no_partition",
          time.name,
          `no PARTITION BY${sizeNote(table)}: monthly partitions by ${time.name} let window and replace loads swap one month, and old months be dropped`,
          `-- PARTITION BY cannot be altered: recreate the table with PARTITION BY ${expression}`,
        )
      }
    }
  }
  return out
}
