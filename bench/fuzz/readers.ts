/**
 * Reader fuzzing: seeded mutants of valid CSV (four dialects), JSON, NDJSON and XML files through the
 * runtime's readers, as a load reads them. Half the inputs are files opened by `openSource` itself (the
 * function a load task calls: the file stream, the reader, the error mapping); the other half go to the same
 * readers (`readCsv`, or `jsonArrayRecords` / `ndjsonRecords` / `xmlRecords` into `recordRows`) in pieces
 * of random sizes, as a download delivers them, so that every split point is hit.
 *
 * Each input runs in a worker thread under a watchdog (bench/fuzz/watchdog.ts) and must end within 5 s with
 * either rows — every good row with one value per column, every bad row quarantined with a one-line reason
 * a quarantine table can store, row numbers 1..n each once — or a permanent source failure with a message
 * (the readers' own CsvError / JsonShapeError / XmlShapeError). A retryable failure means an internal
 * error (a TypeError, a RangeError) escaped a reader; a hang, a dead worker or over 1 GiB of RSS is a finding.
 *
 *   npm run fuzz:readers -- [--count 12000] [--seed 1] [--only INDEX]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { isMainThread } from "node:worker_threads"
import { Effect } from "effect"
import type { Plan } from "../../compiler/plan/plan"
import type { TaskContext } from "../../runtime/context"
import { TaskFailed } from "../../runtime/errors"
import type { PgOptions } from "../../runtime/postgres/session"
import type { RowChunk } from "../../runtime/rows"
import { readCsv } from "../../runtime/sources/csv"
import { jsonArrayRecords, ndjsonRecords } from "../../runtime/sources/json"
import { openSource, sourceError } from "../../runtime/sources/open-source"
import { recordRows } from "../../runtime/sources/records"
import { xmlRecords } from "../../runtime/sources/xml"
import { numberFlag, prng, type Random } from "./mutate"
import { type Base, READER_KINDS, readerInput } from "./reader-inputs"
import { type Outcome, serveInputs, supervise } from "./watchdog"

/** A hang: several times the slowest input of a clean run, with room for a machine shared with others. */
const TIMEOUT_MS = 5_000
const MAX_RSS_MIB = 1_024
/** Small chunks, so that inputs span several. */
const LIMITS = { chunkBytes: 64 * 1024, chunkRows: 500 }

interface Read {
  readonly kind: string
  readonly base: string
  readonly delivery: string
  readonly bytes: number
  readonly rows: number
  readonly bad: number
  /** The message of a permanent source failure, or null. */
  readonly failed: string | null
  readonly problems: ReadonlyArray<string>
}

/** The input in pieces of random sizes, as a download delivers it: tiny ones only for small inputs. */
const pieces = (bytes: Buffer, random: Random): Readable => {
  const parts: Buffer[] = []
  const small = bytes.length < 256 * 1024
  for (let at = 0; at < bytes.length; ) {
    const size = small && random.chance(0.5) ? 1 + random.int(16) : 1024 + random.int(64 * 1024)
    parts.push(bytes.subarray(at, at + size))
    at += size
  }
  return Readable.from(parts)
}

type Stream = { readonly columns: ReadonlyArray<string>; readonly chunks: AsyncIterable<RowChunk> }

/** What a reader makes of the input; its failures mapped as a load maps them (open-source.ts). */
const readPieces = async (base: Base, input: Readable, declared: ReadonlyArray<string>): Promise<Stream> => {
  if (base.format === "csv" && base.csv !== null) {
    const c = base.csv
    return readCsv(
      input,
      {
        delimiter: c.delimiter,
        quote: c.quote,
        escape: c.escape,
        header: c.header,
        columns: c.columns,
        nullString: c.null_string,
        skipRows: c.skip_rows,
        encoding: c.encoding,
      },
      LIMITS,
    )
  }
  const items =
    base.format === "ndjson"
      ? ndjsonRecords(input)
      : base.format === "json"
        ? jsonArrayRecords(input, base.recordsPath)
        : xmlRecords(input, base.recordPath, base.attributePrefix)
  return recordRows(items, declared, LIMITS)
}

/** A load's own way in: `openSource` on a file source plan. */
const openFile = (
  base: Base,
  file: string,
  declared: ReadonlyArray<string>,
  use: (s: Stream) => Promise<void>,
) =>
  Effect.runPromiseExit(
    Effect.scoped(
      Effect.flatMap(
        openSource({
          plan: { connections: {} } as unknown as Plan,
          source: {
            kind: "file",
            connection: null,
            path: file,
            url: null,
            format: base.format,
            csv: base.csv,
            json: base.format === "json" ? { records_path: base.recordsPath } : null,
            xml:
              base.format === "xml"
                ? { record_path: base.recordPath, attribute_prefix: base.attributePrefix }
                : null,
            incremental: null,
          },
          context: { connections: {} } as unknown as TaskContext,
          interval: null,
          limits: LIMITS,
          pgOptions: {} as PgOptions,
          declaredColumns: declared,
        }),
        (stream) =>
          Effect.tryPromise({
            try: () => use({ columns: stream.columns.map((column) => column.name), chunks: stream.chunks }),
            catch: (error) => error,
          }),
      ),
    ),
  )

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const UNPRINTABLE = /[\u0000-\u001f\u007f]/
/** JavaScript's own errors: a reason or a message that shows one leaked an internal failure. */
const INTERNAL =
  /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|Invalid string length|Array buffer allocation|is not a function|Cannot read propert|undefined is not)\b/

/** Pass the rows on as a target would take them, checking each. */
const drain = async (stream: Stream, problems: string[]) => {
  let rows = 0
  let bad = 0
  const numbers: number[] = []
  for await (const chunk of stream.chunks) {
    rows += chunk.rows
    for (const row of chunk.bad) {
      bad++
      numbers.push(row.row)
      if (row.reason.trim() === "") problems.push(`bad row ${row.row} without a reason`)
      else if (UNPRINTABLE.test(row.reason))
        problems.push(
          `bad row ${row.row}: a reason with a control character: ${JSON.stringify(row.reason).slice(0, 160)}`,
        )
      else if (INTERNAL.test(row.reason))
        problems.push(`bad row ${row.row}: an internal error as its reason: ${row.reason.slice(0, 160)}`)
      if (typeof row.raw !== "string") problems.push(`bad row ${row.row} without its raw text`)
    }
    // one line per row and one value per column: a newline or a tab in a value is written \n or \t
    for (let i = 0, at = 0; i < chunk.rows; i++) {
      const end = chunk.rowEnds[i] as number
      const row = chunk.data.subarray(at, end)
      let values = 1
      for (let tab = row.indexOf(9); tab >= 0; tab = row.indexOf(9, tab + 1)) values++
      numbers.push(chunk.rowNumbers[i] as number)
      if (problems.length < 5) {
        if (row.indexOf(10) !== row.length - 1)
          problems.push(`row ${chunk.rowNumbers[i]}: not one line of COPY text`)
        else if (stream.columns.length > 0 && values !== stream.columns.length)
          problems.push(`row ${chunk.rowNumbers[i]}: ${values} values for ${stream.columns.length} columns`)
      }
      at = end
    }
  }
  numbers.sort((a, b) => a - b)
  if (numbers.some((n, i) => n !== i + 1))
    problems.push(`row numbers are not 1..${numbers.length}, each once`)
  return { rows, bad }
}

/** The failure a load would report, as a problem when it is not a clean permanent source failure. */
const failure = (error: unknown, problems: string[]): string => {
  const mapped = sourceError(error)
  if (!(mapped instanceof TaskFailed) || mapped.reason !== "source" || mapped.message.trim() === "")
    problems.push(`not a source failure with a message: ${String(error).slice(0, 200)}`)
  else if (INTERNAL.test(mapped.message))
    problems.push(`an internal error as the message: ${mapped.message.slice(0, 200)}`)
  else if (mapped.retryable)
    problems.push(
      `an internal error, reported as retryable: ${(error as Error)?.name}: ${mapped.message.slice(0, 200)} ${String(
        (error as Error)?.stack ?? "",
      )
        .split("\n")
        .slice(1, 3)
        .join(" | ")}`,
    )
  return mapped.message
}

/** One input, in the worker. */
const readOne = async (index: number, seed: number): Promise<Read> => {
  const input = readerInput(seed, index)
  const random = prng(input.pieceSeed)
  const declared = random.chance(0.3) ? ["id", "extra_declared"] : []
  const problems: string[] = []
  let rows = 0
  let bad = 0
  let failed: string | null = null
  if (input.delivery === "pieces") {
    try {
      ;({ rows, bad } = await drain(
        await readPieces(input.base, pieces(input.bytes, random), declared),
        problems,
      ))
    } catch (error) {
      failed = failure(error, problems)
    }
  } else {
    const dir = mkdtempSync(join(tmpdir(), "airspec-fuzz-reader-"))
    try {
      const file = join(dir, "input")
      writeFileSync(file, input.bytes)
      const exit = await openFile(input.base, file, declared, async (stream) => {
        ;({ rows, bad } = await drain(stream, problems))
      })
      if (exit._tag === "Failure") {
        const cause = exit.cause
        const error = cause._tag === "Fail" ? cause.error : cause._tag === "Die" ? cause.defect : cause
        if (cause._tag !== "Fail") problems.push(`a defect, not a failure: ${String(error).slice(0, 200)}`)
        failed = failure(error, problems)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return {
    kind: input.kind,
    base: input.base.name,
    delivery: input.delivery,
    bytes: input.bytes.length,
    rows,
    bad,
    failed,
    problems,
  }
}

async function main() {
  const count = numberFlag("count", 12_000)
  const seed = numberFlag("seed", 1)
  const only = process.argv.includes("--only") ? numberFlag("only", 0) : undefined
  if (only !== undefined) {
    const input = readerInput(seed, only)
    const file = join(tmpdir(), `airspec-fuzz-reader-${seed}-${only}.${input.base.format}`)
    writeFileSync(file, input.bytes)
    console.log(
      `#${only}: ${input.kind} of ${input.base.name}, ${input.bytes.length} bytes, ${input.delivery}; written to ${file}`,
    )
    console.log(await readOne(only, seed))
    return
  }
  const started = performance.now()
  console.log(
    `reader fuzzing: ${count} inputs, ${READER_KINDS.length} kinds, seed ${seed} (rerun one: --seed ${seed} --only INDEX)`,
  )
  const violations: string[] = []
  const records: Array<Outcome<Read>> = []
  const run = await supervise<Read>({
    module: import.meta.url,
    data: seed,
    from: 0,
    to: count,
    timeoutMs: TIMEOUT_MS,
    heapMiB: 1_024,
    onOutcome: (outcome) => {
      records.push(outcome)
      if ("failure" in outcome) violations.push(`#${outcome.index}: ${outcome.failure}: ${outcome.message}`)
      else for (const problem of outcome.result.problems) violations.push(`#${outcome.index}: ${problem}`)
      if (outcome.rssMiB > MAX_RSS_MIB)
        violations.push(
          `#${outcome.index}: RSS reached ${outcome.rssMiB.toFixed(0)} MiB, over ${MAX_RSS_MIB} MiB`,
        )
      if ((outcome.index + 1) % 1000 === 0) process.stdout.write(`  ${outcome.index + 1}/${count}\r`)
    },
  })
  printSummary(records, run, (performance.now() - started) / 1000, seed)
  if (violations.length > 0) {
    console.error(`\n${violations.length} violation(s):\n${violations.slice(0, 60).join("\n")}`)
    process.exit(1)
  }
  console.log("\nevery input ended in time with rows, quarantined rows or a permanent source failure")
}

const printSummary = (
  records: ReadonlyArray<Outcome<Read>>,
  run: { peakRssMiB: number; restarts: number },
  seconds: number,
  seed: number,
) => {
  type Row = {
    n: number
    rows: number
    quarantined: number
    failed: number
    bad: number
    slowest: number
    total: number
    rss: number
  }
  const table = (key: (r: Outcome<Read>) => string) => {
    const groups = new Map<string, Row>()
    for (const r of records) {
      const name = key(r)
      const g = groups.get(name) ?? {
        n: 0,
        rows: 0,
        quarantined: 0,
        failed: 0,
        bad: 0,
        slowest: 0,
        total: 0,
        rss: 0,
      }
      groups.set(name, g)
      g.n++
      g.slowest = Math.max(g.slowest, r.ms)
      g.total += r.ms
      g.rss = Math.max(g.rss, r.rssMiB)
      if ("failure" in r || r.result.problems.length > 0) g.bad++
      else if (r.result.failed !== null) g.failed++
      else if (r.result.bad > 0) g.quarantined++
      else g.rows++
    }
    return [...groups.entries()].map(
      ([name, g]) =>
        `| ${name} | ${g.n} | ${g.rows} | ${g.quarantined} | ${g.failed} | ${g.bad} | ${g.slowest.toFixed(0)} | ${(g.total / 1000).toFixed(1)} | ${g.rss.toFixed(0)} |`,
    )
  }
  const header = (what: string) => [
    `| ${what} | inputs | rows only | rows + quarantined | clear error | hangs / crashes / violations | slowest ms | total s | peak RSS MiB |`,
    "|---|---|---|---|---|---|---|---|---|",
  ]
  // a hang or a crash left no result: the input is made again to say what it was
  const kindOf = (r: Outcome<Read>) => ("result" in r ? r.result.kind : readerInput(seed, r.index).kind)
  const baseOf = (r: Outcome<Read>) => ("result" in r ? r.result.base : readerInput(seed, r.index).base.name)
  console.log(
    [
      "",
      ...header("input"),
      ...table(baseOf),
      "",
      ...header("mutation"),
      ...table(kindOf),
      "",
      `slowest: ${[...records]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map(
          (r) =>
            `#${r.index} ${kindOf(r)} of ${baseOf(r)}${"result" in r ? `, ${r.result.bytes} bytes, ${r.result.delivery}` : ""}: ${r.ms.toFixed(0)} ms`,
        )
        .join("; ")}`,
      `${records.length} inputs (${records.filter((r) => "result" in r && r.result.delivery === "file").length} through openSource from a file, the rest in pieces), ${(records.reduce((s, r) => s + ("result" in r ? r.result.bytes : 0), 0) / 2 ** 20).toFixed(0)} MiB in all, ${seconds.toFixed(0)} s, process peak RSS ${run.peakRssMiB.toFixed(0)} MiB, ${run.restarts} worker restart(s), seed ${seed}, node ${process.version}`,
    ].join("\n"),
  )
}

if (!isMainThread) await serveInputs((index, data) => readOne(index, data as number))
else await main()
