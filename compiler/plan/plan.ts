/**
 * The task plan: the checked, resolved program that the runtime executes. Every default is applied,
 * durations are seconds, sizes are bytes, and SQL files are inlined, so the runtime needs nothing else.
 * Field names are snake_case because the plan is a JSON file read by TypeScript and Python alike.
 */
import type { ConnectionKind, WriteMode } from "../spec/schema"

export const PLAN_VERSION = 1

export interface Plan {
  readonly airspec_plan: typeof PLAN_VERSION
  readonly pipeline: string
  readonly spec: { readonly path: string; readonly sha256: string }
  readonly dag: DagPlan
  readonly params: Readonly<Record<string, ParamPlan>>
  readonly connections: Readonly<Record<string, ConnectionPlan>>
  readonly metrics: MetricsPlan | null
  /** In dependency order: every task comes after the tasks it depends on. */
  readonly tasks: ReadonlyArray<TaskPlan>
}

export type SchedulePlan =
  | { readonly kind: "none" }
  | { readonly kind: "preset"; readonly preset: string }
  | { readonly kind: "cron"; readonly expression: string }
  | { readonly kind: "assets"; readonly uris: ReadonlyArray<string> }

/** A calendar day in the DAG's time zone, or an exact instant written with its offset. */
export type DatePlan =
  | { readonly date: string; readonly timezone: string }
  | { readonly date_time: string; readonly timezone: string }

export interface DagPlan {
  readonly dag_id: string
  readonly description: string | null
  readonly owner: string
  readonly tags: ReadonlyArray<string>
  readonly schedule: SchedulePlan
  readonly timezone: string
  readonly start_date: DatePlan
  readonly end_date: DatePlan | null
  readonly catchup: boolean
  readonly max_active_runs: number
  readonly defaults: TaskDefaults
}

export interface TaskDefaults {
  readonly retries: number
  readonly retry_delay_seconds: number
  /** Factor applied to the delay after each retry; 0 is off. */
  readonly retry_exponential_backoff: number
  readonly execution_timeout_seconds: number | null
  readonly pool: string | null
}

/** `schema` is the JSON Schema behind the Airflow trigger-form field. */
export interface ParamPlan {
  readonly default: unknown
  readonly description: string | null
  readonly schema: Readonly<Record<string, unknown>>
}

export interface ConnectionPlan {
  readonly kind: ConnectionKind
  readonly conn_id: string
  readonly auth: "none" | "basic" | "bearer" | "header" | null
  readonly auth_header: string | null
}

export interface MetricsPlan {
  readonly connection: string
  readonly topic: string
  readonly required: boolean
}

interface TaskBase {
  readonly id: string
  readonly description: string | null
  readonly depends_on: ReadonlyArray<string>
  /** Logical connection names this task uses; the operator resolves them to Airflow connections. */
  readonly connections: ReadonlyArray<string>
  /** Overrides of the pipeline defaults; null means "use the default". */
  readonly retries: number | null
  readonly retry_delay_seconds: number | null
  readonly execution_timeout_seconds: number | null
  readonly pool: string | null
  readonly outlets: ReadonlyArray<string>
}

export type TaskPlan = LoadTaskPlan | SqlTaskPlan | CheckTaskPlan

export interface LoadTaskPlan extends TaskBase {
  readonly kind: "load"
  readonly source: SourcePlan
  readonly targets: ReadonlyArray<TargetPlan>
  readonly batch: { readonly rows: number; readonly bytes: number; readonly max_duration_seconds: number }
  readonly bad_rows: {
    readonly max_count: number | null
    readonly max_ratio: number | null
    readonly table: string
  }
}

export interface SqlTaskPlan extends TaskBase {
  readonly kind: "sql"
  readonly connection: string
  readonly sql: string
  /** Where the SQL came from, relative to the project root, or null when inline. */
  readonly sql_file: string | null
}

export interface CheckTaskPlan extends TaskBase {
  readonly kind: "check"
  readonly checks: ReadonlyArray<CheckPlan>
}

export type CheckPlan = {
  readonly connection: string
  readonly table: string
  readonly where: string | null
} & (
  | { readonly kind: "row_count"; readonly min: number | null; readonly max: number | null }
  | { readonly kind: "not_null"; readonly columns: ReadonlyArray<string> }
  | { readonly kind: "unique"; readonly columns: ReadonlyArray<string> }
  | { readonly kind: "freshness"; readonly column: string; readonly max_age_seconds: number }
)

export interface IncrementalPlan {
  readonly cursor: string
  readonly start_param: string | null
  readonly end_param: string | null
}

export type SourcePlan = DatabaseSourcePlan | FileSourcePlan | HttpSourcePlan

export interface DatabaseSourcePlan {
  readonly kind: "postgres" | "clickhouse"
  readonly connection: string
  readonly query: string | null
  readonly table: string | null
  readonly incremental: IncrementalPlan | null
}

export interface FileSourcePlan {
  readonly kind: "file"
  readonly connection: string | null
  readonly path: string | null
  readonly url: string | null
  readonly format: "csv" | "json" | "ndjson" | "xml"
  readonly csv: {
    readonly delimiter: string
    readonly quote: string
    readonly escape: string
    readonly header: boolean
    readonly columns: ReadonlyArray<string> | null
    readonly null_string: string | null
    readonly skip_rows: number
    readonly encoding: string
  } | null
  readonly json: { readonly records_path: string | null } | null
  readonly xml: { readonly record_path: string; readonly attribute_prefix: string } | null
  readonly incremental: IncrementalPlan | null
}

export type PaginationPlan =
  | { readonly type: "none" }
  | {
      readonly type: "page"
      readonly page_param: string
      readonly size_param: string
      readonly size: number
      readonly start: number
    }
  | {
      readonly type: "offset"
      readonly offset_param: string
      readonly limit_param: string
      readonly limit: number
    }
  | { readonly type: "cursor"; readonly cursor_param: string; readonly cursor_path: string }
  | { readonly type: "next_link"; readonly next_path: string | null }

export interface HttpExportPlan {
  readonly request: { readonly path: string; readonly method: "GET" | "POST"; readonly body: unknown }
  readonly job_id_path: string
  readonly status_path: string
  readonly state_path: string
  readonly ready_values: ReadonlyArray<string>
  readonly failed_values: ReadonlyArray<string>
  readonly result_url_path: string
  readonly poll_interval_seconds: number
  readonly timeout_seconds: number
}

export interface HttpSourcePlan {
  readonly kind: "http"
  readonly connection: string
  readonly path: string
  readonly method: "GET" | "POST"
  readonly query: Readonly<Record<string, string | number | boolean>>
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
  readonly records_path: string | null
  readonly pagination: PaginationPlan
  readonly export: HttpExportPlan | null
  readonly incremental: IncrementalPlan | null
  readonly timeout_seconds: number
}

export interface TargetPlan {
  readonly connection: string
  readonly kind: "postgres" | "clickhouse"
  readonly table: string
  readonly write: WriteMode
  readonly primary_key: ReadonlyArray<string>
  readonly columns: Readonly<Record<string, string>>
  readonly order_by: ReadonlyArray<string>
  readonly partition_by: string | null
  readonly on_schema_drift: "add_columns" | "fail"
}
