/**
 * An existing table as `airspec draft --table` and `airspec review --table` see it: its columns and their
 * declared types, its keys, indexes or ClickHouse sorting and partitioning, an estimate of its size, and a
 * sample of its first rows for the profile. The sample stays on this machine: only the description and
 * the profile's statistics ever reach a model.
 */
import { Data, Redacted } from "effect"
import type { Table } from "../profile/profile"

export type Database = "postgres" | "clickhouse"

export interface TableColumn {
  readonly name: string
  /** As the database writes it: `numeric(12,2)`, `Nullable(DateTime('UTC'))`. */
  readonly type: string
  readonly nullable: boolean
}

export interface TableIndex {
  readonly name: string
  /** Column names, or the expression's text for an expression. */
  readonly columns: ReadonlyArray<string>
  readonly unique: boolean
}

export interface TableDescription {
  readonly database: Database
  /** The logical connection name the table was reached through. */
  readonly connection: string
  /** `schema.table` (PostgreSQL) or `database.table` (ClickHouse), as given. */
  readonly table: string
  readonly columns: ReadonlyArray<TableColumn>
  /** PostgreSQL: the primary key constraint; ClickHouse: the primary key expression's columns. */
  readonly primaryKey: ReadonlyArray<string>
  /** The database's own estimate (PostgreSQL statistics, ClickHouse active parts); null when unknown. */
  readonly estimatedRows: number | null
  /** PostgreSQL only. */
  readonly indexes: ReadonlyArray<TableIndex>
  /** ClickHouse only: the engine, and the sorting and partition keys as the server prints them. */
  readonly engine: string | null
  readonly sortingKey: string | null
  readonly partitionKey: string | null
}

/** A described table and the first rows read from it. */
export interface TableSample {
  readonly description: TableDescription
  readonly rows: Table
  /** The table has more rows than were read. */
  readonly truncated: boolean
}

export class IntrospectError extends Data.TaggedError("IntrospectError")<{
  readonly reason: "usage" | "connect" | "not_found" | "query"
  readonly message: string
}> {}

export interface TableRef {
  readonly connection: string
  readonly table: string
}

const NAME = /^[A-Za-z_][A-Za-z0-9_$]*$/

/** `<connection>.<schema>.<table>` or `<connection>.<table>` (the connection's default schema or database). */
export const parseTableRef = (text: string): TableRef | IntrospectError => {
  const parts = text.split(".")
  if ((parts.length === 2 || parts.length === 3) && parts.every((part) => NAME.test(part))) {
    const [connection = "", ...table] = parts
    return { connection, table: table.join(".") }
  }
  return new IntrospectError({
    reason: "usage",
    message: `--table must be <connection>.<schema>.<table> or <connection>.<table> (got ${JSON.stringify(text)})`,
  })
}

/** The database a connection URI reaches: `postgres(ql)://…`, or ClickHouse's HTTP interface `http(s)://…`, as the runtime takes them. */
export const databaseOf = (uri: Redacted.Redacted<string>): Database | null => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(Redacted.value(uri))?.[1]?.toLowerCase()
  if (scheme === "postgres" || scheme === "postgresql") return "postgres"
  if (scheme === "http" || scheme === "https") return "clickhouse"
  return null
}
