/**
 * The target table's shape: read it from the catalog, create it when missing (types from the spec's
 * overrides, else the source's metadata, else text, which keeps any value exactly), and apply the
 * schema-drift policy when the source brings columns the table lacks.
 */
import { Effect } from "effect"
import { TaskFailed } from "../errors"
import type { SourceColumn } from "../rows"
import type { PgSession } from "./session"
import { ident, qualified, type TableName } from "./sql"

export interface TargetShape {
  readonly table: TableName
  readonly overrides: Readonly<Record<string, string>>
  readonly primaryKey: ReadonlyArray<string>
  readonly onSchemaDrift: "add_columns" | "fail"
}

export interface TableColumn {
  readonly name: string
  readonly type: string
}

/** Columns of an existing table in order, or null when there is no such table. */
export const tableColumns = (session: PgSession, table: TableName) =>
  Effect.map(
    session.query(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
       WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attnum`,
      [qualified(table)],
    ),
    (result): ReadonlyArray<TableColumn> | null => (result.rowCount === 0 ? null : result.rows),
  )

const columnType = (shape: TargetShape, column: SourceColumn): string =>
  shape.overrides[column.name] ?? column.type ?? "text"

const definition = (shape: TargetShape, column: SourceColumn) =>
  `${ident(column.name)} ${columnType(shape, column)}${shape.primaryKey.includes(column.name) ? " NOT NULL" : ""}`

/**
 * Makes the table fit the source's columns, inside the caller's transaction. Returns the columns that
 * had to be added, for the log.
 */
export const prepareTable = (session: PgSession, shape: TargetShape, columns: ReadonlyArray<SourceColumn>) =>
  Effect.gen(function* () {
    const missingKey = shape.primaryKey.filter((key) => !columns.some((column) => column.name === key))
    if (missingKey.length > 0) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `primary key column(s) ${missingKey.join(", ")} are not among the source's columns`,
      })
    }
    const existing = yield* tableColumns(session, shape.table)
    if (existing === null) {
      const key =
        shape.primaryKey.length > 0 ? `, PRIMARY KEY (${shape.primaryKey.map(ident).join(", ")})` : ""
      yield* session.query(
        `CREATE TABLE ${qualified(shape.table)} (${columns.map((c) => definition(shape, c)).join(", ")}${key})`,
      )
      return { created: true, added: [] as string[] }
    }
    const added = columns.filter((column) => !existing.some((have) => have.name === column.name))
    if (added.length > 0 && shape.onSchemaDrift === "fail") {
      return yield* new TaskFailed({
        reason: "schema_drift",
        retryable: false,
        message: `the source has column(s) ${added.map((c) => JSON.stringify(c.name)).join(", ")} that ${qualified(shape.table)} lacks, and on_schema_drift is fail`,
      })
    }
    for (const column of added) {
      yield* session.query(
        `ALTER TABLE ${qualified(shape.table)} ADD COLUMN ${ident(column.name)} ${columnType(shape, column)}`,
      )
    }
    return { created: false, added: added.map((column) => column.name) }
  })
