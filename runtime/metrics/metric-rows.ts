/**
 * Metric events as rows of numbers: each event becomes one row per metric, with the event's identity and
 * its tags. Metric names are unique across events (a batch's `batch_bytes` is not the task's `bytes`), so
 * summing one metric never mixes two meanings.
 */
import { Either, ParseResult, Schema as S } from "effect"
import { BatchLoaded, LlmCall, type MetricEvent, TaskFailedEvent, TaskFinished, TaskStarted } from "./events"

type Kind = MetricEvent["event"]
type EventOf<K extends Kind> = Extract<MetricEvent, { event: K }>

/** A metric: its name and the event field that holds its value (`null`: the event itself counts 1). */
interface MetricOf<E> {
  readonly metric: string
  readonly field: (keyof E & string) | null
}

interface EventMetrics<E> {
  readonly metrics: ReadonlyArray<MetricOf<E>>
  /** Event fields copied into every row's tags, under their own names. */
  readonly tags: ReadonlyArray<keyof E & string>
}

const counted = (metric: string) => ({ metric, field: null })

/** Shared with the Kafka-engine DDL (clickhouse-tables.ts), so both paths write the very same rows. */
export const EVENT_METRICS: { readonly [K in Kind]: EventMetrics<EventOf<K>> } = {
  task_started: { metrics: [counted("task_started")], tags: ["task_kind", "full_refresh"] },
  batch_loaded: {
    metrics: [
      { metric: "batch_rows", field: "rows" },
      { metric: "batch_bytes", field: "bytes" },
      { metric: "batch_ms", field: "ms" },
      { metric: "batch_rows_quarantined", field: "rows_quarantined" },
    ],
    tags: ["target", "batch"],
  },
  task_finished: {
    metrics: [
      { metric: "rows_read", field: "rows_read" },
      { metric: "rows_written", field: "rows_written" },
      { metric: "rows_quarantined", field: "rows_quarantined" },
      { metric: "bytes", field: "bytes" },
      { metric: "duration_ms", field: "duration_ms" },
      { metric: "rows_per_second", field: "rows_per_second" },
    ],
    tags: ["task_kind"],
  },
  task_failed: { metrics: [counted("task_failed")], tags: ["reason", "retryable", "error_tag"] },
  llm_call: {
    metrics: [
      counted("llm_calls"),
      { metric: "llm_prompt_tokens", field: "prompt_tokens" },
      { metric: "llm_completion_tokens", field: "completion_tokens" },
      { metric: "llm_ms", field: "ms" },
    ],
    tags: ["purpose", "model", "outcome", "cached"],
  },
}

/** task_finished also reports each target, tagged with the target's table and write mode. */
export const TARGET_METRICS = [
  { metric: "target_rows_written", field: "rows_written" },
  { metric: "target_rows_quarantined", field: "rows_quarantined" },
  { metric: "target_rows_filtered", field: "rows_filtered" },
] as const

export interface MetricRow {
  /** Seconds since the epoch (`emitted_at`, truncated: 18.16 has no sub-second DateTime). */
  readonly timestamp: number
  readonly pipeline: string
  readonly task: string
  readonly dag_run_id: string
  readonly try_number: number
  readonly event: Kind
  readonly event_id: string
  readonly metric: string
  readonly value: number
  readonly tag_keys: ReadonlyArray<string>
  readonly tag_values: ReadonlyArray<string>
}

/** The columns of `metric_rows`, in table order. */
export const METRIC_COLUMNS = [
  "timestamp",
  "pipeline",
  "task",
  "dag_run_id",
  "try_number",
  "event",
  "event_id",
  "metric",
  "value",
  "tag_keys",
  "tag_values",
] as const satisfies ReadonlyArray<keyof MetricRow>

// JSON may carry lone surrogates ("\ud800"), which 18.16 refuses in an insert: U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, "\uFFFD")

const tagText = (value: unknown): string =>
  value === null || value === undefined ? "" : wellFormed(String(value))

/** The rows of one event; `timestamp` comes from the caller, which has already checked `emitted_at`. */
export const metricRows = (event: MetricEvent, timestamp: number): MetricRow[] => {
  const base = {
    timestamp,
    pipeline: wellFormed(event.pipeline),
    task: wellFormed(event.task),
    dag_run_id: wellFormed(event.dag_run_id),
    try_number: event.try_number,
    event: event.event,
    event_id: wellFormed(event.event_id),
  }
  const fields = event as unknown as Readonly<Record<string, unknown>>
  const spec = EVENT_METRICS[event.event] as EventMetrics<Record<string, unknown>>
  const tagValues = spec.tags.map((tag) => tagText(fields[tag]))
  const rows: MetricRow[] = spec.metrics.map(({ metric, field }) => ({
    ...base,
    metric,
    value: field === null ? 1 : Number(fields[field]),
    tag_keys: spec.tags,
    tag_values: tagValues,
  }))
  if (event.event === "task_finished") {
    for (const target of event.targets) {
      for (const { metric, field } of TARGET_METRICS) {
        rows.push({
          ...base,
          metric,
          value: target[field],
          tag_keys: ["target", "write_mode"],
          tag_values: [tagText(target.table), tagText(target.write_mode)],
        })
      }
    }
  }
  return rows
}

const SCHEMAS = {
  task_started: TaskStarted,
  batch_loaded: BatchLoaded,
  task_finished: TaskFinished,
  task_failed: TaskFailedEvent,
  llm_call: LlmCall,
} as const satisfies { readonly [K in Kind]: S.Schema<EventOf<K>> }

/** DateTime's range: the epoch to 2106 (UInt32 seconds). */
const MAX_SECONDS = 2 ** 32 - 1
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

export interface DecodedMessage {
  readonly event: MetricEvent
  readonly rows: ReadonlyArray<MetricRow>
}

/**
 * A Kafka message's value → the event and its rows, or why it cannot be landed. Beyond the event schema,
 * a landable event has an ISO 8601 `emitted_at` inside DateTime's range, a `try_number` that fits UInt32
 * and finite values, so that an insert never fails on it and stalls the consumer.
 */
export const decodeMessage = (value: Buffer | null): Either.Either<DecodedMessage, string> => {
  if (value === null || value.length === 0) return Either.left("empty message")
  let json: unknown
  try {
    json = JSON.parse(value.toString("utf8"))
  } catch {
    return Either.left("not JSON")
  }
  const kind = typeof json === "object" && json !== null ? (json as { event?: unknown }).event : undefined
  if (typeof kind !== "string" || !Object.hasOwn(SCHEMAS, kind)) {
    return Either.left(
      kind === undefined ? "no event field" : `unknown event ${JSON.stringify(kind).slice(0, 60)}`,
    )
  }
  const decoded = S.decodeUnknownEither(SCHEMAS[kind as Kind] as S.Schema<MetricEvent>)(json)
  if (Either.isLeft(decoded)) {
    const [issue] = ParseResult.ArrayFormatter.formatErrorSync(decoded.left)
    return Either.left(
      issue === undefined
        ? `not a valid ${kind} event`
        : `${kind}: ${issue.path.join(".")}: ${issue.message}`,
    )
  }
  const event = decoded.right
  const millis = ISO_INSTANT.test(event.emitted_at) ? Date.parse(event.emitted_at) : Number.NaN
  const seconds = Math.floor(millis / 1000)
  if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
    return Either.left(`${kind}: emitted_at is not an ISO 8601 instant between 1970 and 2106`)
  }
  if (event.try_number < 0 || event.try_number > MAX_SECONDS) {
    return Either.left(`${kind}: try_number out of range`)
  }
  const rows = metricRows(event, seconds)
  if (rows.some((row) => !Number.isFinite(row.value))) return Either.left(`${kind}: a value is not finite`)
  return Either.right({ event, rows })
}

const dateTime = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ")

/** A row as JSONEachRow wants it: DateTime as `YYYY-MM-DD hh:mm:ss` (UTC, the column's zone). */
export const jsonRow = (row: MetricRow) => ({ ...row, timestamp: dateTime(row.timestamp) })
