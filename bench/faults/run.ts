/**
 * The fault-injection suite: real runtime processes loading real PostgreSQL and ClickHouse targets, with
 * faults injected at random (seeded) moments, then retried as Airflow retries; every trial checks that
 * the target holds exactly the expected rows afterwards, and that a second run of the interval changes
 * nothing. See docs/fault-injection.md.
 *
 *   npm run faults -- [--seed 1] [--trials 10] [--fault-trials 2] [--kafka-trials 1]
 *                     [--only kind[:target[:mode]],…] [--trial N] [--rows 20000-40000] [--keep]
 *
 * Kinds: kill, pg-drop-target, pg-drop-source, clickhouse-restart, kafka-stop-optional,
 * kafka-stop-required. Prints one line per trial (with what was injected), a table of trials and passes,
 * and exits 1 when any trial failed. A failed trial keeps its directory (plan, spec, source) and names it.
 */
import { parseArgs } from "node:util"
import { clickhouseRestartTrial } from "./clickhouse-restart"
import { MODES, type Mode } from "./dataset"
import { kafkaStopTrial } from "./kafka"
import { killTrial } from "./kill"
import { pgDropTrial } from "./pg-drop"
import { chQuery, chReady, databaseUrl, OwnInstance, pgQuery, sharedPostgres } from "./services"
import { TARGETS, type TargetKind } from "./targets"
import { makeTrial, type Outcome, type Suite, type Trial } from "./trial"

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    trials: { type: "string", default: "10" },
    "fault-trials": { type: "string", default: "2" },
    "kafka-trials": { type: "string", default: "1" },
    only: { type: "string" },
    trial: { type: "string" },
    rows: { type: "string", default: "20000-40000" },
    "clickhouse-port": { type: "string", default: "18223" },
    "kafka-port": { type: "string", default: "19192" },
    keep: { type: "boolean", default: false },
  },
  strict: true,
})

const seed = Number(values.seed)
const [minRows, maxRows] = (values.rows ?? "").split("-").map(Number) as [number, number | undefined]
const scale = { minRows, maxRows: maxRows ?? minRows }

interface Kind {
  readonly name: string
  readonly targets: ReadonlyArray<TargetKind>
  readonly trials: number
  /**
   * Trials per target and mode, or (`rotate`, for faults that do not depend on the write mode and are
   * slow to inject) trials per target, the mode turning with the trial: `offset` picks the first mode.
   */
  readonly rotate?: { readonly offset: number }
  readonly run: (suite: Suite, trial: Trial) => Promise<Outcome>
}

const KINDS: ReadonlyArray<Kind> = [
  { name: "kill", targets: TARGETS, trials: Number(values.trials), run: killTrial },
  {
    name: "pg-drop-target",
    targets: ["postgres"],
    trials: Number(values["fault-trials"]),
    run: (suite, trial) => pgDropTrial(suite, trial, "target"),
  },
  {
    name: "pg-drop-source",
    targets: TARGETS,
    trials: Number(values["fault-trials"]),
    run: (suite, trial) => pgDropTrial(suite, trial, "source"),
  },
  {
    name: "clickhouse-restart",
    targets: ["clickhouse"],
    trials: Number(values["fault-trials"]),
    run: clickhouseRestartTrial,
  },
  {
    name: "kafka-stop-optional",
    targets: TARGETS,
    trials: Number(values["kafka-trials"]),
    rotate: { offset: 0 },
    run: (suite, trial) => kafkaStopTrial(suite, trial, false),
  },
  {
    name: "kafka-stop-required",
    targets: TARGETS,
    trials: Number(values["kafka-trials"]),
    rotate: { offset: 1 },
    run: (suite, trial) => kafkaStopTrial(suite, trial, true),
  },
]

/** `--only kill:postgres:merge,clickhouse-restart`: which combinations run. */
const filters = (values.only ?? "")
  .split(",")
  .filter((entry) => entry !== "")
  .map((entry) => entry.split(":"))
const selected = (kind: string, target: string, mode: string) =>
  filters.length === 0 ||
  filters.some(
    ([k, t, m]) => k === kind && (t === undefined || t === target) && (m === undefined || m === mode),
  )
const onlyTrial = values.trial === undefined ? null : Number(values.trial)

const plan: Array<{ kind: Kind; target: TargetKind; mode: Mode; index: number }> = []
for (const kind of KINDS)
  kind.targets.forEach((target, t) => {
    for (const mode of MODES)
      for (let index = 0; index < kind.trials; index++) {
        const rotated = kind.rotate === undefined || MODES[(kind.rotate.offset + 2 * t + index) % 4] === mode
        if (rotated && selected(kind.name, target, mode) && (onlyTrial === null || onlyTrial === index))
          plan.push({ kind, target, mode, index })
      }
  })
if (plan.length === 0) {
  console.error("no trial selected")
  process.exit(2)
}

// ------------------------------------------------------------------------------------------ services

const tag = `${process.pid}_${Date.now().toString(36)}`
const pgServer = await sharedPostgres()
const dwhName = `faults_dwh_${tag}`
const srcName = `faults_src_${tag}`
await pgQuery(pgServer, `CREATE DATABASE ${dwhName}`)
await pgQuery(pgServer, `CREATE DATABASE ${srcName}`)
const chInstance = new OwnInstance("clickhouse", Number(values["clickhouse-port"]))
const clickhouse = await chInstance.start()
await chReady(clickhouse)
const chDatabase = `faults_${tag}`
await chQuery(clickhouse, `CREATE DATABASE ${chDatabase}`)
const kafkaInstance = new OwnInstance("kafka", Number(values["kafka-port"]))
const suite: Suite = {
  seed,
  scale,
  dwh: databaseUrl(pgServer, dwhName),
  src: databaseUrl(pgServer, srcName),
  dwhName,
  srcName,
  clickhouse,
  chDatabase,
  chInstance,
  kafka: `127.0.0.1:${values["kafka-port"]}`,
  kafkaInstance,
}

console.log(
  `fault injection: seed ${seed}, ${plan.length} trials, ${scale.minRows}-${scale.maxRows} source rows each; ` +
    `PostgreSQL ${pgServer.replace(/\/[^/]*$/, "")} (databases ${dwhName}, ${srcName}), ` +
    `own ClickHouse ${clickhouse} (database ${chDatabase}), own Kafka ${suite.kafka}`,
)

// ------------------------------------------------------------------------------------------ trials

interface Tally {
  trials: number
  hit: number
  passed: number
}
const tallies = new Map<string, Tally>()
const failures: string[] = []
const started = Date.now()
for (const entry of plan) {
  const trial = makeTrial(seed, entry.kind.name, entry.target, entry.mode, entry.index)
  const began = Date.now()
  let outcome: Outcome
  try {
    outcome = await entry.kind.run(suite, trial)
  } catch (error) {
    outcome = { passed: false, hit: false, detail: String((error as Error).stack ?? error) }
  }
  const key = `${entry.kind.name}|${entry.target}|${entry.mode}`
  const tally = tallies.get(key) ?? { trials: 0, hit: 0, passed: 0 }
  tally.trials++
  if (outcome.hit) tally.hit++
  if (outcome.passed) tally.passed++
  tallies.set(key, tally)
  const seconds = ((Date.now() - began) / 1000).toFixed(1)
  const rerun = `--seed ${seed} --only ${entry.kind.name}:${entry.target}:${entry.mode} --trial ${entry.index}`
  if (outcome.passed) {
    console.log(`pass ${trial.name} ${seconds} s: ${outcome.detail.replaceAll("\n", "; ")}`)
  } else {
    console.log(`FAIL ${trial.name} ${seconds} s (rerun: ${rerun})\n${outcome.detail}\n`)
    failures.push(`${trial.name} (${rerun})`)
  }
}

// ------------------------------------------------------------------------------------------ report

const rows = [...tallies.entries()].map(([key, tally]) => {
  const [kind = "", target = "", mode = ""] = key.split("|")
  return [kind, target, mode, tally] as const
})
const header = ["fault", "target", "mode", "trials", "fault landed", "passed"]
const lines = rows.map(([kind, target, mode, tally]) => [
  kind,
  target,
  mode,
  String(tally.trials),
  String(tally.hit),
  String(tally.passed),
])
const total = rows.reduce(
  (sum, [, , , tally]) => ({
    trials: sum.trials + tally.trials,
    hit: sum.hit + tally.hit,
    passed: sum.passed + tally.passed,
  }),
  { trials: 0, hit: 0, passed: 0 },
)
lines.push(["total", "", "", String(total.trials), String(total.hit), String(total.passed)])
const widths = header.map((title, i) =>
  Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)),
)
const format = (cells: ReadonlyArray<string>) =>
  `| ${cells.map((cell, i) => (i >= 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(" | ")} |`
console.log(`\n${format(header)}`)
console.log(
  `|${widths.map((width, i) => (i >= 3 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`,
)
for (const line of lines) console.log(format(line))
console.log(
  `\n${total.passed} of ${total.trials} trials passed (${total.hit} with the fault landed), seed ${seed}, ${((Date.now() - started) / 60000).toFixed(1)} min`,
)

if (!values.keep && failures.length === 0) {
  await pgQuery(pgServer, `DROP DATABASE IF EXISTS ${dwhName} WITH (FORCE)`).catch(() => {})
  await pgQuery(pgServer, `DROP DATABASE IF EXISTS ${srcName} WITH (FORCE)`).catch(() => {})
  await chQuery(clickhouse, `DROP DATABASE IF EXISTS ${chDatabase}`).catch(() => {})
}
if (!values.keep) {
  await chInstance.stop("SIGTERM")
  await kafkaInstance.stop("SIGTERM")
}
if (failures.length > 0) {
  console.log(`\nfailed:\n${failures.map((failure) => `  ${failure}`).join("\n")}`)
  process.exit(1)
}
process.exit(0)
