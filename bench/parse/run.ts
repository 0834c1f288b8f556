/**
 * DAG parse time in real Airflow 3.3: N pipelines as airspec-compiled static DAG files vs the same
 * pipelines as dag-factory YAML (pipelines.ts), in two dag-factory layouts: one loader .py per YAML, and
 * one loader .py for the whole folder. Both layouts are documented by dag-factory.
 *
 * For each N: the specs are compiled by the real CLI; the dag-factory YAML is written from the plans;
 * every layout must load exactly the same DAGs (dagbag.py fingerprint) or the bench fails. Then each
 * layout's folder is loaded into a DagBag in a fresh interpreter: one untimed warm-up (page cache;
 * Airflow compiles DAG files from source on every parse, without __pycache__) and --runs timed fills,
 * the layouts taking turns so that a slow moment of the shared machine hits all of them. Every fill must have N DAGs, the plans' task count and
 * no import error, or the bench fails.
 *
 *   npm run bench:parse -- [--sizes 100,1000] [--runs 3] [--wait-load 1.5] [--docs]
 *
 * --wait-load L  first wait (up to 15 min, polling every 30 s) for the 1-minute load average to drop below L
 * --docs         write the results into docs/benchmarks-parse.md (between its bench:parse markers)
 *
 * Airflow, the operator package and dag-factory live in their own virtualenv, .cache/parse-venv, made
 * on first use from airflow/constraints.txt, so the test suite's .venv-airflow stays as it is.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, tmpdir } from "node:os"
import { join, resolve } from "node:path"
import type { Plan } from "../../compiler/plan/plan"
import { dagFactoryYaml, folderLoader, perFileLoader, pipelineName, spec } from "./pipelines"

const ROOT = resolve(import.meta.dirname, "../..")
const VENV = join(ROOT, ".cache", "parse-venv")
const PYTHON = join(VENV, "bin", "python")
const DAGBAG = join(ROOT, "bench", "parse", "dagbag.py")
const DOCS = join(ROOT, "docs", "benchmarks-parse.md")
const AIRFLOW_VERSION = "3.3.2"
const DAG_FACTORY_VERSION = "1.1.0"
const GOAL = 1 / 3

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : (process.argv[at + 1] as string)
}
const sizes = (option("sizes") ?? "100,1000").split(",").map(Number)
const runs = Number(option("runs") ?? "3")
const waitLoad = option("wait-load") === undefined ? undefined : Number(option("wait-load"))
const writeDocs = process.argv.includes("--docs")

const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0])

const ensureVenv = () => {
  const inputs = createHash("sha256")
    .update(`${AIRFLOW_VERSION} ${DAG_FACTORY_VERSION}\n`)
    .update(readFileSync(join(ROOT, "airflow", "constraints.txt")))
    .update(readFileSync(join(ROOT, "airflow", "pyproject.toml")))
    .digest("hex")
  const stamp = join(VENV, ".airspec-parse-installed")
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === inputs) return
  console.log(`installing Airflow ${AIRFLOW_VERSION} and dag-factory ${DAG_FACTORY_VERSION} in ${VENV}`)
  rmSync(VENV, { recursive: true, force: true })
  execFileSync("python3", ["-m", "venv", VENV], { stdio: "inherit" })
  const env = {
    ...process.env,
    PIP_CACHE_DIR: join(ROOT, ".cache", "pip"),
    UV_CACHE_DIR: join(ROOT, ".cache", "uv"),
  }
  execFileSync(PYTHON, ["-m", "pip", "install", "--quiet", "uv"], { stdio: "inherit", env })
  // dag-factory's own dependencies (pyyaml, typer, pathspec, packaging) are all pinned by the constraints
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
    { stdio: "inherit", env },
  )
  writeFileSync(stamp, inputs)
}

const pythonEnv = (home: string, folder: string) => ({
  PATH: `${join(VENV, "bin")}:/usr/bin:/bin`,
  HOME: home,
  AIRFLOW_HOME: home,
  AIRFLOW__CORE__LOAD_EXAMPLES: "False",
  AIRFLOW__CORE__DAGS_FOLDER: folder,
  // a single loader for 1000 YAML files takes longer than the default 30 s; see the docs
  AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "600",
  AIRFLOW__DAG_FACTORY__ENABLE_TELEMETRY: "False",
  DO_NOT_TRACK: "1",
  SCARF_NO_ANALYTICS: "1",
})

const dagbag = (mode: "fill" | "fingerprint", folder: string, home: string): unknown => {
  const run = spawnSync(PYTHON, [DAGBAG, mode, folder], {
    encoding: "utf8",
    env: pythonEnv(home, folder),
    maxBuffer: 1 << 28,
  })
  if (run.status !== 0) throw new Error(`dagbag.py ${mode} ${folder} failed:\n${run.stderr.slice(-3000)}`)
  // Airflow logs to stdout; the result is the last line
  return JSON.parse(run.stdout.trim().split("\n").pop() as string)
}

interface Fill {
  readonly fill_s: number
  readonly dags: number
  readonly tasks: number
  readonly import_errors: number
  readonly first_error: string | null
  readonly files: number
  readonly file_sum_s: number
  readonly file_median_ms: number
  readonly file_p95_ms: number
  readonly file_max_ms: number
  readonly rss_added_mib: number
}

const LAYOUTS = ["airspec", "dag-factory, loader per file", "dag-factory, one loader"] as const
type Layout = (typeof LAYOUTS)[number]

interface Row {
  readonly fillBest: number
  readonly fillMedian: number
  readonly fileMedianMs: number
  readonly fileP95Ms: number
  readonly fileMaxMs: number
  readonly perDagMs: number
  readonly rssMiB: number
  readonly files: number
}

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

const summarise = (fills: ReadonlyArray<Fill>): Row => ({
  fillBest: Math.min(...fills.map((f) => f.fill_s)),
  fillMedian: median(fills.map((f) => f.fill_s)),
  fileMedianMs: median(fills.map((f) => f.file_median_ms)),
  fileP95Ms: median(fills.map((f) => f.file_p95_ms)),
  fileMaxMs: median(fills.map((f) => f.file_max_ms)),
  perDagMs: median(fills.map((f) => (f.file_sum_s * 1000) / f.dags)),
  rssMiB: median(fills.map((f) => f.rss_added_mib)),
  files: fills[0]?.files ?? 0,
})

/** Writes N specs, compiles them with the real CLI, and writes the same pipelines for dag-factory. */
const prepare = (size: number) => {
  const project = mkdtempSync(join(tmpdir(), `airspec-parse-${size}-`))
  const folders: Record<Layout, string> = {
    airspec: join(project, "airspec"),
    "dag-factory, loader per file": join(project, "dagfactory-per-file"),
    "dag-factory, one loader": join(project, "dagfactory-one-loader"),
  }
  for (const dir of ["specs", "airflow-home"]) mkdirSync(join(project, dir))
  for (const folder of Object.values(folders)) mkdirSync(folder)
  for (let i = 1; i <= size; i++) writeFileSync(join(project, "specs", `${pipelineName(i)}.yaml`), spec(i))
  const started = process.hrtime.bigint()
  execFileSync(process.execPath, [join(ROOT, "bin", "airspec.mjs"), "compile", "specs", "--out", "airspec"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const compileSeconds = Number(process.hrtime.bigint() - started) / 1e9
  let tasks = 0
  for (let i = 1; i <= size; i++) {
    const name = pipelineName(i)
    const planPath = join(folders.airspec, `${name}.plan.json`)
    const plan = JSON.parse(readFileSync(planPath, "utf8")) as Plan
    tasks += plan.tasks.length
    const yaml = dagFactoryYaml(plan, planPath)
    writeFileSync(join(folders["dag-factory, loader per file"], `${name}.yaml`), yaml)
    writeFileSync(join(folders["dag-factory, loader per file"], `${name}.py`), perFileLoader(`${name}.yaml`))
    writeFileSync(join(folders["dag-factory, one loader"], `${name}.yaml`), yaml)
  }
  writeFileSync(join(folders["dag-factory, one loader"], "load_dags.py"), folderLoader)
  return { project, home: join(project, "airflow-home"), folders, tasks, compileSeconds }
}

/** Every layout must build exactly the DAGs airspec builds; the first difference fails the bench. */
const checkSameDags = (folders: Record<Layout, string>, home: string, size: number) => {
  const expected = dagbag("fingerprint", folders.airspec, home) as Record<string, unknown>
  if (Object.keys(expected).length !== size)
    throw new Error(`airspec built ${Object.keys(expected).length} DAGs`)
  for (const layout of LAYOUTS.slice(1)) {
    const actual = dagbag("fingerprint", folders[layout], home) as Record<string, unknown>
    for (const dagId of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const [a, b] = [JSON.stringify(expected[dagId]), JSON.stringify(actual[dagId])]
      if (a !== b)
        throw new Error(`${layout} builds ${dagId} differently:\n  airspec: ${a}\n  ${layout}: ${b}`)
    }
  }
}

const waitForQuietMachine = async (below: number) => {
  const deadline = Date.now() + 15 * 60_000
  while (loadAverage() >= below && Date.now() < deadline) {
    console.log(`load average ${loadAverage()} ≥ ${below}; waiting 30 s`)
    await new Promise((ok) => setTimeout(ok, 30_000))
  }
}

ensureVenv()
execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" })
const versions = execFileSync(
  PYTHON,
  [
    "-c",
    "import sys, airflow, dagfactory; print(f'Airflow {airflow.__version__}, dag-factory {dagfactory.__version__}, Python {sys.version.split()[0]}')",
  ],
  { encoding: "utf8", env: pythonEnv(tmpdir(), tmpdir()) },
)
  .trim()
  .split("\n")
  .pop() as string
if (waitLoad !== undefined) await waitForQuietMachine(waitLoad)

const loads: number[] = []
const results: Array<{ size: number; tasks: number; rows: Record<Layout, Row> }> = []
for (const size of sizes) {
  const { project, home, folders, tasks, compileSeconds } = prepare(size)
  console.log(
    `${size} pipelines, ${tasks} tasks (airspec compile: ${compileSeconds.toFixed(2)} s); checking DAGs`,
  )
  checkSameDags(folders, home, size)
  for (const layout of LAYOUTS) dagbag("fill", folders[layout], home)
  const fills = Object.fromEntries(LAYOUTS.map((layout) => [layout, [] as Fill[]])) as Record<Layout, Fill[]>
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < LAYOUTS.length; k++) {
      const layout = LAYOUTS[(run + k) % LAYOUTS.length] as Layout
      loads.push(loadAverage())
      const fill = dagbag("fill", folders[layout], home) as Fill
      if (fill.dags !== size || fill.tasks !== tasks || fill.import_errors !== 0)
        throw new Error(
          `${layout} at ${size}: ${fill.dags} DAGs, ${fill.tasks} tasks, ${fill.import_errors} import errors: ${fill.first_error}`,
        )
      fills[layout].push(fill)
      console.log(`  run ${run + 1} ${layout}: ${fill.fill_s.toFixed(2)} s`)
    }
  }
  loads.push(loadAverage())
  results.push({
    size,
    tasks,
    rows: Object.fromEntries(LAYOUTS.map((layout) => [layout, summarise(fills[layout])])) as Record<
      Layout,
      Row
    >,
  })
  rmSync(project, { recursive: true, force: true })
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`
const ms = (millis: number) => `${millis.toFixed(1)} ms`
const x = (ratio: number) => ratio.toFixed(2)
const verdict = (ratio: number) => (ratio <= GOAL ? "met" : "missed")
const table = [
  "| pipelines | layout | files | DagBag fill, best | fill, median | per-file parse, median | per-file p95 | slowest file | parse per DAG | RSS added |",
  "|---|---|---|---|---|---|---|---|---|---|",
]
const goals: string[] = []
for (const { size, tasks, rows } of results) {
  for (const layout of LAYOUTS) {
    const r = rows[layout]
    table.push(
      `| ${size} (${tasks} tasks) | ${layout} | ${r.files} | ${s(r.fillBest)} | ${s(r.fillMedian)} | ${ms(r.fileMedianMs)} | ${ms(r.fileP95Ms)} | ${ms(r.fileMaxMs)} | ${ms(r.perDagMs)} | ${r.rssMiB.toFixed(0)} MiB |`,
    )
  }
  const a = rows.airspec
  for (const layout of LAYOUTS.slice(1)) {
    const d = rows[layout]
    const fill = a.fillBest / d.fillBest
    const perDag = a.perDagMs / d.perDagMs
    table.push(
      `| ${size} | **airspec ÷ ${layout}** | | **${x(fill)}** | ${x(a.fillMedian / d.fillMedian)} | ${d.files === 1 ? "" : x(a.fileMedianMs / d.fileMedianMs)} | ${d.files === 1 ? "" : x(a.fileP95Ms / d.fileP95Ms)} | | ${x(perDag)} | ${x(a.rssMiB / d.rssMiB)} |`,
    )
    goals.push(
      `${size} pipelines vs ${layout}: DagBag fill ${x(fill)} (goal ${verdict(fill)})` +
        (d.files === 1
          ? `, parse per DAG ${x(perDag)} (goal ${verdict(perDag)})`
          : `, per-file parse ${x(a.fileMedianMs / d.fileMedianMs)} (goal ${verdict(a.fileMedianMs / d.fileMedianMs)})`),
    )
  }
}
const machine = `${cpus().length} cores, 1-minute load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} during the timed fills (median ${median(loads).toFixed(2)})`
const report = [
  `${versions}; airspec ${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}; best and median of ${runs} fills after a warm-up; ${machine}.`,
  "",
  ...table,
  "",
  `Goal: airspec ≤ 1/3 of dag-factory (ratio ≤ ${x(GOAL)}).`,
  "",
  ...goals.map((line) => `- ${line}`),
].join("\n")
console.log(`\n${report}`)

if (writeDocs) {
  const [start, end] = ["<!-- bench:parse:start -->", "<!-- bench:parse:end -->"]
  const docs = readFileSync(DOCS, "utf8")
  const [from, to] = [docs.indexOf(start), docs.indexOf(end)]
  if (from === -1 || to === -1) throw new Error(`${DOCS} has no ${start} … ${end} block`)
  const when = new Date().toISOString().slice(0, 16).replace("T", " ")
  writeFileSync(
    DOCS,
    `${docs.slice(0, from + start.length)}\n\nMeasured ${when} UTC by \`npm run bench:parse -- ${process.argv.slice(2).join(" ")}\`:\n\n${report}\n\n${docs.slice(to)}`,
  )
  console.log(`\nwrote the results into ${DOCS}`)
}
