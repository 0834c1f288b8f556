/**
 * A PostgreSQL source: `COPY (query) TO STDOUT` in text format, so rows arrive already encoded exactly as
 * the target's COPY wants them and pass through untouched. COPY takes no bind parameters, so the interval
 * travels as session settings set with parameters (`set_config($1)`) and the query reads them back:
 * nothing from the run is ever spliced into SQL text.
 */
import { Effect, type Redacted, type Scope } from "effect"
import { TaskFailed } from "../errors"
import { connect, type PgError, type PgOptions } from "../postgres/session"
import { ident, qualified, tableName } from "../postgres/sql"
import type { RowChunk, SourceColumn } from "../rows"
import { type DatabaseQuery, relation } from "./database-query"

export interface ChunkLimits {
  readonly chunkBytes: number
  readonly chunkRows: number
}

const failed = (what: string) => (error: PgError) =>
  new TaskFailed({ reason: "source", retryable: error.retryable, message: `${what}: ${error.message}` })

export const openPostgresSource = (
  source: DatabaseQuery,
  uri: Redacted.Redacted<string>,
  limits: ChunkLimits,
  options: PgOptions,
): Effect.Effect<
  { columns: ReadonlyArray<SourceColumn>; chunks: AsyncIterable<RowChunk> },
  TaskFailed,
  Scope.Scope
> =>
  Effect.gen(function* () {
    const session = yield* Effect.mapError(connect(uri, options), failed("connecting to the source"))
    const from = relation(source, (table) => qualified(tableName(table)))
    const described = yield* Effect.mapError(
      session.query(
        `SELECT a.name, format_type(a.oid, a.typmod) AS type
         FROM unnest($1::text[], $2::oid[], $3::int[]) WITH ORDINALITY AS a (name, oid, typmod, n) ORDER BY n`,
        yield* Effect.map(
          Effect.mapError(
            session.query(`SELECT * FROM (${from}) AS airspec_source LIMIT 0`),
            failed("reading the source query"),
          ),
          (result) => [
            result.fields.map((field) => field.name),
            result.fields.map((field) => field.dataTypeID),
            result.fields.map((field) => field.dataTypeModifier),
          ],
        ),
      ),
      failed("reading the source's column types"),
    )
    const columns: ReadonlyArray<SourceColumn> = described.rows.map(
      (row: { name: string; type: string }) => ({
        name: row.name,
        type: row.type,
      }),
    )
    let where = ""
    if (source.cursor !== null && source.interval !== null) {
      if (!columns.some((column) => column.name === source.cursor)) {
        return yield* new TaskFailed({
          reason: "config",
          retryable: false,
          message: `the incremental cursor ${JSON.stringify(source.cursor)} is not a column of the source`,
        })
      }
      yield* Effect.mapError(
        session.query(
          "SELECT set_config('airspec.interval_start', $1, false), set_config('airspec.interval_end', $2, false)",
          [source.interval.start.toISOString(), source.interval.end.toISOString()],
        ),
        failed("setting the interval"),
      )
      const cursor = `airspec_source.${ident(source.cursor)}`
      where = ` WHERE ${cursor} >= current_setting('airspec.interval_start')::timestamptz AND ${cursor} < current_setting('airspec.interval_end')::timestamptz`
    }
    const chunks = session.copyOut(
      `COPY (SELECT * FROM (${from}) AS airspec_source${where}) TO STDOUT`,
      limits,
    )
    return { columns, chunks }
  })
