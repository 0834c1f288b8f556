/**
 * One PostgreSQL connection as an Effect service: a load holds a single connection for its transaction,
 * its COPY streams and its savepoints, so this wraps `pg`'s Client directly (the same driver that
 * @effect/sql-pg uses) rather than a pool. Sessions speak UTC and ISO dates so that values travel as
 * exact text in both directions.
 */
import { Data, Duration, Effect, Redacted, type Scope } from "effect"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import type { RowChunk } from "../rows"
import { CopyOutRows } from "./copy-out"

export class PgError extends Data.TaggedError("PgError")<{
  readonly reason: "connect" | "query" | "copy"
  /** SQLSTATE, when the server sent one. */
  readonly code: string | null
  /** The server's context line, e.g. `COPY t, line 3, column amount: "x"`. */
  readonly where: string | null
  readonly message: string
  readonly retryable: boolean
}> {}

/** An open COPY: `write` returns as soon as the stream takes the bytes, so the caller keeps working. */
export interface CopyIn {
  readonly write: (data: Buffer) => Effect.Effect<void, PgError>
  readonly end: Effect.Effect<number, PgError>
}

export interface PgSession {
  readonly query: (sql: string, params?: ReadonlyArray<unknown>) => Effect.Effect<pg.QueryResult, PgError>
  /** Starts `COPY … FROM STDIN`; the COPY's outcome arrives with `end` (or with a `write` after it failed). */
  readonly copyIn: (sql: string) => Effect.Effect<CopyIn>
  /** Runs `COPY … TO STDOUT` and returns its rows in chunks (consumed once, while the scope is open). */
  readonly copyOut: (
    sql: string,
    limits: { readonly chunkBytes: number; readonly chunkRows: number },
  ) => AsyncIterable<RowChunk>
  /** The server's version number, e.g. 150018. */
  readonly serverVersion: number
}

const SESSION_SETUP = [
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 1",
  "SET bytea_output = 'hex'",
  "SET client_encoding = 'UTF8'",
].join("; ")

/** Connection classes that a retry may cure: 08 connection, 40 rollback, 53 resources, 57 operator, 58 system. */
const retryableCode = (code: string | null): boolean =>
  code !== null && ["08", "40", "53", "57", "58"].includes(code.slice(0, 2))

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
])

export const toPgError = (reason: PgError["reason"], error: unknown): PgError => {
  const e = error as { code?: unknown; where?: unknown; message?: unknown }
  const code = typeof e?.code === "string" ? e.code : null
  const sqlState = code !== null && /^[0-9A-Z]{5}$/.test(code) ? code : null
  const network = code !== null && NETWORK_CODES.has(code)
  const message = typeof e?.message === "string" ? e.message : String(error)
  return new PgError({
    reason,
    code: sqlState,
    where: typeof e?.where === "string" ? e.where : null,
    message: sqlState === null ? message : `${message} (SQLSTATE ${sqlState})`,
    retryable:
      network ||
      retryableCode(sqlState) ||
      (sqlState === null && /terminat|Connection|closed/i.test(message)),
  })
}

export interface PgOptions {
  readonly connectTimeout: Duration.DurationInput
  readonly applicationName: string
}

/** What every runtime connection uses: named after its task in pg_stat_activity, ten seconds to connect. */
export const taskPgOptions = (pipeline: string, task: string): PgOptions => ({
  connectTimeout: "10 seconds",
  applicationName: `airspec ${pipeline}.${task}`,
})

/** A session for the scope's lifetime; the connection closes with the scope, whatever happens. */
export const connect = (
  uri: Redacted.Redacted<string>,
  options: PgOptions,
): Effect.Effect<PgSession, PgError, Scope.Scope> =>
  Effect.gen(function* () {
    const client = yield* Effect.acquireRelease(
      Effect.tryPromise({
        try: async () => {
          const client = new pg.Client({
            connectionString: Redacted.value(uri),
            connectionTimeoutMillis: Duration.toMillis(options.connectTimeout),
            application_name: options.applicationName,
          })
          // A connection that dies between queries must not crash the process: the next query fails.
          client.on("error", () => {})
          try {
            await client.connect()
          } catch (error) {
            await client.end().catch(() => {})
            throw error
          }
          return client
        },
        catch: (error) => toPgError("connect", error),
      }),
      // A polite end, bounded: a socket left paused mid-COPY never delivers the end event it waits for.
      (client) =>
        Effect.promise(() =>
          Promise.race([
            client.end().catch(() => {}),
            new Promise((resolve) => setTimeout(resolve, 2000).unref()),
          ]).then(() =>
            (
              client as unknown as { connection?: { stream?: { destroy?: () => void } } }
            ).connection?.stream?.destroy?.(),
          ),
        ),
    )
    const query = (sql: string, params?: ReadonlyArray<unknown>) =>
      Effect.tryPromise({
        try: () => client.query(sql, params as Array<unknown> | undefined),
        catch: (error) => toPgError("query", error),
      })
    yield* query(SESSION_SETUP)
    const version = yield* query("SHOW server_version_num")
    return {
      query,
      serverVersion: Number(version.rows[0].server_version_num),
      copyIn: (sql) => Effect.sync(() => openCopyIn(client, sql)),
      copyOut: (sql, limits) => client.query(new CopyOutRows(sql, limits)),
    } satisfies PgSession
  })

const openCopyIn = (client: pg.Client, sql: string): CopyIn => {
  const stream = client.query(copyFrom(sql))
  let failure: PgError | null = null
  const outcome = new Promise<number>((resolve, reject) => {
    stream.on("finish", () => resolve(stream.rowCount))
    stream.on("error", (error) => {
      failure ??= toPgError("copy", error)
      reject(failure)
    })
  })
  outcome.catch(() => {})
  return {
    write: (data) =>
      Effect.async<void, PgError>((resume) => {
        if (failure !== null) return resume(Effect.fail(failure))
        if (stream.write(data)) return resume(Effect.void)
        const settle = () => {
          stream.off("drain", settle)
          stream.off("error", settle)
          resume(failure === null ? Effect.void : Effect.fail(failure))
        }
        stream.on("drain", settle)
        stream.on("error", settle)
      }),
    end: Effect.async<number, PgError>((resume) => {
      if (failure === null) stream.end()
      outcome.then(
        (rows) => resume(Effect.succeed(rows)),
        () => resume(Effect.fail(failure ?? toPgError("copy", new Error("COPY failed")))),
      )
    }),
  }
}
