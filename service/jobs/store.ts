/**
 * The jobs store: one PostgreSQL table (migrations/), read and written through @effect/sql-pg. PostgreSQL
 * is the truth about every job; Kafka only says "look at job X". Every change of state is one atomic
 * UPDATE guarded by the state it starts from, and a worker's writes are fenced by its attempt number
 * (the value of `attempts` its claim set), so a worker that lost its lease can change nothing.
 *
 *   pending ─claim─▶ processing ─complete─▶ completed
 *                      │  ├─fail──────────▶ failed
 *                      │  └─release (graceful stop)─▶ pending
 *                      └─lease expired: the sweep makes it pending again; a claim takes it over directly
 *   a claim beyond the last attempt ─▶ failed ("gave up after N attempts")
 */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { PgClient } from "@effect/sql-pg"
import { Context, Data, Duration, Effect, Layer, Option, Redacted } from "effect"
import type { JobStatus } from "./jobs"
import { MIGRATIONS_TABLE, migrations, SCHEMA } from "./migrations"

export const JOBS_TABLE = `${SCHEMA}.airspec_jobs`

/** Any constant works, as long as it is the same in every process that migrates. */
const MIGRATION_LOCK = 727_210_061

export class StoreError extends Data.TaggedError("StoreError")<{
  readonly reason: "connect" | "migrate" | "query"
  readonly message: string
}> {}

export interface JobRow {
  readonly id: string
  readonly kind: "draft"
  readonly status: JobStatus
  readonly input: unknown
  readonly result: unknown
  readonly error: string | null
  /** Claims so far; the current claim's value is the holder's fencing token. */
  readonly attempts: number
  readonly leaseUntil: string | null
  readonly worker: string | null
  readonly createdAt: string
  readonly updatedAt: string
}

export type Claim =
  /** Ours until the lease ends: `job.attempts` fences every later write. */
  | { readonly _tag: "Claimed"; readonly job: JobRow }
  /** Claimed too often: the job is failed now. */
  | { readonly _tag: "GaveUp"; readonly job: JobRow }
  /** Another worker holds a lease that has not expired. */
  | { readonly _tag: "Busy"; readonly worker: string | null; readonly leaseUntil: string | null }
  | { readonly _tag: "Finished"; readonly status: "completed" | "failed" }
  | { readonly _tag: "Missing" }

export interface ClaimOptions {
  /** Who claims, for people reading the table: `host:pid`. */
  readonly worker: string
  readonly lease: Duration.Duration
  readonly maxAttempts: number
}

export interface JobStoreService {
  readonly insert: (id: string, kind: "draft", input: unknown) => Effect.Effect<JobRow, StoreError>
  /** None for an unknown id, and for text that is no UUID at all. */
  readonly get: (id: string) => Effect.Effect<Option.Option<JobRow>, StoreError>
  readonly claim: (id: string, options: ClaimOptions) => Effect.Effect<Claim, StoreError>
  /** Extends the lease; false when the claim is no longer the holder's. */
  readonly extend: (
    id: string,
    attempt: number,
    lease: Duration.Duration,
  ) => Effect.Effect<boolean, StoreError>
  /** The job's result; false when the claim is no longer the holder's (nothing is written then). */
  readonly complete: (id: string, attempt: number, result: unknown) => Effect.Effect<boolean, StoreError>
  readonly fail: (id: string, attempt: number, reason: string) => Effect.Effect<boolean, StoreError>
  /** Gives a claimed job back untouched (a worker stopping): pending again, the attempt not counted. */
  readonly release: (id: string, attempt: number) => Effect.Effect<boolean, StoreError>
  /**
   * Unfinished jobs that need their id sent again: pending ones last dispatched before `pendingAge`, and
   * processing ones whose lease has expired (made pending again). Marks them dispatched now; at most `limit`.
   */
  readonly due: (
    pendingAge: Duration.Duration,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<string>, StoreError>
  readonly ping: Effect.Effect<void, StoreError>
}

export class JobStore extends Context.Tag("airspec/JobStore")<JobStore, JobStoreService>() {
  /** A pool on `url`, migrated before first use. */
  static readonly layer = (config: StoreConfig): Layer.Layer<JobStore, StoreError> =>
    Layer.effect(JobStore, makeJobStore(scrubberOf(config.url))).pipe(
      Layer.provide(
        PgClient.layer({
          url: config.url,
          applicationName: config.applicationName,
          connectTimeout: Duration.seconds(10),
          idleTimeout: Duration.seconds(30),
          maxConnections: config.maxConnections ?? 5,
        }).pipe(
          Layer.mapError(
            (error) =>
              new StoreError({ reason: "connect", message: describe(error, scrubberOf(config.url)) }),
          ),
        ),
      ),
    )
}

export interface StoreConfig {
  readonly url: Redacted.Redacted<string>
  /** Shown in pg_stat_activity. */
  readonly applicationName: string
  readonly maxConnections?: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isJobId = (text: string): boolean => UUID.test(text)

/** Removes the URL's password from text a driver produced. */
const scrubberOf = (url: Redacted.Redacted<string>) => {
  let password = ""
  try {
    password = decodeURIComponent(new URL(Redacted.value(url)).password)
  } catch {}
  return (text: string) => (password === "" ? text : text.split(password).join("***"))
}

/** What went wrong, in one line without a stack: the driver's own message under @effect/sql's. */
const describe = (error: unknown, scrub: (text: string) => string): string => {
  const outer = (error as { message?: unknown })?.message
  const cause = (error as { cause?: { message?: unknown } })?.cause?.message
  const text = [outer, cause].filter((part) => typeof part === "string" && part !== "").join(": ")
  return scrub(text === "" ? String(error) : text).split("\n", 1)[0] ?? ""
}

interface Record_ {
  readonly id: string
  readonly kind: "draft"
  readonly status: JobStatus
  readonly input: unknown
  readonly result: unknown
  readonly error: string | null
  readonly attempts: number
  readonly lease_until: Date | string | null
  readonly worker: string | null
  readonly created_at: Date | string
  readonly updated_at: Date | string
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString()

const rowOf = (record: Record_): JobRow => ({
  id: record.id,
  kind: record.kind,
  status: record.status,
  input: record.input,
  result: record.result,
  error: record.error,
  attempts: Number(record.attempts),
  leaseUntil: record.lease_until === null ? null : iso(record.lease_until),
  worker: record.worker,
  createdAt: iso(record.created_at),
  updatedAt: iso(record.updated_at),
})

const seconds = (duration: Duration.Duration) => Duration.toMillis(duration) / 1000

/**
 * Runs the migrations under a transaction-scoped advisory lock, so that a service and workers starting
 * together do not race to create the schema; @effect/sql's Migrator runs inside it (as a savepoint).
 */
const migrate = (sql: SqlClient.SqlClient) =>
  sql
    .withTransaction(
      Effect.gen(function* () {
        yield* sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`
        yield* sql`CREATE SCHEMA IF NOT EXISTS ${sql(SCHEMA)}`
        // the shape @effect/sql's Migrator creates itself, made here because its schema may be new
        yield* sql`CREATE TABLE IF NOT EXISTS ${sql(MIGRATIONS_TABLE)} (
          migration_id integer PRIMARY KEY,
          created_at timestamptz NOT NULL DEFAULT now(),
          name text NOT NULL
        )`
        return yield* Migrator.make({})({ loader: migrations, table: MIGRATIONS_TABLE })
      }),
    )
    .pipe(Effect.provideService(SqlClient.SqlClient, sql))

export const makeJobStore = (
  scrub: (text: string) => string = (text) => text,
): Effect.Effect<JobStoreService, StoreError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const failed = (what: string) => (error: unknown) =>
      new StoreError({ reason: "query", message: `${what}: ${describe(error, scrub)}` })

    const applied = yield* migrate(sql).pipe(
      Effect.catchAllDefect((defect) => Effect.fail(defect)),
      Effect.mapError(
        (error) =>
          new StoreError({
            reason: "migrate",
            message: `migrating the jobs store: ${describe(error, scrub)}`,
          }),
      ),
    )
    if (applied.length > 0)
      yield* Effect.logInfo(
        `jobs store migrated to ${applied.map(([id, name]) => `${String(id).padStart(4, "0")}_${name}`).join(", ")}`,
      )

    const table = sql(JOBS_TABLE)
    const columns = sql`id, kind, status, input, result, error, attempts, lease_until, worker, created_at, updated_at`
    const one = (records: ReadonlyArray<Record_>) => Option.map(Option.fromNullable(records[0]), rowOf)

    const get = (id: string) =>
      isJobId(id)
        ? sql<Record_>`SELECT ${columns} FROM ${table} WHERE id = ${id}`.pipe(
            Effect.map(one),
            Effect.mapError(failed("reading a job")),
          )
        : Effect.succeedNone

    const insert = (id: string, kind: "draft", input: unknown) =>
      sql<Record_>`
        INSERT INTO ${table} (id, kind, input) VALUES (${id}, ${kind}, ${JSON.stringify(input)}::jsonb)
        RETURNING ${columns}`.pipe(
        Effect.map((records) => rowOf(records[0] as Record_)),
        Effect.mapError(failed("storing a job")),
      )

    const claim = (id: string, options: ClaimOptions): Effect.Effect<Claim, StoreError> =>
      Effect.gen(function* () {
        if (!isJobId(id)) return { _tag: "Missing" } as const
        const max = options.maxAttempts
        // every expression sees the row as it was: attempts here is the count before this claim
        const claimed = yield* sql<Record_>`
          UPDATE ${table} SET
            status = CASE WHEN attempts >= ${max} THEN 'failed' ELSE 'processing' END,
            error = CASE WHEN attempts >= ${max} THEN 'gave up after ' || attempts || ' attempts' END,
            attempts = CASE WHEN attempts >= ${max} THEN attempts ELSE attempts + 1 END,
            lease_until = CASE WHEN attempts >= ${max} THEN NULL
              ELSE now() + make_interval(secs => ${seconds(options.lease)}) END,
            worker = ${options.worker},
            updated_at = now()
          WHERE id = ${id} AND (status = 'pending' OR (status = 'processing' AND lease_until < now()))
          RETURNING ${columns}`.pipe(Effect.map(one), Effect.mapError(failed("claiming a job")))
        if (Option.isSome(claimed))
          return claimed.value.status === "failed"
            ? ({ _tag: "GaveUp", job: claimed.value } as const)
            : ({ _tag: "Claimed", job: claimed.value } as const)
        const current = yield* get(id)
        if (Option.isNone(current)) return { _tag: "Missing" } as const
        const job = current.value
        if (job.status === "completed" || job.status === "failed")
          return { _tag: "Finished", status: job.status } as const
        // pending again in between (released, or requeued by a sweep): its message comes again
        return { _tag: "Busy", worker: job.worker, leaseUntil: job.leaseUntil } as const
      })

    /** An update of the holder's claim; whether it still was the holder's. */
    const fenced = (what: string, statement: Effect.Effect<ReadonlyArray<unknown>, unknown>) =>
      statement.pipe(
        Effect.map((records) => records.length > 0),
        Effect.mapError(failed(what)),
      )

    const held = (id: string, attempt: number) =>
      sql`id = ${id} AND status = 'processing' AND attempts = ${attempt}`

    return {
      insert,
      get,
      claim,
      extend: (id, attempt, lease) =>
        fenced(
          "extending a lease",
          sql`UPDATE ${table} SET lease_until = now() + make_interval(secs => ${seconds(lease)})
              WHERE ${held(id, attempt)} RETURNING id`,
        ),
      complete: (id, attempt, result) =>
        fenced(
          "completing a job",
          sql`UPDATE ${table} SET status = 'completed', result = ${JSON.stringify(result)}::jsonb,
                lease_until = NULL, updated_at = now()
              WHERE ${held(id, attempt)} RETURNING id`,
        ),
      fail: (id, attempt, reason) =>
        fenced(
          "failing a job",
          sql`UPDATE ${table} SET status = 'failed', error = ${reason}, lease_until = NULL, updated_at = now()
              WHERE ${held(id, attempt)} RETURNING id`,
        ),
      release: (id, attempt) =>
        fenced(
          "releasing a job",
          sql`UPDATE ${table} SET status = 'pending', attempts = attempts - 1, lease_until = NULL,
                dispatched_at = now(), updated_at = now()
              WHERE ${held(id, attempt)} RETURNING id`,
        ),
      due: (pendingAge, limit) =>
        sql<{ readonly id: string }>`
          UPDATE ${table} SET
            dispatched_at = now(),
            status = 'pending',
            lease_until = NULL,
            updated_at = CASE WHEN status = 'processing' THEN now() ELSE updated_at END
          WHERE id IN (
            SELECT id FROM ${table}
            WHERE (status = 'pending' AND dispatched_at < now() - make_interval(secs => ${seconds(pendingAge)}))
               OR (status = 'processing' AND lease_until < now())
            ORDER BY dispatched_at
            LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
          RETURNING id`.pipe(
          Effect.map((records) => records.map((record) => record.id)),
          Effect.mapError(failed("finding jobs to dispatch")),
        ),
      ping: sql`SELECT 1`.pipe(Effect.asVoid, Effect.mapError(failed("the jobs store does not answer"))),
    } satisfies JobStoreService
  })
