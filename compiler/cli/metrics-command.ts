/**
 * `airspec metrics sink`: the command line of runtime/metrics/clickhouse-sink.ts. The ClickHouse URL may
 * carry a password, so it is Redacted from argv on and best given as AIRSPEC_CLICKHOUSE_URL.
 */
import { Command, Options } from "@effect/cli"
import { Config, Console, Effect, Either, Logger, Option } from "effect"
import { logLayer } from "../../runtime/log"
import { runSink, sinkTarget } from "../../runtime/metrics/clickhouse-sink"
import { brokersOf } from "../../runtime/metrics/sink"
import { UsageError } from "./run-command"

const sinkOptions = {
  brokers: Options.text("brokers").pipe(
    Options.withDescription("Kafka bootstrap servers, host:port[,host:port…]."),
  ),
  topic: Options.text("topic").pipe(Options.withDescription("The topic of the metric events.")),
  clickhouse: Options.redacted("clickhouse").pipe(
    Options.withFallbackConfig(Config.redacted("AIRSPEC_CLICKHOUSE_URL")),
    Options.withDescription(
      "ClickHouse's HTTP URL, http(s)://user:password@host:port[/database]. Prefer the AIRSPEC_CLICKHOUSE_URL environment variable: arguments are visible to every user of the machine.",
    ),
  ),
  database: Options.text("database").pipe(
    Options.withDescription(
      "The database of the tables (created when missing). Default: the URL's path, else airspec.",
    ),
    Options.optional,
  ),
  group: Options.text("group").pipe(
    Options.withDescription("The Kafka consumer group; its committed offsets say where the next run starts."),
    Options.withDefault("airspec-metrics-sink"),
  ),
  untilIdle: Options.integer("until-idle").pipe(
    Options.withDescription(
      "Exit 0 once everything on the topic is landed and no message came for this many seconds (for cron and tests); default: run until stopped.",
    ),
    Options.optional,
  ),
}

const sink = Command.make("sink", sinkOptions, (options) =>
  Effect.gen(function* () {
    const target = sinkTarget(options.clickhouse, options.database)
    if (Either.isLeft(target)) return yield* new UsageError({ message: target.left })
    const brokers = brokersOf(options.brokers)
    if (brokers.length === 0) return yield* new UsageError({ message: "--brokers names no broker" })
    if (options.topic.trim() === "") return yield* new UsageError({ message: "--topic is empty" })
    if (Option.exists(options.untilIdle, (seconds) => seconds < 1))
      return yield* new UsageError({ message: "--until-idle must be at least 1 second" })
    const summary = yield* runSink({
      brokers,
      topic: options.topic,
      group: options.group,
      target: target.right,
      untilIdleSeconds: options.untilIdle,
    }).pipe(
      // the task log's one-line format, instead of the pretty logger NodeRuntime installs
      Effect.provide(logLayer),
      Effect.provide(Logger.remove(Logger.prettyLoggerDefault)),
    )
    yield* Console.log(
      `landed ${summary.rows} rows from ${summary.events} events (${summary.messages} messages, ${summary.skipped} skipped)`,
    )
  }),
).pipe(
  Command.withDescription(
    "Consume metric events from Kafka and land them in ClickHouse (tables metric_rows and metrics_hourly, created when missing). Offsets are committed after each insert; redelivered events are dropped by the table. Exits 0 when idle with --until-idle, 75 when Kafka or ClickHouse fail for a reason that may pass (a rerun continues where this one stopped), 2 on usage errors and failures a rerun will not fix.",
  ),
)

export const metrics = Command.make("metrics").pipe(
  Command.withDescription("Work with the runtime's metric events."),
  Command.withSubcommands([sink]),
)
