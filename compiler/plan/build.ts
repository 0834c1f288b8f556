/**
 * Spec → plan. Runs only on a spec that passed every check, so it resolves instead of validating:
 * defaults applied, units converted, SQL files inlined, tasks in dependency order.
 */

import { compareStrings } from "../diagnostics"
import { parseSpecDate } from "../spec/calendar"
import { topologicalOrder } from "../spec/graph"
import type {
  BadRows,
  Batch,
  Check,
  Connection,
  CsvOptions,
  Duration,
  Incremental,
  LoadTask,
  Mask,
  Pagination,
  Param,
  Source,
  Spec,
  Task,
} from "../spec/schema"
import { parseByteSize, parseDuration } from "../spec/units"
import type { SqlFiles } from "../workspace"
import { DEFAULTS } from "./defaults"
import type {
  CheckPlan,
  ConnectionPlan,
  DagPlan,
  DatePlan,
  IncrementalPlan,
  MaskPlan,
  PaginationPlan,
  ParamPlan,
  Plan,
  SchedulePlan,
  SourcePlan,
  TaskPlan,
} from "./plan"
import { PLAN_VERSION } from "./plan"

export interface PlanInput {
  /** Spec path relative to the project root, with `/` separators. */
  readonly specPath: string
  readonly specSha256: string
  readonly spec: Spec
  readonly sqlFiles: SqlFiles
}

export const buildPlan = ({ specPath, specSha256, spec, sqlFiles }: PlanInput): Plan => {
  const connections = spec.connections ?? {}
  const ids = Object.keys(spec.tasks)
  const order = topologicalOrder(ids, (id) => spec.tasks[id]?.depends_on ?? [])
  return {
    airspec_plan: PLAN_VERSION,
    pipeline: spec.pipeline,
    spec: { path: specPath, sha256: specSha256 },
    dag: dagPlan(spec),
    params: mapValues(spec.params ?? {}, paramPlan),
    connections: mapEntries(connections, connectionPlan),
    metrics:
      spec.metrics === undefined
        ? null
        : {
            connection: spec.metrics.connection,
            topic: spec.metrics.topic ?? DEFAULTS.metricsTopic,
            required: spec.metrics.required ?? false,
          },
    tasks: order.map((id) =>
      taskPlan(id, spec.tasks[id] as Task, connections, sqlFiles, spec.metrics?.connection),
    ),
  }
}

const dagPlan = (spec: Spec): DagPlan => {
  const timezone = spec.timezone ?? "UTC"
  const defaults = spec.defaults ?? {}
  return {
    dag_id: spec.pipeline,
    description: spec.description ?? null,
    owner: spec.owner,
    tags: [...new Set(spec.tags ?? [])],
    schedule: schedulePlan(spec.schedule),
    timezone,
    start_date: datePlan(spec.start_date, timezone),
    end_date: spec.end_date === undefined ? null : datePlan(spec.end_date, timezone),
    catchup: spec.catchup ?? false,
    max_active_runs: spec.max_active_runs ?? DEFAULTS.maxActiveRuns,
    defaults: {
      retries: defaults.retries ?? DEFAULTS.retries,
      retry_delay_seconds: parseDuration(defaults.retry_delay ?? DEFAULTS.retryDelay),
      retry_exponential_backoff: backoffFactor(defaults.retry_exponential_backoff),
      execution_timeout_seconds: optionalDuration(defaults.execution_timeout),
      pool: defaults.pool ?? null,
    },
  }
}

/** Airflow 3 reads the setting as a factor; 0 turns backoff off and `true` means doubling. */
const backoffFactor = (setting: boolean | number | undefined): number =>
  setting === undefined || setting === false ? 0 : setting === true ? 2 : setting

const schedulePlan = (schedule: Spec["schedule"]): SchedulePlan => {
  if (schedule === undefined || schedule === null) return { kind: "none" }
  if (typeof schedule === "object") return { kind: "assets", uris: [...schedule.assets] }
  if (schedule.startsWith("@")) return { kind: "preset", preset: schedule }
  return { kind: "cron", expression: schedule.trim().split(/\s+/).join(" ") }
}

const datePlan = (text: string, timezone: string): DatePlan =>
  parseSpecDate(text)?.date === undefined ? { date_time: text, timezone } : { date: text, timezone }

const paramPlan = (param: Param): ParamPlan => {
  const schema: Record<string, unknown> = {}
  const nullable = param.default === undefined
  schema.type = nullable ? [param.type, "null"] : param.type
  if (param.title !== undefined) schema.title = param.title
  switch (param.type) {
    case "integer":
    case "number":
      assign(schema, { enum: param.enum, minimum: param.minimum, maximum: param.maximum })
      break
    case "string":
      assign(schema, {
        format: param.format,
        enum: param.enum,
        minLength: param.min_length,
        maxLength: param.max_length,
      })
      break
    case "array":
      schema.items = param.items.enum === undefined ? { type: param.items.type } : { ...param.items }
      assign(schema, { minItems: param.min_items, maxItems: param.max_items })
      break
    case "boolean":
      break
  }
  if (nullable && Array.isArray(schema.enum)) schema.enum = [...schema.enum, null]
  return { default: param.default ?? null, description: param.description ?? null, schema }
}

const connectionPlan = (connection: Connection): ConnectionPlan => ({
  kind: connection.kind,
  conn_id: connection.conn_id,
  auth: connection.kind === "http" ? (connection.auth ?? "none") : null,
  auth_header: connection.kind === "http" ? (connection.auth_header ?? null) : null,
})

const taskPlan = (
  id: string,
  task: Task,
  connections: Readonly<Record<string, Connection>>,
  sqlFiles: PlanInput["sqlFiles"],
  /** Every task reports metrics, so every task needs the metrics connection. */
  metricsConnection: string | undefined,
): TaskPlan => {
  const usedConnections = (names: ReadonlyArray<string | undefined>): ReadonlyArray<string> =>
    [...new Set([...names, metricsConnection].filter((name): name is string => name !== undefined))].sort(
      compareStrings,
    )
  const base = {
    id,
    description: task.description ?? null,
    depends_on: [...new Set(task.depends_on ?? [])].sort(compareStrings),
    retries: task.retries ?? null,
    retry_delay_seconds: optionalDuration(task.retry_delay),
    execution_timeout_seconds: optionalDuration(task.execution_timeout),
    pool: task.pool ?? null,
    outlets: [...(task.outlets ?? [])],
  }
  if ("source" in task) {
    const used = [task.source.connection, ...task.targets.map((target) => target.connection)]
    return { ...base, kind: "load", connections: usedConnections(used), ...loadPlan(task, connections) }
  }
  if ("sql" in task) {
    const lookup = task.sql.file === undefined ? undefined : sqlFiles.get(task.sql.file)
    const file = lookup?.kind === "found" ? lookup : undefined
    return {
      ...base,
      kind: "sql",
      connections: usedConnections([task.sql.connection]),
      connection: task.sql.connection,
      sql: file?.text ?? task.sql.query ?? "",
      sql_file: file?.path ?? null,
    }
  }
  const checks = task.checks.map(checkPlan)
  return { ...base, kind: "check", connections: usedConnections(checks.map((c) => c.connection)), checks }
}

const loadPlan = (task: LoadTask, connections: Readonly<Record<string, Connection>>) => ({
  source: sourcePlan(task.source),
  ...maskPlan(task.mask ?? {}),
  targets: task.targets.map((target) => ({
    connection: target.connection,
    kind: databaseKind(connections[target.connection]),
    table: target.table,
    write: target.write ?? "append",
    primary_key: [...(target.primary_key ?? [])],
    columns: sortKeys(target.columns ?? {}),
    order_by: [...(target.order_by ?? [])],
    partition_by: target.partition_by ?? null,
    version: target.version ?? null,
    on_schema_drift: target.on_schema_drift ?? DEFAULTS.onSchemaDrift,
  })),
  batch: batchPlan(task.batch ?? {}),
  bad_rows: badRowsPlan(task.bad_rows ?? {}),
})

/** YAML's null and the text "null" are one method; an empty mask is no mask. */
const maskPlan = (mask: Mask): { mask?: MaskPlan } =>
  Object.keys(mask).length === 0
    ? {}
    : { mask: mapEntries(mask, (method): "hash" | "null" => (method === "hash" ? "hash" : "null")) }

/** Checked before planning: a target's connection exists and is a database. */
const databaseKind = (connection: Connection | undefined): "postgres" | "clickhouse" => {
  if (connection?.kind !== "postgres" && connection?.kind !== "clickhouse") {
    throw new Error(`internal: target connection of kind ${connection?.kind} reached the plan`)
  }
  return connection.kind
}

const batchPlan = (batch: Batch) => ({
  rows: batch.rows ?? DEFAULTS.batch.rows,
  bytes: parseByteSize(batch.bytes ?? DEFAULTS.batch.bytes),
  max_duration_seconds: parseDuration(batch.max_duration ?? DEFAULTS.batch.maxDuration),
})

const badRowsPlan = (badRows: BadRows) => {
  const limited = badRows.max_count !== undefined || badRows.max_ratio !== undefined
  return {
    max_count: badRows.max_count ?? (limited ? null : 0),
    max_ratio: badRows.max_ratio ?? null,
    table: badRows.table ?? DEFAULTS.quarantineTable,
  }
}

const incrementalPlan = (incremental: Incremental | undefined): IncrementalPlan | null =>
  incremental === undefined
    ? null
    : {
        cursor: incremental.cursor,
        start_param: incremental.start_param ?? null,
        end_param: incremental.end_param ?? null,
      }

const sourcePlan = (source: Source): SourcePlan => {
  switch (source.kind) {
    case "postgres":
    case "clickhouse":
      return {
        kind: source.kind,
        connection: source.connection,
        query: source.query ?? null,
        table: source.table ?? null,
        incremental: incrementalPlan(source.incremental),
      }
    case "file":
      return {
        kind: "file",
        connection: source.connection ?? null,
        path: source.path ?? null,
        url: source.url ?? null,
        format: source.format,
        csv: source.format === "csv" ? csvPlan(source.csv ?? {}) : null,
        json: source.format === "json" ? { records_path: source.json?.records_path ?? null } : null,
        xml:
          source.format === "xml" && source.xml !== undefined
            ? { record_path: source.xml.record_path, attribute_prefix: source.xml.attribute_prefix ?? "@_" }
            : null,
        incremental: incrementalPlan(source.incremental),
      }
    case "http":
      return {
        kind: "http",
        connection: source.connection,
        path: source.path,
        method: source.method ?? "GET",
        query: sortKeys(source.query ?? {}),
        headers: sortKeys(source.headers ?? {}),
        body: source.body ?? null,
        records_path: source.records_path ?? null,
        pagination: paginationPlan(source.pagination),
        export:
          source.export === undefined
            ? null
            : {
                request: {
                  path: source.export.request.path,
                  method: source.export.request.method ?? "POST",
                  body: source.export.request.body ?? null,
                },
                job_id_path: source.export.job_id_path,
                status_path: source.export.status_path,
                state_path: source.export.state_path,
                ready_values: [...source.export.ready_values],
                failed_values: [...(source.export.failed_values ?? [])],
                result_url_path: source.export.result_url_path,
                poll_interval_seconds: parseDuration(
                  source.export.poll_interval ?? DEFAULTS.http.pollInterval,
                ),
                timeout_seconds: parseDuration(source.export.timeout ?? DEFAULTS.http.exportTimeout),
              },
        incremental: incrementalPlan(source.incremental),
        timeout_seconds: parseDuration(source.timeout ?? DEFAULTS.http.timeout),
      }
  }
}

const csvPlan = (csv: CsvOptions) => ({
  delimiter: csv.delimiter ?? ",",
  quote: csv.quote ?? '"',
  escape: csv.escape ?? csv.quote ?? '"',
  header: csv.header ?? true,
  columns: csv.columns === undefined ? null : [...csv.columns],
  null_string: csv.null_string ?? null,
  skip_rows: csv.skip_rows ?? 0,
  encoding: csv.encoding ?? "utf-8",
})

const paginationPlan = (pagination: Pagination | undefined): PaginationPlan => {
  if (pagination === undefined) return { type: "none" }
  switch (pagination.type) {
    case "page":
      return {
        type: "page",
        page_param: pagination.page_param ?? "page",
        size_param: pagination.size_param ?? "per_page",
        size: pagination.size ?? DEFAULTS.http.pageSize,
        start: pagination.start ?? 1,
      }
    case "offset":
      return {
        type: "offset",
        offset_param: pagination.offset_param ?? "offset",
        limit_param: pagination.limit_param ?? "limit",
        limit: pagination.limit ?? DEFAULTS.http.pageSize,
      }
    case "cursor":
      return { type: "cursor", cursor_param: pagination.cursor_param, cursor_path: pagination.cursor_path }
    case "next_link":
      return { type: "next_link", next_path: pagination.next_path ?? null }
  }
}

const checkPlan = (check: Check): CheckPlan => {
  if ("row_count" in check) {
    const { connection, table, where, min, max } = check.row_count
    return { kind: "row_count", connection, table, where: where ?? null, min: min ?? null, max: max ?? null }
  }
  if ("not_null" in check) {
    const { connection, table, where, columns } = check.not_null
    return { kind: "not_null", connection, table, where: where ?? null, columns: [...columns] }
  }
  if ("unique" in check) {
    const { connection, table, where, columns } = check.unique
    return { kind: "unique", connection, table, where: where ?? null, columns: [...columns] }
  }
  const { connection, table, where, column, max_age } = check.freshness
  return {
    kind: "freshness",
    connection,
    table,
    where: where ?? null,
    column,
    max_age_seconds: parseDuration(max_age),
  }
}

const optionalDuration = (duration: Duration | undefined): number | null =>
  duration === undefined ? null : parseDuration(duration)

/** Object entries mapped, with keys in code-point order so that output never depends on input order. */
const mapEntries = <A, B>(record: Readonly<Record<string, A>>, f: (value: A) => B): Record<string, B> =>
  Object.fromEntries(
    Object.entries(record)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([key, value]) => [key, f(value)]),
  )

/** Keeps the spec's order, e.g. for trigger-form fields, which Airflow shows in this order. */
const mapValues = <A, B>(record: Readonly<Record<string, A>>, f: (value: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]))

const sortKeys = <A>(record: Readonly<Record<string, A>>): Record<string, A> =>
  mapEntries(record, (value) => value)

const assign = (target: Record<string, unknown>, values: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) target[key] = Array.isArray(value) ? [...value] : value
  }
}
