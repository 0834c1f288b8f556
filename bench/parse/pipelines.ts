/**
 * The parse benchmark's pipelines, written twice: as airspec specs, and — from the plans the real
 * `airspec compile` makes of those specs — as dag-factory YAML that builds the same DAGs.
 *
 * Deriving the dag-factory side from the plan is what keeps it like for like: the plan is what airspec
 * renders its DAG file from (compiler/render/view-model.ts), so both sides get the same DAG arguments,
 * params, tasks, operator arguments and dependencies, and dagbag.py's `fingerprint` checks that they did.
 */
import { stringify } from "yaml"
import type { DatePlan, Plan, TaskPlan } from "../../compiler/plan/plan"

export const pipelineName = (i: number) => `p${String(i).padStart(4, "0")}`

const TIMEZONES = ["UTC", "Europe/Berlin", "America/New_York"]
const OWNERS = ["data-platform", "finance-data", "growth-analytics"]
const DOMAINS = ["shop", "billing", "crm", "inventory", "marketing"]

/**
 * One pipeline of a realistic shape, varied by its number: two to four loads (incremental PostgreSQL
 * merges, a CSV drop loaded by window, a query appended), a SQL datamart over them and a check task, with
 * task descriptions, retry overrides, an outlet, two to three typed params and Kafka metrics on some.
 * 4–6 tasks, about five on average.
 */
export const spec = (i: number): string => {
  const domain = DOMAINS[i % DOMAINS.length] as string
  const loads = 2 + (i % 3)
  const metrics = i % 2 === 0
  const lines = [
    `pipeline: ${pipelineName(i)}`,
    "description: |",
    `  Incremental load of the ${domain} tables of source ${i} into the warehouse, then a datamart and checks.`,
    "",
    "  Rows are selected by `updated_at` inside the data interval and merged on their key.",
    `owner: ${OWNERS[i % OWNERS.length]}`,
    `tags: [${domain}, warehouse${i % 4 === 0 ? ", tier1" : ""}]`,
    `schedule: "${i % 60} ${i % 24} * * *"`,
    `timezone: ${TIMEZONES[i % TIMEZONES.length]}`,
    `start_date: 2025-0${1 + (i % 9)}-01`,
    "catchup: false",
    "max_active_runs: 1",
    "defaults:",
    `  retries: ${2 + (i % 2)}`,
    "  retry_delay: 5m",
    ...(i % 3 === 0 ? ["  retry_exponential_backoff: true"] : []),
    "  execution_timeout: 1h",
    "params:",
    "  full_refresh: { type: boolean, default: false, title: Full refresh, description: Reload every row. }",
    "  interval_start: { type: string, format: date, title: Reload from }",
    ...(i % 2 === 1
      ? ["  batch_rows: { type: integer, default: 50000, minimum: 1000, maximum: 1000000 }"]
      : []),
    "connections:",
    "  src: { kind: postgres, conn_id: src_pg }",
    "  dwh: { kind: postgres, conn_id: dwh_pg }",
    "  drop: { kind: file, conn_id: drop_dir }",
    ...(metrics
      ? [
          "  bus: { kind: kafka, conn_id: kafka_default }",
          "metrics: { connection: bus, topic: airspec.metrics }",
        ]
      : []),
    "tasks:",
  ]
  const loadIds: string[] = []
  for (let n = 0; n < loads; n++) {
    const id = ["customers", "orders", "rates", "events"][n] as string
    loadIds.push(id)
    const table = `${domain}_${id}_${i}`
    if (id === "rates") {
      lines.push(
        `  ${id}:`,
        "    description: The day's CSV drop, replacing the interval's rows.",
        `    source: { kind: file, connection: drop, path: ${table}.csv, format: csv, incremental: { cursor: updated_at } }`,
        `    targets: [{ connection: dwh, table: raw.${table}, write: window }]`,
        "    bad_rows: { max_count: 10 }",
      )
    } else if (id === "events") {
      lines.push(
        `  ${id}:`,
        "    retries: 5",
        "    source:",
        "      kind: postgres",
        "      connection: src",
        `      query: select id, kind, payload, updated_at from public.${table}`,
        "      incremental: { cursor: updated_at }",
        `    targets: [{ connection: dwh, table: raw.${table}, write: append }]`,
      )
    } else {
      lines.push(
        `  ${id}:`,
        `    description: ${id} changed in the interval, merged by id.`,
        ...(id === "orders" ? ["    depends_on: [customers]"] : []),
        `    source: { kind: postgres, connection: src, table: public.${table}, incremental: { cursor: updated_at } }`,
        `    targets: [{ connection: dwh, table: raw.${table}, write: merge, primary_key: [id] }]`,
      )
    }
  }
  lines.push(
    "  mart:",
    "    description: Rebuilds the datamart from the loaded tables.",
    `    depends_on: [${loadIds.join(", ")}]`,
    `    outlets: ["postgres://dwh/mart/${domain}_${i}"]`,
    "    sql:",
    "      connection: dwh",
    `      query: insert into mart.${domain}_${i} select id, count(*) from raw.${domain}_orders_${i} group by id`,
    "  checks:",
    "    depends_on: [mart]",
    "    checks:",
    `      - row_count: { connection: dwh, table: raw.${domain}_orders_${i}, min: 1 }`,
    `      - not_null: { connection: dwh, table: raw.${domain}_orders_${i}, columns: [id, updated_at] }`,
    `      - unique: { connection: dwh, table: raw.${domain}_orders_${i}, columns: [id] }`,
    "",
  )
  return lines.join("\n")
}

const type = (name: string, args: ReadonlyArray<unknown>, kwargs: Record<string, unknown> = {}) => ({
  __type__: name,
  ...(args.length > 0 ? { __args__: args } : {}),
  ...kwargs,
})
const timedelta = (seconds: number) => type("datetime.timedelta", [], { seconds })

/** Fails on what this mapping does not cover, so that a new spec shape cannot silently diverge. */
const unsupported = (what: string): never => {
  throw new Error(`parse bench: the dag-factory mapping does not cover ${what}`)
}

const dateOnly = (plan: DatePlan, timezone: string): string =>
  "date" in plan && plan.timezone === timezone ? plan.date : unsupported("instants or other time zones")

const summary = (markdown: string) => (markdown.trim().split("\n", 1)[0] ?? "").slice(0, 200)

const taskConfig = (task: TaskPlan, plan: Plan, planPath: string) => {
  const conn = (name: string) => plan.connections[name]?.conn_id ?? unsupported(`connection ${name}`)
  return {
    operator: "airspec_airflow.AirspecOperator",
    plan: planPath,
    spec_sha256: plan.spec.sha256,
    connections: Object.fromEntries(task.connections.map((name) => [name, conn(name)])),
    ...(task.description === null ? {} : { doc_md: task.description }),
    ...(task.retries === null ? {} : { retries: task.retries }),
    ...(task.retry_delay_seconds === null ? {} : { retry_delay: timedelta(task.retry_delay_seconds) }),
    ...(task.execution_timeout_seconds === null
      ? {}
      : { execution_timeout: timedelta(task.execution_timeout_seconds) }),
    ...(task.pool === null ? {} : { pool: task.pool }),
    ...(task.outlets.length === 0 ? {} : { outlets: [...task.outlets] }),
    ...(task.depends_on.length === 0 ? {} : { dependencies: [...task.depends_on] }),
  }
}

/** The same DAG as airspec's file for this plan, in dag-factory 1.x YAML (`__type__` builds the objects). */
export const dagFactoryYaml = (plan: Plan, planPath: string): string => {
  const dag = plan.dag
  const schedule =
    dag.schedule.kind === "cron"
      ? dag.schedule.expression
      : unsupported(`schedules of kind ${dag.schedule.kind}`)
  const defaults = dag.defaults
  return stringify(
    {
      [dag.dag_id]: {
        ...(dag.description === null
          ? {}
          : { description: summary(dag.description), doc_md: dag.description }),
        schedule: type("airflow.sdk.CronDataIntervalTimetable", [schedule], { timezone: dag.timezone }),
        timezone: dag.timezone,
        start_date: dateOnly(dag.start_date, dag.timezone),
        ...(dag.end_date === null ? {} : { end_date: dateOnly(dag.end_date, dag.timezone) }),
        catchup: dag.catchup,
        max_active_runs: dag.max_active_runs,
        tags: [...dag.tags],
        default_args: {
          owner: dag.owner,
          retries: defaults.retries,
          retry_delay: timedelta(defaults.retry_delay_seconds),
          retry_exponential_backoff: defaults.retry_exponential_backoff,
          ...(defaults.execution_timeout_seconds === null
            ? {}
            : { execution_timeout: timedelta(defaults.execution_timeout_seconds) }),
          ...(defaults.pool === null ? {} : { pool: defaults.pool }),
        },
        params: Object.fromEntries(
          Object.entries(plan.params).map(([name, param]) => [
            name,
            type("airflow.sdk.Param", [param.default], {
              ...(param.description === null ? {} : { description: param.description }),
              ...param.schema,
            }),
          ]),
        ),
        tasks: Object.fromEntries(plan.tasks.map((task) => [task.id, taskConfig(task, plan, planPath)])),
      },
    },
    { lineWidth: 0 },
  )
}

// Airflow's safe mode parses only .py files that contain both "airflow" and "dag".
export const perFileLoader = (
  yaml: string,
) => `# dag-factory loader for one pipeline (airflow DAG from ${yaml})
from pathlib import Path

from dagfactory import load_yaml_dags

load_yaml_dags(globals_dict=globals(), config_filepath=str(Path(__file__).with_name("${yaml}")))
`

export const folderLoader = `# dag-factory loader for every YAML file in this folder (airflow DAGs)
from pathlib import Path

from dagfactory import load_yaml_dags

load_yaml_dags(globals_dict=globals(), dags_folder=str(Path(__file__).parent))
`
