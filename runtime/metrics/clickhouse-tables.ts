/**
 * Where metric rows live in ClickHouse: `metric_rows` (one row per event and metric) and the hourly rollup
 * `metrics_hourly`. Every statement is idempotent and runs on Debian's 18.16 as on current servers.
 */
import { EVENT_METRICS, METRIC_COLUMNS } from "./metric-rows"

export const METRIC_ROWS_TABLE = "metric_rows"
export const HOURLY_VIEW = "metrics_hourly"

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

/** Database names are spliced into SQL: only plain identifiers are accepted. */
export const isDatabaseName = (name: string): boolean => IDENTIFIER.test(name)

const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`

export const metricTableStatements = (database: string): string[] => {
  if (!isDatabaseName(database)) throw new Error(`not a database name: ${database}`)
  return [
    `CREATE DATABASE IF NOT EXISTS ${database}`,
    // Kafka delivers at least once and 18.16 has no insert dedup tokens, so a redelivered event is simply
    // inserted again. ReplacingMergeTree keeps one row per sorting key, and the key identifies a row: the
    // event (pipeline, task and timestamp are the event's own, so they only order) plus the metric and, for
    // per-target metrics, the tags. Merges remove duplicates only eventually; the rollup reads FINAL, which
    // merges at query time, so it is exact at any moment. Duplicates share their timestamp and so their
    // partition, where FINAL finds them.
    `CREATE TABLE IF NOT EXISTS ${database}.${METRIC_ROWS_TABLE} (
  timestamp DateTime('UTC'),
  pipeline String,
  task String,
  dag_run_id String,
  try_number UInt32,
  event String,
  event_id String,
  metric String,
  value Float64,
  tag_keys Array(String),
  tag_values Array(String)
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(timestamp)
ORDER BY (pipeline, task, metric, timestamp, event_id, tag_values)`,
    `CREATE VIEW IF NOT EXISTS ${database}.${HOURLY_VIEW} AS
SELECT
  toStartOfHour(timestamp) AS hour,
  pipeline,
  task,
  metric,
  count() AS count,
  sum(value) AS sum,
  min(value) AS min,
  max(value) AS max
FROM ${database}.${METRIC_ROWS_TABLE} FINAL
GROUP BY hour, pipeline, task, metric`,
  ]
}

export interface KafkaEngineOptions {
  readonly brokers: ReadonlyArray<string>
  readonly topic: string
  readonly group: string
}

/** The event fields the Kafka table reads (JSONEachRow; the engine skips the others, `targets` among them). */
const QUEUE_COLUMNS = {
  event: "String",
  event_id: "String",
  emitted_at: "String",
  pipeline: "String",
  task: "String",
  dag_run_id: "String",
  try_number: "UInt32",
  task_kind: "String",
  full_refresh: "UInt8",
  target: "String",
  batch: "Int64",
  rows: "Float64",
  bytes: "Float64",
  ms: "Float64",
  rows_quarantined: "Float64",
  rows_read: "Float64",
  rows_written: "Float64",
  duration_ms: "Float64",
  rows_per_second: "Float64",
  error_tag: "String",
  reason: "String",
  retryable: "UInt8",
  purpose: "String",
  model: "String",
  outcome: "String",
  cached: "UInt8",
  prompt_tokens: "Float64",
  completion_tokens: "Float64",
} as const

const tagExpression = (field: string) => {
  const type = QUEUE_COLUMNS[field as keyof typeof QUEUE_COLUMNS]
  if (type === "UInt8") return `if(${field}, 'true', 'false')`
  return type === "String" ? field : `toString(${field})`
}

const SELECT_EXPRESSIONS: Partial<Record<(typeof METRIC_COLUMNS)[number], string>> = {
  timestamp: "toDateTime(parseDateTimeBestEffort(emitted_at), 'UTC')",
  metric: "m.1",
  value: "m.2",
  tag_keys: "m.3",
  tag_values: "m.4",
}

const ROW_TUPLE = "Tuple(String, Float64, Array(String), Array(String))"

/** Per event kind, the array of (metric, value, tag keys, tag values) that ARRAY JOIN spreads into rows. */
const metricTuples = () =>
  Object.entries(EVENT_METRICS).flatMap(([event, spec]) => {
    const keys = `[${spec.tags.map(quote).join(", ")}]`
    const values = `[${spec.tags.map(tagExpression).join(", ")}]`
    const tuples = spec.metrics.map(
      ({ metric, field }) =>
        `(${quote(metric)}, ${field === null ? "toFloat64(1)" : `toFloat64(${field})`}, ${keys}, ${values})`,
    )
    return [`event = ${quote(event)}`, `[${tuples.join(", ")}]`]
  })

/**
 * The alternative to `airspec metrics sink` for a ClickHouse that reaches Kafka itself: a Kafka table and a
 * materialized view that feed the same `metric_rows`. Per-target metrics need the nested `targets` array,
 * which 18.16's JSONEachRow cannot read, so this path lands every metric but those (`TARGET_METRICS` in metric-rows.ts).
 */
export const kafkaEngineStatements = (database: string, options: KafkaEngineOptions): string[] => {
  if (!isDatabaseName(database)) throw new Error(`not a database name: ${database}`)
  const columns = Object.entries(QUEUE_COLUMNS)
    .map(([name, type]) => `  ${name} ${type}`)
    .join(",\n")
  const select = METRIC_COLUMNS.map((column) => {
    const expression = SELECT_EXPRESSIONS[column]
    return expression === undefined ? column : `${expression} AS ${column}`
  })
  return [
    `CREATE TABLE IF NOT EXISTS ${database}.metric_events_queue (
${columns}
) ENGINE = Kafka SETTINGS
  kafka_broker_list = ${quote(options.brokers.join(","))},
  kafka_topic_list = ${quote(options.topic)},
  kafka_group_name = ${quote(options.group)},
  kafka_format = 'JSONEachRow'`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${database}.metric_events_mv TO ${database}.${METRIC_ROWS_TABLE} AS
SELECT ${select.join(", ")}
FROM ${database}.metric_events_queue
ARRAY JOIN multiIf(
  ${metricTuples().join(",\n  ")},
  CAST([] AS Array(${ROW_TUPLE}))
) AS m`,
  ]
}
