/**
 * Dispatch: job ids sent to a Kafka topic (`airspec.jobs` by default), keyed by the id, for the workers'
 * consumer group. A message carries nothing but the id; the job itself is in PostgreSQL. Sending is at
 * least once: the same id may arrive twice, and workers claim jobs atomically, so that is harmless.
 */
import { Context, Data, Duration, Effect, Layer } from "effect"
import type { Admin, Producer } from "kafkajs"
import { loadKafkajs } from "../../runtime/lazy-modules"

export const DEFAULT_TOPIC = "airspec.jobs"
/** Partitions of a topic created here: how many workers can share the work at once. */
export const TOPIC_PARTITIONS = 6

const CONNECT_TIMEOUT = Duration.seconds(15)
const DISCONNECT_TIMEOUT = Duration.seconds(5)

export class DispatchError extends Data.TaggedError("DispatchError")<{
  readonly reason: "connect" | "send"
  readonly message: string
}> {}

export interface DispatchConfig {
  readonly brokers: ReadonlyArray<string>
  readonly topic: string
  /** Kafka's client id, in broker logs. */
  readonly clientId: string
}

export interface DispatcherService {
  readonly topic: string
  readonly send: (ids: ReadonlyArray<string>) => Effect.Effect<void, DispatchError>
}

export class Dispatcher extends Context.Tag("airspec/JobDispatcher")<Dispatcher, DispatcherService>() {
  static readonly layer = (config: DispatchConfig): Layer.Layer<Dispatcher, DispatchError> =>
    Layer.scoped(Dispatcher, makeDispatcher(config))
}

const messageOf = (error: unknown): string =>
  ((error as { message?: unknown })?.message as string | undefined) ?? String(error)

export const kafkaClient = async (config: Omit<DispatchConfig, "topic">) => {
  // kafkajs loads only where jobs are used
  const { Kafka, logLevel } = await loadKafkajs()
  return new Kafka({
    clientId: config.clientId,
    brokers: [...config.brokers],
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3000 },
    logLevel: logLevel.NOTHING,
  })
}

/** A connected kafkajs client (producer, consumer or admin), disconnected when the scope closes. */
export const connected = <C extends { connect: () => Promise<void>; disconnect: () => Promise<void> }>(
  client: C,
  what: string,
) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => client.connect(),
      catch: (error) => new DispatchError({ reason: "connect", message: `${what}: ${messageOf(error)}` }),
    }).pipe(
      Effect.timeoutFail({
        duration: CONNECT_TIMEOUT,
        onTimeout: () => new DispatchError({ reason: "connect", message: `${what}: timed out` }),
      }),
      Effect.as(client),
    ),
    () =>
      Effect.promise(() => client.disconnect().catch(() => {})).pipe(
        Effect.timeoutOption(DISCONNECT_TIMEOUT),
        Effect.asVoid,
      ),
  )

/** Creates the topic with TOPIC_PARTITIONS partitions unless it exists (a topic made elsewhere is kept as it is). */
export const ensureTopic = (admin: Admin, topic: string) =>
  Effect.tryPromise({
    try: async () => {
      if ((await admin.listTopics()).includes(topic)) return
      try {
        await admin.createTopics({
          topics: [{ topic, numPartitions: TOPIC_PARTITIONS }],
          waitForLeaders: true,
        })
      } catch (error) {
        // another process created it in between
        if (!(await admin.listTopics()).includes(topic)) throw error
      }
    },
    catch: (error) =>
      new DispatchError({
        reason: "connect",
        message: `cannot create the topic ${topic}: ${messageOf(error)}`,
      }),
  })

export const makeDispatcher = (config: DispatchConfig) =>
  Effect.gen(function* () {
    const where = `Kafka at ${config.brokers.join(",")}`
    const kafka = yield* Effect.promise(() => kafkaClient(config))
    yield* Effect.scoped(
      Effect.flatMap(connected(kafka.admin(), `cannot reach ${where}`), (admin: Admin) =>
        ensureTopic(admin, config.topic),
      ),
    )
    const producer: Producer = yield* connected(kafka.producer(), `cannot reach ${where}`)
    const send = (ids: ReadonlyArray<string>) =>
      ids.length === 0
        ? Effect.void
        : Effect.tryPromise({
            try: () =>
              producer.send({
                topic: config.topic,
                acks: -1,
                messages: ids.map((id) => ({ key: id, value: id })),
              }),
            catch: (error) =>
              new DispatchError({
                reason: "send",
                message: `sending to ${config.topic} failed: ${messageOf(error)}`,
              }),
          }).pipe(Effect.asVoid)
    return { topic: config.topic, send } satisfies DispatcherService
  })
