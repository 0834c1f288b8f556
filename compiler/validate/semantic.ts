/**
 * Checks that need the whole spec: references, dependencies, schedules, dates, defaults and the rules
 * that tie options together. Runs only on a spec that decoded, and reports every problem it finds.
 */
import type { Diagnostic, DiagnosticCode } from "../diagnostics"
import { formatPath, quote, shorten } from "../diagnostics"
import type { Locate } from "../parse/yaml"
import {
  instantOf,
  isCronExpression,
  isKnownTimezone,
  parseSpecDate,
  SCHEDULE_PRESETS,
} from "../spec/calendar"
import { findCycle } from "../spec/graph"
import type { Check, Connection, ConnectionKind, LoadTask, Source, Spec, Task } from "../spec/schema"
import { NAME_PATTERN } from "../spec/schema"
import type { SqlFiles } from "../workspace"
import { maskProblems } from "./mask"
import { paramProblem, runtimeParamProblem } from "./params"
import { didYouMean } from "./suggest"

/** Pipeline ids, task ids and connection names: they become Airflow ids, file names and Python names. */
const NAME = new RegExp(NAME_PATTERN)
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/

export interface SemanticInput {
  readonly file: string
  readonly spec: Spec
  readonly locate: Locate
  readonly sqlFiles: SqlFiles
  /**
   * Names of tasks and connections that exist in the file but did not decode (their shape errors are
   * reported already): references to them are not reported again.
   */
  readonly broken?: { readonly tasks: ReadonlySet<string>; readonly connections: ReadonlySet<string> }
}

type Path = ReadonlyArray<PropertyKey>

export const checkSemantics = ({ file, spec, locate, sqlFiles, broken }: SemanticInput): Diagnostic[] => {
  const errors: Diagnostic[] = []
  const report = (code: DiagnosticCode, path: Path, message: string, part?: "key") =>
    errors.push({ file, ...locate(path, part), code, message, path: formatPath(path) })

  const connections = spec.connections ?? {}
  const tasks = spec.tasks

  if (!NAME.test(spec.pipeline)) {
    report(
      "invalid_id",
      ["pipeline"],
      "pipeline id must be lowercase letters, digits and underscores, starting with a letter",
    )
  }

  const useConnection = (path: Path, name: string, allowed: ReadonlyArray<ConnectionKind>, use: string) => {
    if (broken?.connections.has(name)) return
    const connection: Connection | undefined = Object.hasOwn(connections, name)
      ? connections[name]
      : undefined
    if (connection === undefined) {
      return report(
        "unknown_connection",
        path,
        `unknown connection ${quote(name)}${didYouMean(name, Object.keys(connections))}`,
      )
    }
    if (!allowed.includes(connection.kind)) {
      report(
        "connection_kind_mismatch",
        path,
        `${use} needs a ${allowed.join(" or ")} connection, but ${quote(name)} is ${connection.kind}`,
      )
    }
  }

  checkSchedule(spec, report)
  checkDates(spec, report)
  unique(["tags"], spec.tags, report)
  if (typeof spec.schedule === "object" && spec.schedule !== null)
    unique(["schedule", "assets"], spec.schedule.assets, report)

  for (const [name, connection] of Object.entries(connections)) {
    if (!NAME.test(name)) report("invalid_id", ["connections", name], idMessage("connection name"), "key")
    if (connection.kind === "http" && connection.auth === "header" && connection.auth_header === undefined) {
      report("missing_option", ["connections", name], 'auth "header" needs auth_header (the header name)')
    }
    if (connection.kind === "http" && connection.auth_header !== undefined && connection.auth !== "header") {
      report(
        "option_not_applicable",
        ["connections", name, "auth_header"],
        'auth_header applies only to auth "header"',
      )
    }
  }

  for (const [name, param] of Object.entries(spec.params ?? {})) {
    if (!PARAM_NAME.test(name)) {
      report("invalid_id", ["params", name], "param name must be letters, digits and underscores", "key")
    }
    const problem = paramProblem(param) ?? runtimeParamProblem(name, param)
    if (problem !== undefined) report(problem.code, ["params", name, problem.key], problem.message)
  }

  if (spec.metrics !== undefined)
    useConnection(["metrics", "connection"], spec.metrics.connection, ["kafka"], "metrics")

  const taskIds = Object.keys(tasks)
  if (taskIds.length === 0) report("invalid_value", ["tasks"], "a pipeline needs at least one task")
  for (const [id, task] of Object.entries(tasks)) {
    const path = ["tasks", id]
    if (!NAME.test(id)) report("invalid_id", path, idMessage("task id"), "key")
    for (const [index, dependency] of (task.depends_on ?? []).entries()) {
      const at = [...path, "depends_on", index]
      if (dependency === id) report("self_dependency", at, `task ${quote(id)} depends on itself`)
      else if (!Object.hasOwn(tasks, dependency) && !broken?.tasks.has(dependency)) {
        report("unknown_task", at, `unknown task ${quote(dependency)}${didYouMean(dependency, taskIds)}`)
      }
    }
    unique([...path, "depends_on"], task.depends_on, report)
    unique([...path, "outlets"], task.outlets, report)
    checkTask(path, task, {
      report,
      useConnection,
      sqlFiles,
      connectionKind: (name) => (Object.hasOwn(connections, name) ? connections[name]?.kind : undefined),
      hasIntervals: hasDataIntervals(spec),
    })
  }

  const cycle = findCycle(taskIds, (id) =>
    (tasks[id]?.depends_on ?? []).filter((d) => d !== id && Object.hasOwn(tasks, d)),
  )
  if (cycle !== undefined) {
    const [first] = cycle
    report(
      "dependency_cycle",
      ["tasks", first as string, "depends_on"],
      `dependency cycle: ${cyclePath(cycle)}`,
    )
  }
  return errors
}

/** A cycle as one short line: long ids cut, and of a long cycle the first tasks, the last ones and its length. */
const cyclePath = (cycle: ReadonlyArray<string>): string => {
  const ids = cycle.map((id) => (id.length > 40 ? `${id.slice(0, 40)}…` : id))
  return ids.length <= 12
    ? ids.join(" → ")
    : `${ids.slice(0, 8).join(" → ")} → … → ${ids.slice(-3).join(" → ")} (${ids.length - 1} tasks)`
}

type Report = (code: DiagnosticCode, path: Path, message: string, part?: "key") => void

interface TaskContext {
  readonly report: Report
  /** Whether runs have data intervals that incremental loads can select by. */
  readonly hasIntervals: boolean
  readonly connectionKind: (name: string) => ConnectionKind | undefined
  readonly useConnection: (
    path: Path,
    name: string,
    allowed: ReadonlyArray<ConnectionKind>,
    use: string,
  ) => void
  readonly sqlFiles: SqlFiles
}

const DATABASES: ReadonlyArray<ConnectionKind> = ["postgres", "clickhouse"]

const checkTask = (path: Path, task: Task, context: TaskContext) => {
  const { report, useConnection, sqlFiles } = context
  if ("source" in task) return checkLoad(path, task, context)
  if ("sql" in task) {
    const sqlPath = [...path, "sql"]
    useConnection([...sqlPath, "connection"], task.sql.connection, DATABASES, "a sql task")
    exactlyOne(sqlPath, task.sql, ["query", "file"], report)
    const lookup = task.sql.file === undefined ? undefined : sqlFiles.get(task.sql.file)
    if (lookup?.kind === "missing") {
      report(
        "file_not_found",
        [...sqlPath, "file"],
        `SQL file ${quote(lookup.path)} does not exist, or is not a regular file inside the project (paths are relative to the spec)`,
      )
    } else if (lookup?.kind === "outside") {
      report("invalid_value", [...sqlPath, "file"], "SQL file must be a relative path inside the project")
    }
    return
  }
  for (const [index, check] of task.checks.entries()) checkCheck([...path, "checks", index], check, context)
}

const checkCheck = (path: Path, check: Check, { report, useConnection }: TaskContext) => {
  const [kind, body] = Object.entries(check)[0] as [string, { connection: string }]
  useConnection([...path, kind, "connection"], body.connection, DATABASES, `a ${kind} check`)
  if ("row_count" in check) {
    const { min, max } = check.row_count
    if (min === undefined && max === undefined)
      report("missing_option", [...path, kind], "row_count needs min, max or both")
    if (min !== undefined && max !== undefined && min > max)
      report("invalid_value", [...path, kind, "min"], "min is greater than max")
  }
  if ("not_null" in check) unique([...path, kind, "columns"], check.not_null.columns, report)
  if ("unique" in check) unique([...path, kind, "columns"], check.unique.columns, report)
}

const checkLoad = (path: Path, task: LoadTask, context: TaskContext) => {
  const { report, useConnection } = context
  const sourcePath = [...path, "source"]
  checkSource(sourcePath, task.source, context)
  if (task.source.incremental !== undefined && !context.hasIntervals) {
    report(
      "needs_interval_schedule",
      [...sourcePath, "incremental"],
      "incremental loads select rows by the run's data interval, which only cron schedules and presets such as @daily give",
      "key",
    )
  }
  for (const problem of maskProblems(task, context.connectionKind)) {
    report(problem.code, [...path, "mask", problem.column], problem.message)
  }
  const seen = new Set<string>()
  for (const [index, target] of task.targets.entries()) {
    const targetPath = [...path, "targets", index]
    useConnection([...targetPath, "connection"], target.connection, DATABASES, "a target")
    const key = `${target.connection}\u0000${target.table}`
    if (seen.has(key))
      report(
        "duplicate_target",
        [...targetPath, "table"],
        `${shorten(`${target.connection}:${target.table}`)} is loaded twice`,
      )
    seen.add(key)
    unique([...targetPath, "primary_key"], target.primary_key, report)
    unique([...targetPath, "order_by"], target.order_by, report)
    const write = target.write ?? "append"
    if (write === "merge" && target.primary_key === undefined) {
      report("merge_requires_primary_key", [...targetPath, "write"], "write: merge needs primary_key")
    }
    if (write === "window" && task.source.incremental === undefined) {
      report(
        "window_requires_incremental",
        [...targetPath, "write"],
        "write: window needs source.incremental.cursor to know which rows belong to the data interval",
      )
    }
    const clickhouse = context.connectionKind(target.connection) === "clickhouse"
    if (target.version !== undefined && (!clickhouse || write !== "merge")) {
      report(
        "option_not_applicable",
        [...targetPath, "version"],
        "version applies only to clickhouse targets with write: merge",
        "key",
      )
    }
    if (
      clickhouse &&
      write === "merge" &&
      target.order_by !== undefined &&
      target.primary_key !== undefined &&
      target.order_by.join("\u0000") !== target.primary_key.join("\u0000")
    ) {
      report(
        "merge_order_by",
        [...targetPath, "order_by"],
        "a clickhouse merge target deduplicates on its ORDER BY, so order_by must equal primary_key (or be left out)",
      )
    }
    for (const option of ["order_by", "partition_by"] as const) {
      if (target[option] !== undefined && context.connectionKind(target.connection) !== "clickhouse") {
        report(
          "option_not_applicable",
          [...targetPath, option],
          `${option} applies only to clickhouse targets`,
          "key",
        )
      }
    }
  }
}

const checkSource = (path: Path, source: Source, { report, useConnection }: TaskContext) => {
  if (source.kind !== "http" && source.incremental !== undefined) {
    for (const option of ["start_param", "end_param"] as const) {
      if (source.incremental[option] !== undefined) {
        report(
          "option_not_applicable",
          [...path, "incremental", option],
          `${option} applies only to http sources`,
          "key",
        )
      }
    }
  }
  switch (source.kind) {
    case "postgres":
    case "clickhouse":
      useConnection([...path, "connection"], source.connection, [source.kind], `a ${source.kind} source`)
      exactlyOne(path, source, ["query", "table"], report)
      return
    case "file": {
      if (source.connection !== undefined) {
        useConnection([...path, "connection"], source.connection, ["file", "http"], "a file source")
      }
      exactlyOne(path, source, ["path", "url"], report)
      if (source.url !== undefined && source.connection !== undefined) {
        report(
          "option_not_applicable",
          [...path, "connection"],
          "a file source with a url needs no connection",
          "key",
        )
      }
      if (source.format === "xml" && source.xml === undefined) {
        report("missing_option", path, "format xml needs xml.record_path (the element that holds one record)")
      }
      for (const option of ["csv", "json", "xml"] as const) {
        if (source[option] !== undefined && source.format !== option) {
          report(
            "option_not_applicable",
            [...path, option],
            `${option} options apply only to format ${option}`,
            "key",
          )
        }
      }
      if (source.csv?.columns !== undefined && source.csv.header !== false) {
        report(
          "option_not_applicable",
          [...path, "csv", "columns"],
          "csv.columns names the columns of a file without a header (header: false)",
          "key",
        )
      }
      unique([...path, "csv", "columns"], source.csv?.columns, report)
      return
    }
    case "http":
      useConnection([...path, "connection"], source.connection, ["http"], "an http source")
      if ((source.method ?? "GET") === "GET" && source.body !== undefined) {
        report(
          "option_not_applicable",
          [...path, "body"],
          "a GET request has no body; use method: POST",
          "key",
        )
      }
      if (
        source.export !== undefined &&
        (source.export.request.method ?? "POST") === "GET" &&
        source.export.request.body !== undefined
      ) {
        report(
          "option_not_applicable",
          [...path, "export", "request", "body"],
          "a GET request has no body",
          "key",
        )
      }
      if (source.export !== undefined && source.pagination !== undefined) {
        report(
          "option_not_applicable",
          [...path, "pagination"],
          "pagination does not apply to an export source",
          "key",
        )
      }
      return
  }
}

/** Cron schedules and interval presets give each run a data interval; @once, @continuous, assets and none do not. */
const hasDataIntervals = (spec: Spec): boolean =>
  typeof spec.schedule === "string" && spec.schedule !== "@once" && spec.schedule !== "@continuous"

const checkSchedule = (spec: Spec, report: Report) => {
  const schedule = spec.schedule
  if (typeof schedule !== "string") return
  if (schedule === "@continuous" && (spec.max_active_runs ?? 1) > 1) {
    report(
      "invalid_value",
      ["max_active_runs"],
      "a @continuous schedule runs one run at a time: max_active_runs must be 1",
    )
  }
  if (schedule.startsWith("@")) {
    if (!SCHEDULE_PRESETS.includes(schedule)) {
      report(
        "invalid_schedule",
        ["schedule"],
        `unknown schedule preset ${quote(schedule)}${didYouMean(schedule, SCHEDULE_PRESETS)}`,
      )
    }
  } else if (!isCronExpression(schedule)) {
    report(
      "invalid_schedule",
      ["schedule"],
      `${quote(schedule)} is not a valid 5-field cron expression or preset`,
    )
  }
}

const checkDates = (spec: Spec, report: Report) => {
  const zone = spec.timezone ?? "UTC"
  if (!isKnownTimezone(zone)) {
    report(
      "invalid_timezone",
      ["timezone"],
      `unknown time zone ${quote(zone)} (use an IANA name such as Europe/Berlin)`,
    )
  }
  const start = parseSpecDate(spec.start_date)
  if (start === undefined) report("invalid_date", ["start_date"], dateMessage(spec.start_date))
  if (spec.end_date === undefined) return
  const end = parseSpecDate(spec.end_date)
  if (end === undefined) report("invalid_date", ["end_date"], dateMessage(spec.end_date))
  else if (start !== undefined && isKnownTimezone(zone) && instantOf(end, zone) < instantOf(start, zone)) {
    report("invalid_date", ["end_date"], "end_date is before start_date")
  }
}

/** Lists where an item written twice is a mistake (a tag, a dependency, a key column). */
const unique = (path: Path, items: ReadonlyArray<string> | undefined, report: Report) => {
  const seen = new Set<string>()
  for (const [index, item] of (items ?? []).entries()) {
    if (seen.has(item)) report("invalid_value", [...path, index], `${quote(item)} is listed twice`)
    seen.add(item)
  }
}

const exactlyOne = (path: Path, value: object, keys: ReadonlyArray<string>, report: Report) => {
  const present = keys.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
  if (present.length !== 1)
    report("exactly_one_of", path, `needs exactly one of ${keys.join(", ")} (found ${present.length})`)
}

const idMessage = (what: string) =>
  `${what} must be lowercase letters, digits and underscores, starting with a letter`

const dateMessage = (value: string) =>
  `${quote(value)} is not a valid date (2025-01-01) or date-time with offset (2025-01-01T06:00:00Z)`
