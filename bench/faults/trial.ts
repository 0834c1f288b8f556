/**
 * What every trial shares: a load set up from the trial's seed (data, source, target table with its prior
 * rows, a spec compiled to a plan, a batch size that gives many batches), tries run as Airflow runs them
 * (the same dag_run_id, try_number + 1 after a retryable failure), and the verdict: after the last try
 * the target holds exactly the expected rows, airspec left no traces behind, and a second run of the same
 * interval changes nothing.
 */
import type { ChildProcess } from "node:child_process"
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  INTERVAL,
  type Mode,
  PG_INSERT,
  type Scale,
  type Scenario,
  type SourceKind,
  scenario,
  toColumns,
  toCsv,
} from "./dataset"
import { type Rng, trialRng } from "./prng"
import { type RunResult, runRuntime, tail, writePlan } from "./runtime"
import type { OwnInstance } from "./services"
import { pgQuery } from "./services"
import {
  clickhouseTarget,
  difference,
  expectedRows,
  postgresTarget,
  type TargetKind,
  type TargetSetup,
} from "./targets"

export interface Suite {
  readonly seed: number
  readonly scale: Scale
  /** The target database on the shared PostgreSQL server, and the source database beside it. */
  readonly dwh: string
  readonly src: string
  readonly dwhName: string
  readonly srcName: string
  /** The suite's own ClickHouse server and its database there. */
  readonly clickhouse: string
  readonly chDatabase: string
  readonly chInstance: OwnInstance
  /** The suite's own Kafka broker. */
  readonly kafka: string
  readonly kafkaInstance: OwnInstance
}

export interface Trial {
  readonly kind: string
  readonly target: TargetKind
  readonly mode: Mode
  readonly index: number
  readonly name: string
  readonly rng: Rng
}

export const makeTrial = (
  seed: number,
  kind: string,
  target: TargetKind,
  mode: Mode,
  index: number,
): Trial => {
  const name = `${kind}:${target}:${mode}#${index}`
  return { kind, target, mode, index, name, rng: trialRng(seed, name) }
}

export interface Outcome {
  readonly passed: boolean
  /** Whether the fault landed (a race can let a run finish first: the trial then checks a clean load). */
  readonly hit: boolean
  readonly detail: string
}

export interface TryOptions {
  readonly env?: Record<string, string>
  readonly onStart?: (child: ChildProcess) => void
  readonly onLine?: (line: string, child: ChildProcess) => void
}

export interface Load {
  readonly dir: string
  readonly scenario: Scenario
  readonly sourceKind: SourceKind
  readonly target: TargetSetup
  readonly runId: string
  readonly batchRows: number
  /** Batch lines a full load logs. */
  readonly batches: number
  /** What the load is: source, rows, bad rows, batches, whether the table exists. */
  readonly summary: string
  /** One try of the trial's run (or of another run of the same interval). */
  readonly run: (tryNumber: number, options?: TryOptions, runId?: string) => Promise<RunResult>
  readonly cleanup: () => void
}

export interface LoadOptions {
  readonly sourceKind?: SourceKind
  /** More source rows than the suite's scale, for a source that must still be sending late. */
  readonly rowsFactor?: number
  readonly metrics?: { readonly required: boolean }
}

const PIPELINE = "faults"
const TASK = "load"

const nameOf = (trial: Trial) =>
  `${trial.kind}_${trial.target}_${trial.mode}_${trial.index}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase()

export const prepareLoad = async (suite: Suite, trial: Trial, options: LoadOptions = {}): Promise<Load> => {
  const rng = trial.rng
  const factor = options.rowsFactor ?? 1
  const sourceKind = options.sourceKind ?? rng.pick<SourceKind>(["csv", "postgres"])
  const data = scenario(rng, trial.mode, sourceKind, {
    minRows: suite.scale.minRows * factor,
    maxRows: suite.scale.maxRows * factor,
  })
  const name = nameOf(trial)
  const target =
    trial.target === "postgres"
      ? postgresTarget(suite.dwh, name, trial.mode)
      : clickhouseTarget(suite.clickhouse, suite.chDatabase, name, trial.mode, rng)
  await target.create(data.prior)

  const dir = mkdtempSync(join(tmpdir(), "airspec-faults-"))
  const incremental = data.incremental ? ", incremental: { cursor: at }" : ""
  let source: string
  if (sourceKind === "csv") {
    writeFileSync(join(dir, "source.csv"), toCsv(data.source, rng))
    source = `{ kind: file, path: source.csv, format: csv${incremental} }`
  } else {
    // A table's scan order is not its insertion order (a row that does not fit its page may go to an
    // earlier one), and a merge keeps the last row of a key: the query orders by insertion.
    await pgQuery(
      suite.src,
      `CREATE TABLE public.${name} (seq bigint GENERATED ALWAYS AS IDENTITY, id bigint, version integer, amount numeric(12,2), note text, at timestamptz)`,
    )
    await pgQuery(
      suite.src,
      `INSERT INTO public.${name} (id, version, amount, note, at) ${PG_INSERT}`,
      toColumns(data.source),
    )
    source = `{ kind: postgres, connection: src, query: "SELECT id, version, amount, note, at FROM public.${name} ORDER BY seq"${incremental} }`
  }
  const rowsRead = data.rowsRead
  // many batches: between 8 and 25 of them
  const batchRows = Math.max(200, Math.ceil(rowsRead / rng.int(8, 25)))
  const connections = [
    trial.target === "postgres"
      ? "  dwh: { kind: postgres, conn_id: dwh }"
      : "  olap: { kind: clickhouse, conn_id: olap }",
    ...(sourceKind === "postgres" ? ["  src: { kind: postgres, conn_id: src }"] : []),
    ...(options.metrics === undefined ? [] : ["  bus: { kind: kafka, conn_id: bus }"]),
  ]
  const metrics =
    options.metrics === undefined
      ? ""
      : `metrics: { connection: bus, topic: faults.${name}, required: ${options.metrics.required} }\n`
  const spec = `pipeline: ${PIPELINE}
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
${connections.join("\n")}
${metrics}tasks:
  ${TASK}:
    source: ${source}
    targets:
${target.yaml}    batch: { rows: ${batchRows} }
    bad_rows: { max_count: 1000 }
`
  const plan = writePlan(dir, spec)
  writeFileSync(join(dir, "spec.yaml"), spec)
  const chUrl = new URL(suite.clickhouse)
  chUrl.username = "default"
  chUrl.pathname = `/${suite.chDatabase}`
  const runId = `scheduled__${name}`
  const baseEnv = {
    AIRSPEC_DATA_INTERVAL_START: INTERVAL.start,
    AIRSPEC_DATA_INTERVAL_END: INTERVAL.end,
    AIRSPEC_CONN_DWH: suite.dwh,
    AIRSPEC_CONN_SRC: suite.src,
    AIRSPEC_CONN_OLAP: chUrl.toString(),
    AIRSPEC_CONN_BUS: `kafka://${suite.kafka}`,
  }
  return {
    dir,
    scenario: data,
    sourceKind,
    target,
    runId,
    batchRows,
    batches: Math.ceil(rowsRead / batchRows),
    summary: `${sourceKind} source, ${data.source.length} rows${data.quarantined.length > 0 ? ` (${data.quarantined.length} bad)` : ""}, ${Math.ceil(rowsRead / batchRows)} batches of ${batchRows}${data.prior === null ? ", no table yet" : ""}`,
    run: async (tryNumber, tryOptions = {}, otherRun) => {
      const id = otherRun ?? runId
      const result = await runRuntime({
        plan,
        cwd: dir,
        env: {
          ...baseEnv,
          AIRSPEC_DAG_RUN_ID: id,
          AIRSPEC_TRY_NUMBER: String(tryNumber),
          ...tryOptions.env,
        },
        ...(tryOptions.onStart === undefined ? {} : { onStart: tryOptions.onStart }),
        ...(tryOptions.onLine === undefined ? {} : { onLine: tryOptions.onLine }),
      })
      // every try's log stays beside the plan, for a failed trial's post-mortem
      appendFileSync(join(dir, `${id}.log`), `--- try ${tryNumber}: ${describeRun(result)}\n${result.log}`)
      return result
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** `batch 3: 1500 row(s) into …`: the number of a batch line, or null. */
export const batchLine = (line: string): number | null => {
  const match = /^INFO batch (\d+): /.exec(line)
  return match === null ? null : Number(match[1])
}

export const describeRun = (result: RunResult) =>
  `${result.hung ? "hung (ended by the watchdog)" : result.signal !== null ? `killed (${result.signal})` : `exit ${result.code}`} after ${(result.ms / 1000).toFixed(1)} s`

/**
 * The rest of a trial after its faulted tries: retries from `nextTry` until one succeeds (a retryable
 * failure is retried, at most `retries` times, as Airflow would; null: the faulted try succeeded, nothing
 * to retry), then the exact comparison, the traces, and a second run of the interval that must change
 * nothing.
 */
export const finish = async (
  load: Load,
  nextTry: number | null,
  notes: string[],
  retries = 3,
): Promise<Omit<Outcome, "hit">> => {
  const fail = (why: string, result?: RunResult) => ({
    passed: false,
    detail: [...notes, why, ...(result === undefined ? [] : [tail(result.log)]), `kept: ${load.dir}`].join(
      "\n",
    ),
  })
  let tryNumber = nextTry ?? 0
  if (nextTry !== null) {
    for (;;) {
      const result = await load.run(tryNumber)
      if (result.code === 0) {
        notes.push(`try ${tryNumber}: ${describeRun(result)}`)
        break
      }
      if (result.code !== 75 || tryNumber - nextTry + 1 >= retries)
        return fail(`try ${tryNumber}, a retry: ${describeRun(result)}`, result)
      notes.push(`try ${tryNumber}: exit 75 again`)
      tryNumber++
    }
  }
  const expected = expectedRows(load.scenario.expected)
  const after = difference(expected, await load.target.read())
  if (after !== null) return fail(`after the last try: ${after}`)
  const rerunId = `${load.runId}_rerun`
  const rerun = await load.run(1, {}, rerunId)
  if (rerun.code !== 0) return fail(`the second run: ${describeRun(rerun)}`, rerun)
  notes.push(`second run: ${describeRun(rerun)}`)
  const again = difference(expected, await load.target.read())
  if (again !== null) return fail(`after the second run: ${again}`)
  const traces = await load.target.traces(PIPELINE, TASK, [load.runId, rerunId])
  if (traces.length > 0) return fail(traces.join("; "))
  // every bad row quarantined once per run, however many tries quarantined it
  const quarantined = load.scenario.quarantined.join(",")
  for (const run of load.scenario.mode === "append" ? [load.runId] : [load.runId, rerunId]) {
    const found = (await load.target.quarantined(PIPELINE, TASK, run)).join(",")
    if (found !== quarantined)
      return fail(`quarantine of ${run}: expected rows [${quarantined}], found [${found}]`)
  }
  notes.push("exact")
  return { passed: true, detail: notes.join("; ") }
}
