/**
 * One ClickHouse server, over HTTP with @clickhouse/client: commands, small JSON queries, streamed
 * TabSeparated inserts and selects. The server's version decides which newer features the runtime uses
 * (`features`); everything else works on Debian's 18.16 as well as on current servers.
 */
import { Readable } from "node:stream"
import type { ClickHouseClient, ClickHouseSettings } from "@clickhouse/client"
import { Data, Effect, Redacted, type Scope } from "effect"
import { loadClickHouse } from "../lazy-modules"

export class ClickHouseError extends Data.TaggedError("ClickHouseError")<{
  readonly message: string
  /** The server's error code (e.g. 27 for unparsable input), or null for network and client errors. */
  readonly code: number | null
  readonly retryable: boolean
}> {}

export interface ServerVersion {
  readonly text: string
  readonly major: number
  readonly minor: number
}

/** What the server supports beyond 18.16, by the release that brought it. */
export interface Features {
  readonly lowCardinality: boolean
  readonly dateTime64: boolean
  readonly date32: boolean
  readonly bool: boolean
  /** `insert_deduplication_token` with `non_replicated_deduplication_window` on plain MergeTree. */
  readonly dedupTokens: boolean
  readonly lightweightDelete: boolean
  /**
   * Date up to 2149-06-06, DateTime up to 2106-02-07, Date32/DateTime64 from 1900 to 2299. Older servers
   * (18.16 among them) store any date after 2105-12-31 as 0000-00-00, and Date32/DateTime64 cover
   * 1925-01-01 to 2283-11-11 before 22.8.
   */
  readonly wideDateRanges: boolean
}

const atLeast = (version: ServerVersion, major: number, minor: number) =>
  version.major > major || (version.major === major && version.minor >= minor)

export const featuresOf = (version: ServerVersion): Features => ({
  lowCardinality: atLeast(version, 19, 0),
  dateTime64: atLeast(version, 20, 1),
  date32: atLeast(version, 21, 9),
  bool: atLeast(version, 21, 12),
  dedupTokens: atLeast(version, 22, 2),
  lightweightDelete: atLeast(version, 23, 3),
  wideDateRanges: atLeast(version, 22, 8),
})

export const parseVersion = (text: string): ServerVersion => {
  const [major = 0, minor = 0] = text.split(".").map((part) => Number.parseInt(part, 10) || 0)
  return { text, major, minor }
}

export interface ClickHouseSession {
  readonly version: ServerVersion
  readonly features: Features
  readonly command: (sql: string) => Effect.Effect<void, ClickHouseError>
  /** A query's whole response body (the caller names the format in `sql`). */
  readonly text: (sql: string) => Effect.Effect<string, ClickHouseError>
  readonly rows: <A = Record<string, unknown>>(
    sql: string,
  ) => Effect.Effect<ReadonlyArray<A>, ClickHouseError>
  /** Streams `body` (TabSeparated rows) into `INSERT INTO target (columns)`. */
  readonly insert: (
    target: string,
    columns: ReadonlyArray<string>,
    body: Readable,
    settings?: ClickHouseSettings,
  ) => Effect.Effect<void, ClickHouseError>
  /** A few rows as JSON objects (bookkeeping, never the data path). */
  readonly insertJson: (target: string, rows: ReadonlyArray<object>) => Effect.Effect<void, ClickHouseError>
  /** The raw response body of a query (the caller names the format in `sql`). */
  readonly stream: (sql: string, settings?: ClickHouseSettings) => Effect.Effect<Readable, ClickHouseError>
}

/** Codes for transient server states: overload, timeouts, network trouble, parts pressure. */
const RETRYABLE_CODES = new Set([3, 159, 164, 202, 209, 210, 241, 242, 252, 319, 425, 999])

/**
 * The server's text, either "Code: 41, e.displayText() = DB::Exception: …" (18.x) or "Code: 41. DB::Exception:
 * …" (current), reduced to its first line; the row number and the column detail are kept apart.
 */
export const clickHouseError = (error: unknown): ClickHouseError => {
  if (error instanceof ClickHouseError) return error
  const raw = error as { message?: unknown; code?: unknown }
  const text = typeof raw.message === "string" ? raw.message : String(error)
  const coded = /Code: (\d+)/.exec(text)
  const code =
    coded !== null
      ? Number(coded[1])
      : typeof raw.code === "string" && /^\d+$/.test(raw.code)
        ? Number(raw.code)
        : null
  return new ClickHouseError({
    message: text.replace(/, e\.what\(\) = DB::Exception\s*$/, "").trim(),
    code,
    // Errors without a server code are connection-level: refused, reset, timed out.
    retryable: code === null || RETRYABLE_CODES.has(code),
  })
}

/** The 1-based row an input error names, if any. */
export const rejectedRow = (error: ClickHouseError): number | null => {
  const match = /\(at row (\d+)\)/.exec(error.message)
  return match === null ? null : Number(match[1])
}

/** Server codes for values that do not fit their column: the row is at fault, not the load (18.16 reports
 * an unknown enum element as 49, a logical error, and a bad UUID as 376). */
const DATA_CODES = new Set([6, 26, 27, 32, 33, 38, 41, 49, 53, 69, 70, 72, 117, 131, 349, 376, 407, 691])

export const isDataError = (error: ClickHouseError): boolean =>
  error.code !== null &&
  DATA_CODES.has(error.code) &&
  // 49 is a logical error: only 18.16's unknown enum element is the row's fault
  (error.code !== 49 || /Unknown element/.test(error.message))

/** A short reason for a rejected row: the server's complaint and, when it says so, the column's. */
export const rejectReason = (error: ClickHouseError): string => {
  const first = (error.message.split("\n")[0] ?? "")
    .replace(/^Code: \d+(, e\.displayText\(\) = |\. )DB::Exception: /, "")
    .replace(/:? ?\(at row \d+\)/, "")
    .replace(/\s*\(version [^)]*\)\s*$/, "")
    .trim()
  const detail = /Column \d+, +name: ([^,]+), +type: ([^,]*?), +ERROR: (.*)/.exec(error.message)
  return detail === null ? first : `${first}: column ${detail[1]} (${detail[2]}): ${detail[3]?.trim()}`
}

/** `http(s)://user:password@host:port/database`, as the operator passes it. */
export const clientConfig = (uri: Redacted.Redacted<string>) => {
  const url = new URL(Redacted.value(uri))
  return {
    url: `${url.protocol}//${url.host}`,
    username: decoded(url.username) || "default",
    password: decoded(url.password),
    database: decoded(url.pathname.replace(/^\//, "")) || "default",
  }
}

/** Percent-decoding that keeps a malformed escape (`%zz` in a password) as it is. */
const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const drain = (stream: Readable) =>
  new Promise<void>((resolve, reject) => {
    stream.on("error", reject)
    stream.on("end", resolve)
    stream.resume()
  })

const collect = async (stream: Readable): Promise<string> => {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(part as Buffer)
  return Buffer.concat(parts).toString("utf8")
}

export const connectClickHouse = (
  uri: Redacted.Redacted<string>,
  applicationName: string,
): Effect.Effect<ClickHouseSession, ClickHouseError, Scope.Scope> =>
  Effect.gen(function* () {
    const { createClient, ClickHouseLogLevel } = yield* Effect.promise(loadClickHouse)
    const config = clientConfig(uri)
    const client: ClickHouseClient = yield* Effect.acquireRelease(
      Effect.sync(() =>
        createClient({
          ...config,
          application: applicationName,
          request_timeout: 600_000,
          compression: { request: false, response: false },
          keep_alive: { enabled: true },
          log: { level: ClickHouseLogLevel.OFF },
        }),
      ),
      (client) => Effect.promise(() => client.close()).pipe(Effect.timeout("5 seconds"), Effect.ignore),
    )
    const attempt = <A>(what: () => Promise<A>) => Effect.tryPromise({ try: what, catch: clickHouseError })

    const exec = (sql: string, settings?: ClickHouseSettings) =>
      attempt(async () => (await client.exec({ query: sql, clickhouse_settings: settings ?? {} })).stream)

    const command = (sql: string) => Effect.flatMap(exec(sql), (stream) => attempt(() => drain(stream)))

    const text = (sql: string) => Effect.flatMap(exec(sql), (stream) => attempt(() => collect(stream)))

    const rows = <A>(sql: string) =>
      Effect.map(text(`${sql} FORMAT JSONEachRow`), (body) =>
        body
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line) as A),
      )

    /** An INSERT whose data is the request body. */
    const send = (query: string, body: Readable, settings?: ClickHouseSettings) =>
      attempt(async () => {
        const result = await client.exec({ query, values: body, clickhouse_settings: settings ?? {} })
        await drain(result.stream)
      })

    const insert = (
      target: string,
      columns: ReadonlyArray<string>,
      body: Readable,
      settings?: ClickHouseSettings,
    ) => send(`INSERT INTO ${target} (${columns.join(", ")}) FORMAT TabSeparated`, body, settings)

    const insertJson = (target: string, values: ReadonlyArray<object>) =>
      values.length === 0
        ? Effect.void
        : send(
            `INSERT INTO ${target} FORMAT JSONEachRow`,
            bodyOf([Buffer.from(values.map((value) => JSON.stringify(value)).join("\n"))]),
          )

    const versionRows = yield* rows<{ version: string }>("SELECT version() AS version")
    const version = parseVersion(versionRows[0]?.version ?? "0.0")
    return {
      version,
      features: featuresOf(version),
      command,
      text,
      rows,
      insert,
      insertJson,
      stream: exec,
    } satisfies ClickHouseSession
  })

/** A body for `insert` from buffers produced elsewhere (a byte stream, not an object stream). */
export const bodyOf = (parts: AsyncIterable<Buffer> | Iterable<Buffer>): Readable =>
  Readable.from(parts, { objectMode: false })
