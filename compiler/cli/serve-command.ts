/**
 * `airspec serve [--host 127.0.0.1] [--port 8790] [--specs specs] [--out airflow/dags]`: the HTTP API
 * (service/server.ts) with the PostgreSQL/Kafka draft jobs, configured from the environment
 * (AIRSPEC_SERVICE_TOKEN required; see docs/service.md). Logs one JSON line per request on stdout. Runs
 * until SIGTERM or SIGINT, then finishes the requests in flight and exits 0. The server, its docs page and
 * the job clients load only when this command runs.
 */
import { Command, Options } from "@effect/cli"
import { ConfigError, Effect, Layer, Logger } from "effect"
import { DEFAULT_OUT, DEFAULT_SPECS } from "./project-files"
import { UsageError } from "./run-command"

const DEFAULT_HOST = "127.0.0.1"
const DEFAULT_PORT = 8790

const serveOptions = {
  host: Options.text("host").pipe(
    Options.withDescription("The address to listen on; 0.0.0.0 for every interface."),
    Options.withDefault(DEFAULT_HOST),
  ),
  port: Options.integer("port").pipe(
    Options.withDescription("The TCP port; 0 picks a free one (the first log line says which)."),
    Options.withDefault(DEFAULT_PORT),
  ),
  specs: Options.text("specs").pipe(
    Options.withDescription("The directory of the specs GET /v1/pipelines lists."),
    Options.withDefault(DEFAULT_SPECS),
  ),
  out: Options.text("out").pipe(
    Options.withDescription("The directory of the generated DAGs and plans GET /v1/pipelines compares."),
    Options.withDefault(DEFAULT_OUT),
  ),
  shutdownTimeout: Options.integer("shutdown-timeout").pipe(
    Options.withDescription(
      "On SIGTERM, seconds the requests in flight may take to finish before their connections are closed.",
    ),
    Options.withDefault(30),
  ),
}

export const serve = Command.make("serve", serveOptions, (options) =>
  Effect.gen(function* () {
    if (options.port < 0 || options.port > 65535)
      return yield* new UsageError({ message: `--port must be 0 to 65535 (got ${options.port})` })
    if (options.shutdownTimeout < 0)
      return yield* new UsageError({ message: "--shutdown-timeout must be at least 0" })
    const [{ serverLayer }, { JobsLive }, { describeConfigError }, { jsonLogs }] = yield* Effect.promise(() =>
      Promise.all([
        import("../../service/server"),
        import("../../service/jobs/layer"),
        import("../../service/config"),
        import("../../service/http/request-log"),
      ]),
    )
    const server = serverLayer(
      {
        host: options.host,
        port: options.port,
        specs: options.specs,
        out: options.out,
        shutdownTimeout: `${options.shutdownTimeout} seconds`,
      },
      { jobs: JobsLive },
    )
    yield* Layer.launch(server).pipe(
      Effect.provide(Layer.merge(jsonLogs, Logger.remove(Logger.prettyLoggerDefault))),
      Effect.catchAll((error) =>
        Effect.fail(
          new UsageError({
            message: ConfigError.isConfigError(error)
              ? `configuration: ${describeConfigError(error)}`
              : error._tag === "ServeError"
                ? `cannot listen on ${options.host}:${options.port}: ${String((error.cause as Error)?.message ?? error.cause)}`
                : `cannot start: ${error.message}`,
          }),
        ),
      ),
    )
  }),
).pipe(
  Command.withDescription(
    "Serve the HTTP API: compile, check and review specs, draft jobs, the repository's pipelines, /healthz and /readyz, the OpenAPI document at /openapi.json and its docs at /docs. Needs AIRSPEC_SERVICE_TOKEN, AIRSPEC_DATABASE_URL and AIRSPEC_KAFKA_BROKERS. Stops on SIGTERM after the requests in flight finish.",
  ),
)
