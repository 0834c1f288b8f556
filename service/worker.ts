/**
 * `airspec worker`: runs draft jobs. It consumes job ids from the jobs topic as a member of a consumer
 * group (`airspec-workers`), one message at a time, and for each:
 *
 * 1. claims the job in PostgreSQL (one atomic UPDATE: pending, or processing with an expired lease, becomes
 *    processing with attempts + 1 and a lease). A job that is finished, leased by a live worker or unknown
 *    is skipped; one claimed more than `maxAttempts` times is failed ("gave up after N attempts").
 * 2. runs the draft while a heartbeat extends the lease (and tells Kafka the consumer is alive); a worker
 *    that finds its lease taken over stops the job and writes nothing.
 * 3. writes the outcome (completed with the result, or failed with the reason), fenced by its attempt
 *    number, and only then commits the message's offset.
 *
 * A worker that dies mid-job leaves its message uncommitted and its lease running out: the message comes
 * again to the group, and the sweep (every `sweepEvery`, also at startup) sends the ids of jobs whose lease
 * expired, and of jobs pending longer than `redispatchAfter`, once more. Either way a claim decides who
 * runs the job, so a duplicate message costs one UPDATE. On SIGTERM the current job gets `grace` to
 * finish; after that it is interrupted and released (pending again, the attempt not counted).
 */
import { hostname } from "node:os"
import type { FileSystem, Path } from "@effect/platform"
import {
  Cause,
  type ConfigError,
  Data,
  Deferred,
  Duration,
  Effect,
  Either,
  Exit,
  Fiber,
  Layer,
  Option,
  Runtime,
  Schema as S,
  Schedule,
} from "effect"
import type { Consumer, EachMessagePayload } from "kafkajs"
import { Llm } from "../compiler/llm/service"
import { connected, Dispatcher, kafkaClient } from "./jobs/dispatch"
import { DraftJobInput } from "./jobs/jobs"
import { clientName, JobsConfig } from "./jobs/layer"
import { DraftJobFailed, runDraft } from "./jobs/run-draft"
import { isJobId, type JobRow, JobStore, type StoreError } from "./jobs/store"

export const DEFAULT_GROUP = "airspec-workers"

export interface WorkerSettings {
  readonly group: string
  /** How long a claim holds without a heartbeat; the heartbeat renews it every third of that. */
  readonly lease: Duration.Duration
  readonly maxAttempts: number
  readonly sweepEvery: Duration.Duration
  /** A pending job whose id was sent this long ago without a claim is sent again. */
  readonly redispatchAfter: Duration.Duration
  /** Kafka's consumer session: a worker silent this long leaves the group and its partitions move. */
  readonly sessionTimeout: Duration.Duration
  /** On SIGTERM, how long the current job may take to finish before it is released. */
  readonly grace: Duration.Duration
}

export const DEFAULT_SETTINGS: WorkerSettings = {
  group: DEFAULT_GROUP,
  lease: Duration.seconds(60),
  maxAttempts: 3,
  sweepEvery: Duration.seconds(15),
  redispatchAfter: Duration.minutes(5),
  sessionTimeout: Duration.seconds(30),
  grace: Duration.seconds(10),
}

export class WorkerFailed extends Data.TaggedError("WorkerFailed")<{
  readonly message: string
  /** Kafka or PostgreSQL may be back later; a broken migration will not. */
  readonly retryable: boolean
}> {}

/** The worker's lease was taken over (it was too slow to renew it): the job is someone else's now. */
class LeaseLost extends Data.TaggedError("LeaseLost")<{ readonly message: string }> {}

type JobContext = JobStore | Dispatcher | Llm | FileSystem.FileSystem | Path.Path

const STORE_RETRIES = Schedule.exponential("500 millis").pipe(Schedule.intersect(Schedule.recurs(5)))
const SUBSCRIBE_RETRIES = Schedule.exponential("200 millis").pipe(Schedule.intersect(Schedule.recurs(5)))
const SWEEP_LIMIT = 100

const decodeInput = S.decodeUnknownEither(DraftJobInput)

/** A one-line message of a cause that is no typed failure: never a stack. */
const causeMessage = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  const text = error instanceof Error ? error.message : String(error)
  return text.split("\n", 1)[0] ?? ""
}

const nextOffset = (offset: string) => (BigInt(offset) + 1n).toString()

export const runWorker = (
  settings: WorkerSettings,
  config: Pick<JobsConfig, "brokers" | "topic">,
): Effect.Effect<void, WorkerFailed, JobContext> =>
  Effect.scoped(
    Effect.gen(function* () {
      const store = yield* JobStore
      const dispatcher = yield* Dispatcher
      const worker = `${hostname()}:${process.pid}`
      const retried = <A>(effect: Effect.Effect<A, StoreError>) => Effect.retry(effect, STORE_RETRIES)
      const heartbeatEvery = Duration.millis(
        Math.max(
          200,
          Math.min(Duration.toMillis(settings.lease), Duration.toMillis(settings.sessionTimeout)) / 3,
        ),
      )

      const kafka = yield* Effect.promise(() =>
        kafkaClient({ brokers: config.brokers, clientId: clientName("worker") }),
      )
      const sessionMs = Duration.toMillis(settings.sessionTimeout)
      // kafkajs gives up on a broken consumer instead of restarting it: the worker exits and its
      // supervisor restarts it, and the uncommitted messages come again.
      const consumer: Consumer = yield* connected(
        kafka.consumer({
          groupId: settings.group,
          sessionTimeout: sessionMs,
          rebalanceTimeout: 2 * sessionMs,
          heartbeatInterval: Math.max(100, Math.floor(sessionMs / 10)),
          retry: { restartOnFailure: async () => false },
        }),
        `cannot reach Kafka at ${config.brokers.join(",")}`,
      ).pipe(Effect.mapError((error) => new WorkerFailed({ message: error.message, retryable: true })))
      yield* Effect.tryPromise({
        try: () => consumer.subscribe({ topics: [config.topic], fromBeginning: true }),
        catch: (error) =>
          new WorkerFailed({
            message: `cannot subscribe to ${config.topic}: ${String(error)}`,
            retryable: true,
          }),
      }).pipe(Effect.retry(SUBSCRIBE_RETRIES))

      const commit = (payload: EachMessagePayload) =>
        Effect.tryPromise(() =>
          consumer.commitOffsets([
            {
              topic: payload.topic,
              partition: payload.partition,
              offset: nextOffset(payload.message.offset),
            },
          ]),
        ).pipe(
          Effect.catchAll((error) =>
            // the message comes again (to this worker or another) and its claim finds the job finished
            Effect.logWarning(
              `offset not committed: ${String((error.error as Error)?.message ?? error.error)}`,
            ),
          ),
        )

      const keepLease = (job: JobRow, payload: EachMessagePayload): Effect.Effect<never, LeaseLost> =>
        Effect.gen(function* () {
          yield* Effect.sleep(heartbeatEvery)
          const ours = yield* store
            .extend(job.id, job.attempts, settings.lease)
            .pipe(
              Effect.catchAll((error) =>
                Effect.as(Effect.logWarning(`lease not renewed, trying again: ${error.message}`), true),
              ),
            )
          if (!ours) return yield* new LeaseLost({ message: "the lease was taken over" })
          // a long job would otherwise let the consumer's session expire
          yield* Effect.promise(() => payload.heartbeat().catch(() => {}))
        }).pipe(Effect.forever)

      const runJob = (job: JobRow, payload: EachMessagePayload) =>
        Effect.gen(function* () {
          const attempt = job.attempts
          yield* Effect.logInfo(`job claimed (attempt ${attempt} of ${settings.maxAttempts})`).pipe(
            Effect.annotateLogs({ event: "job.claimed", attempt }),
          )
          const input = decodeInput(job.input)
          const work = Either.isLeft(input)
            ? Effect.fail(
                new DraftJobFailed({ reason: "input", message: "the job's input is not a draft request" }),
              )
            : runDraft(input.right)
          const release = retried(store.release(job.id, attempt)).pipe(
            Effect.tap((released) =>
              released
                ? Effect.logInfo("job released: the worker is stopping").pipe(
                    Effect.annotateLogs({ event: "job.released" }),
                  )
                : Effect.void,
            ),
            Effect.catchAll((error) =>
              Effect.logWarning(`job not released (its lease runs out): ${error.message}`),
            ),
          )
          // Only the work itself can be interrupted (and then releases the job); its outcome, once there,
          // is written whole, stop or no stop.
          yield* Effect.uninterruptibleMask((restore) =>
            Effect.gen(function* () {
              const exit = yield* restore(
                work.pipe(
                  Effect.raceFirst(keepLease(job, payload)),
                  Effect.onInterrupt(() => release),
                ),
              ).pipe(Effect.exit)
              if (Exit.isInterrupted(exit)) return yield* Effect.interrupt
              yield* Exit.match(exit, {
                onSuccess: (result) =>
                  retried(store.complete(job.id, attempt, result)).pipe(
                    Effect.flatMap((written) =>
                      written
                        ? Effect.logInfo(`job completed: ${result.outcome}`).pipe(
                            Effect.annotateLogs({ event: "job.completed", outcome: result.outcome }),
                          )
                        : lost,
                    ),
                  ),
                onFailure: (cause) => {
                  const error = Option.getOrUndefined(Cause.failureOption(cause))
                  if (error?._tag === "LeaseLost") return lost
                  const reason =
                    error === undefined ? `internal error: ${causeMessage(cause)}` : error.message
                  return retried(store.fail(job.id, attempt, reason)).pipe(
                    Effect.flatMap((written) =>
                      written
                        ? Effect.logWarning(`job failed: ${reason}`).pipe(
                            Effect.annotateLogs({ event: "job.failed", reason: error?.reason ?? "internal" }),
                          )
                        : lost,
                    ),
                  )
                },
              })
            }),
          )
        })

      const lost = Effect.logWarning("job taken over by another worker: its outcome here is dropped").pipe(
        Effect.annotateLogs({ event: "job.lost" }),
      )

      const skipped = (reason: string, message: string) =>
        Effect.logInfo(`message skipped: ${message}`).pipe(
          Effect.annotateLogs({ event: "job.skipped", reason }),
        )

      const handle = (payload: EachMessagePayload) => {
        const id = payload.message.value?.toString("utf8") ?? ""
        return Effect.gen(function* () {
          if (!isJobId(id)) {
            yield* skipped("not_a_job", "the message is not a job id")
          } else {
            const claim = yield* retried(
              store.claim(id, { worker, lease: settings.lease, maxAttempts: settings.maxAttempts }),
            )
            switch (claim._tag) {
              case "Missing":
                yield* skipped("missing", "no such job")
                break
              case "Finished":
                yield* skipped(claim.status, `the job is already ${claim.status}`)
                break
              case "Busy":
                yield* skipped("leased", `another worker (${claim.worker ?? "?"}) holds the job`)
                break
              case "GaveUp":
                yield* Effect.logWarning(`job failed: ${claim.job.error}`).pipe(
                  Effect.annotateLogs({ event: "job.failed", reason: "gave_up" }),
                )
                break
              case "Claimed":
                yield* runJob(claim.job, payload)
            }
          }
          yield* commit(payload)
        }).pipe(
          Effect.annotateLogs({
            job: isJobId(id) ? id : "-",
            partition: payload.partition,
            offset: payload.message.offset,
          }),
        )
      }

      const stopped = yield* Deferred.make<void, WorkerFailed>()
      const runtime = yield* Effect.runtime<JobContext>()
      const state = {
        stopping: false,
        current: null as Fiber.RuntimeFiber<void, StoreError> | null,
      }
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart)
          Deferred.unsafeDone(
            stopped,
            Exit.fail(
              new WorkerFailed({
                message: `the Kafka consumer stopped: ${payload.error.message}`,
                retryable: true,
              }),
            ),
          )
      })

      yield* Effect.tryPromise({
        try: () =>
          consumer.run({
            autoCommit: false,
            partitionsConsumedConcurrently: 1,
            eachMessage: async (payload) => {
              // stopping: leave the message uncommitted for whoever comes next
              if (state.stopping) return
              const fiber = Runtime.runFork(runtime)(handle(payload))
              state.current = fiber
              const exit = await Runtime.runPromise(runtime)(Fiber.await(fiber))
              state.current = null
              if (Exit.isFailure(exit) && !Exit.isInterrupted(exit)) {
                state.stopping = true
                const message = Option.match(Cause.failureOption(exit.cause), {
                  onNone: () => causeMessage(exit.cause),
                  onSome: (error) => error.message,
                })
                Deferred.unsafeDone(stopped, Exit.fail(new WorkerFailed({ message, retryable: true })))
              }
            },
          }),
        catch: (error) =>
          new WorkerFailed({
            message: `the Kafka consumer did not start: ${String(error)}`,
            retryable: true,
          }),
      })

      // Runs before the consumer disconnects: the current job finishes within the grace, or is released.
      yield* Effect.addFinalizer(() =>
        Effect.gen(function* () {
          state.stopping = true
          const current = state.current
          if (current === null) return
          yield* Effect.logInfo(
            `stopping: the current job has ${Duration.toSeconds(settings.grace)}s to finish`,
          )
          // finalizers run uninterruptibly: the wait must be made interruptible for its timeout to work
          const finished = yield* Fiber.await(current).pipe(
            Effect.interruptible,
            Effect.timeout(settings.grace),
            Effect.option,
          )
          if (Option.isNone(finished)) yield* Fiber.interrupt(current)
        }),
      )

      const sweep = Effect.gen(function* () {
        const ids = yield* store.due(settings.redispatchAfter, SWEEP_LIMIT)
        if (ids.length === 0) return
        yield* dispatcher.send(ids)
        yield* Effect.logInfo(`sent ${ids.length} job id(s) again`).pipe(
          Effect.annotateLogs({ event: "job.redispatched", jobs: ids.join(",") }),
        )
      }).pipe(Effect.catchAll((error) => Effect.logWarning(`sweep: ${error.message}`)))
      yield* Effect.forkScoped(Effect.repeat(sweep, Schedule.spaced(settings.sweepEvery)))

      yield* Effect.logInfo(
        `worker ${worker} taking jobs from ${config.topic} (group ${settings.group}, lease ${Duration.format(settings.lease)}, at most ${settings.maxAttempts} attempts)`,
      ).pipe(Effect.annotateLogs({ event: "worker.ready" }))
      yield* Deferred.await(stopped)
    }),
  )

/** The worker as `airspec worker` runs it: configuration from the environment, every client its own layer. */
export const workerMain = (
  settings: WorkerSettings,
): Effect.Effect<void, WorkerFailed | ConfigError.ConfigError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function* () {
    const config = yield* JobsConfig
    const name = clientName("worker")
    const clients = Layer.mergeAll(
      JobStore.layer({ url: config.databaseUrl, applicationName: name }).pipe(
        Layer.mapError(
          (error) => new WorkerFailed({ message: error.message, retryable: error.reason !== "migrate" }),
        ),
      ),
      Dispatcher.layer({ brokers: config.brokers, topic: config.topic, clientId: name }).pipe(
        Layer.mapError((error) => new WorkerFailed({ message: error.message, retryable: true })),
      ),
      Llm.layer,
    )
    yield* runWorker(settings, config).pipe(Effect.provide(clients))
  })
