/**
 * Whether the Kafka brokers answer, for /readyz: connect an admin client, ask for the cluster's metadata,
 * disconnect, all within a short deadline. kafkajs loads on the first probe only.
 */
import { Context, Data, Duration, Effect, Layer } from "effect"
import { loadKafkajs } from "../../runtime/lazy-modules"

export class KafkaProbeError extends Data.TaggedError("KafkaProbeError")<{
  readonly reason: "unreachable" | "timeout"
  readonly message: string
}> {}

export const PROBE_TIMEOUT = Duration.seconds(3)

export class KafkaProbe extends Context.Tag("airspec/KafkaProbe")<
  KafkaProbe,
  { readonly probe: (brokers: ReadonlyArray<string>) => Effect.Effect<void, KafkaProbeError> }
>() {
  static readonly live = Layer.succeed(KafkaProbe, {
    probe: (brokers) =>
      Effect.tryPromise({
        try: async () => {
          const { Kafka, logLevel } = await loadKafkajs()
          const kafka = new Kafka({
            clientId: "airspec-serve",
            brokers: [...brokers],
            connectionTimeout: 1500,
            requestTimeout: 2500,
            retry: { retries: 0 },
            logLevel: logLevel.NOTHING,
          })
          const admin = kafka.admin()
          await admin.connect()
          try {
            await admin.describeCluster()
          } finally {
            await admin.disconnect().catch(() => {})
          }
        },
        catch: (error) =>
          new KafkaProbeError({
            reason: "unreachable",
            message: error instanceof Error ? error.message : String(error),
          }),
      }).pipe(
        Effect.timeoutFail({
          duration: PROBE_TIMEOUT,
          onTimeout: () =>
            new KafkaProbeError({
              reason: "timeout",
              message: `no answer within ${Duration.format(PROBE_TIMEOUT)}`,
            }),
        }),
      ),
  })
}
