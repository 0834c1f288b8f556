/**
 * Metric events on Kafka: one JSON object per message, keyed by pipeline, described by this schema
 * (docs/metrics.md; `schema/airspec-metrics.schema.json` is generated from it). Consumers should read
 * `schema_version` first; fields are only ever added within a version.
 */
import { Schema as S } from "effect"

export const METRICS_SCHEMA_VERSION = 1

const common = {
  schema_version: S.Literal(METRICS_SCHEMA_VERSION),
  /** Unique per event, so that consumers can drop duplicates. */
  event_id: S.String,
  emitted_at: S.String,
  pipeline: S.String,
  task: S.String,
  dag_run_id: S.String,
  try_number: S.Int,
  interval_start: S.NullOr(S.String),
  interval_end: S.NullOr(S.String),
}

export const TaskStarted = S.Struct({
  ...common,
  event: S.Literal("task_started"),
  task_kind: S.Literal("load", "sql", "check"),
  full_refresh: S.Boolean,
})

export const BatchLoaded = S.Struct({
  ...common,
  event: S.Literal("batch_loaded"),
  target: S.String,
  batch: S.Int,
  rows: S.Int,
  bytes: S.Int,
  ms: S.Number,
  rows_quarantined: S.Int,
})

export const TargetSummary = S.Struct({
  table: S.String,
  write_mode: S.String,
  skipped: S.NullOr(S.Literal("already_loaded")),
  rows_written: S.Int,
  rows_filtered: S.Int,
  rows_quarantined: S.Int,
  checksum: S.String,
})
export type TargetSummary = typeof TargetSummary.Type

export const TaskFinished = S.Struct({
  ...common,
  event: S.Literal("task_finished"),
  task_kind: S.Literal("load", "sql", "check"),
  rows_read: S.Int,
  rows_written: S.Int,
  rows_quarantined: S.Int,
  bytes: S.Int,
  duration_ms: S.Number,
  rows_per_second: S.Number,
  targets: S.Array(TargetSummary),
})

export const TaskFailedEvent = S.Struct({
  ...common,
  event: S.Literal("task_failed"),
  error_tag: S.String,
  reason: S.String,
  retryable: S.Boolean,
  message: S.String,
  duration_ms: S.Number,
})

/**
 * One call to a language model by `airspec draft` or `review`: `task` is the command, `dag_run_id` the
 * command's invocation (`cli__<uuid>`), `pipeline` the spec the call was about.
 */
export const LlmCall = S.Struct({
  ...common,
  event: S.Literal("llm_call"),
  purpose: S.String,
  model: S.String,
  /** `ok`, or the failure's reason (timeout, rate_limited, …). */
  outcome: S.String,
  cached: S.Boolean,
  prompt_tokens: S.Int,
  completion_tokens: S.Int,
  ms: S.Number,
})

export const MetricEvent = S.Union(
  TaskStarted,
  BatchLoaded,
  TaskFinished,
  TaskFailedEvent,
  LlmCall,
).annotations({
  identifier: "AirspecMetricEvent",
  title: "airspec metric event",
})
export type MetricEvent = typeof MetricEvent.Type

type Common = keyof typeof common
/** An event as the runtime builds it; the common fields are filled in by the sink. */
export type EventBody = MetricEvent extends infer E
  ? E extends MetricEvent
    ? Omit<E, Common>
    : never
  : never
