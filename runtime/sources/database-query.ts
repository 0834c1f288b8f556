/** What a database source reads, whatever the database: a query or a table, and the interval to filter by. */
import type { DatabaseSourcePlan } from "../../compiler/plan/plan"

export interface DatabaseQuery {
  readonly query: string | null
  readonly table: string | null
  readonly cursor: string | null
  readonly interval: { readonly start: Date; readonly end: Date } | null
}

export const databaseQuery = (
  source: DatabaseSourcePlan,
  interval: DatabaseQuery["interval"],
): DatabaseQuery => ({
  query: source.query,
  table: source.table,
  cursor: source.incremental?.cursor ?? null,
  interval,
})

/**
 * The source as a subquery's text: the table, or the user's query without a trailing semicolon and with a
 * newline after it, so that a line comment at its end cannot eat the closing parenthesis.
 */
export const relation = (source: DatabaseQuery, qualifiedTable: (table: string) => string): string =>
  source.table !== null
    ? `SELECT * FROM ${qualifiedTable(source.table)}`
    : `${(source.query ?? "").trim().replace(/;+\s*$/, "")}\n`
