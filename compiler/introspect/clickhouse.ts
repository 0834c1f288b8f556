/** A ClickHouse table's description from `system` tables, and its first rows read as a load would read them. */
import { Effect, type Redacted } from "effect"
import { connectClickHouse } from "../../runtime/clickhouse/session"
import { qualified, systemFilter, tableName } from "../../runtime/clickhouse/sql"
import { openClickHouseSource } from "../../runtime/sources/clickhouse"
import { collectRows } from "../profile/sample"
import { IntrospectError, type TableDescription, type TableRef, type TableSample } from "./table"

const LIMITS = { chunkBytes: 1 << 20, chunkRows: 4096 }
const APPLICATION = "airspec introspect"

const queryFailed = (what: string) => (error: { message: string }) =>
  new IntrospectError({ reason: "query", message: `${what}: ${error.message}` })

export const describeClickHouseTable = (
  uri: Redacted.Redacted<string>,
  ref: TableRef,
  sampleRows: number,
): Effect.Effect<TableSample, IntrospectError> =>
  Effect.scoped(
    Effect.gen(function* () {
      const session = yield* Effect.mapError(
        connectClickHouse(uri, APPLICATION),
        (error) =>
          new IntrospectError({
            reason: "connect",
            message: `cannot connect to ${ref.connection}: ${error.message}`,
          }),
      )
      const name = tableName(ref.table)
      const [table] = yield* Effect.mapError(
        session.rows<{ engine: string; partition_key: string; sorting_key: string; primary_key: string }>(
          `SELECT engine, partition_key, sorting_key, primary_key FROM system.tables WHERE ${systemFilter(name)}`,
        ),
        queryFailed("looking the table up"),
      )
      if (table === undefined)
        return yield* new IntrospectError({
          reason: "not_found",
          message: `${ref.connection} has no table ${ref.table}`,
        })
      // system.columns lists a table's columns in their order
      const columns = yield* Effect.mapError(
        session.rows<{ name: string; type: string }>(
          `SELECT name, type FROM system.columns WHERE ${systemFilter(name, "table")}`,
        ),
        queryFailed("reading the columns"),
      )
      const mergeTree = table.engine.endsWith("MergeTree")
      const [parts] = mergeTree
        ? yield* Effect.mapError(
            session.rows<{ rows: string }>(
              `SELECT toString(sum(rows)) AS rows FROM system.parts WHERE active AND ${systemFilter(name, "table")}`,
            ),
            queryFailed("counting the rows"),
          )
        : [undefined]
      const names = new Set(columns.map((column) => column.name))
      const description: TableDescription = {
        database: "clickhouse",
        connection: ref.connection,
        table: ref.table,
        columns: columns.map((column) => ({
          name: column.name,
          type: column.type,
          nullable: column.type.startsWith("Nullable("),
        })),
        primaryKey: keyParts(table.primary_key).filter((part) => names.has(part)),
        estimatedRows: parts === undefined ? null : Number(parts.rows),
        indexes: [],
        engine: table.engine,
        sortingKey: table.sorting_key,
        partitionKey: table.partition_key === "" ? null : table.partition_key,
      }
      if (sampleRows === 0) return { description, rows: { columns: [], rows: [] }, truncated: true }
      const source = yield* Effect.mapError(
        openClickHouseSource(
          {
            query: `SELECT * FROM ${qualified(name)} LIMIT ${sampleRows + 1}`,
            table: null,
            cursor: null,
            interval: null,
          },
          uri,
          LIMITS,
          APPLICATION,
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

/** `id, toDate(created_at)` → `id`, `toDate(created_at)`: the top-level parts of a key expression, names unquoted. */
export const keyParts = (key: string): ReadonlyArray<string> => {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i <= key.length; i++) {
    const c = key[i]
    if (c === "(") depth++
    else if (c === ")") depth--
    else if ((c === "," && depth === 0) || i === key.length) {
      const part = key.slice(start, i).trim()
      if (part !== "") parts.push(/^`.*`$/.test(part) ? part.slice(1, -1).replace(/\\(.)/g, "$1") : part)
      start = i + 1
    }
  }
  const [only] = parts
  return parts.length === 1 && only === "tuple()" ? [] : parts
}
