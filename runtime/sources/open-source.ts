/** Opens a load task's source as column metadata plus a stream of COPY-text row chunks. */
import { Effect, type Scope } from "effect"
import type { Plan, SourcePlan } from "../../compiler/plan/plan"
import { connectionUri, httpEndpoint } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import type { PgOptions } from "../postgres/session"
import type { RowChunk, SourceColumn } from "../rows"
import { openClickHouseSource } from "./clickhouse"
import { CsvError, readCsv } from "./csv"
import { databaseQuery } from "./database-query"
import { openFileInput } from "./file-input"
import { DEFAULT_HTTP_OPTIONS, HttpClient, httpRecords } from "./http"
import { JsonShapeError, jsonArrayRecords, ndjsonRecords } from "./json"
import { type ChunkLimits, openPostgresSource } from "./postgres"
import { type RecordItem, recordRows } from "./records"
import { XmlShapeError, xmlRecords } from "./xml"

export interface OpenedSource {
  readonly columns: ReadonlyArray<SourceColumn>
  readonly chunks: AsyncIterable<RowChunk>
}

export interface SourceRequest {
  readonly plan: Plan
  readonly source: SourcePlan
  readonly context: TaskContext
  /** The interval to read, or null for every row (no incremental cursor, or a full refresh). */
  readonly interval: { readonly start: Date; readonly end: Date } | null
  readonly limits: ChunkLimits
  readonly pgOptions: PgOptions
  /** Columns the targets declare types for: record sources include them even when no record has them. */
  readonly declaredColumns: ReadonlyArray<string>
}

export const openSource = (request: SourceRequest): Effect.Effect<OpenedSource, TaskFailed, Scope.Scope> => {
  const { source, context } = request
  switch (source.kind) {
    case "postgres":
      return Effect.flatMap(connectionUri(context.connections, source.connection), (uri) =>
        openPostgresSource(databaseQuery(source, request.interval), uri, request.limits, request.pgOptions),
      )
    case "clickhouse":
      return Effect.flatMap(connectionUri(context.connections, source.connection), (uri) =>
        openClickHouseSource(
          databaseQuery(source, request.interval),
          uri,
          request.limits,
          request.pgOptions.applicationName,
        ),
      )
    case "http":
      return Effect.gen(function* () {
        const uri = yield* connectionUri(context.connections, source.connection)
        const endpoint = yield* httpEndpoint(uri, request.plan.connections[source.connection] ?? null)
        const client = new HttpClient(
          endpoint,
          source.headers,
          source.timeout_seconds * 1000,
          DEFAULT_HTTP_OPTIONS,
        )
        const items = httpRecords(source, client, endpoint.base, request.interval)
        return yield* fromRecords(items, request)
      })
    case "file":
      return Effect.gen(function* () {
        const connection =
          source.connection === null
            ? null
            : {
                plan: request.plan.connections[source.connection] ?? null,
                uri: yield* connectionUri(context.connections, source.connection),
              }
        const input = yield* openFileInput({
          path: source.path,
          url: source.url,
          connection: connection?.plan ? { plan: connection.plan, uri: connection.uri } : null,
          timeoutSeconds: 300,
        })
        if (source.format !== "csv" || source.csv === null) {
          const items =
            source.format === "ndjson"
              ? ndjsonRecords(input)
              : source.format === "json"
                ? jsonArrayRecords(input, source.json?.records_path ?? null)
                : xmlRecords(input, source.xml?.record_path ?? "", source.xml?.attribute_prefix ?? "@_")
          return yield* fromRecords(items, request)
        }
        const csv = source.csv
        return yield* Effect.tryPromise({
          try: () =>
            readCsv(
              input,
              {
                delimiter: csv.delimiter,
                quote: csv.quote,
                escape: csv.escape,
                header: csv.header,
                columns: csv.columns,
                nullString: csv.null_string,
                skipRows: csv.skip_rows,
                encoding: csv.encoding,
              },
              request.limits,
            ),
          catch: sourceError,
        }).pipe(Effect.map(untyped))
      })
  }
}

/** Files and APIs carry no column types: the target's declared types, else text, keep values exact. */
const untyped = (stream: {
  readonly columns: ReadonlyArray<string>
  readonly chunks: AsyncIterable<RowChunk>
}) => ({
  columns: stream.columns.map((name) => ({ name, type: null })),
  chunks: guardChunks(stream.chunks),
})

const fromRecords = (items: AsyncIterable<RecordItem>, request: SourceRequest) =>
  Effect.tryPromise({
    try: () => recordRows(items, request.declaredColumns, request.limits),
    catch: sourceError,
  }).pipe(Effect.map(untyped))

/** Errors thrown while reading become permanent or retryable source failures. */
export const sourceError = (error: unknown): TaskFailed =>
  error instanceof TaskFailed
    ? error
    : new TaskFailed({
        reason: "source",
        retryable: !(
          error instanceof CsvError ||
          error instanceof JsonShapeError ||
          error instanceof XmlShapeError
        ),
        message: error instanceof Error ? error.message : String(error),
      })

async function* guardChunks(chunks: AsyncIterable<RowChunk>): AsyncGenerator<RowChunk> {
  try {
    yield* chunks
  } catch (error) {
    throw sourceError(error)
  }
}
