/**
 * DAG parse time in real Airflow 3.3: N pipelines as airspec-compiled static DAG files vs the same
 * pipelines as dag-factory YAML, each side in its own folder, each DagBag filled in a fresh interpreter
 * (best and median of 3). Like for like: the same DAG arguments, params, tasks (all AirspecOperator, with
 * the same arguments) and dependencies; dag-factory with its documented loader, one small .py per YAML.
 *
 *   npm run bench:parse -- [--sizes 100,1000] [--runs 3]
 *
 * The Airflow + dag-factory virtualenv is made under .cache/parse-venv when missing.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { stringify } from "yaml"

const ROOT = resolve(import.meta.dirname, "../..")
const VENV = join(ROOT, ".cache", "parse-venv")
const PYTHON = join(VENV, "bin", "python")
const AIRFLOW_VERSION = "3.3.2"
const DAG_FACTORY_VERSION = "1.1.0"

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : (process.argv[at + 1] as string)
}
const sizes = option("sizes", "100,1000").split(",").map(Number)
const runs = Number(option("runs", "3"))

const ensureVenv = () => {
  const stamp = join(VENV, `.installed-${AIRFLOW_VERSION}-${DAG_FACTORY_VERSION}`)
  if (existsSync(stamp)) return
  console.log(`installing Airflow ${AIRFLOW_VERSION} and dag-factory ${DAG_FACTORY_VERSION} in ${VENV}`)
  execFileSync("python3", ["-m", "venv", VENV], { stdio: "inherit" })
  execFileSync(PYTHON, ["-m", "pip", "install", "--quiet", "uv"], { stdio: "inherit" })
  execFileSync(
    join(VENV, "bin", "uv"),
    [
      "pip",
      "install",
      "--quiet",
      "--python",
      PYTHON,
      "-c",
      join(ROOT, "airflow", "constraints.txt"),
      `apache-airflow==${AIRFLOW_VERSION}`,
      `dag-factory==${DAG_FACTORY_VERSION}`,
      "-e",
      join(ROOT, "airflow"),
    ],
    { stdio: "inherit", env: { ...process.env, UV_CACHE_DIR: join(ROOT, ".cache", "uv") } },
  )
  writeFileSync(stamp, "")
}

const name = (i: number) => `p${String(i).padStart(4, "0")}`

/** A pipeline of realistic shape: two incremental loads, a SQL datamart and a check, chained, with params. */
const spec = (i: number) => `pipeline: ${name(i)}
description: Generated pipeline ${i} for the parse benchmark.
owner: data
schedule: "0 ${i % 24} * * *"
start_date: 2025-01-01
catchup: false
max_active_runs: 1
tags: [bench]
defaults: { retries: 2, retry_delay: 5m }
params:
  full_refresh: { type: boolean, default: false, title: Full refresh }
  since: { type: string, format: date, title: Reload from }
connections:
  src: { kind: postgres, conn_id: src_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  customers:
    source: { kind: postgres, connection: src, table: public.customers_${i}, incremental: { cursor: updated_at } }
    targets: [{ connection: dwh, table: raw.customers_${i}, write: merge, primary_key: [id] }]
  orders:
    depends_on: [customers]
    source: { kind: postgres, connection: src, table: public.orders_${i}, incremental: { cursor: updated_at } }
    targets: [{ connection: dwh, table: raw.orders_${i}, write: merge, primary_key: [id] }]
  mart:
    depends_on: [orders]
    sql: { connection: dwh, query: "select 1" }
  checks:
    depends_on: [mart]
    checks: [{ row_count: { connection: dwh, table: raw.orders_${i}, min: 1 } }]
`

interface Plan {
  readonly tasks: ReadonlyArray<{ readonly id: string; readonly depends_on?: ReadonlyArray<string> }>
}

/** The same pipeline for dag-factory: DAG arguments, params and the four AirspecOperator tasks. */
const dagFactoryYaml = (i: number, planPath: string, sha: string, plan: Plan) =>
  stringify({
    [name(i)]: {
      description: `Generated pipeline ${i} for the parse benchmark.`,
      schedule: `0 ${i % 24} * * *`,
      catchup: false,
      max_active_runs: 1,
      tags: ["bench"],
      default_args: { owner: "data", retries: 2, retry_delay_sec: 300, start_date: "2025-01-01" },
      // typed trigger-form params, as airspec writes them (dag-factory builds objects from `__type__`)
      params: {
        full_refresh: {
          __type__: "airflow.sdk.Param",
          __args__: [false],
          type: "boolean",
          title: "Full refresh",
        },
        since: {
          __type__: "airflow.sdk.Param",
          __args__: [null],
          type: ["string", "null"],
          title: "Reload from",
          format: "date",
        },
      },
      tasks: Object.fromEntries(
        plan.tasks.map((task) => [
          task.id,
          {
            operator: "airspec_airflow.operators.AirspecOperator",
            plan: planPath,
            spec_sha256: sha,
            connections: { dwh: "dwh_pg", src: "src_pg" },
            ...(task.depends_on && task.depends_on.length > 0 ? { dependencies: [...task.depends_on] } : {}),
          },
        ]),
      ),
    },
  })

const LOADER = (yaml: string) => `# dag-factory's loader for one YAML file: the YAML is read on every parse
# (the words airflow and DAG must appear for Airflow's safe mode to parse this file)
from pathlib import Path

from dagfactory import load_yaml_dags

load_yaml_dags(globals_dict=globals(), config_filepath=str(Path(__file__).with_name("${yaml}")))
`

interface Measurement {
  readonly fill_s: number
  readonly dags: number
  readonly tasks: number
  readonly import_errors: number
  readonly first_error: string | null
  readonly files: number
  readonly file_median_ms: number
  readonly file_p95_ms: number
}

const measure = (folder: string, home: string): Measurement => {
  const run = spawnSync(PYTHON, [join(ROOT, "bench", "parse", "dagbag.py"), folder], {
    encoding: "utf8",
    env: {
      PATH: `${join(VENV, "bin")}:/usr/bin:/bin`,
      HOME: home,
      AIRFLOW_HOME: home,
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
      AIRFLOW__CORE__DAGS_FOLDER: folder,
      DAG_FACTORY_TELEMETRY: "false",
      AIRFLOW__DAG_FACTORY__ENABLE_TELEMETRY: "False",
      AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "600",
    },
    maxBuffer: 1 << 26,
  })
  if (run.status !== 0) throw new Error(`dagbag.py failed: ${run.stderr.slice(-2000)}`)
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as Measurement
}

const best = (values: number[]) => Math.min(...values)
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

ensureVenv()
execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" })
const airflowVersion = execFileSync(PYTHON, ["-c", "import airflow; print(airflow.__version__)"], {
  encoding: "utf8",
}).trim()
const lines: string[] = []
for (const size of sizes) {
  const project = mkdtempSync(join(tmpdir(), `airspec-parse-${size}-`))
  const home = join(project, "airflow-home")
  mkdirSync(join(project, "specs"), { recursive: true })
  mkdirSync(home)
  for (let i = 1; i <= size; i++) writeFileSync(join(project, "specs", `${name(i)}.yaml`), spec(i))
  execFileSync(process.execPath, [join(ROOT, "bin", "airspec.mjs"), "compile", "specs", "--out", "airspec"], {
    cwd: project,
  })
  const factory = join(project, "dagfactory")
  mkdirSync(factory)
  for (let i = 1; i <= size; i++) {
    const planPath = join(project, "airspec", `${name(i)}.plan.json`)
    const plan = JSON.parse(readFileSync(planPath, "utf8")) as Plan
    const sha =
      /^# spec-sha256: (\w+)$/m.exec(readFileSync(join(project, "airspec", `${name(i)}.py`), "utf8"))?.[1] ??
      ""
    writeFileSync(join(factory, `${name(i)}.yaml`), dagFactoryYaml(i, planPath, sha, plan))
    writeFileSync(join(factory, `${name(i)}.py`), LOADER(`${name(i)}.yaml`))
  }
  execFileSync(PYTHON, ["-m", "airflow", "db", "migrate"], {
    env: {
      PATH: `${join(VENV, "bin")}:/usr/bin:/bin`,
      HOME: home,
      AIRFLOW_HOME: home,
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    },
    stdio: "ignore",
  })
  const results: Record<string, Measurement[]> = { airspec: [], "dag-factory": [] }
  for (let run = 0; run < runs; run++) {
    // alternate, so that a slow moment of the machine hits both sides
    results.airspec?.push(measure(join(project, "airspec"), home))
    results["dag-factory"]?.push(measure(factory, home))
  }
  for (const [side, measurements] of Object.entries(results)) {
    for (const m of measurements)
      if (m.dags !== size || m.import_errors !== 0 || m.tasks !== size * 4)
        throw new Error(
          `${side} at ${size}: ${m.dags} DAGs, ${m.tasks} tasks, ${m.import_errors} import errors: ${m.first_error}`,
        )
  }
  const row = (side: string) => {
    const m = results[side] as Measurement[]
    return {
      fillBest: best(m.map((x) => x.fill_s)),
      fillMedian: median(m.map((x) => x.fill_s)),
      fileMedian: median(m.map((x) => x.file_median_ms)),
      fileP95: median(m.map((x) => x.file_p95_ms)),
    }
  }
  const a = row("airspec")
  const f = row("dag-factory")
  const ratio = a.fillBest / f.fillBest
  lines.push(
    `| ${size} | airspec | ${a.fillBest.toFixed(2)} s | ${a.fillMedian.toFixed(2)} s | ${a.fileMedian.toFixed(1)} ms | ${a.fileP95.toFixed(1)} ms | |`,
    `| ${size} | dag-factory | ${f.fillBest.toFixed(2)} s | ${f.fillMedian.toFixed(2)} s | ${f.fileMedian.toFixed(1)} ms | ${f.fileP95.toFixed(1)} ms | |`,
    `| ${size} | ratio | ${ratio.toFixed(2)} | ${(a.fillMedian / f.fillMedian).toFixed(2)} | ${(a.fileMedian / f.fileMedian).toFixed(2)} | ${(a.fileP95 / f.fileP95).toFixed(2)} | ${ratio <= 1 / 3 ? "goal met (≤ 0.33)" : "goal missed (> 0.33)"} |`,
  )
}
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")
console.log(
  [
    `Airflow ${airflowVersion}, dag-factory ${DAG_FACTORY_VERSION}, ${runs} runs each, load average after: ${load}`,
    "",
    "| pipelines | side | DagBag fill (best) | fill (median) | per-file parse (median) | per-file p95 | goal |",
    "|---|---|---|---|---|---|---|",
    ...lines,
  ].join("\n"),
)
