/**
 * A ClickHouse target table: what it looks like on the server, and creating or widening it from the
 * source's columns, the spec's declared types, ORDER BY and PARTITION BY.
 */
import { Effect } from "effect"
import type { TargetPlan } from "../../compiler/plan/plan"
import { TaskFailed } from "../errors"
import type { SourceColumn } from "../rows"
import type { ClickHouseError, ClickHouseSession } from "./session"
import { ident, qualified, systemFilter, type TableName } from "./sql"
import { fitType, parseType, typeForSource } from "./types"

export interface TableColumn {
  readonly name: string
  readonly type: string
}

export interface TableInfo {
  readonly columns: ReadonlyArray<TableColumn>
  readonly engine: string
  /** The PARTITION BY expression, or "" for a table with one partition. */
  readonly partitionKey: string
  readonly sortingKey: string
}

export const describeTable = (
  session: ClickHouseSession,
  table: TableName,
): Effect.Effect<TableInfo | null, ClickHouseError> =>
  Effect.gen(function* () {
    const found = yield* session.rows<{ engine: string; partition_key: string; sorting_key: string }>(
      `SELECT engine, partition_key, sorting_key FROM system.tables WHERE ${systemFilter(table)}`,
    )
    const info = found[0]
    if (info === undefined) return null
    const columns = yield* session.rows<{
      name: string
      type: string
      default_kind?: string
      default_type?: string
    }>(`DESCRIBE TABLE ${qualified(table)}`)
    return {
      // Materialized and alias columns take no input.
      columns: columns
        .filter(
          (column) => !["MATERIALIZED", "ALIAS"].includes(column.default_type ?? column.default_kind ?? ""),
        )
        .map(({ name, type }) => ({ name, type })),
      engine: info.engine,
      partitionKey: info.partition_key,
      sortingKey: info.sorting_key,
    }
  })

export interface TableShape {
  readonly table: TableName
  readonly plan: TargetPlan
  /** Column names the sorting and partition keys use: these cannot be Nullable. */
  readonly keyColumns: ReadonlySet<string>
}

/** Columns named in ORDER BY, the primary key, the version column and the PARTITION BY expression. */
export const keyColumnsOf = (
  plan: TargetPlan,
  columns: ReadonlyArray<SourceColumn>,
  version: string | null,
) => {
  const keys = new Set([...plan.order_by, ...plan.primary_key])
  if (version !== null) keys.add(version)
  const partition = plan.partition_by ?? ""
  for (const column of columns) {
    if (new RegExp(`(^|[^\\w])${column.name.replace(/\W/g, "\\$&")}($|[^\\w])`).test(partition))
      keys.add(column.name)
  }
  return keys
}

/** A new column's type: the declared one fitted to the server, else one chosen from the source. */
export const columnType = (
  session: ClickHouseSession,
  shape: TableShape,
  column: SourceColumn,
  warn: (message: string) => void,
): string => {
  const declared = shape.plan.columns[column.name]
  if (declared !== undefined) {
    const fit = fitType(declared, session.features)
    if (fit.note !== null) warn(`${column.name}: ${declared} is created as ${fit.type} (${fit.note})`)
    return fit.type
  }
  const chosen = typeForSource(column, session.features)
  const type = parseType(chosen)
  if (shape.keyColumns.has(column.name)) {
    return type.nullable ? type.base : chosen
  }
  // A ClickHouse source says whether a column is Nullable; other sources do not, so any may be NULL.
  const known = column.clickhouseType !== undefined && column.clickhouseType !== null
  return type.nullable || known ? chosen : `Nullable(${chosen})`
}

export const engineFor = (mode: string, version: string | null): string =>
  mode === "merge" ? `ReplacingMergeTree(${version === null ? "" : ident(version)})` : "MergeTree"

export const createTableSql = (
  session: ClickHouseSession,
  shape: TableShape,
  columns: ReadonlyArray<SourceColumn>,
  engine: string,
  warn: (message: string) => void,
): string => {
  const { plan } = shape
  const orderBy = plan.order_by.length > 0 ? plan.order_by : plan.primary_key
  const definitions = columns.map(
    (column) => `${ident(column.name)} ${columnType(session, shape, column, warn)}`,
  )
  return [
    `CREATE TABLE IF NOT EXISTS ${qualified(shape.table)} (${definitions.join(", ")})`,
    `ENGINE = ${engine}`,
    plan.partition_by === null ? "" : `PARTITION BY ${plan.partition_by}`,
    `ORDER BY ${orderBy.length === 0 ? "tuple()" : `(${orderBy.map(ident).join(", ")})`}`,
  ]
    .filter((part) => part !== "")
    .join(" ")
}

/**
 * Creates the table when missing; adds the source's new columns (Nullable: older rows have no value) when
 * the spec allows drift, and fails otherwise.
 */
export const prepareTable = (
  session: ClickHouseSession,
  shape: TableShape,
  columns: ReadonlyArray<SourceColumn>,
  engine: string,
  warn: (message: string) => void,
): Effect.Effect<TableInfo, ClickHouseError | TaskFailed> =>
  Effect.gen(function* () {
    if (shape.table.database !== null) {
      yield* session.command(`CREATE DATABASE IF NOT EXISTS ${ident(shape.table.database)}`)
    }
    let info = yield* describeTable(session, shape.table)
    if (info === null) {
      yield* session.command(createTableSql(session, shape, columns, engine, warn))
    } else {
      const existing = new Set(info.columns.map((column) => column.name))
      const missing = columns.filter((column) => !existing.has(column.name))
      if (missing.length > 0 && shape.plan.on_schema_drift === "fail") {
        return yield* new TaskFailed({
          reason: "schema_drift",
          retryable: false,
          message: `${shape.plan.table} has no column(s) ${missing.map((column) => column.name).join(", ")} (on_schema_drift: fail)`,
        })
      }
      // Rows already in the table have no value for a new column: it is Nullable unless declared.
      const unkeyed = { ...shape, keyColumns: new Set<string>() }
      for (const column of missing) {
        yield* session.command(
          `ALTER TABLE ${qualified(shape.table)} ADD COLUMN ${ident(column.name)} ${columnType(session, unkeyed, column, warn)}`,
        )
      }
    }
    info = yield* describeTable(session, shape.table)
    if (info === null) {
      return yield* new TaskFailed({
        reason: "target",
        retryable: true,
        message: `${shape.plan.table} vanished`,
      })
    }
    return info
  })
