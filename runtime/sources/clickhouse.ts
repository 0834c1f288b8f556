/**
 * A ClickHouse source: the query's result streamed as TabSeparated, whose escaping is PostgreSQL COPY
 * text's, so rows pass to every target as they arrive. Times leave in UTC with an explicit `Z`: a
 * PostgreSQL target and a ClickHouse column in another zone both read the same instant.
 */
import { Effect, type Redacted, type Scope } from "effect"
import { type ClickHouseError, connectClickHouse } from "../clickhouse/session"
import { ident, qualified, tableName, utcLiteral } from "../clickhouse/sql"
import { parseType, postgresTypeFor } from "../clickhouse/types"
import { TaskFailed } from "../errors"
import { ChunkBuilder, copyRowValues, type RowChunk, type SourceColumn } from "../rows"
import { type DatabaseQuery, relation } from "./database-query"
import type { ChunkLimits } from "./postgres"

const failed = (what: string) => (error: ClickHouseError) =>
  new TaskFailed({ reason: "source", retryable: error.retryable, message: `${what}: ${error.message}` })

const NEWLINE = 10

/**
 * The select list: every column as it is, times converted to UTC text with a `Z`. 18.16 prints day 0 and
 * second 0 as `0000-00-00…`, which neither PostgreSQL nor ClickHouse reads back as 1970-01-01.
 */
const selectList = (columns: ReadonlyArray<{ name: string; type: string }>): string =>
  columns
    .map(({ name, type }) => {
      const family = parseType(type).family
      const column = ident(name)
      if (family === "DateTime" || family === "DateTime64") {
        return `if(toUnixTimestamp(${column}) = 0, '1970-01-01 00:00:00Z', concat(toString(toTimeZone(${column}, 'UTC')), 'Z')) AS ${column}`
      }
      if (family === "Date")
        return `if(toUInt16(${column}) = 0, '1970-01-01', toString(${column})) AS ${column}`
      return column
    })
    .join(", ")

export const openClickHouseSource = (
  source: DatabaseQuery,
  uri: Redacted.Redacted<string>,
  limits: ChunkLimits,
  applicationName: string,
): Effect.Effect<
  { columns: ReadonlyArray<SourceColumn>; chunks: AsyncIterable<RowChunk> },
  TaskFailed,
  Scope.Scope
> =>
  Effect.gen(function* () {
    const session = yield* Effect.mapError(
      connectClickHouse(uri, applicationName),
      failed("connecting to the source"),
    )
    const from = `(${relation(source, (table) => qualified(tableName(table)))}) AS airspec_source`
    const header = yield* Effect.mapError(
      session.text(`SELECT * FROM ${from} LIMIT 0 FORMAT TabSeparatedWithNamesAndTypes`),
      failed("reading the source query"),
    )
    const [nameLine = "", typeLine = ""] = header.split("\n")
    const names = copyRowValues(Buffer.from(nameLine)).map((name) => name ?? "")
    const types = copyRowValues(Buffer.from(typeLine)).map((type) => type ?? "String")
    const described = names.map((name, index) => ({ name, type: types[index] ?? "String" }))
    const cursorType = described.find((column) => column.name === source.cursor)?.type ?? null
    if (source.cursor !== null && source.interval !== null && cursorType === null) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `the source has no column ${source.cursor} (the incremental cursor)`,
      })
    }
    const where =
      source.cursor === null || source.interval === null
        ? ""
        : ` WHERE ${cursorValue(source.cursor, cursorType ?? "String")} >= ${utcLiteral(source.interval.start)} AND ${cursorValue(source.cursor, cursorType ?? "String")} < ${utcLiteral(source.interval.end)}`
    const body = yield* Effect.mapError(
      // Filtered inside: outside, the converted times' aliases would shadow the cursor column.
      session.stream(
        `SELECT ${selectList(described)} FROM (SELECT * FROM ${from}${where}) AS airspec_rows FORMAT TabSeparated`,
      ),
      failed("reading the source"),
    )
    const columns: SourceColumn[] = described.map(({ name, type }) => ({
      name,
      type: postgresTypeFor(type),
      clickhouseType: type,
    }))
    return { columns, chunks: tabSeparatedRows(body, limits) }
  })

const cursorValue = (cursor: string, type: string): string => {
  const family = parseType(type).family
  return family === "DateTime" || family === "DateTime64"
    ? ident(cursor)
    : family === "Date" || family === "Date32"
      ? `toDateTime(${ident(cursor)}, 'UTC')`
      : `parseDateTimeBestEffortOrNull(toString(${ident(cursor)}), 'UTC')`
}

/** Cuts a TabSeparated byte stream into row chunks; a row never spans chunks. */
async function* tabSeparatedRows(
  body: AsyncIterable<unknown>,
  limits: ChunkLimits,
): AsyncGenerator<RowChunk> {
  const builder = new ChunkBuilder(limits.chunkBytes, limits.chunkRows, 0)
  let rowNumber = 0
  for await (const part of body) {
    const data = part as Buffer
    let from = 0
    while (from < data.length) {
      const newline = data.indexOf(NEWLINE, from)
      const to = newline === -1 ? data.length : newline + 1
      builder.reserve(to - from)
      data.copy(builder.out, builder.pos, from, to)
      builder.pos += to - from
      if (newline !== -1) {
        builder.endRow(++rowNumber)
        if (builder.full) yield builder.take()
      }
      from = to
    }
  }
  if (!builder.empty) yield builder.take()
}
