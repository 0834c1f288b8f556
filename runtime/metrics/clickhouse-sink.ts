/**
 * `airspec metrics sink`: metric events from a Kafka topic, consumed as a consumer group, landed in
 * ClickHouse as metric rows. Each batch of messages is inserted as one JSONEachRow block and its offsets
 * are committed only after the insert succeeded: at least once, and the table drops what comes twice
 * (clickhouse-tables.ts). Messages that are not landable events are skipped with one warning each.
 */
import { Data, Deferred, Effect, Either, Exit, Option, Redacted, Runtime, Schedule } from "effect"
import type { Admin, Batch, Consumer, EachBatchPayload } from "kafkajs"
import { type ClickHouseError, type ClickHouseSession, connectClickHouse } from "../clickhouse/session"
import { loadKafkajs } from "../lazy-modules"
import { isDatabaseName, METRIC_ROWS_TABLE, metricTableStatements } from "./clickhouse-tables"
import { decodeMessage, jsonRow, type MetricRow } from "./metric-rows"

export class SinkFailed extends Data.TaggedError("SinkFailed")<{
  readonly message: string
  /** Kafka or ClickHouse may be back later; a wrong password or a broken table will not. */
  readonly retryable: boolean
}> {}

export interface SinkTarget {
  /** The server URL with its credentials, without a path. */
  readonly uri: Redacted.Redacted<string>
  readonly database: string
  /** `host:port/database`, for log lines. */
  readonly where: string
  /** Removes the password from text that may have come back from a client. */
  readonly scrub: (text: string) => string
}

export const DEFAULT_DATABASE = "airspec"

const decoded = (text: string): string | null => {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * `http(s)://user:password@host:port[/database]` → where to land. The database is `database` if given,
 * else the URL's path, else `airspec`.
 */
export const sinkTarget = (
  url: Redacted.Redacted<string>,
  database: Option.Option<string>,
): Either.Either<SinkTarget, string> => {
  let parsed: URL
  try {
    parsed = new URL(Redacted.value(url))
  } catch {
    return Either.left("the ClickHouse URL is not a URL")
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return Either.left("the ClickHouse URL must be http:// or https://")
  const fromPath = decoded(parsed.pathname.replace(/^\/+|\/+$/g, ""))
  const password = decoded(parsed.password)
  if (fromPath === null || password === null || decoded(parsed.username) === null)
    return Either.left("the ClickHouse URL has a malformed %-escape")
  const name = Option.getOrElse(database, () => fromPath || DEFAULT_DATABASE)
  if (!isDatabaseName(name))
    return Either.left(`the database name ${JSON.stringify(name)} is not a plain identifier`)
  const secrets = [parsed.password, password].filter((secret) => secret !== "")
  parsed.pathname = "/"
  parsed.search = ""
  return Either.right({
    uri: Redacted.make(parsed.toString()),
    database: name,
    where: `${parsed.host}/${name}`,
    scrub: (text) => secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join("***"), text),
  })
}

export interface SinkConfig {
  readonly brokers: ReadonlyArray<string>
  readonly topic: string
  readonly group: string
  readonly target: SinkTarget
  /**
   * Stop once every partition this consumer owns is committed up to its end and no message came for this
   * many seconds; run until interrupted when none.
   */
  readonly untilIdleSeconds: Option.Option<number>
}

export interface SinkSummary {
  messages: number
  events: number
  rows: number
  skipped: number
}

const SUBSCRIBE_RETRIES = Schedule.exponential("200 millis").pipe(Schedule.intersect(Schedule.recurs(5)))
const INSERT_RETRIES = Schedule.exponential("500 millis").pipe(Schedule.intersect(Schedule.recurs(5)))

const failed = (target: SinkTarget, what: string, error: unknown, retryable: boolean) =>
  new SinkFailed({
    message: target.scrub(`${what}: ${(error as { message?: unknown })?.message ?? String(error)}`),
    retryable,
  })

const createTables = (session: ClickHouseSession, target: SinkTarget) =>
  Effect.forEach(metricTableStatements(target.database), (sql) => session.command(sql), {
    discard: true,
  }).pipe(
    Effect.mapError((error) =>
      failed(target, `cannot create the tables in ${target.where}`, error, error.retryable),
    ),
  )

const insertRows = (session: ClickHouseSession, target: SinkTarget, rows: ReadonlyArray<MetricRow>) =>
  session.insertJson(`${target.database}.${METRIC_ROWS_TABLE}`, rows.map(jsonRow)).pipe(
    Effect.retry({ schedule: INSERT_RETRIES, while: (error: ClickHouseError) => error.retryable }),
    Effect.mapError((error) =>
      failed(target, `inserting into ${target.where} failed`, error, error.retryable),
    ),
  )

const nextOffset = (batch: Batch) => (BigInt(batch.lastOffset()) + 1n).toString()

/** Whether the group's committed offsets have reached the end of each of these partitions. */
const caughtUp = async (admin: Admin, config: SinkConfig, partitions: ReadonlyArray<number>) => {
  const [ends, committed] = await Promise.all([
    admin.fetchTopicOffsets(config.topic),
    admin.fetchOffsets({ groupId: config.group, topics: [config.topic] }),
  ])
  const positions = new Map(
    (committed[0]?.partitions ?? []).map(({ partition, offset }) => [partition, BigInt(offset)]),
  )
  return ends
    .filter(({ partition }) => partitions.includes(partition))
    .every(({ partition, high, low }) => {
      const position = positions.get(partition) ?? -1n
      // -1: nothing committed yet, which is the end only of a partition without messages
      return position >= 0n ? position >= BigInt(high) : high === low
    })
}

export const runSink = (config: SinkConfig): Effect.Effect<SinkSummary, SinkFailed> =>
  Effect.scoped(
    Effect.gen(function* () {
      const { target } = config
      const session = yield* connectClickHouse(target.uri, "airspec-metrics-sink").pipe(
        Effect.mapError((error) =>
          failed(target, `cannot connect to ClickHouse at ${target.where}`, error, error.retryable),
        ),
      )
      yield* createTables(session, target)

      const { Kafka, logLevel } = yield* Effect.promise(loadKafkajs)
      const kafka = new Kafka({
        clientId: "airspec-metrics-sink",
        brokers: [...config.brokers],
        connectionTimeout: 3000,
        requestTimeout: 30000,
        logLevel: logLevel.NOTHING,
      })
      // A consumer that kafkajs gives up on (after its own retries) ends the sink instead of restarting:
      // the exit code tells cron or a supervisor, and the uncommitted rest comes again next time.
      const consumer: Consumer = kafka.consumer({
        groupId: config.group,
        retry: { restartOnFailure: async () => false },
      })
      const admin: Admin = kafka.admin()
      const unreachable = (error: unknown) =>
        failed(target, `cannot reach Kafka at ${config.brokers.join(",")}`, error, true)
      for (const client of [consumer, admin]) {
        yield* Effect.acquireRelease(
          Effect.tryPromise({ try: () => client.connect(), catch: unreachable }),
          () => Effect.promise(() => client.disconnect().catch(() => {})),
        )
      }
      // A topic nobody has written to yet is created by the broker on this first request, if it creates
      // topics at all; the retries give it the moment it needs.
      yield* Effect.tryPromise({
        try: () => consumer.subscribe({ topics: [config.topic], fromBeginning: true }),
        catch: (error) => failed(target, `cannot subscribe to ${config.topic}`, error, true),
      }).pipe(Effect.retry(SUBSCRIBE_RETRIES))

      const summary: SinkSummary = { messages: 0, events: 0, rows: 0, skipped: 0 }
      // The idle clock starts once the group is joined: joining takes a while and is not idleness.
      const state = {
        joined: false,
        busy: false,
        stopping: false,
        lastActivity: 0,
        partitions: [] as ReadonlyArray<number>,
      }
      const stopped = yield* Deferred.make<void, SinkFailed>()
      const runtime = yield* Effect.runtime<never>()

      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        state.joined = true
        state.lastActivity = Date.now()
        state.partitions = payload.memberAssignment[config.topic] ?? []
      })
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart)
          Deferred.unsafeDone(
            stopped,
            Exit.fail(failed(target, "the Kafka consumer stopped", payload.error, true)),
          )
      })

      const landBatch = ({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) =>
        Effect.gen(function* () {
          const rows: MetricRow[] = []
          let events = 0
          let skipped = 0
          for (const message of batch.messages) {
            const decoded = decodeMessage(message.value)
            if (Either.isLeft(decoded)) {
              skipped++
              yield* Effect.logWarning(
                `skipped message ${batch.topic}[${batch.partition}]@${message.offset}: ${decoded.left}`,
              )
              continue
            }
            events++
            rows.push(...decoded.right.rows)
          }
          if (rows.length > 0) yield* insertRows(session, target, rows)
          yield* Effect.tryPromise({
            try: () =>
              consumer.commitOffsets([
                { topic: batch.topic, partition: batch.partition, offset: nextOffset(batch) },
              ]),
            catch: (error) => failed(target, "committing offsets failed", error, true),
          })
          if (!isRunning() || isStale()) return
          resolveOffset(batch.lastOffset())
          summary.messages += batch.messages.length
          summary.events += events
          summary.rows += rows.length
          summary.skipped += skipped
          yield* Effect.promise(() => heartbeat().catch(() => {}))
        })

      yield* Effect.tryPromise({
        try: () =>
          consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            eachBatch: async (payload) => {
              // After a failure nothing more is landed: the uncommitted rest comes again next time.
              if (state.stopping) throw new Error("the sink is stopping")
              state.busy = true
              try {
                await Runtime.runPromise(runtime)(
                  landBatch(payload).pipe(
                    Effect.tapError((error) =>
                      Effect.sync(() => {
                        state.stopping = true
                      }).pipe(Effect.zipRight(Deferred.fail(stopped, error))),
                    ),
                  ),
                )
              } finally {
                state.busy = false
                state.lastActivity = Date.now()
              }
            },
          }),
        catch: (error) => failed(target, "the Kafka consumer did not start", error, true),
      })
      yield* Effect.logInfo(
        `landing metric events from ${config.topic} (group ${config.group}) into ${target.where}.${METRIC_ROWS_TABLE}`,
      )

      // Quiet for long enough is not enough: messages may sit unfetched. Only a group committed up to the
      // end of the topic is idle, so a run with --until-idle lands everything that was there.
      const idleNow = (seconds: number) =>
        state.joined && !state.busy && Date.now() - state.lastActivity >= seconds * 1000
          ? Effect.tryPromise(() => caughtUp(admin, config, state.partitions)).pipe(
              // a batch may have begun while the offsets were being fetched
              Effect.map((done) => done && !state.busy),
              Effect.orElseSucceed(() => false),
            )
          : Effect.succeed(false)
      const idle = (seconds: number) =>
        Effect.repeat(
          Effect.suspend(() => idleNow(seconds)),
          { schedule: Schedule.spaced("250 millis"), until: (done) => done },
        )
      yield* Option.match(config.untilIdleSeconds, {
        onNone: () => Deferred.await(stopped),
        onSome: (seconds) => Effect.raceFirst(Deferred.await(stopped), idle(seconds)),
      })
      state.stopping = true
      return summary
    }),
  )
