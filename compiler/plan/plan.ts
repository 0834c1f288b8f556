/**
 * The task plan: the checked, resolved program that the runtime executes. Every default is applied,
 * durations are seconds, sizes are bytes, and SQL files are inlined, so the runtime needs nothing else.
 * Field names are snake_case because the plan is a JSON file read by TypeScript and Python alike.
 * Defined with effect/Schema, so that the runtime can check a plan file it is handed against the very
 * definition the compiler's types come from (and `schema/airspec-plan.schema.json` is generated from it).
 */
import { Schema as S } from "effect"
import { ConnectionKind, WriteMode } from "../spec/schema"

export const PLAN_VERSION = 1

const Strings = S.Array(S.String)
const Seconds = S.Int.pipe(S.nonNegative())

export const SchedulePlan = S.Union(
  S.Struct({ kind: S.Literal("none") }),
  S.Struct({ kind: S.Literal("preset"), preset: S.String }),
  S.Struct({ kind: S.Literal("cron"), expression: S.String }),
  S.Struct({ kind: S.Literal("assets"), uris: Strings }),
)
export type SchedulePlan = typeof SchedulePlan.Type

/** A calendar day in the DAG's time zone, or an exact instant written with its offset. */
export const DatePlan = S.Union(
  S.Struct({ date: S.String, timezone: S.String }),
  S.Struct({ date_time: S.String, timezone: S.String }),
)
export type DatePlan = typeof DatePlan.Type

export const TaskDefaults = S.Struct({
  retries: S.Int,
  retry_delay_seconds: Seconds,
  /** Factor applied to the delay after each retry; 0 is off. */
  retry_exponential_backoff: S.Number,
  execution_timeout_seconds: S.NullOr(Seconds),
  pool: S.NullOr(S.String),
})

export const DagPlan = S.Struct({
  dag_id: S.String,
  description: S.NullOr(S.String),
  owner: S.String,
  tags: Strings,
  schedule: SchedulePlan,
  timezone: S.String,
  start_date: DatePlan,
  end_date: S.NullOr(DatePlan),
  catchup: S.Boolean,
  max_active_runs: S.Int,
  defaults: TaskDefaults,
})
export type DagPlan = typeof DagPlan.Type

/** `schema` is the JSON Schema behind the Airflow trigger-form field. */
export const ParamPlan = S.Struct({
  default: S.Unknown,
  description: S.NullOr(S.String),
  schema: S.Record({ key: S.String, value: S.Unknown }),
})
export type ParamPlan = typeof ParamPlan.Type

export const ConnectionPlan = S.Struct({
  kind: ConnectionKind,
  conn_id: S.String,
  auth: S.NullOr(S.Literal("none", "basic", "bearer", "header")),
  auth_header: S.NullOr(S.String),
})
export type ConnectionPlan = typeof ConnectionPlan.Type

export const MetricsPlan = S.Struct({ connection: S.String, topic: S.String, required: S.Boolean })

const taskBase = {
  id: S.String,
  description: S.NullOr(S.String),
  depends_on: Strings,
  /** Logical connection names this task uses; the operator resolves them to Airflow connections. */
  connections: Strings,
  /** Overrides of the pipeline defaults; null means "use the default". */
  retries: S.NullOr(S.Int),
  retry_delay_seconds: S.NullOr(Seconds),
  execution_timeout_seconds: S.NullOr(Seconds),
  pool: S.NullOr(S.String),
  outlets: Strings,
}

export const IncrementalPlan = S.Struct({
  cursor: S.String,
  start_param: S.NullOr(S.String),
  end_param: S.NullOr(S.String),
})
export type IncrementalPlan = typeof IncrementalPlan.Type

export const DatabaseSourcePlan = S.Struct({
  kind: S.Literal("postgres", "clickhouse"),
  connection: S.String,
  query: S.NullOr(S.String),
  table: S.NullOr(S.String),
  incremental: S.NullOr(IncrementalPlan),
})
export type DatabaseSourcePlan = typeof DatabaseSourcePlan.Type

export const FileSourcePlan = S.Struct({
  kind: S.Literal("file"),
  connection: S.NullOr(S.String),
  path: S.NullOr(S.String),
  url: S.NullOr(S.String),
  format: S.Literal("csv", "json", "ndjson", "xml"),
  csv: S.NullOr(
    S.Struct({
      delimiter: S.String,
      quote: S.String,
      escape: S.String,
      header: S.Boolean,
      columns: S.NullOr(Strings),
      null_string: S.NullOr(S.String),
      skip_rows: S.Int,
      encoding: S.String,
    }),
  ),
  json: S.NullOr(S.Struct({ records_path: S.NullOr(S.String) })),
  xml: S.NullOr(S.Struct({ record_path: S.String, attribute_prefix: S.String })),
  incremental: S.NullOr(IncrementalPlan),
})
export type FileSourcePlan = typeof FileSourcePlan.Type

export const PaginationPlan = S.Union(
  S.Struct({ type: S.Literal("none") }),
  S.Struct({
    type: S.Literal("page"),
    page_param: S.String,
    size_param: S.String,
    size: S.Int,
    start: S.Int,
  }),
  S.Struct({ type: S.Literal("offset"), offset_param: S.String, limit_param: S.String, limit: S.Int }),
  S.Struct({ type: S.Literal("cursor"), cursor_param: S.String, cursor_path: S.String }),
  S.Struct({ type: S.Literal("next_link"), next_path: S.NullOr(S.String) }),
)
export type PaginationPlan = typeof PaginationPlan.Type

const HttpMethod = S.Literal("GET", "POST")

export const HttpExportPlan = S.Struct({
  request: S.Struct({ path: S.String, method: HttpMethod, body: S.Unknown }),
  job_id_path: S.String,
  status_path: S.String,
  state_path: S.String,
  ready_values: Strings,
  failed_values: Strings,
  result_url_path: S.String,
  poll_interval_seconds: Seconds,
  timeout_seconds: Seconds,
})

export const HttpSourcePlan = S.Struct({
  kind: S.Literal("http"),
  connection: S.String,
  path: S.String,
  method: HttpMethod,
  query: S.Record({ key: S.String, value: S.Union(S.String, S.Number, S.Boolean) }),
  headers: S.Record({ key: S.String, value: S.String }),
  body: S.Unknown,
  records_path: S.NullOr(S.String),
  pagination: PaginationPlan,
  export: S.NullOr(HttpExportPlan),
  incremental: S.NullOr(IncrementalPlan),
  timeout_seconds: Seconds,
})
export type HttpSourcePlan = typeof HttpSourcePlan.Type

export const SourcePlan = S.Union(DatabaseSourcePlan, FileSourcePlan, HttpSourcePlan)
export type SourcePlan = typeof SourcePlan.Type

export const TargetPlan = S.Struct({
  connection: S.String,
  kind: S.Literal("postgres", "clickhouse"),
  table: S.String,
  write: WriteMode,
  primary_key: Strings,
  columns: S.Record({ key: S.String, value: S.String }),
  order_by: Strings,
  partition_by: S.NullOr(S.String),
  version: S.NullOr(S.String),
  on_schema_drift: S.Literal("add_columns", "fail"),
})
export type TargetPlan = typeof TargetPlan.Type

/** Column → how it is masked; absent when nothing is (so plans without masks did not change). */
export const MaskPlan = S.Record({ key: S.String, value: S.Literal("hash", "null") })
export type MaskPlan = typeof MaskPlan.Type

export const LoadTaskPlan = S.Struct({
  ...taskBase,
  kind: S.Literal("load"),
  source: SourcePlan,
  mask: S.optional(MaskPlan),
  targets: S.Array(TargetPlan),
  batch: S.Struct({ rows: S.Int, bytes: S.Int, max_duration_seconds: Seconds }),
  bad_rows: S.Struct({ max_count: S.NullOr(S.Int), max_ratio: S.NullOr(S.Number), table: S.String }),
})
export type LoadTaskPlan = typeof LoadTaskPlan.Type

export const SqlTaskPlan = S.Struct({
  ...taskBase,
  kind: S.Literal("sql"),
  connection: S.String,
  sql: S.String,
  /** Where the SQL came from, relative to the project root, or null when inline. */
  sql_file: S.NullOr(S.String),
})
export type SqlTaskPlan = typeof SqlTaskPlan.Type

const checkOn = { connection: S.String, table: S.String, where: S.NullOr(S.String) }

export const CheckPlan = S.Union(
  S.Struct({ ...checkOn, kind: S.Literal("row_count"), min: S.NullOr(S.Int), max: S.NullOr(S.Int) }),
  S.Struct({ ...checkOn, kind: S.Literal("not_null"), columns: Strings }),
  S.Struct({ ...checkOn, kind: S.Literal("unique"), columns: Strings }),
  S.Struct({ ...checkOn, kind: S.Literal("freshness"), column: S.String, max_age_seconds: Seconds }),
)
export type CheckPlan = typeof CheckPlan.Type

export const CheckTaskPlan = S.Struct({ ...taskBase, kind: S.Literal("check"), checks: S.Array(CheckPlan) })
export type CheckTaskPlan = typeof CheckTaskPlan.Type

export const TaskPlan = S.Union(LoadTaskPlan, SqlTaskPlan, CheckTaskPlan)
export type TaskPlan = typeof TaskPlan.Type

export const Plan = S.Struct({
  airspec_plan: S.Literal(PLAN_VERSION),
  pipeline: S.String,
  spec: S.Struct({ path: S.String, sha256: S.String }),
  dag: DagPlan,
  params: S.Record({ key: S.String, value: ParamPlan }),
  connections: S.Record({ key: S.String, value: ConnectionPlan }),
  metrics: S.NullOr(MetricsPlan),
  /** In dependency order: every task comes after the tasks it depends on. */
  tasks: S.Array(TaskPlan),
}).annotations({ identifier: "AirspecPlan", title: "airspec task plan" })
export type Plan = typeof Plan.Type
