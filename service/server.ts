/**
 * The server of `airspec serve`, as one layer: the HttpApi with its handlers, /openapi.json and /docs,
 * the middlewares (request log and ids, bounded bodies, bearer auth), a Node HTTP server, and graceful
 * shutdown. The draft jobs come in as a layer, so the CLI plugs in the PostgreSQL/Kafka one and tests an
 * in-memory one; configuration, the model and the Kafka probe can be swapped the same way.
 *
 * Shutdown (the layer's scope closing, e.g. on SIGTERM): stop accepting connections, close idle ones,
 * let in-flight requests finish (their responses say `Connection: close`), then close what is left after
 * the shutdown timeout.
 */
import { createServer, type Server } from "node:http"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import * as HttpServer from "@effect/platform/HttpServer"
import type * as Path from "@effect/platform/Path"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import { type ConfigError, Duration, Effect, Layer, Option } from "effect"
import { Llm, makeLlm } from "../compiler/llm/service"
import { kafkaUsageReporter, noUsageReporter, UsageMetricsConfig } from "../compiler/llm/usage"
import { AirspecApi } from "./api"
import { Service } from "./config"
import { AuthorizationLive } from "./http/auth"
import { boundedBodies } from "./http/body"
import { CompileLive } from "./http/compile"
import { docsLayer } from "./http/docs"
import { DraftsLive } from "./http/drafts"
import { HealthLive } from "./http/health"
import { KafkaProbe } from "./http/kafka-probe"
import { PipelinesLive, type ProjectDirs } from "./http/pipelines"
import { requestLog } from "./http/request-log"
import { ReviewsLive } from "./http/reviews"
import type { Jobs } from "./jobs/jobs"

export const DEFAULT_SHUTDOWN_TIMEOUT = Duration.seconds(30)

export interface ServeOptions extends ProjectDirs {
  readonly host: string
  /** 0 picks a free port; HttpServer.HttpServer's address tells which. */
  readonly port: number
  /** How long shutdown waits for in-flight requests before closing their connections. */
  readonly shutdownTimeout?: Duration.DurationInput
}

export interface ServerLayers<EJ, RJ> {
  readonly jobs: Layer.Layer<Jobs, EJ, RJ>
  /** Default: from the environment (service/config.ts). */
  readonly config?: Layer.Layer<Service, ConfigError.ConfigError>
  /** Default: the model of the configuration, with usage events when AIRSPEC_METRICS_BROKERS is set. */
  readonly llm?: Layer.Layer<Llm, never, Service | FileSystem.FileSystem | Path.Path>
  readonly kafka?: Layer.Layer<KafkaProbe>
}

/** The `Llm` service for the configured model; one for the server's lifetime, so its breaker and cache are shared. */
export const LlmFromService = Layer.scoped(
  Llm,
  Effect.gen(function* () {
    const { llm } = yield* Service
    const report = Option.isNone(llm)
      ? noUsageReporter
      : yield* Effect.flatMap(
          Effect.orDie(UsageMetricsConfig),
          Option.match({ onNone: () => Effect.succeed(noUsageReporter), onSome: kafkaUsageReporter }),
        )
    return yield* makeLlm(llm, {}, report)
  }),
)

export const ApiLive = (dirs: ProjectDirs) =>
  HttpApiBuilder.api(AirspecApi).pipe(
    Layer.provide(
      Layer.mergeAll(HealthLive, CompileLive, DraftsLive, ReviewsLive, PipelinesLive(dirs)).pipe(
        Layer.provide(AuthorizationLive),
      ),
    ),
  )

interface Connections {
  draining: boolean
  inFlight: number
}

/** Logs where the server listens, and drains it when the scope closes. */
const lifecycle = (node: Server, connections: Connections, timeout: Duration.DurationInput) =>
  Layer.scopedDiscard(
    Effect.gen(function* () {
      yield* HttpServer.addressFormattedWith((url) =>
        Effect.logInfo("listening").pipe(Effect.annotateLogs({ url })),
      )
      yield* Effect.addFinalizer(() =>
        Effect.gen(function* () {
          connections.draining = true
          yield* Effect.logInfo("shutting down").pipe(
            Effect.annotateLogs({ in_flight: connections.inFlight }),
          )
          const closed = Effect.async<void>((resume) => {
            node.close(() => resume(Effect.void))
            node.closeIdleConnections()
          })
          const finished = yield* closed.pipe(Effect.timeout(timeout), Effect.option)
          if (Option.isNone(finished)) {
            yield* Effect.logWarning("shutdown timeout: closing the connections still open").pipe(
              Effect.annotateLogs({ in_flight: connections.inFlight }),
            )
            node.closeAllConnections()
          }
          yield* Effect.logInfo("stopped")
        }),
      )
    }),
  )

export const serverLayer = <EJ, RJ>(options: ServeOptions, layers: ServerLayers<EJ, RJ>) => {
  const connections: Connections = { draining: false, inFlight: 0 }
  const node = createServer()
  node.keepAliveTimeout = 5_000
  node.headersTimeout = 30_000
  node.requestTimeout = 300_000
  node.on("request", (_, response) => {
    connections.inFlight += 1
    response.once("close", () => {
      connections.inFlight -= 1
      // a keep-alive connection that went idle during shutdown is not needed any more
      if (connections.draining) node.closeIdleConnections()
    })
  })
  const bodies = HttpApiBuilder.middleware(Effect.map(Service, (settings) => boundedBodies(settings.maxBody)))
  const serve = HttpApiBuilder.serve(requestLog({ draining: () => connections.draining })).pipe(
    Layer.provide(docsLayer("/docs")),
    Layer.provide(HttpApiBuilder.middlewareOpenApi({ path: "/openapi.json" })),
    Layer.provide(bodies),
    Layer.provide(ApiLive(options)),
  )
  const services = Layer.mergeAll(
    layers.jobs,
    layers.llm ?? LlmFromService,
    layers.kafka ?? KafkaProbe.live,
  ).pipe(Layer.provideMerge(layers.config ?? Service.layer), Layer.provideMerge(NodeContext.layer))
  return lifecycle(node, connections, options.shutdownTimeout ?? DEFAULT_SHUTDOWN_TIMEOUT).pipe(
    Layer.provide(serve),
    Layer.provideMerge(NodeHttpServer.layer(() => node, { host: options.host, port: options.port })),
    Layer.provide(services),
  )
}
