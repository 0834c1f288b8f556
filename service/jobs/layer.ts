/**
 * `JobsLive`: the `Jobs` service of the HTTP API, over the PostgreSQL store (migrated at startup) and the
 * Kafka dispatcher, configured from the environment:
 *
 * - `AIRSPEC_DATABASE_URL` (secret: it may hold a password) — the jobs store, schema `airspec_service`
 * - `AIRSPEC_KAFKA_BROKERS` — `host:port[,host:port…]` (or `kafka://…`)
 * - `AIRSPEC_JOBS_TOPIC` — default `airspec.jobs`
 *
 * Submitting stores the job as pending, then sends its id. A send that fails leaves the job pending and
 * the submission succeeds: the job is safe in PostgreSQL, and the workers' sweep sends it again.
 */
import { randomUUID } from "node:crypto"
import { hostname } from "node:os"
import { Config, type ConfigError, Effect, Layer, Option, type Redacted, Schema as S } from "effect"
import { brokersOf } from "../../runtime/metrics/sink"
import { DEFAULT_TOPIC, Dispatcher } from "./dispatch"
import { type DraftJobInput, DraftResult, Jobs, JobsError, type JobsService, type JobView } from "./jobs"
import { type JobRow, JobStore } from "./store"

export interface JobsConfig {
  readonly databaseUrl: Redacted.Redacted<string>
  readonly brokers: ReadonlyArray<string>
  readonly topic: string
}

export const JobsConfig: Config.Config<JobsConfig> = Config.all({
  databaseUrl: Config.redacted("AIRSPEC_DATABASE_URL"),
  brokers: Config.string("AIRSPEC_KAFKA_BROKERS").pipe(
    Config.map(brokersOf),
    Config.validate({ message: "names no broker", validation: (brokers) => brokers.length > 0 }),
  ),
  topic: Config.string("AIRSPEC_JOBS_TOPIC").pipe(
    Config.withDefault(DEFAULT_TOPIC),
    Config.validate({ message: "must not be empty", validation: (topic) => topic.trim() !== "" }),
  ),
})

/** Who is connected, in pg_stat_activity and Kafka's logs. */
export const clientName = (role: string) => `airspec-${role}@${hostname()}:${process.pid}`

export const viewOf = (row: JobRow): JobView => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  attempts: row.attempts,
  error: row.error,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
})

const decodeResult = S.decodeUnknownOption(DraftResult)

export const makeJobs = Effect.gen(function* () {
  const store = yield* JobStore
  const dispatcher = yield* Dispatcher
  const storeError = (error: { readonly message: string }) =>
    new JobsError({ reason: "store", message: error.message })

  const submit = (input: DraftJobInput) =>
    Effect.gen(function* () {
      const id = randomUUID()
      const row = yield* store.insert(id, "draft", input).pipe(Effect.mapError(storeError))
      yield* dispatcher.send([id]).pipe(
        Effect.tap(() => Effect.logDebug("job dispatched")),
        Effect.catchAll((error) =>
          Effect.logWarning(
            `job stored but not dispatched (a worker's sweep sends it later): ${error.message}`,
          ),
        ),
        Effect.annotateLogs({ event: "job.submitted", job: id }),
      )
      return viewOf(row)
    })

  const get = (id: string) => store.get(id).pipe(Effect.map(Option.map(viewOf)), Effect.mapError(storeError))

  const result = (id: string) =>
    Effect.gen(function* () {
      const row = yield* store.get(id).pipe(Effect.mapError(storeError))
      if (Option.isNone(row) || row.value.status !== "completed") return Option.none()
      const decoded = decodeResult(row.value.result)
      if (Option.isNone(decoded))
        return yield* new JobsError({
          reason: "store",
          message: `the stored result of job ${id} is not a draft result`,
        })
      return decoded
    })

  return {
    submit,
    get,
    result,
    ping: store.ping.pipe(Effect.mapError(storeError)),
  } satisfies JobsService
})

/** `Jobs` over the given store and topic. */
export const jobsLayer = (config: JobsConfig): Layer.Layer<Jobs, JobsError> =>
  Layer.effect(Jobs, makeJobs).pipe(
    Layer.provide(
      JobStore.layer({ url: config.databaseUrl, applicationName: clientName("service") }).pipe(
        Layer.mapError((error) => new JobsError({ reason: "store", message: error.message })),
      ),
    ),
    Layer.provide(
      Dispatcher.layer({
        brokers: config.brokers,
        topic: config.topic,
        clientId: clientName("service"),
      }).pipe(Layer.mapError((error) => new JobsError({ reason: "dispatch", message: error.message }))),
    ),
  )

/** `Jobs` configured from the environment (see above). */
export const JobsLive: Layer.Layer<Jobs, JobsError | ConfigError.ConfigError> = Layer.unwrapEffect(
  Effect.map(JobsConfig, jobsLayer),
)
