/**
 * /healthz: 200 while the process runs. /readyz: 200 when the job store answers a ping and the Kafka
 * brokers (when configured) answer a metadata request, else 503; both probes run at once, each within a
 * few seconds. The LLM is only reported as configured or not: a readiness probe must not spend tokens.
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Duration, Effect } from "effect"
import { Llm } from "../../compiler/llm/service"
import { AirspecApi, type NotReady } from "../api"
import { Service, scrubSecrets } from "../config"
import { Jobs } from "../jobs/jobs"
import { KafkaProbe, PROBE_TIMEOUT } from "./kafka-probe"

type Check = NotReady["checks"]["database"]

const timed = <E>(probe: Effect.Effect<void, E>, describe: (error: E) => string) =>
  Effect.gen(function* () {
    const started = performance.now()
    const outcome = yield* Effect.either(probe)
    const ms = Math.round(performance.now() - started)
    return outcome._tag === "Right"
      ? ({ ok: true, configured: true, ms, error: null } satisfies Check)
      : ({ ok: false, configured: true, ms, error: describe(outcome.left) } satisfies Check)
  })

export const HealthLive = HttpApiBuilder.group(AirspecApi, "health", (handlers) =>
  Effect.gen(function* () {
    const settings = yield* Service
    const jobs = yield* Jobs
    const kafka = yield* KafkaProbe
    const llm = yield* Llm
    const scrub = scrubSecrets(settings)
    const database = timed(
      jobs.ping.pipe(
        Effect.mapError((error) => `${error.reason}: ${error.message}`),
        Effect.timeoutFail({
          duration: PROBE_TIMEOUT,
          onTimeout: () => `no answer within ${Duration.format(PROBE_TIMEOUT)}`,
        }),
      ),
      scrub,
    )
    const brokers =
      settings.kafkaBrokers.length === 0
        ? Effect.succeed({ ok: true, configured: false, ms: null, error: null } satisfies Check)
        : timed(kafka.probe(settings.kafkaBrokers), (error) => scrub(`${error.reason}: ${error.message}`))
    return handlers
      .handle("healthz", () => Effect.succeed({ status: "ok" as const }))
      .handle("readyz", () =>
        Effect.gen(function* () {
          const [db, bus] = yield* Effect.all([database, brokers], { concurrency: 2 })
          const checks = {
            database: db,
            kafka: bus,
            llm: { ok: true, configured: llm.configured, ms: null, error: null },
          }
          if (db.ok && bus.ok) return { status: "ready" as const, checks }
          return yield* Effect.fail({ status: "not_ready" as const, checks } satisfies NotReady)
        }),
      )
  }),
)
