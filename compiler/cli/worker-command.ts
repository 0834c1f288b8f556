/**
 * `airspec worker`: the command line of service/worker.ts, which runs the service's draft jobs. The
 * store and Kafka come from the environment (AIRSPEC_DATABASE_URL, AIRSPEC_KAFKA_BROKERS,
 * AIRSPEC_JOBS_TOPIC), the model from AIRSPEC_LLM_*; the options tune leases and sweeps. The worker's
 * code, with its PostgreSQL and Kafka clients, loads only when this command runs.
 */
import { Command, Options } from "@effect/cli"
import { ConfigError, Console, Duration, Effect, Logger } from "effect"
import { RuntimeExited, UsageError } from "./run-command"

const seconds = (name: string, fallback: number, description: string) =>
  Options.integer(name).pipe(Options.withDescription(description), Options.withDefault(fallback))

const workerOptions = {
  group: Options.text("group").pipe(
    Options.withDescription("The Kafka consumer group the workers share."),
    Options.withDefault("airspec-workers"),
  ),
  lease: seconds(
    "lease",
    60,
    "Seconds a claimed job stays this worker's without a heartbeat (renewed every third of it); a dead worker's job is taken over after that.",
  ),
  maxAttempts: Options.integer("max-attempts").pipe(
    Options.withDescription("Claims of one job before it fails with 'gave up after N attempts'."),
    Options.withDefault(3),
  ),
  sweepEvery: seconds(
    "sweep-every",
    15,
    "Seconds between sweeps, which send again the ids of jobs whose lease expired or that waited too long.",
  ),
  redispatchAfter: seconds(
    "redispatch-after",
    300,
    "Seconds a pending job may wait for a claim before the sweep sends its id again.",
  ),
  sessionTimeout: seconds(
    "session-timeout",
    30,
    "Seconds of silence after which Kafka moves a worker's partitions to the others (brokers allow 6 to 1800 by default).",
  ),
  grace: seconds(
    "grace",
    10,
    "On SIGTERM, seconds the current job may take to finish before it is released to another worker.",
  ),
}

export const worker = Command.make("worker", workerOptions, (options) =>
  Effect.gen(function* () {
    const numbers = [
      ["--lease", options.lease, 1],
      ["--max-attempts", options.maxAttempts, 1],
      ["--sweep-every", options.sweepEvery, 1],
      ["--redispatch-after", options.redispatchAfter, 1],
      ["--session-timeout", options.sessionTimeout, 1],
      ["--grace", options.grace, 0],
    ] as const
    for (const [name, value, least] of numbers)
      if (value < least) return yield* new UsageError({ message: `${name} must be at least ${least}` })
    if (options.group.trim() === "") return yield* new UsageError({ message: "--group is empty" })
    const { workerMain } = yield* Effect.promise(() => import("../../service/worker"))
    yield* workerMain({
      group: options.group,
      lease: Duration.seconds(options.lease),
      maxAttempts: options.maxAttempts,
      sweepEvery: Duration.seconds(options.sweepEvery),
      redispatchAfter: Duration.seconds(options.redispatchAfter),
      sessionTimeout: Duration.seconds(options.sessionTimeout),
      grace: Duration.seconds(options.grace),
    }).pipe(
      // one logfmt line per event, with the job's id, attempt and outcome as fields, instead of the
      // pretty logger NodeRuntime installs
      Effect.provide(Logger.logFmt),
      Effect.provide(Logger.remove(Logger.prettyLoggerDefault)),
      Effect.catchAll(
        (error): Effect.Effect<never, UsageError | RuntimeExited> =>
          ConfigError.isConfigError(error)
            ? Effect.fail(new UsageError({ message: `configuration: ${error}` }))
            : // 75 (EX_TEMPFAIL): Kafka or PostgreSQL may be back when a supervisor restarts the worker
              Console.error(`airspec: ${error.message}`).pipe(
                Effect.zipRight(new RuntimeExited({ code: error.retryable ? 75 : 2 })),
              ),
      ),
    )
  }),
).pipe(
  Command.withDescription(
    "Run the service's draft jobs: take job ids from Kafka (AIRSPEC_KAFKA_BROKERS, AIRSPEC_JOBS_TOPIC), claim each job in PostgreSQL (AIRSPEC_DATABASE_URL), draft it (a model when AIRSPEC_LLM_* is set) and store the result. Runs until SIGTERM; exits 75 when Kafka or PostgreSQL fail for a reason that may pass.",
  ),
)
