/**
 * The jobs store and the `Jobs` service against the real PostgreSQL and Kafka of the global setup: the
 * migrations (also run by two processes at once), the claim/lease/fence state machine, submission (the
 * row first, then the id on Kafka) and jobs outliving the layer that submitted them.
 */
import { Duration, Effect, Exit, Logger, Option, Redacted } from "effect"
import { Kafka, logLevel } from "kafkajs"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { type DraftJobInput, Jobs } from "../../service/jobs/jobs"
import { jobsLayer } from "../../service/jobs/layer"
import { type ClaimOptions, JOBS_TABLE, JobStore, type JobStoreService } from "../../service/jobs/store"
import { freshDatabase, query } from "../runtime/harness"

let databaseUrl: string
let topic: string

beforeAll(async () => {
  databaseUrl = await freshDatabase("airspec_jobs")
  topic = `airspec.jobs.test.${process.pid}.${Date.now().toString(36)}`
})

const INPUT: DraftJobInput = {
  name: "orders",
  samples: [{ file: "orders.csv", content: "id,amount\n1,2.5\n" }],
}

const quiet = Logger.remove(Logger.defaultLogger)

const layerOf = (url = databaseUrl) =>
  jobsLayer({ databaseUrl: Redacted.make(url), brokers: [inject("kafkaBrokers")], topic })

const withJobs = <A, E>(f: (jobs: Jobs["Type"]) => Effect.Effect<A, E>, layer = layerOf()) =>
  Effect.runPromise(Effect.flatMap(Jobs, f).pipe(Effect.provide(layer), Effect.provide(quiet)))

const storeLayer = () => JobStore.layer({ url: Redacted.make(databaseUrl), applicationName: "airspec-test" })

const withStore = <A, E>(f: (store: JobStoreService) => Effect.Effect<A, E>) =>
  Effect.runPromise(Effect.flatMap(JobStore, f).pipe(Effect.provide(storeLayer()), Effect.provide(quiet)))

const row = async (id: string) =>
  (
    await query<{ status: string; attempts: number; error: string | null; lease_until: Date | null }>(
      databaseUrl,
      `SELECT status, attempts, error, lease_until FROM ${JOBS_TABLE} WHERE id = $1`,
      [id],
    )
  )[0]

const CLAIM: ClaimOptions = { worker: "test:1", lease: Duration.seconds(60), maxAttempts: 3 }

/** A job row straight in the store, not dispatched. */
const stored = (store: JobStoreService) => store.insert(crypto.randomUUID(), "draft", INPUT)

describe("the jobs store", () => {
  it("migrates once, also when two processes start on a new database at the same time", async () => {
    const url = await freshDatabase("airspec_jobs_race")
    const layer = () => JobStore.layer({ url: Redacted.make(url), applicationName: "airspec-test" })
    const ping = () =>
      Effect.flatMap(JobStore, (store) => store.ping).pipe(Effect.provide(layer()), Effect.provide(quiet))
    await Effect.runPromise(Effect.all([ping(), ping(), ping()], { concurrency: "unbounded" }))
    const migrations = await query(url, "SELECT migration_id, name FROM airspec_service.schema_migrations")
    expect(migrations).toEqual([{ migration_id: 1, name: "create_jobs" }])
    // and a later start finds nothing to do
    await Effect.runPromise(ping())
  })

  it("claims a pending job once: a second claim finds it leased, and a finished one is skipped", async () => {
    await withStore((store) =>
      Effect.gen(function* () {
        const job = yield* stored(store)
        expect(job).toMatchObject({ status: "pending", attempts: 0, error: null, leaseUntil: null })
        const first = yield* store.claim(job.id, CLAIM)
        expect(first).toMatchObject({
          _tag: "Claimed",
          job: { status: "processing", attempts: 1, worker: "test:1" },
        })
        expect(yield* store.claim(job.id, { ...CLAIM, worker: "test:2" })).toMatchObject({
          _tag: "Busy",
          worker: "test:1",
        })
        expect(yield* store.complete(job.id, 1, { spec: "x" })).toBe(true)
        expect(yield* store.claim(job.id, CLAIM)).toEqual({ _tag: "Finished", status: "completed" })
        expect(yield* store.claim(crypto.randomUUID(), CLAIM)).toEqual({ _tag: "Missing" })
        expect(yield* store.claim("not-a-uuid", CLAIM)).toEqual({ _tag: "Missing" })
      }),
    )
  })

  it("lets another worker take over an expired lease and fences the old holder out", async () => {
    await withStore((store) =>
      Effect.gen(function* () {
        const job = yield* stored(store)
        yield* store.claim(job.id, { ...CLAIM, lease: Duration.millis(1) })
        yield* Effect.sleep("20 millis")
        const second = yield* store.claim(job.id, { ...CLAIM, worker: "test:2" })
        expect(second).toMatchObject({ _tag: "Claimed", job: { attempts: 2, worker: "test:2" } })
        // the first holder's writes change nothing
        expect(yield* store.extend(job.id, 1, Duration.seconds(60))).toBe(false)
        expect(yield* store.complete(job.id, 1, { spec: "stale" })).toBe(false)
        expect(yield* store.fail(job.id, 1, "stale")).toBe(false)
        expect(yield* store.release(job.id, 1)).toBe(false)
        expect(yield* store.extend(job.id, 2, Duration.seconds(60))).toBe(true)
        expect(yield* store.fail(job.id, 2, "bad sample")).toBe(true)
        expect(Option.getOrThrow(yield* store.get(job.id))).toMatchObject({
          status: "failed",
          error: "bad sample",
          attempts: 2,
          leaseUntil: null,
          result: null,
        })
      }),
    )
  })

  it("gives up on a job claimed more than the maximum number of times", async () => {
    await withStore((store) =>
      Effect.gen(function* () {
        const job = yield* stored(store)
        const lease = Duration.millis(1)
        for (const attempt of [1, 2]) {
          expect(yield* store.claim(job.id, { ...CLAIM, lease, maxAttempts: 2 })).toMatchObject({
            _tag: "Claimed",
            job: { attempts: attempt },
          })
          yield* Effect.sleep("20 millis")
        }
        const last = yield* store.claim(job.id, { ...CLAIM, lease, maxAttempts: 2 })
        expect(last).toMatchObject({ _tag: "GaveUp", job: { status: "failed", attempts: 2 } })
        expect(last._tag === "GaveUp" && last.job.error).toBe("gave up after 2 attempts")
      }),
    )
  })

  it("releases a job without counting the attempt", async () => {
    await withStore((store) =>
      Effect.gen(function* () {
        const job = yield* stored(store)
        yield* store.claim(job.id, CLAIM)
        expect(yield* store.release(job.id, 1)).toBe(true)
        expect(Option.getOrThrow(yield* store.get(job.id))).toMatchObject({
          status: "pending",
          attempts: 0,
          leaseUntil: null,
        })
        expect(yield* store.claim(job.id, CLAIM)).toMatchObject({ _tag: "Claimed", job: { attempts: 1 } })
      }),
    )
  })

  it("sweeps pending jobs dispatched too long ago and expired leases, each once per period", async () => {
    await withStore((store) =>
      Effect.gen(function* () {
        const waiting = yield* stored(store)
        const dead = yield* stored(store)
        const alive = yield* stored(store)
        const done = yield* stored(store)
        yield* store.claim(dead.id, { ...CLAIM, lease: Duration.millis(1) })
        yield* store.claim(alive.id, CLAIM)
        yield* store.claim(done.id, CLAIM)
        yield* store.complete(done.id, 1, { spec: "x" })
        yield* Effect.sleep("50 millis")
        const due = yield* store.due(Duration.millis(40), 1000)
        expect(due).toContain(waiting.id)
        expect(due).toContain(dead.id)
        expect(due).not.toContain(alive.id)
        expect(due).not.toContain(done.id)
        // the dead worker's job waits for a claim again
        expect(Option.getOrThrow(yield* store.get(dead.id))).toMatchObject({ status: "pending", attempts: 1 })
        const again = yield* store.due(Duration.seconds(60), 1000)
        expect(again).not.toContain(waiting.id)
        expect(again).not.toContain(dead.id)
      }),
    )
  })
})

/** The messages of the test topic so far, as key → value. */
const readTopic = async (expected: number): Promise<Array<{ key: string; value: string }>> => {
  const kafka = new Kafka({ brokers: [inject("kafkaBrokers")], logLevel: logLevel.NOTHING })
  const consumer = kafka.consumer({ groupId: `test-${topic}-${Date.now()}` })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  const messages: Array<{ key: string; value: string }> = []
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${messages.length} message(s) arrived`)), 20_000)
      void consumer.run({
        eachMessage: async ({ message }) => {
          messages.push({ key: String(message.key), value: String(message.value) })
          if (messages.length >= expected) {
            clearTimeout(timer)
            resolve()
          }
        },
      })
    })
  } finally {
    await consumer.disconnect()
  }
  return messages
}

describe("the Jobs service", () => {
  it("answers ping, and fails to start with a store reason when the database is unreachable", async () => {
    await withJobs((jobs) => jobs.ping)
    const url = new URL(databaseUrl)
    url.port = "1"
    url.password = "s3cret-pw"
    const exit = await Effect.runPromiseExit(Effect.provide(Jobs, layerOf(url.toString())))
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) {
      const error = exit.cause.toJSON() as object
      expect(JSON.stringify(error)).toContain('"reason":"store"')
      expect(JSON.stringify(error)).not.toContain("s3cret-pw")
    }
  })

  it("stores a submitted job as pending, then sends its id keyed by the id", async () => {
    const job = await withJobs((jobs) => jobs.submit(INPUT))
    expect(job).toMatchObject({ kind: "draft", status: "pending", attempts: 0, error: null })
    expect(await row(job.id)).toMatchObject({ status: "pending", attempts: 0 })
    const messages = await readTopic(1)
    expect(messages).toContainEqual({ key: job.id, value: job.id })
  })

  it("keeps a job across a restart of the service: the next layer finds it as it was", async () => {
    const submitted = await withJobs((jobs) => jobs.submit({ ...INPUT, request: "Orders, merged on id." }))
    // that layer is gone (pool and producer closed); a new one reads the same job
    const found = await withJobs((jobs) => Effect.all([jobs.get(submitted.id), jobs.result(submitted.id)]))
    expect(found).toEqual([Option.some(submitted), Option.none()])
    const [input] = await query<{ input: unknown }>(
      databaseUrl,
      `SELECT input FROM ${JOBS_TABLE} WHERE id = $1`,
      [submitted.id],
    )
    expect(input?.input).toEqual({ ...INPUT, request: "Orders, merged on id." })
  })

  it("shows a completed job's result and nothing for unknown ids", async () => {
    const result = {
      spec: "pipeline: orders\n",
      outcome: "skipped",
      errors: [],
      model_calls: 0,
      note: "LLM drafting skipped: no endpoint configured; this is the profile skeleton",
    } as const
    const job = await withJobs((jobs) => jobs.submit(INPUT))
    await withStore((store) => Effect.zipRight(store.claim(job.id, CLAIM), store.complete(job.id, 1, result)))
    const [view, stored] = await withJobs((jobs) => Effect.all([jobs.get(job.id), jobs.result(job.id)]))
    expect(Option.getOrThrow(view)).toMatchObject({ status: "completed", attempts: 1 })
    expect(stored).toEqual(Option.some(result))
    const unknown = await withJobs((jobs) =>
      Effect.all([jobs.get(crypto.randomUUID()), jobs.get("../etc"), jobs.result(crypto.randomUUID())]),
    )
    expect(unknown).toEqual([Option.none(), Option.none(), Option.none()])
  })
})
