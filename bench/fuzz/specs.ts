/**
 * Spec fuzzing: mutants of the example and golden specs, checked two ways.
 *
 * 1. In-process, one by one, through the compiler `airspec check` runs: each spec's time, and that it is
 *    either valid or has located errors (file, line >= 1, col >= 1, a message). A thrown exception is a crash.
 * 2. Through the real CLI, `airspec check <dir> --format json` on batches of 1,000 files: exit code 0 or 1
 *    (never 2 = internal error, never a signal), JSON on stdout, no stack trace, and the batch's peak RSS.
 *
 *   npm run fuzz:specs -- [--count 10000] [--seed 1]
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { Effect } from "effect"
import { compileSpec } from "../../compiler/compile"
import type { Diagnostic } from "../../compiler/diagnostics"
import { Workspace } from "../../compiler/workspace"
import { MUTATION_KINDS, MUTATIONS, type MutationKind, prng } from "./mutate"

const ROOT = resolve(import.meta.dirname, "../..")
const CLI = join(ROOT, "bin", "airspec.mjs")
const BATCH = 1_000
/** A spec that takes longer than this, or a batch whose process grows beyond the memory bound, is a finding. */
const SLOW_MS = 2_000
const MAX_RSS_MIB = 1_024

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const count = flag("count", 10_000)
const seed = flag("seed", 1)

const seeds = [
  ...readdirSync(join(ROOT, "specs"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => readFileSync(join(ROOT, "specs", name), "utf8")),
  ...readdirSync(join(ROOT, "test/golden/specs"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => readFileSync(join(ROOT, "test/golden/specs", name), "utf8")),
]
const sqlFiles: Record<string, string> = {
  "specs/sql/sales_mart.sql": readFileSync(join(ROOT, "specs/sql/sales_mart.sql"), "utf8"),
  "specs/sql/transform.sql": readFileSync(join(ROOT, "test/golden/specs/sql/transform.sql"), "utf8"),
}

interface Mutant {
  readonly name: string
  readonly kind: MutationKind
  readonly bytes: Buffer
}

const random = prng(seed)
const mutants: Mutant[] = Array.from({ length: count }, (_, index) => {
  const kind = MUTATION_KINDS[index % MUTATION_KINDS.length] as MutationKind
  // each mutant its own pipeline id, so that the CLI's duplicate check does not reject a whole batch
  const text = random.pick(seeds).replace(/^pipeline: (\w+)/m, `pipeline: $1_m${index}`)
  return {
    name: `m${String(index).padStart(5, "0")}_${kind}.yaml`,
    kind,
    bytes: MUTATIONS[kind](text, random),
  }
})

const located = (d: Diagnostic) => d.line >= 1 && d.col >= 1 && d.message.trim() !== "" && d.file !== ""

interface KindStats {
  mutants: number
  valid: number
  rejected: number
  violations: number
  slowestMs: number
}
const stats = new Map<MutationKind, KindStats>(
  MUTATION_KINDS.map((kind) => [kind, { mutants: 0, valid: 0, rejected: 0, violations: 0, slowestMs: 0 }]),
)
const violations: string[] = []

console.log(
  `spec fuzzing: ${count} mutants of ${seeds.length} specs, ${MUTATION_KINDS.length} kinds, seed ${seed}`,
)

// 1. in-process, one spec at a time
for (const mutant of mutants) {
  const entry = stats.get(mutant.kind) as KindStats
  entry.mutants++
  const path = `specs/${mutant.name}`
  const started = performance.now()
  try {
    // the CLI reads files as UTF-8 the same way
    const text = mutant.bytes.toString("utf8")
    const outcome = Effect.runSync(
      compileSpec({ path, text }).pipe(Effect.provide(Workspace.memory(sqlFiles))),
    )
    const ms = performance.now() - started
    entry.slowestMs = Math.max(entry.slowestMs, ms)
    if (ms > SLOW_MS) violations.push(`${mutant.name}: took ${ms.toFixed(0)} ms`)
    if (outcome.diagnostics.length === 0) entry.valid++
    else {
      entry.rejected++
      const bad = outcome.diagnostics.find((d) => !located(d))
      if (bad !== undefined) {
        entry.violations++
        violations.push(`${mutant.name}: unlocated diagnostic ${JSON.stringify(bad).slice(0, 200)}`)
      }
    }
  } catch (error) {
    entry.violations++
    violations.push(
      `${mutant.name}: crashed: ${String((error as Error)?.stack ?? error)
        .split("\n")
        .slice(0, 3)
        .join(" | ")}`,
    )
  }
}

// 2. the real CLI, in batches
let peakRssMiB = 0
let cliSeconds = 0
let cliRejected = 0
for (let start = 0; start < mutants.length; start += BATCH) {
  const project = mkdtempSync(join(tmpdir(), "airspec-fuzz-"))
  mkdirSync(join(project, "specs", "sql"), { recursive: true })
  for (const [file, text] of Object.entries(sqlFiles)) writeFileSync(join(project, file), text)
  const batch = mutants.slice(start, start + BATCH)
  for (const mutant of batch) writeFileSync(join(project, "specs", mutant.name), mutant.bytes)
  const started = performance.now()
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, CLI, "check", "specs", "--format", "json", "--out", "out"],
    { cwd: project, encoding: "utf8", maxBuffer: 1 << 30 },
  )
  cliSeconds += (performance.now() - started) / 1000
  const rssLine = run.stderr.trim().split("\n").pop() ?? "0"
  peakRssMiB = Math.max(peakRssMiB, Number(rssLine) / 1024)
  const label = `CLI batch ${start / BATCH + 1}`
  if (run.signal !== null || (run.status !== 0 && run.status !== 1))
    violations.push(`${label}: exit ${run.status} signal ${run.signal}: ${run.stderr.slice(0, 300)}`)
  if (/^\s+at .+:\d+:\d+\)?$/m.test(run.stdout + run.stderr))
    violations.push(`${label}: a stack trace in the output`)
  try {
    const report = JSON.parse(run.stdout) as { specs: number; diagnostics: Diagnostic[] }
    if (report.specs !== batch.length)
      violations.push(`${label}: ${report.specs} of ${batch.length} specs checked`)
    const unlocated = report.diagnostics.filter((d) => !located(d))
    if (unlocated.length > 0) violations.push(`${label}: ${unlocated.length} unlocated diagnostics`)
    cliRejected += new Set(report.diagnostics.map((d) => d.file)).size
  } catch {
    violations.push(`${label}: stdout is not the JSON report`)
  }
  rmSync(project, { recursive: true, force: true })
}
if (peakRssMiB > MAX_RSS_MIB) violations.push(`peak RSS ${peakRssMiB.toFixed(0)} MiB over ${MAX_RSS_MIB} MiB`)

const rows = [...stats.entries()].map(
  ([kind, s]) =>
    `| ${kind} | ${s.mutants} | ${s.valid} | ${s.rejected} | ${s.violations} | ${s.slowestMs.toFixed(0)} |`,
)
console.log(
  [
    "",
    "| mutation | mutants | still valid | rejected (located) | crashes / unlocated | slowest ms |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `in-process total: ${mutants.length} specs; CLI: ${Math.ceil(mutants.length / BATCH)} batches, ${cliRejected} specs rejected, ${cliSeconds.toFixed(1)} s, peak RSS ${peakRssMiB.toFixed(0)} MiB`,
    `node ${process.version}, airspec ${execFileSync(process.execPath, [CLI, "--version"], { encoding: "utf8" }).trim()}`,
  ].join("\n"),
)
if (violations.length > 0) {
  console.error(`\n${violations.length} violation(s):\n${violations.slice(0, 50).join("\n")}`)
  process.exit(1)
}
console.log("\nno crash, every rejection located, every spec within bounds")
