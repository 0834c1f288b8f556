/**
 * Where metric events go. The Kafka sink is best effort unless the spec marks metrics as required: when
 * the broker cannot be reached the load goes on, with one warning, and the sink falls silent for the rest
 * of the run rather than slowing every batch with retries.
 */
import { randomUUID } from "node:crypto"
import { Context, Effect, Layer, Redacted, Schema as S } from "effect"
import type { Producer } from "kafkajs"
import { TaskFailed } from "../errors"
import { loadKafkajs } from "../lazy-modules"
import { type EventBody, METRICS_SCHEMA_VERSION, MetricEvent } from "./events"

export interface RunIdentity {
  readonly pipeline: string
  readonly task: string
  readonly dagRunId: string
  readonly tryNumber: number
  readonly interval: { readonly start: Date; readonly end: Date } | null
}

export class Metrics extends Context.Tag("airspec/Metrics")<
  Metrics,
  { readonly emit: (event: EventBody) => Effect.Effect<void, TaskFailed> }
>() {}

export const noMetrics = Layer.succeed(Metrics, { emit: () => Effect.void })

const encode = S.encodeSync(S.parseJson(MetricEvent))

export const eventOf = (identity: RunIdentity, body: EventBody): MetricEvent =>
  ({
    schema_version: METRICS_SCHEMA_VERSION,
    event_id: randomUUID(),
    emitted_at: new Date().toISOString(),
    pipeline: identity.pipeline,
    task: identity.task,
    dag_run_id: identity.dagRunId,
    try_number: identity.tryNumber,
    interval_start: identity.interval?.start.toISOString() ?? null,
    interval_end: identity.interval?.end.toISOString() ?? null,
    ...body,
  }) as MetricEvent

/** `kafka://host:port,host:port` (or the bare list) → broker addresses. */
export const brokersOf = (uri: string): string[] =>
  uri
    .replace(/^kafka:\/\//i, "")
    .replace(/[/?].*$/, "")
    .split(",")
    .map((broker) => broker.trim())
    .filter((broker) => broker !== "")

export interface KafkaMetricsConfig {
  readonly uri: Redacted.Redacted<string>
  readonly topic: string
  readonly required: boolean
  readonly identity: RunIdentity
}

export const kafkaMetrics = (config: KafkaMetricsConfig) =>
  Layer.scoped(
    Metrics,
    Effect.map(kafkaEventSender(config), (sender) => ({
      emit: (body: EventBody) => sender.send(eventOf(config.identity, body)),
    })),
  )

export interface EventSender {
  readonly send: (event: MetricEvent) => Effect.Effect<void, TaskFailed>
}

/** A producer for whole events, keyed by their pipeline, for the scope's lifetime. */
export const kafkaEventSender = (config: Omit<KafkaMetricsConfig, "identity">) =>
  Effect.gen(function* () {
    const unavailable = (message: string) =>
      new TaskFailed({ reason: "metrics", retryable: true, message: `metrics are required: ${message}` })
    // kafkajs loads only for pipelines with metrics
    const { Kafka, logLevel } = yield* Effect.promise(loadKafkajs)
    const kafka = new Kafka({
      clientId: "airspec",
      brokers: brokersOf(Redacted.value(config.uri)),
      connectionTimeout: 3000,
      requestTimeout: 10000,
      retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 2000 },
      logLevel: logLevel.NOTHING,
    })
    const producer: Producer = kafka.producer({ allowAutoTopicCreation: true })
    let live = yield* Effect.acquireRelease(
      Effect.tryPromise({ try: () => producer.connect(), catch: (error) => error }).pipe(
        Effect.as(true),
        Effect.catchAll((error) =>
          config.required
            ? Effect.fail(unavailable(`cannot reach Kafka (${String(error)})`))
            : Effect.as(
                Effect.logWarning(`metrics off for this run: cannot reach Kafka (${String(error)})`),
                false,
              ),
        ),
      ),
      (connected) => (connected ? Effect.promise(() => producer.disconnect().catch(() => {})) : Effect.void),
    )
    const send = (event: MetricEvent) =>
      Effect.gen(function* () {
        if (!live) {
          if (config.required) return yield* unavailable("Kafka is unreachable")
          return
        }
        const sent = yield* Effect.either(
          Effect.tryPromise({
            try: () =>
              producer.send({
                topic: config.topic,
                acks: -1,
                messages: [{ key: event.pipeline, value: encode(event) }],
              }),
            catch: (error) => error,
          }),
        )
        if (sent._tag === "Left") {
          live = false
          if (config.required)
            return yield* unavailable(`sending ${event.event} failed (${String(sent.left)})`)
          yield* Effect.logWarning(
            `metrics off for the rest of this run: sending to Kafka failed (${String(sent.left)})`,
          )
        }
      })
    return { send } satisfies EventSender
  })
