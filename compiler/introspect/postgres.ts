/** A PostgreSQL table's description from the catalogue, and its first rows read as a load would read them. */
import { Effect, type Redacted } from "effect"
import { connect, type PgError } from "../../runtime/postgres/session"
import { qualified, tableName } from "../../runtime/postgres/sql"
import { openPostgresSource } from "../../runtime/sources/postgres"
import { collectRows } from "../profile/sample"
import { IntrospectError, type TableDescription, type TableRef, type TableSample } from "./table"

const OPTIONS = { connectTimeout: "10 seconds", applicationName: "airspec introspect" } as const
const LIMITS = { chunkBytes: 1 << 20, chunkRows: 4096 }

const queryFailed = (what: string) => (error: PgError | { message: string }) =>
  new IntrospectError({ reason: "query", message: `${what}: ${error.message}` })

export const describePostgresTable = (
  uri: Redacted.Redacted<string>,
  ref: TableRef,
  sampleRows: number,
): Effect.Effect<TableSample, IntrospectError> =>
  Effect.scoped(
    Effect.gen(function* () {
      const session = yield* Effect.mapError(
        connect(uri, OPTIONS),
        (error) =>
          new IntrospectError({
            reason: "connect",
            message: `cannot connect to ${ref.connection}: ${error.message}`,
          }),
      )
      const relation = qualified(tableName(ref.table))
      const found = yield* Effect.mapError(
        session.query(
          "SELECT to_regclass($1)::oid AS oid, c.reltuples::float8 AS estimate FROM pg_class c WHERE c.oid = to_regclass($1)",
          [relation],
        ),
        queryFailed("looking the table up"),
      )
      const row = found.rows[0] as { oid: number; estimate: number } | undefined
      if (row === undefined)
        return yield* new IntrospectError({
          reason: "not_found",
          message: `${ref.connection} has no table ${ref.table}`,
        })
      const columns = yield* Effect.mapError(
        session.query(
          `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
           FROM pg_attribute a WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
          [row.oid],
        ),
        queryFailed("reading the columns"),
      )
      const indexes = yield* Effect.mapError(
        session.query(
          `SELECT c.relname AS name, i.indisunique AS unique, i.indisprimary AS primary,
                  array(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) AS k) AS columns
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           WHERE i.indrelid = $1 ORDER BY c.relname`,
          [row.oid],
        ),
        queryFailed("reading the indexes"),
      )
      const indexRows = indexes.rows as Array<{
        name: string
        unique: boolean
        primary: boolean
        columns: string[]
      }>
      const description: TableDescription = {
        database: "postgres",
        connection: ref.connection,
        table: ref.table,
        columns: (columns.rows as Array<{ name: string; type: string; nullable: boolean }>).map((column) => ({
          name: column.name,
          type: column.type,
          nullable: column.nullable,
        })),
        primaryKey: indexRows.find((index) => index.primary)?.columns.map(unquote) ?? [],
        // -1 (PostgreSQL 14+) or 0 before the first ANALYZE: no estimate
        estimatedRows: row.estimate > 0 ? Math.round(row.estimate) : null,
        indexes: indexRows.map((index) => ({
          name: index.name,
          columns: index.columns.map(unquote),
          unique: index.unique,
        })),
        engine: null,
        sortingKey: null,
        partitionKey: null,
      }
      if (sampleRows === 0) return { description, rows: { columns: [], rows: [] }, truncated: true }
      const source = yield* Effect.mapError(
        openPostgresSource(
          {
            query: `SELECT * FROM ${relation} LIMIT ${sampleRows + 1}`,
            table: null,
            cursor: null,
            interval: null,
          },
          uri,
          LIMITS,
          OPTIONS,
        ),
        queryFailed("reading a sample"),
      )
      const read = yield* Effect.tryPromise({
        try: () => collectRows(source.chunks, sampleRows),
        catch: (error) =>
          queryFailed("reading a sample")({ message: String((error as Error)?.message ?? error) }),
      })
      return {
        description,
        rows: { columns: source.columns.map((column) => column.name), rows: read.rows },
        truncated: read.truncated,
      }
    }),
  )

/** `"Order Id"` → `Order Id`: index definitions quote names that need it. */
const unquote = (name: string): string =>
  /^"(?:[^"]|"")*"$/.test(name) ? name.slice(1, -1).replaceAll('""', '"') : name
