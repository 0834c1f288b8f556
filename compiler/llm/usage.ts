/**
 * Token usage as metric events: with AIRSPEC_METRICS_BROKERS set, every model call (answered, cached or
 * failed) is also sent to Kafka as an `llm_call` event (runtime/metrics/events.ts), next to the runtime's
 * task events, so one dashboard shows what drafting and review cost. Best effort, like the runtime's
 * metrics: an unreachable broker costs one warning, never the command.
 */
import { randomUUID } from "node:crypto"
import { Config, Effect, Option, Redacted, type Scope } from "effect"
import { METRICS_SCHEMA_VERSION } from "../../runtime/metrics/events"
import { kafkaEventSender } from "../../runtime/metrics/sink"

export interface LlmCallRecord {
  readonly purpose: string
  /** The spec the call was about, if the caller said. */
  readonly pipeline: string | null
  readonly model: string
  /** `ok` or the failure's reason. */
  readonly outcome: string
  readonly cached: boolean
  readonly promptTokens: number
  readonly completionTokens: number
  readonly ms: number
}

export type UsageReporter = (call: LlmCallRecord) => Effect.Effect<void>

export const noUsageReporter: UsageReporter = () => Effect.void

export interface UsageMetricsSettings {
  /** `kafka://host:port,…` or the bare broker list. */
  readonly brokers: Redacted.Redacted<string>
  readonly topic: string
}

export const UsageMetricsConfig: Config.Config<Option.Option<UsageMetricsSettings>> = Config.all({
  brokers: Config.option(Config.redacted("AIRSPEC_METRICS_BROKERS")),
  topic: Config.string("AIRSPEC_METRICS_TOPIC").pipe(Config.withDefault("airspec.metrics")),
}).pipe(
  Config.map(({ brokers, topic }) =>
    Option.map(
      Option.filter(brokers, (value) => Redacted.value(value).trim() !== ""),
      (brokers) => ({ brokers, topic }),
    ),
  ),
)

/** A reporter that sends each call as an event, for the scope's lifetime (one command). */
export const kafkaUsageReporter = (
  settings: UsageMetricsSettings,
): Effect.Effect<UsageReporter, never, Scope.Scope> =>
  Effect.gen(function* () {
    const sender = yield* Effect.orDie(
      kafkaEventSender({ uri: settings.brokers, topic: settings.topic, required: false }),
    )
    const invocation = `cli__${randomUUID()}`
    return (call) =>
      sender
        .send({
          schema_version: METRICS_SCHEMA_VERSION,
          event_id: randomUUID(),
          emitted_at: new Date().toISOString(),
          pipeline: call.pipeline ?? "",
          task: call.purpose,
          dag_run_id: invocation,
          try_number: 1,
          interval_start: null,
          interval_end: null,
          event: "llm_call",
          purpose: call.purpose,
          model: call.model,
          outcome: call.outcome,
          cached: call.cached,
          prompt_tokens: call.promptTokens,
          completion_tokens: call.completionTokens,
          ms: call.ms,
        })
        .pipe(Effect.ignore)
  })
