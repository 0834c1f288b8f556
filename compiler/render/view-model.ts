/**
 * Plan → template view-model: every value already rendered as Python source by the escaper, so the
 * template only places strings. Order of arguments is fixed here, never in the template.
 */
import type { DatePlan, Plan, SchedulePlan, TaskPlan } from "../plan/plan"
import { PyCode, type PyValue, py, pyCall, pyComment, pyDictLines, pyStr } from "./python"

export interface Argument {
  readonly name: string
  readonly value: string
}

export interface DagView {
  readonly specPath: string
  readonly specSha256: string
  readonly specSha256Literal: string
  readonly planFile: string
  readonly dagArguments: ReadonlyArray<Argument>
  readonly tasks: ReadonlyArray<{ readonly variable: string; readonly arguments: ReadonlyArray<Argument> }>
  readonly edges: ReadonlyArray<{ readonly upstream: string; readonly downstream: string }>
}

/** DAG(...) arguments sit at this indentation in dag-templates/dag.py.hbs. */
const DAG_ARGUMENT_INDENT = 4

export const planFileName = (pipeline: string) => `${pipeline}.plan.json`
export const dagFileName = (pipeline: string) => `${pipeline}.py`

export const dagView = (plan: Plan): DagView => ({
  specPath: pyComment(plan.spec.path),
  specSha256: pyComment(plan.spec.sha256),
  specSha256Literal: pyStr(plan.spec.sha256),
  planFile: pyStr(planFileName(plan.pipeline)),
  dagArguments: argumentList({
    dag_id: plan.dag.dag_id,
    description: plan.dag.description === null ? null : summary(plan.dag.description),
    doc_md: plan.dag.description === null ? null : docMd(plan.dag.description),
    schedule: schedule(plan.dag.schedule, plan.dag.timezone),
    start_date: date(plan.dag.start_date),
    end_date: plan.dag.end_date === null ? null : date(plan.dag.end_date),
    catchup: plan.dag.catchup,
    max_active_runs: plan.dag.max_active_runs,
    tags: plan.dag.tags,
    default_args: pyDictLines(
      {
        owner: plan.dag.owner,
        retries: plan.dag.defaults.retries,
        retry_delay: timedelta(plan.dag.defaults.retry_delay_seconds),
        retry_exponential_backoff: plan.dag.defaults.retry_exponential_backoff,
        execution_timeout: optional(plan.dag.defaults.execution_timeout_seconds, timedelta),
        pool: plan.dag.defaults.pool ?? undefined,
      },
      DAG_ARGUMENT_INDENT,
    ),
    params: pyDictLines(
      Object.fromEntries(
        Object.entries(plan.params).map(([name, param]) => [
          name,
          pyCall("Param", [param.default as PyValue], {
            description: param.description ?? undefined,
            ...kwargs(param.schema),
          }),
        ]),
      ),
      DAG_ARGUMENT_INDENT,
    ),
  }),
  tasks: plan.tasks.map((task) => ({
    variable: taskVariable(task.id),
    arguments: taskArguments(task, plan),
  })),
  edges: plan.tasks.flatMap((task) =>
    task.depends_on.map((upstream) => ({
      upstream: taskVariable(upstream),
      downstream: taskVariable(task.id),
    })),
  ),
})

/** Task ids are lowercase snake case (checked), so a prefix makes them identifiers that are never keywords. */
const taskVariable = (id: string) => `task_${id}`

const taskArguments = (task: TaskPlan, plan: Plan): ReadonlyArray<Argument> =>
  argumentList({
    task_id: task.id,
    plan: new PyCode("PLAN"),
    spec_sha256: new PyCode("SPEC_SHA256"),
    connections: Object.fromEntries(task.connections.map((name) => [name, connId(plan, name)] as const)),
    doc_md: task.description ?? undefined,
    retries: task.retries ?? undefined,
    retry_delay: optional(task.retry_delay_seconds, timedelta),
    execution_timeout: optional(task.execution_timeout_seconds, timedelta),
    pool: task.pool ?? undefined,
    outlets: task.outlets.length === 0 ? undefined : task.outlets.map((uri) => pyCall("Asset", [uri])),
  })

/** The plan lists only declared connections; anything else is a compiler bug, not a spec error. */
const connId = (plan: Plan, name: string): string => {
  const connection = plan.connections[name]
  if (connection === undefined) throw new Error(`internal: task uses undeclared connection ${name}`)
  return connection.conn_id
}

const argumentList = (values: Readonly<Record<string, PyValue | undefined>>): ReadonlyArray<Argument> =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ name, value: py(value as PyValue) }))

/** Presets that are not calendar intervals; every other preset is a cron alias. */
const SPECIAL_PRESETS = ["@once", "@continuous"]

/**
 * Cron schedules get explicit data intervals: Airflow 3 would otherwise use a trigger timetable whose
 * runs have an empty interval, and incremental loads select rows by [interval start, interval end).
 */
const schedule = (plan: SchedulePlan, timezone: string): PyValue => {
  switch (plan.kind) {
    case "none":
      return null
    case "preset":
      return SPECIAL_PRESETS.includes(plan.preset)
        ? plan.preset
        : pyCall("CronDataIntervalTimetable", [plan.preset], { timezone })
    case "cron":
      return pyCall("CronDataIntervalTimetable", [plan.expression], { timezone })
    case "assets":
      return plan.uris.length === 1
        ? pyCall("Asset", [plan.uris[0] as string])
        : new PyCode(plan.uris.map((uri) => py(pyCall("Asset", [uri]))).join(" & "))
  }
}

const date = (plan: DatePlan): PyCode => {
  if ("date" in plan) {
    const [year, month, day] = plan.date.split("-").map(Number) as [number, number, number]
    return pyCall("pendulum.datetime", [year, month, day], { tz: plan.timezone })
  }
  return new PyCode(`${py(pyCall("pendulum.parse", [plan.date_time]))}.in_timezone(${pyStr(plan.timezone)})`)
}

const timedelta = (seconds: number): PyCode => pyCall("datetime.timedelta", [], { seconds })

const optional = <A>(value: A | null, f: (value: A) => PyValue): PyValue | undefined =>
  value === null ? undefined : f(value)

/**
 * Airflow opens a DAG's `doc_md` that ends in `.md` as a file, when the DAG file is parsed, and shows that
 * file instead (or fails the import when it cannot be read): a description ending so gets a trailing
 * newline, which Markdown does not show, so that it stays text.
 */
const docMd = (markdown: string): string => (markdown.endsWith(".md") ? `${markdown}\n` : markdown)

/** The DAG list shows `description`; keep it to the first line of the markdown. */
const summary = (markdown: string): string => (markdown.trim().split("\n", 1)[0] ?? "").slice(0, 200)

const kwargs = (schema: Readonly<Record<string, unknown>>): Record<string, PyValue> =>
  Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, value as PyValue]))
