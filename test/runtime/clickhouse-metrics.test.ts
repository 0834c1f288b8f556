/**
 * Metric events landed in a real ClickHouse (the project's 18.16) from a real Kafka broker: by
 * `airspec metrics sink`, and by the Kafka table engine for servers that reach Kafka themselves. Each test
 * has its own topic, consumer groups and database.
 */
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { promisify } from "node:util"
import { Kafka, logLevel } from "kafkajs"
import { afterAll, describe, expect, inject, it } from "vitest"
import { kafkaEngineStatements, metricTableStatements } from "../../runtime/metrics/clickhouse-tables"
import { chQuery, chRows } from "./clickhouse-harness"
import { freshDatabase, intervalEnv, project, runRuntime, writePlan } from "./harness"

const exec = promisify(execFile)
const CLI = resolve("bin/airspec.mjs")

let names = 0
const unique = (prefix: string) => `${prefix}_${process.pid}_${Date.now().toString(36)}_${++names}`

const databases: string[] = []
const freshClickHouseDatabase = () => {
  const name = unique("metrics_ch")
  databases.push(name)
  return name
}
afterAll(async () => {
  for (const database of databases) await chQuery(`DROP DATABASE IF EXISTS ${database}`)
})

const kafka = () => new Kafka({ brokers: [inject("kafkaBrokers")], logLevel: logLevel.NOTHING })

const produce = async (topic: string, values: ReadonlyArray<string | null>) => {
  const producer = kafka().producer({ allowAutoTopicCreation: true })
  await producer.connect()
  try {
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ key: "shop", value })) })
  } finally {
    await producer.disconnect()
  }
}

const sink = async (args: string[], clickhouseUrl: string = inject("clickhouseUrl")) => {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      [CLI, "metrics", "sink", "--brokers", inject("kafkaBrokers"), "--until-idle", "1", ...args],
      { env: { PATH: process.env.PATH ?? "", AIRSPEC_CLICKHOUSE_URL: clickhouseUrl } },
    )
    return { code: 0, stdout, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, output: failed.stdout + failed.stderr }
  }
}

const common = (eventId: string, emittedAt: string, dagRunId: string, tryNumber: number) => ({
  schema_version: 1,
  event_id: eventId,
  emitted_at: emittedAt,
  pipeline: "shop",
  task: "orders",
  dag_run_id: dagRunId,
  try_number: tryNumber,
  interval_start: "2025-03-01T00:00:00.000Z",
  interval_end: "2025-03-02T00:00:00.000Z",
})

// Two runs of one task: the first finishes at the turn of the hour, the retry fails.
const EVENTS = [
  {
    ...common("e1", "2025-03-01T10:15:00.100Z", "scheduled__2025-03-01", 1),
    event: "task_started",
    task_kind: "load",
    full_refresh: false,
  },
  {
    ...common("e2", "2025-03-01T10:15:01.000Z", "scheduled__2025-03-01", 1),
    event: "batch_loaded",
    target: "dwh.orders",
    batch: 1,
    rows: 2,
    bytes: 100,
    ms: 3.5,
    rows_quarantined: 0,
  },
  {
    ...common("e3", "2025-03-01T10:59:59.999Z", "scheduled__2025-03-01", 1),
    event: "batch_loaded",
    target: "dwh.orders",
    batch: 2,
    rows: 1,
    bytes: 60,
    ms: 1.5,
    rows_quarantined: 1,
  },
  {
    ...common("e4", "2025-03-01T11:00:00.000Z", "scheduled__2025-03-01", 1),
    event: "task_finished",
    task_kind: "load",
    rows_read: 4,
    rows_written: 3,
    rows_quarantined: 1,
    bytes: 160,
    duration_ms: 5000,
    rows_per_second: 0.8,
    targets: [
      {
        table: "dwh.orders",
        write_mode: "merge",
        skipped: null,
        rows_written: 3,
        rows_filtered: 0,
        rows_quarantined: 1,
        checksum: "c1",
      },
      {
        table: "dwh.orders_copy",
        write_mode: "append",
        skipped: "already_loaded",
        rows_written: 0,
        rows_filtered: 2,
        rows_quarantined: 0,
        checksum: "c2",
      },
    ],
  },
  {
    ...common("e5", "2025-03-01T11:20:00.000Z", "manual__2025-03-01", 2),
    event: "task_started",
    task_kind: "load",
    full_refresh: true,
  },
  {
    ...common("e6", "2025-03-01T11:20:01.000Z", "manual__2025-03-01", 2),
    event: "batch_loaded",
    target: "dwh.orders",
    batch: 1,
    rows: 5,
    bytes: 300,
    ms: 2.5,
    rows_quarantined: 0,
  },
  {
    ...common("e7", "2025-03-01T11:20:02.000Z", "manual__2025-03-01", 2),
    event: "task_failed",
    error_tag: "TaskFailed",
    reason: "target",
    retryable: true,
    message: "connection reset",
    duration_ms: 2000,
  },
]

const { rows: _rows, ...batchWithoutRows } = EVENTS[1] as Record<string, unknown>
const GARBAGE = [
  "not json {",
  JSON.stringify({ ...EVENTS[0], event: "task_exploded", event_id: "g1" }),
  JSON.stringify({ ...batchWithoutRows, event_id: "g2" }),
  null,
  JSON.stringify({ ...EVENTS[0], event_id: "g3", emitted_at: "yesterday" }),
]

/** The events with the garbage in between: 12 messages. */
const MESSAGES = EVENTS.flatMap((event, index) => [
  JSON.stringify(event),
  ...(index < GARBAGE.length ? [GARBAGE[index] ?? null] : []),
])

const BATCH_TAGS = ["target", "batch"]
const TASK_TAGS = ["task_kind"]
const TARGET_TAGS = ["target", "write_mode"]
type Row = [eventId: string, metric: string, value: number, tagKeys: string[], tagValues: string[]]
const EXPECTED_ROWS: Row[] = [
  ["e1", "task_started", 1, ["task_kind", "full_refresh"], ["load", "false"]],
  ["e2", "batch_bytes", 100, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e2", "batch_ms", 3.5, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e2", "batch_rows", 2, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e2", "batch_rows_quarantined", 0, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e3", "batch_bytes", 60, BATCH_TAGS, ["dwh.orders", "2"]],
  ["e3", "batch_ms", 1.5, BATCH_TAGS, ["dwh.orders", "2"]],
  ["e3", "batch_rows", 1, BATCH_TAGS, ["dwh.orders", "2"]],
  ["e3", "batch_rows_quarantined", 1, BATCH_TAGS, ["dwh.orders", "2"]],
  ["e4", "bytes", 160, TASK_TAGS, ["load"]],
  ["e4", "duration_ms", 5000, TASK_TAGS, ["load"]],
  ["e4", "rows_per_second", 0.8, TASK_TAGS, ["load"]],
  ["e4", "rows_quarantined", 1, TASK_TAGS, ["load"]],
  ["e4", "rows_read", 4, TASK_TAGS, ["load"]],
  ["e4", "rows_written", 3, TASK_TAGS, ["load"]],
  ["e4", "target_rows_filtered", 0, TARGET_TAGS, ["dwh.orders", "merge"]],
  ["e4", "target_rows_filtered", 2, TARGET_TAGS, ["dwh.orders_copy", "append"]],
  ["e4", "target_rows_quarantined", 1, TARGET_TAGS, ["dwh.orders", "merge"]],
  ["e4", "target_rows_quarantined", 0, TARGET_TAGS, ["dwh.orders_copy", "append"]],
  ["e4", "target_rows_written", 3, TARGET_TAGS, ["dwh.orders", "merge"]],
  ["e4", "target_rows_written", 0, TARGET_TAGS, ["dwh.orders_copy", "append"]],
  ["e5", "task_started", 1, ["task_kind", "full_refresh"], ["load", "true"]],
  ["e6", "batch_bytes", 300, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e6", "batch_ms", 2.5, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e6", "batch_rows", 5, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e6", "batch_rows_quarantined", 0, BATCH_TAGS, ["dwh.orders", "1"]],
  ["e7", "task_failed", 1, ["reason", "retryable", "error_tag"], ["target", "true", "TaskFailed"]],
]

// hour, metric, count, sum, min, max
const EXPECTED_ROLLUP: Array<[string, string, number, number, number, number]> = [
  ["2025-03-01 10:00:00", "batch_bytes", 2, 160, 60, 100],
  ["2025-03-01 10:00:00", "batch_ms", 2, 5, 1.5, 3.5],
  ["2025-03-01 10:00:00", "batch_rows", 2, 3, 1, 2],
  ["2025-03-01 10:00:00", "batch_rows_quarantined", 2, 1, 0, 1],
  ["2025-03-01 10:00:00", "task_started", 1, 1, 1, 1],
  ["2025-03-01 11:00:00", "batch_bytes", 1, 300, 300, 300],
  ["2025-03-01 11:00:00", "batch_ms", 1, 2.5, 2.5, 2.5],
  ["2025-03-01 11:00:00", "batch_rows", 1, 5, 5, 5],
  ["2025-03-01 11:00:00", "batch_rows_quarantined", 1, 0, 0, 0],
  ["2025-03-01 11:00:00", "bytes", 1, 160, 160, 160],
  ["2025-03-01 11:00:00", "duration_ms", 1, 5000, 5000, 5000],
  ["2025-03-01 11:00:00", "rows_per_second", 1, 0.8, 0.8, 0.8],
  ["2025-03-01 11:00:00", "rows_quarantined", 1, 1, 1, 1],
  ["2025-03-01 11:00:00", "rows_read", 1, 4, 4, 4],
  ["2025-03-01 11:00:00", "rows_written", 1, 3, 3, 3],
  ["2025-03-01 11:00:00", "target_rows_filtered", 2, 2, 0, 2],
  ["2025-03-01 11:00:00", "target_rows_quarantined", 2, 1, 0, 1],
  ["2025-03-01 11:00:00", "target_rows_written", 2, 3, 0, 3],
  ["2025-03-01 11:00:00", "task_failed", 1, 1, 1, 1],
  ["2025-03-01 11:00:00", "task_started", 1, 1, 1, 1],
]

const RUN_COLUMNS: Record<string, [string, string, number, string]> = {
  e1: ["2025-03-01 10:15:00", "scheduled__2025-03-01", 1, "task_started"],
  e2: ["2025-03-01 10:15:01", "scheduled__2025-03-01", 1, "batch_loaded"],
  e3: ["2025-03-01 10:59:59", "scheduled__2025-03-01", 1, "batch_loaded"],
  e4: ["2025-03-01 11:00:00", "scheduled__2025-03-01", 1, "task_finished"],
  e5: ["2025-03-01 11:20:00", "manual__2025-03-01", 2, "task_started"],
  e6: ["2025-03-01 11:20:01", "manual__2025-03-01", 2, "batch_loaded"],
  e7: ["2025-03-01 11:20:02", "manual__2025-03-01", 2, "task_failed"],
}

interface StoredRow {
  timestamp: string
  pipeline: string
  task: string
  dag_run_id: string
  try_number: number
  event: string
  event_id: string
  metric: string
  value: number
  tag_keys: string[]
  tag_values: string[]
}

const metricRows = (database: string) =>
  chRows<StoredRow>(`SELECT * FROM ${database}.metric_rows FINAL ORDER BY event_id, metric, tag_values`)

const asTuples = (rows: StoredRow[]): Row[] =>
  rows.map((row) => [row.event_id, row.metric, row.value, row.tag_keys, row.tag_values])

const rollup = async (database: string) =>
  (
    await chRows<{ hour: string; metric: string; count: string; sum: number; min: number; max: number }>(
      `SELECT toString(hour) AS hour, metric, count, sum, min, max FROM ${database}.metrics_hourly
       WHERE pipeline = 'shop' AND task = 'orders' ORDER BY hour, metric`,
    )
  ).map((row) => [row.hour, row.metric, Number(row.count), row.sum, row.min, row.max])

const landed = (rows: number, events: number, messages: number, skipped: number) =>
  `landed ${rows} rows from ${events} events (${messages} messages, ${skipped} skipped)`

describe("airspec metrics sink", () => {
  it("lands each event as metric rows with an exact hourly rollup, skips what is not an event, and stays exact when Kafka redelivers", async () => {
    const topic = unique("airspec.metrics.ch")
    const database = freshClickHouseDatabase()
    const group = unique("sink")
    await produce(topic, MESSAGES)
    const args = ["--topic", topic, "--database", database, "--group", group]

    const first = await sink(args)
    expect(first.output).toContain(landed(27, 7, 12, 5))
    expect(first.code).toBe(0)
    const warnings = first.output.split("\n").filter((line) => line.startsWith("WARN "))
    expect(warnings).toEqual([
      `WARN skipped message ${topic}[0]@1: not JSON`,
      `WARN skipped message ${topic}[0]@3: unknown event "task_exploded"`,
      `WARN skipped message ${topic}[0]@5: batch_loaded: rows: is missing`,
      `WARN skipped message ${topic}[0]@7: empty message`,
      `WARN skipped message ${topic}[0]@9: task_started: emitted_at is not an ISO 8601 instant between 1970 and 2106`,
    ])

    const rows = await metricRows(database)
    expect(asTuples(rows)).toEqual(EXPECTED_ROWS)
    for (const row of rows) {
      const [timestamp, dagRunId, tryNumber, event] = RUN_COLUMNS[row.event_id] ?? []
      expect(row).toMatchObject({
        timestamp,
        pipeline: "shop",
        task: "orders",
        dag_run_id: dagRunId,
        try_number: tryNumber,
        event,
      })
    }
    expect(await rollup(database)).toEqual(EXPECTED_ROLLUP)

    // The offsets were committed: the same group finds nothing new.
    expect((await sink(args)).output).toContain(landed(0, 0, 0, 0))

    // The producer sent everything twice: the same group lands it all again, and the table drops it.
    await produce(topic, MESSAGES)
    const again = await sink(args)
    expect(again.output).toContain(landed(27, 7, 12, 5))
    expect(asTuples(await metricRows(database))).toEqual(EXPECTED_ROWS)
    expect(await rollup(database)).toEqual(EXPECTED_ROLLUP)

    // A new consumer group reads the topic from the beginning: both copies, a third and fourth time.
    const replay = await sink(["--topic", topic, "--database", database, "--group", unique("replay")])
    expect(replay.output).toContain(landed(54, 14, 24, 10))
    expect(asTuples(await metricRows(database))).toEqual(EXPECTED_ROWS)
    expect(await rollup(database)).toEqual(EXPECTED_ROLLUP)
  }, 120_000)

  it("commits nothing when the insert fails, so the next run lands every event", async () => {
    const topic = unique("airspec.metrics.ch.fail")
    const database = freshClickHouseDatabase()
    await produce(topic, MESSAGES)
    // A table of the right name whose value column cannot hold 3.5: the sink's insert is refused.
    await chQuery(`CREATE DATABASE ${database}`)
    await chQuery((metricTableStatements(database)[1] ?? "").replace("value Float64", "value UInt8"))
    const args = ["--topic", topic, "--database", database, "--group", unique("sink")]
    const refused = await sink(args)
    expect(refused.code).toBe(2)
    expect(refused.output).toMatch(
      new RegExp(`airspec: inserting into 127\\.0\\.0\\.1:\\d+/${database} failed`),
    )
    expect(refused.stdout).not.toContain("landed")

    await chQuery(`DROP TABLE ${database}.metric_rows`)
    const retried = await sink(args)
    expect(retried.code).toBe(0)
    expect(retried.output).toContain(landed(27, 7, 12, 5))
    expect(asTuples(await metricRows(database))).toEqual(EXPECTED_ROWS)
  }, 60_000)

  it("lands any text an event may carry, a lone surrogate as U+FFFD (18.16 refuses it)", async () => {
    const topic = unique("airspec.metrics.ch.text")
    const database = freshClickHouseDatabase()
    const odd = `shop\t"it's"\\\n😀 é`
    await produce(topic, [
      JSON.stringify({ ...EVENTS[0], pipeline: odd, task: "lone\ud800", dag_run_id: "\udc00x" }),
    ])
    const result = await sink(["--topic", topic, "--database", database, "--group", unique("sink")])
    expect(result.output).toContain(landed(1, 1, 1, 0))
    expect(
      await chRows(`SELECT pipeline, task, dag_run_id, tag_values FROM ${database}.metric_rows`),
    ).toEqual([{ pipeline: odd, task: "lone\ufffd", dag_run_id: "\ufffdx", tag_values: ["load", "false"] }])
  })

  it("never prints the ClickHouse password, from the environment or from argv", async () => {
    const secret = "hunter2-Very-Secret"
    const topic = unique("airspec.metrics.ch.secret")
    const url = new URL(inject("clickhouseUrl"))
    url.username = "default"
    url.password = secret
    // 18.16's default user has no password: a wrong one is refused (not retryable)
    const refused = await sink(["--topic", topic], url.toString())
    expect(refused.code).toBe(2)
    expect(refused.output).toMatch(/Wrong password/)
    expect(refused.output).not.toContain(secret)

    // nothing listens on port 1: retryable, exit 75
    const unreachable = await sink([
      "--topic",
      topic,
      "--clickhouse",
      `http://default:${secret}@127.0.0.1:1/metrics`,
    ])
    expect(unreachable.code).toBe(75)
    expect(unreachable.output).toContain("cannot connect to ClickHouse at 127.0.0.1:1/metrics")
    expect(unreachable.output).not.toContain(secret)
  })

  it("lands the events of a real load", async () => {
    const topic = unique("airspec.metrics.ch.load")
    const database = freshClickHouseDatabase()
    const dwh = await freshDatabase("ch_metrics_dwh")
    const dir = project({ "rows.csv": "id,n\n1,a\n2,b\n3,c\n4,d,extra\n5,e\n" })
    const plan = writePlan(
      dir,
      `pipeline: metered
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh }
  bus: { kind: kafka, conn_id: kafka_default }
metrics: { connection: bus, topic: ${topic}, required: true }
tasks:
  load:
    source: { kind: file, path: rows.csv, format: csv }
    targets: [{ connection: dwh, table: metered.rows }]
    batch: { rows: 2 }
    bad_rows: { max_count: 5 }
`,
    )
    const run = await runRuntime({
      plan,
      task: "load",
      cwd: dir,
      env: {
        AIRSPEC_CONN_DWH: dwh,
        AIRSPEC_CONN_BUS: `kafka://${inject("kafkaBrokers")}`,
        ...intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"),
      },
    })
    expect(run.code).toBe(0)

    const landedRun = await sink(["--topic", topic, "--database", database, "--group", unique("sink")])
    expect(landedRun.code).toBe(0)
    expect(landedRun.output).toContain(landed(1 + 2 * 4 + 6 + 3, 4, 4, 0))
    // the run may straddle the turn of an hour: add the hours up
    const totals = await chRows<{ metric: string; count: string; sum: number }>(
      `SELECT metric, sum(count) AS count, sum(sum) AS sum FROM ${database}.metrics_hourly
       WHERE pipeline = 'metered' AND task = 'load' AND metric NOT IN ('bytes', 'batch_bytes', 'batch_ms', 'duration_ms', 'rows_per_second')
       GROUP BY metric ORDER BY metric`,
    )
    expect(totals.map((row) => [row.metric, Number(row.count), row.sum])).toEqual([
      ["batch_rows", 2, 4],
      ["batch_rows_quarantined", 2, 1],
      ["rows_quarantined", 1, 1],
      ["rows_read", 1, 5],
      ["rows_written", 1, 4],
      ["target_rows_filtered", 1, 0],
      ["target_rows_quarantined", 1, 1],
      ["target_rows_written", 1, 4],
      ["task_started", 1, 1],
    ])
    const [target] = await chRows<{ tag_keys: string[]; tag_values: string[] }>(
      `SELECT tag_keys, tag_values FROM ${database}.metric_rows FINAL WHERE metric = 'target_rows_written'`,
    )
    expect(target).toEqual({ tag_keys: ["target", "write_mode"], tag_values: ["metered.rows", "append"] })
  }, 60_000)
})

describe("the Kafka table engine", () => {
  it("feeds the same table on this server (all but the per-target metrics), with rows the sink would write", async () => {
    const topic = unique("airspec.metrics.ch.engine")
    const database = freshClickHouseDatabase()
    const group = unique("clickhouse")
    // a broken message would stall the engine for good (see docs/metrics.md): events only
    await produce(
      topic,
      EVENTS.map((event) => JSON.stringify(event)),
    )
    // A new group of 18.16's engine starts at the end of the topic: commit the beginning for it first.
    const admin = kafka().admin()
    await admin.connect()
    await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: "0" }] })
    await admin.disconnect()

    for (const sql of metricTableStatements(database)) await chQuery(sql)
    const engine = kafkaEngineStatements(database, {
      brokers: [inject("kafkaBrokers")],
      topic,
      group,
    })
    const withoutTargets = EXPECTED_ROWS.filter(([, metric]) => !metric.startsWith("target_"))
    try {
      for (const sql of engine) await chQuery(sql)
      const deadline = Date.now() + 60_000
      while ((await metricRows(database)).length < withoutTargets.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    } finally {
      await chQuery(`DROP TABLE IF EXISTS ${database}.metric_events_mv`)
      await chQuery(`DROP TABLE IF EXISTS ${database}.metric_events_queue`)
    }
    expect(asTuples(await metricRows(database))).toEqual(withoutTargets)

    // The sink adds the per-target rows; every other row it writes is one the engine already wrote.
    const added = await sink(["--topic", topic, "--database", database, "--group", unique("sink")])
    expect(added.output).toContain(landed(27, 7, 7, 0))
    expect(asTuples(await metricRows(database))).toEqual(EXPECTED_ROWS)
    expect(await rollup(database)).toEqual(EXPECTED_ROLLUP)
  }, 120_000)
})

describe("docs/metrics.md", () => {
  it("shows the DDL that the sink and kafkaEngineStatements write", () => {
    const blocks = [...readFileSync("docs/metrics.md", "utf8").matchAll(/```sql\n([\s\S]*?)```/g)].map(
      (match) => match[1]?.trim(),
    )
    const script = (statements: string[]) => statements.map((sql) => `${sql};`).join("\n\n")
    expect(blocks).toContain(script(metricTableStatements("airspec")))
    expect(blocks).toContain(
      script(
        kafkaEngineStatements("airspec", {
          brokers: ["kafka-1:9092", "kafka-2:9092"],
          topic: "airspec.metrics",
          group: "clickhouse-airspec-metrics",
        }),
      ),
    )
  })
})
