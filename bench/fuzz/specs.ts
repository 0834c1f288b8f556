/**
 * Spec fuzzing: seeded mutants of the example and golden specs, run two ways.
 *
 * 1. In-process, one at a time, in a worker thread under a watchdog (bench/fuzz/watchdog.ts): the
 *    compiler `airspec check` runs, on the bytes decoded as the CLI decodes them. Each spec must compile,
 *    or be rejected with located one-line diagnostics; a throw, a hang or a dead worker is a crash. This
 *    pass times every spec.
 * 2. The real CLI: `node bin/airspec.mjs check specs --format json --out out` on batches of 1,000 files
 *    in a scratch project (its worker threads, file reading and report included), under GNU time: exit
 *    code 0 or 1 (never 2, never a signal), nothing on stderr, no stack trace, every spec counted, every
 *    diagnostic located, the same specs rejected with the same number of diagnostics as in-process.
 *    Then the slowest specs of pass 1 run alone through the CLI, for the time and peak RSS of each.
 *
 *   npm run fuzz:specs -- [--count 10000] [--seed 1] [--batch 1000] [--only INDEX]
 *
 * `--only INDEX` rebuilds one mutant, writes it to $TMPDIR/airspec-fuzz-spec-<seed>-<index>.yaml and
 * prints what the compiler says about it.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { isMainThread } from "node:worker_threads"
import { Effect } from "effect"
import { compileSpec, type SpecSource } from "../../compiler/compile"
import type { Diagnostic } from "../../compiler/diagnostics"
import { MAX_ERRORS } from "../../compiler/parse/yaml"
import { Workspace } from "../../compiler/workspace"
import { numberFlag, SPEC_KINDS, type SpecMutationKind, specMutant } from "./mutate"
import { type Outcome, serveInputs, supervise } from "./watchdog"

const ROOT = resolve(import.meta.dirname, "../..")
const CLI = join(ROOT, "bin", "airspec.mjs")

/**
 * Time a spec may take: 2 s, plus 4 s per MiB, since the cost of a spec is linear in its size (up to the
 * 1 MiB cap) and a 1 MiB spec of 20,000 tasks takes about 4 s on 2 shared cores. Specs over 2 s are listed.
 */
const SLOW_MS = 2_000
const budgetMs = (bytes: number) => SLOW_MS + (4_000 * bytes) / 2 ** 20
const MAX_SPEC_RSS_MIB = 512
const MAX_BATCH_RSS_MIB = 1_024
const HANG_MS = 30_000
const ATTRIBUTED = 12

const seedTexts = [join(ROOT, "specs"), join(ROOT, "test/golden/specs")].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8")),
)
/** The SQL files the seed specs name, where a spec in `specs/` finds them. */
const SQL_FILES: Record<string, string> = {
  "specs/sql/sales_mart.sql": readFileSync(join(ROOT, "specs/sql/sales_mart.sql"), "utf8"),
  "specs/sql/transform.sql": readFileSync(join(ROOT, "test/golden/specs/sql/transform.sql"), "utf8"),
}

/** The compiler's time for a spec; for a hang or a crash, the time until the watchdog gave up. */
const compileMs = (record: Outcome<Checked>) => ("result" in record ? record.result.ms : record.ms)

const specName = (index: number, kind: SpecMutationKind) => `m${String(index).padStart(5, "0")}_${kind}.yaml`

/** The bytes as `airspec` reads a spec file (compiler/cli/project-files.ts): strict UTF-8, BOM kept. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
const asSource = (path: string, bytes: Buffer): SpecSource => {
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  try {
    if (!utf16) return { path, text: strictUtf8.decode(bytes) }
  } catch {}
  return { path, text: "", notUtf8: true }
}

/** Internals that must never reach a user, even inside a located message. */
const INTERNAL =
  /\b(?:TypeError|RangeError|ReferenceError|InternalError|Maximum call stack|is not a function|Cannot read propert|undefined is not)\b|^\s+at .+:\d+:\d+\)?$/m

/** Messages quote user text shortened: one diagnostic is one short line. */
const MAX_MESSAGE = 1_000

const diagnosticProblem = (d: Diagnostic): string | undefined => {
  if (!(d.file !== "" && Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.col) && d.col >= 1))
    return `unlocated diagnostic ${JSON.stringify(d).slice(0, 200)}`
  if (typeof d.message !== "string" || d.message.trim() === "")
    return `diagnostic without a message (${d.code})`
  if (d.message.length > MAX_MESSAGE) return `a diagnostic of ${d.message.length} characters (${d.code})`
  if (/[\n\r]/.test(d.message))
    return `a diagnostic of more than one line: ${JSON.stringify(d.message).slice(0, 200)}`
  if (INTERNAL.test(d.message))
    return `an internal error in a diagnostic: ${JSON.stringify(d.message).slice(0, 200)}`
  return undefined
}

interface Checked {
  readonly kind: SpecMutationKind
  readonly bytes: number
  /** The compiler's time alone, without making the mutant. */
  readonly ms: number
  readonly ok: boolean
  readonly diagnostics: number
  readonly codes: ReadonlyArray<string>
  readonly problems: ReadonlyArray<string>
}

/** Pass 1, in the worker: one mutant through the compiler. */
const checkOne = (index: number, seed: number): Checked => {
  const mutant = specMutant(seedTexts, seed, index)
  const path = `specs/${specName(index, mutant.kind)}`
  const problems: string[] = []
  const started = performance.now()
  try {
    const outcome = Effect.runSync(
      compileSpec(asSource(path, mutant.bytes)).pipe(Effect.provide(Workspace.memory(SQL_FILES))),
    )
    const ms = performance.now() - started
    for (const d of outcome.diagnostics) {
      const problem = diagnosticProblem(d)
      if (problem !== undefined) problems.push(problem)
    }
    if (outcome.diagnostics.length > MAX_ERRORS + 1)
      problems.push(`${outcome.diagnostics.length} diagnostics, over the cap of ${MAX_ERRORS} + 1`)
    // a generated file must read back as written, or `check` would call it stale forever
    for (const file of outcome.files)
      if (Buffer.from(file.text, "utf8").toString("utf8") !== file.text)
        problems.push(`${file.name} is not valid UTF-8 text`)
    return {
      kind: mutant.kind,
      bytes: mutant.bytes.length,
      ms,
      ok: outcome.diagnostics.length === 0,
      diagnostics: outcome.diagnostics.length,
      codes: [...new Set(outcome.diagnostics.map((d) => d.code))],
      problems,
    }
  } catch (error) {
    const stack = String((error as Error)?.stack ?? error)
    problems.push(`compiler threw: ${stack.split("\n").slice(0, 4).join(" | ")}`)
    const ms = performance.now() - started
    return {
      kind: mutant.kind,
      bytes: mutant.bytes.length,
      ms,
      ok: false,
      diagnostics: 0,
      codes: [],
      problems,
    }
  }
}

async function main() {
  const count = numberFlag("count", 10_000)
  const seed = numberFlag("seed", 1)
  const batchSize = numberFlag("batch", 1_000)
  const only = numberFlag("only", -1)
  if (process.argv.includes("--only")) return showOne(seed, only)

  const started = performance.now()
  console.log(
    `spec fuzzing: ${count} mutants of ${seedTexts.length} specs, ${SPEC_KINDS.length} kinds, seed ${seed} (rerun one: --seed ${seed} --only INDEX)`,
  )
  const violations: string[] = []
  const records = new Map<number, Outcome<Checked>>()

  // 1. in-process
  const inProcess = await supervise<Checked>({
    module: import.meta.url,
    data: seed,
    from: 0,
    to: count,
    timeoutMs: HANG_MS,
    heapMiB: 1_024,
    onOutcome: (outcome) => {
      records.set(outcome.index, outcome)
      if ("failure" in outcome) violations.push(`#${outcome.index}: ${outcome.failure}: ${outcome.message}`)
      else {
        for (const problem of outcome.result.problems) violations.push(`#${outcome.index}: ${problem}`)
        if (outcome.result.ms > budgetMs(outcome.result.bytes))
          violations.push(
            `#${outcome.index}: ${outcome.result.ms.toFixed(0)} ms for ${outcome.result.bytes} bytes, over the budget of ${budgetMs(outcome.result.bytes).toFixed(0)} ms`,
          )
      }
      if ((outcome.index + 1) % 1000 === 0)
        process.stdout.write(`  in-process: ${outcome.index + 1}/${count}\r`)
    },
  })
  const inProcessSeconds = (performance.now() - started) / 1000
  console.log(`in-process: ${count} specs in ${inProcessSeconds.toFixed(0)} s`)

  // 2. the CLI, in batches
  const batches: BatchRun[] = []
  for (let from = 0; from < count; from += batchSize) {
    const batch = runBatch(seed, from, Math.min(count, from + batchSize), records)
    batches.push(batch)
    violations.push(...batch.violations)
    console.log(
      `  CLI batch ${batches.length}: ${batch.specs} specs, ${batch.rejected} rejected, exit ${batch.exit}, ${batch.seconds.toFixed(1)} s, ${batch.rssMiB.toFixed(0)} MiB`,
    )
  }

  // 3. the slowest specs alone through the CLI
  const slowest = [...records.values()]
    .filter((r) => "result" in r)
    .sort((a, b) => compileMs(b) - compileMs(a))
    .slice(0, ATTRIBUTED)
  const alone = slowest.map((record) => {
    const run = runAlone(seed, record.index)
    if (run.rssMiB > MAX_SPEC_RSS_MIB)
      violations.push(
        `#${record.index}: peak RSS ${run.rssMiB.toFixed(0)} MiB alone, over ${MAX_SPEC_RSS_MIB} MiB`,
      )
    violations.push(...run.violations)
    return { record, run }
  })

  printSummary({ seed, count, records, batches, alone, inProcess, inProcessSeconds, started })
  if (violations.length > 0) {
    console.error(`\n${violations.length} violation(s):\n${violations.slice(0, 60).join("\n")}`)
    process.exit(1)
  }
  console.log("\nno crash, no hang, every rejection located, every spec within its time and memory bounds")
}

interface BatchRun {
  readonly specs: number
  readonly rejected: number
  readonly exit: number | null
  readonly seconds: number
  readonly rssMiB: number
  readonly violations: string[]
}

/** Runs `airspec check` in a scratch project holding `specs`; wall time and peak RSS from GNU time. */
const runCheck = (specs: ReadonlyArray<{ name: string; bytes: Buffer }>, timeoutSeconds: number) => {
  const project = mkdtempSync(join(tmpdir(), "airspec-fuzz-"))
  try {
    mkdirSync(join(project, "specs", "sql"), { recursive: true })
    mkdirSync(join(project, "out"))
    for (const [file, text] of Object.entries(SQL_FILES)) writeFileSync(join(project, file), text)
    for (const spec of specs) writeFileSync(join(project, "specs", spec.name), spec.bytes)
    const timeFile = join(project, "time.txt")
    const run = spawnSync(
      "/usr/bin/time",
      [
        "-o",
        timeFile,
        "-f",
        "%e %M",
        "timeout",
        "-s",
        "KILL",
        String(timeoutSeconds),
        process.execPath,
        CLI,
        "check",
        "specs",
        "--format",
        "json",
        "--out",
        "out",
      ],
      { cwd: project, encoding: "utf8", maxBuffer: 1 << 30 },
    )
    const [seconds = Number.NaN, rssKiB = Number.NaN] = (
      readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? ""
    )
      .split(" ")
      .map(Number)
    return { run, seconds, rssMiB: rssKiB / 1024 }
  } finally {
    rmSync(project, { recursive: true, force: true })
  }
}

interface JsonReport {
  readonly specs: number
  readonly diagnostics: ReadonlyArray<Diagnostic>
  readonly files: ReadonlyArray<{ readonly file: string; readonly state: string }>
}

/** What the CLI's output must look like, whatever the specs. */
const outputProblems = (run: ReturnType<typeof spawnSync>, label: string) => {
  const problems: string[] = []
  const stdout = String(run.stdout)
  const stderr = String(run.stderr)
  if (run.status !== 0 && run.status !== 1)
    problems.push(
      `${label}: exit ${run.status}${run.status === 137 ? " (killed: over the time limit)" : ""}: ${stderr.slice(0, 300)}`,
    )
  if (stderr.trim() !== "") problems.push(`${label}: unexpected stderr: ${stderr.slice(0, 300)}`)
  if (INTERNAL.test(stderr) || /^\s+at .+:\d+:\d+\)?$/m.test(stdout))
    problems.push(`${label}: a stack trace in the output`)
  let report: JsonReport | undefined
  try {
    report = JSON.parse(stdout) as JsonReport
  } catch {
    problems.push(`${label}: stdout is not the JSON report: ${stdout.slice(0, 200)}`)
  }
  return { problems, report }
}

const runBatch = (
  seed: number,
  from: number,
  to: number,
  records: ReadonlyMap<number, Outcome<Checked>>,
): BatchRun => {
  const specs = Array.from({ length: to - from }, (_, offset) => {
    const mutant = specMutant(seedTexts, seed, from + offset)
    return { index: from + offset, name: specName(from + offset, mutant.kind), bytes: mutant.bytes }
  })
  const label = `CLI batch #${from}-#${to - 1}`
  const { run, seconds, rssMiB } = runCheck(specs, 600)
  const { problems: violations, report } = outputProblems(run, label)
  if (rssMiB > MAX_BATCH_RSS_MIB)
    violations.push(`${label}: peak RSS ${rssMiB.toFixed(0)} MiB, over ${MAX_BATCH_RSS_MIB} MiB`)
  let rejected = 0
  if (report !== undefined) {
    if (report.specs !== specs.length)
      violations.push(`${label}: ${report.specs} of ${specs.length} specs checked`)
    for (const d of report.diagnostics) {
      const problem = diagnosticProblem(d)
      if (problem !== undefined) violations.push(`${label}: ${problem}`)
    }
    const bad = report.files.filter((f) => f.state !== "missing")
    if (bad.length > 0) violations.push(`${label}: ${bad.length} stale or orphaned file(s) in an empty --out`)
    // per spec: the CLI says what the in-process compile said (pipeline ids that clash are the CLI's own)
    const perFile = new Map<string, number>()
    const clashing = new Set<string>()
    for (const d of report.diagnostics) {
      if (d.code === "duplicate_pipeline") clashing.add(d.file)
      else perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1)
    }
    rejected = new Set([...perFile.keys(), ...clashing]).size
    for (const spec of specs) {
      const record = records.get(spec.index)
      if (record === undefined || !("result" in record)) continue
      const cli = perFile.get(`specs/${spec.name}`) ?? 0
      if (cli !== record.result.diagnostics)
        violations.push(
          `#${spec.index}: ${cli} diagnostic(s) from the CLI, ${record.result.diagnostics} in-process`,
        )
    }
  }
  return { specs: specs.length, rejected, exit: run.status, seconds, rssMiB, violations }
}

const runAlone = (seed: number, index: number) => {
  const mutant = specMutant(seedTexts, seed, index)
  const { run, seconds, rssMiB } = runCheck(
    [{ name: specName(index, mutant.kind), bytes: mutant.bytes }],
    120,
  )
  return {
    seconds,
    rssMiB,
    bytes: mutant.bytes.length,
    violations: outputProblems(run, `#${index} alone`).problems,
  }
}

const showOne = (seed: number, index: number) => {
  const mutant = specMutant(seedTexts, seed, index)
  const file = join(tmpdir(), `airspec-fuzz-spec-${seed}-${index}.yaml`)
  writeFileSync(file, mutant.bytes)
  const checked = checkOne(index, seed)
  const outcome = Effect.runSync(
    compileSpec(asSource(`specs/${specName(index, mutant.kind)}`, mutant.bytes)).pipe(
      Effect.provide(Workspace.memory(SQL_FILES)),
    ),
  )
  console.log(
    `#${index} (${mutant.kind}, from seed spec ${mutant.from}, ${mutant.bytes.length} bytes) written to ${file}`,
  )
  for (const d of outcome.diagnostics.slice(0, 20))
    console.log(`  ${d.line}:${d.col} ${d.code} ${d.message.slice(0, 200)}`)
  for (const problem of checked.problems) console.log(`  PROBLEM: ${problem}`)
}

const printSummary = (run: {
  seed: number
  count: number
  records: ReadonlyMap<number, Outcome<Checked>>
  batches: ReadonlyArray<BatchRun>
  alone: ReadonlyArray<{ record: Outcome<Checked>; run: ReturnType<typeof runAlone> }>
  inProcess: { peakRssMiB: number; restarts: number }
  inProcessSeconds: number
  started: number
}) => {
  const kinds = new Map<
    string,
    { n: number; ok: number; rejected: number; bad: number; slowest: number; total: number; bytes: number }
  >()
  const codes = new Set<string>()
  for (const record of run.records.values()) {
    const kind =
      "result" in record ? record.result.kind : (SPEC_KINDS[record.index % SPEC_KINDS.length] as string)
    const entry = kinds.get(kind) ?? { n: 0, ok: 0, rejected: 0, bad: 0, slowest: 0, total: 0, bytes: 0 }
    kinds.set(kind, entry)
    entry.n++
    entry.total += compileMs(record)
    entry.slowest = Math.max(entry.slowest, compileMs(record))
    if ("failure" in record) entry.bad++
    else {
      entry.bytes = Math.max(entry.bytes, record.result.bytes)
      if (record.result.problems.length > 0) entry.bad++
      else if (record.result.ok) entry.ok++
      else entry.rejected++
      for (const code of record.result.codes) codes.add(code)
    }
  }
  const total = [...kinds.values()].reduce(
    (sum, k) => ({
      n: sum.n + k.n,
      ok: sum.ok + k.ok,
      rejected: sum.rejected + k.rejected,
      bad: sum.bad + k.bad,
    }),
    { n: 0, ok: 0, rejected: 0, bad: 0 },
  )
  const slow = [...run.records.values()].filter((r) => compileMs(r) > SLOW_MS).length
  const cliSeconds = run.batches.reduce((sum, b) => sum + b.seconds, 0)
  console.log(
    [
      "",
      "| mutation | mutants | still valid | rejected, located | crashes / violations | slowest ms | total s | largest bytes |",
      "|---|---|---|---|---|---|---|---|",
      ...[...kinds.entries()].map(
        ([kind, k]) =>
          `| ${kind} | ${k.n} | ${k.ok} | ${k.rejected} | ${k.bad} | ${k.slowest.toFixed(0)} | ${(k.total / 1000).toFixed(1)} | ${k.bytes} |`,
      ),
      `| **all** | ${total.n} | ${total.ok} | ${total.rejected} | ${total.bad} | | | |`,
      "",
      `in-process: ${run.inProcessSeconds.toFixed(0)} s, ${slow} spec(s) over ${SLOW_MS} ms, process peak RSS ${run.inProcess.peakRssMiB.toFixed(0)} MiB, ${run.inProcess.restarts} worker restart(s), ${codes.size} distinct diagnostic codes`,
      `CLI: ${run.batches.length} batch(es), ${run.batches.reduce((s, b) => s + b.rejected, 0)} specs rejected, ${cliSeconds.toFixed(0)} s, slowest batch ${Math.max(...run.batches.map((b) => b.seconds)).toFixed(1)} s, peak RSS ${Math.max(...run.batches.map((b) => b.rssMiB)).toFixed(0)} MiB, exit codes ${[...new Set(run.batches.map((b) => b.exit))].join("/")}`,
      "",
      "slowest specs alone through the CLI:",
      "| # | kind | bytes | in-process ms | CLI s | CLI peak RSS MiB |",
      "|---|---|---|---|---|---|",
      ...run.alone.map(
        ({ record, run: cli }) =>
          `| ${record.index} | ${"result" in record ? record.result.kind : "?"} | ${cli.bytes} | ${compileMs(record).toFixed(0)} | ${cli.seconds.toFixed(2)} | ${cli.rssMiB.toFixed(0)} |`,
      ),
      "",
      `total ${((performance.now() - run.started) / 1000).toFixed(0)} s, seed ${run.seed}, node ${process.version}`,
    ].join("\n"),
  )
}

if (!isMainThread) await serveInputs((index, data) => checkOne(index, data as number))
else await main()
