/**
 * Compile throughput: how long `airspec compile` takes for N specs.
 *
 * For each N, N synthetic specs are generated from a fixed seed into a fresh temp project, and three
 * things are timed after one small untimed warm-up run:
 *   airspec compile  the bundled CLI in a fresh process, as users run it: start-up, reading, compiling
 *                    (spread over worker threads for large projects) and writing the out dir;
 *   in-process       the same path on one thread of this already warm process;
 *   compile          compileProject alone, on the same sources with an in-memory workspace.
 * Every spec must compile without diagnostics into exactly two files, or the benchmark fails: it must
 * never time an error path by accident.
 *
 * Usage: npm run bench:compile -- [N ...]   (default: 100 1000; builds the CLI first)
 *        npx tsx bench/compile-throughput.ts --generate DIR N   (only write the specs)
 */

import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import { Document, isScalar, visit } from "yaml"
import { findSpecs, outputDrift, readSpecs, writeOutputs } from "../compiler/cli/project-files"
import { compileProject, type ProjectOutcome, type SpecSource } from "../compiler/compile"
import type {
  Check,
  Connection,
  LoadTask,
  Param,
  Source,
  Spec,
  Target,
  Task,
  WriteMode,
} from "../compiler/spec/schema"
import { Workspace } from "../compiler/workspace"

const DEFAULT_COUNTS = [100, 1000]
const WARM_UP_COUNT = 20
const SEED = 0x5eed
const GOAL = { specs: 1000, ms: 3000 }
const CLI = resolve("bin/airspec.mjs")

// ---------------------------------------------------------------------------------------------- random

interface Rng {
  /** An integer in [min, max]. */
  readonly int: (min: number, max: number) => number
  readonly chance: (probability: number) => boolean
  readonly pick: <T>(items: ReadonlyArray<T>) => T
  readonly sample: <T>(items: ReadonlyArray<T>, count: number) => T[]
}

/** mulberry32: small, fast and deterministic; plenty for varying test data. */
const seededRng = (seed: number): Rng => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: ReadonlyArray<T>): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error("pick from an empty list")
    return item
  }
  const sample = <T>(items: ReadonlyArray<T>, count: number): T[] => {
    const pool = [...items]
    const taken: T[] = []
    while (taken.length < count && pool.length > 0) taken.push(...pool.splice(int(0, pool.length - 1), 1))
    return taken
  }
  return { int, chance: (probability) => next() < probability, pick, sample }
}

// ---------------------------------------------------------------------------------------------- specs

const DOMAINS = ["shop", "crm", "billing", "logistics", "support", "marketing", "finance", "inventory"]
const ENTITIES = [
  "orders",
  "customers",
  "invoices",
  "payments",
  "shipments",
  "products",
  "sessions",
  "tickets",
  "refunds",
  "stock_levels",
  "campaigns",
  "subscriptions",
]
const OWNERS = ["data-platform", "analytics", "sales-analytics", "finance-bi", "growth"]
const TAGS = ["warehouse", "datamart", "raw", "hourly", "pii", "finance", "clickhouse", "api", "files"]
const SCHEDULES = ["@daily", "@hourly", "@weekly", "0 2 * * *", "*/15 * * * *", "30 6 * * 1-5", "0 */4 * * *"]
const TIMEZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"]
const DURATIONS = ["90s", "2m", "5m", "10m", "1h30m"]

const PARAMS: Readonly<Record<string, Param>> = {
  full_refresh: {
    type: "boolean",
    default: false,
    title: "Full refresh",
    description: "Reload every row instead of the data interval only.",
  },
  since: { type: "string", format: "date", title: "Reload from" },
  page_size: { type: "integer", default: 500, minimum: 10, maximum: 5000, title: "Page size" },
  regions: {
    type: "array",
    items: { type: "string", enum: ["eu", "us", "apac"] },
    default: ["eu", "us"],
    title: "Regions",
  },
  sample_ratio: { type: "number", default: 1, minimum: 0, maximum: 1 },
  mode: { type: "string", enum: ["incremental", "backfill"], default: "incremental" },
}

/** A table a task writes, which later sql and check tasks read. */
interface Table {
  readonly connection: "dwh" | "olap"
  readonly name: string
  readonly key: readonly [string, ...string[]]
  readonly timeColumn: string
  readonly producer: string
}

const CONNECTIONS: Readonly<Record<string, (domain: string, rng: Rng) => Connection>> = {
  src: (domain) => ({ kind: "postgres", conn_id: `${domain}_pg` }),
  api: (domain, rng) => ({ kind: "http", conn_id: `${domain}_api`, auth: rng.pick(["bearer", "basic"]) }),
  feeds: (domain) => ({ kind: "file", conn_id: `${domain}_feeds_dir` }),
  dwh: () => ({ kind: "postgres", conn_id: "dwh_pg" }),
  olap: () => ({ kind: "clickhouse", conn_id: "clickhouse_default" }),
  bus: () => ({ kind: "kafka", conn_id: "kafka_default" }),
}

const loadSource = (rng: Rng, entity: string, used: Set<string>): Source => {
  const incremental = rng.chance(0.7) ? { cursor: "updated_at" } : undefined
  switch (rng.pick(["postgres", "file", "http"] as const)) {
    case "postgres":
      used.add("src")
      return {
        kind: "postgres",
        connection: "src",
        ...(rng.chance(0.5)
          ? { table: `public.${entity}` }
          : {
              query: `select id, status, amount, created_at, updated_at\nfrom public.${entity}\nwhere not deleted\n`,
            }),
        ...(incremental && { incremental }),
      }
    case "file": {
      used.add("feeds")
      const format = rng.pick(["csv", "json", "ndjson", "xml"] as const)
      return {
        kind: "file",
        connection: "feeds",
        path: `${entity}/${entity}.${format}`,
        format,
        ...(format === "csv" &&
          rng.chance(0.6) && { csv: { delimiter: ";", header: true, null_string: "NULL" } }),
        ...(format === "json" && { json: { records_path: `data.${entity}` } }),
        ...(format === "xml" && { xml: { record_path: `${entity}.item` } }),
        ...(incremental && { incremental }),
      }
    }
    case "http": {
      used.add("api")
      const pagination = rng.chance(0.2)
        ? undefined
        : rng.pick([
            { type: "page", size: 200 },
            { type: "offset", limit: 500 },
            { type: "cursor", cursor_param: "after", cursor_path: "paging.next" },
            { type: "next_link", next_path: "links.next" },
          ] as const)
      return {
        kind: "http",
        connection: "api",
        path: `/v2/${entity}`,
        ...(rng.chance(0.5) && { query: { sort: "updated_at", include_deleted: false } }),
        records_path: "data",
        ...(pagination && { pagination }),
        ...(incremental && { incremental: { ...incremental, start_param: "since", end_param: "until" } }),
        ...(rng.chance(0.3) && { timeout: "2m" }),
      }
    }
  }
}

const WRITES_INCREMENTAL: ReadonlyArray<WriteMode> = ["append", "merge", "window"]
const WRITES_FULL: ReadonlyArray<WriteMode> = ["append", "merge"]

const loadTask = (
  rng: Rng,
  id: string,
  entity: string,
  used: Set<string>,
): { task: LoadTask; tables: Table[] } => {
  const source = loadSource(rng, entity, used)
  const connections = rng.chance(0.2) ? (["dwh", "olap"] as const) : [rng.pick(["dwh", "olap"] as const)]
  const targets = connections.map((connection): Target => {
    used.add(connection)
    const write = rng.pick(source.incremental ? WRITES_INCREMENTAL : WRITES_FULL)
    const clickhouse = connection === "olap"
    return {
      connection,
      table: clickhouse ? `analytics.${entity}` : `raw.${entity}`,
      write,
      ...(write === "merge" && { primary_key: ["id"] }),
      ...(clickhouse && { order_by: ["id", "updated_at"] }),
      ...(clickhouse && rng.chance(0.5) && { partition_by: "toYYYYMM(created_at)" }),
      ...(rng.chance(0.4) && { columns: { amount: clickhouse ? "Decimal(18, 4)" : "numeric(12,2)" } }),
    }
  })
  const [first, ...rest] = targets
  if (first === undefined) throw new Error("a load task needs a target")
  const task: LoadTask = {
    description: `Load ${entity.replace("_", " ")} into the warehouse.`,
    source,
    targets: [first, ...rest],
    ...(rng.chance(0.3) && { batch: { rows: rng.pick([10_000, 50_000, 100_000]), bytes: "16MiB" } }),
    ...(rng.chance(0.2) && { bad_rows: { max_ratio: 0.001 } }),
    ...(rng.chance(0.2) && { retries: rng.int(0, 5) }),
  }
  const tables = targets.map(
    (target): Table => ({
      connection: target.connection === "olap" ? "olap" : "dwh",
      name: target.table,
      key: ["id"],
      timeColumn: "updated_at",
      producer: id,
    }),
  )
  return { task, tables }
}

const sqlTask = (rng: Rng, id: string, from: Table): { task: Task; table: Table } => {
  const name = `mart.${from.name.split(".").pop() ?? "t"}_daily`
  const day = from.connection === "olap" ? "toDate(created_at)" : "date_trunc('day', created_at)"
  const query = [
    `insert into ${name} (day, status, orders, amount)`,
    `select ${day} as day, status, count(*) as orders, sum(amount) as amount`,
    `from ${from.name}`,
    `where created_at >= now() - interval '${rng.int(2, 30)} days'`,
    "group by 1, 2",
    "",
  ].join("\n")
  return {
    task: { description: `Daily rollup of ${from.name}.`, sql: { connection: from.connection, query } },
    table: { connection: from.connection, name, key: ["day", "status"], timeColumn: "day", producer: id },
  }
}

const checkTask = (rng: Rng, on: Table): Task => {
  const at = { connection: on.connection, table: on.name }
  const all: ReadonlyArray<Check> = [
    { row_count: { ...at, min: 1 } },
    { not_null: { ...at, columns: on.key } },
    { unique: { ...at, columns: on.key } },
    { freshness: { ...at, column: on.timeColumn, max_age: rng.pick(["1d", "2d", "6h"]) } },
  ]
  const [first, ...rest] = rng.sample(all, rng.int(1, all.length))
  if (first === undefined) throw new Error("a check task needs a check")
  return { checks: [first, ...rest] }
}

/** One spec; `index` makes the pipeline id unique. */
const generateSpec = (rng: Rng, index: number): Spec => {
  const domain = rng.pick(DOMAINS)
  const pipeline = `${domain}_${String(index).padStart(5, "0")}`
  const used = new Set<string>()
  const tasks: Record<string, Task> = {}
  const tables: Table[] = []
  const taskCount = rng.int(3, 12)
  for (let i = 0; i < taskCount; i++) {
    const previous = Object.keys(tasks).at(-1)
    const kind = i === 0 ? "load" : rng.pick(["load", "load", "sql", "check"] as const)
    if (kind === "load") {
      const entity = rng.pick(ENTITIES)
      const id = `load_${entity}_${i}`
      const { task, tables: written } = loadTask(rng, id, entity, used)
      const chained = previous !== undefined && rng.chance(0.3)
      tasks[id] = chained ? { ...task, depends_on: [previous] } : task
      tables.push(...written)
    } else {
      const on = rng.pick(tables)
      const id = `${kind === "sql" ? "rollup" : "check"}_${on.name.replace(".", "_")}_${i}`
      const dependsOn = [...new Set([on.producer, ...(previous && rng.chance(0.3) ? [previous] : [])])]
      if (kind === "sql") {
        const { task, table } = sqlTask(rng, id, on)
        tasks[id] = { ...task, depends_on: dependsOn }
        tables.push(table)
      } else {
        tasks[id] = { ...checkTask(rng, on), depends_on: dependsOn }
      }
      used.add(on.connection)
    }
  }
  const metrics = rng.chance(0.25)
  if (metrics) used.add("bus")
  const params = rng.sample(Object.entries(PARAMS), rng.int(0, 3))
  const tags = [
    domain,
    ...rng.sample(
      TAGS.filter((tag) => tag !== domain),
      rng.int(0, 2),
    ),
  ]
  return {
    pipeline,
    description: `Synthetic ${domain} pipeline #${index} for the compile benchmark.\n\nLoads, rollups and checks.\n`,
    owner: rng.pick(OWNERS),
    tags,
    schedule: rng.pick(SCHEDULES),
    ...(rng.chance(0.4) && { timezone: rng.pick(TIMEZONES) }),
    start_date: rng.chance(0.8)
      ? `2025-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`
      : "2025-06-01T00:00:00Z",
    catchup: rng.chance(0.3),
    ...(rng.chance(0.5) && { max_active_runs: rng.int(1, 3) }),
    defaults: {
      retries: rng.int(0, 4),
      retry_delay: rng.pick(DURATIONS),
      ...(rng.chance(0.3) && { retry_exponential_backoff: true }),
      ...(rng.chance(0.3) && { execution_timeout: "1h" }),
      ...(rng.chance(0.2) && { pool: `${domain}_pool` }),
    },
    ...(params.length > 0 && { params: Object.fromEntries(params) }),
    connections: Object.fromEntries(
      Object.entries(CONNECTIONS)
        .filter(([name]) => used.has(name))
        .map(([name, make]) => [name, make(domain, rng)]),
    ),
    ...(metrics && { metrics: { connection: "bus", topic: "airspec.metrics" } }),
    tasks,
  }
}

/** Block style, but lists of scalars in flow style (`primary_key: [id]`), as people write specs. */
const toYaml = (spec: Spec): string => {
  const document = new Document(spec)
  visit(document, {
    Seq: (_, seq) => {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true
    },
  })
  return document.toString({ lineWidth: 110, flowCollectionPadding: false })
}

/** Writes `count` specs under `specsDir`, grouped into one directory per owner like a real project. */
const writeSpecs = (specsDir: string, count: number) => {
  const rng = seededRng(SEED)
  for (let index = 0; index < count; index++) {
    const spec = generateSpec(rng, index)
    const dir = join(specsDir, spec.owner)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${spec.pipeline}.yaml`), toYaml(spec))
  }
}

// ---------------------------------------------------------------------------------------------- timing

/** The compile command's path, from finding spec files to writing the out dir. */
const cliCompile = (specsDir: string, outDir: string) =>
  Effect.gen(function* () {
    const sources = yield* readSpecs(yield* findSpecs([specsDir]))
    const outcome = yield* compileProject(sources).pipe(Effect.provide(Workspace.disk))
    const drift = yield* outputDrift(outDir, outcome)
    yield* writeOutputs(outDir, drift)
    return { sources, outcome, written: drift.missing.length + drift.stale.length }
  }).pipe(Effect.provide(NodeContext.layer))

const compileOnly = (sources: ReadonlyArray<SpecSource>) =>
  compileProject(sources).pipe(Effect.provide(Workspace.memory({})))

const timed = async <A>(run: () => Promise<A>): Promise<{ value: A; ms: number }> => {
  const start = performance.now()
  const value = await run()
  return { value, ms: performance.now() - start }
}

const verify = (what: string, count: number, outcome: ProjectOutcome) => {
  const [first] = outcome.diagnostics
  if (first !== undefined) {
    throw new Error(
      `${what}: ${outcome.diagnostics.length} diagnostic(s), first: ${first.file}:${first.line}:${first.col} ${first.code}: ${first.message}`,
    )
  }
  if (outcome.specs.length !== count)
    throw new Error(`${what}: ${outcome.specs.length} of ${count} specs found`)
  if (outcome.files.length !== 2 * count)
    throw new Error(`${what}: ${outcome.files.length} output files, expected ${2 * count}`)
}

interface Row {
  readonly count: number
  readonly cliMs: number
  readonly totalMs: number
  readonly compileMs: number
  readonly diskMs: number
  readonly peakRssMiB: number
}

/** Times the CLI path and checks its result; returns the sources only, so the outcome can be collected. */
const measureTotal = async (count: number) => {
  const { value, ms } = await timed(() => Effect.runPromise(cliCompile("specs", "out")))
  verify(`N=${count} total`, count, value.outcome)
  const onDisk = readdirSync("out").length
  if (value.written !== 2 * count || onDisk !== 2 * count)
    throw new Error(`N=${count}: wrote ${value.written} files, ${onDisk} on disk, expected ${2 * count}`)
  return { ms, sources: value.sources }
}

/**
 * `airspec compile` as users run it: a fresh process of the bundled binary, Node start-up included, which
 * spreads a large project over worker threads.
 */
const measureCli = (count: number) => {
  const start = performance.now()
  const result = spawnSync("node", [CLI, "compile", "specs", "--out", "cli-out"], { encoding: "utf8" })
  const ms = performance.now() - start
  if (result.status !== 0)
    throw new Error(`N=${count}: airspec compile exited ${result.status}: ${result.stdout}${result.stderr}`)
  const onDisk = readdirSync("cli-out").length
  if (onDisk !== 2 * count)
    throw new Error(`N=${count}: airspec compile left ${onDisk} files, expected ${2 * count}`)
  return ms
}

/**
 * The disk's share, measured in the same run: writing the same 2N output files with plain synchronous
 * writes and nothing else. On small VMs creating thousands of files is a large part of a first compile.
 */
const measureDisk = () => {
  const files = readdirSync("cli-out").map((name) => [name, readFileSync(join("cli-out", name))] as const)
  mkdirSync("disk-out")
  const start = performance.now()
  for (const [name, bytes] of files) writeFileSync(join("disk-out", name), bytes)
  return performance.now() - start
}

/** One measurement in a fresh temp project; the working directory is the project root, as for the CLI. */
const measure = async (count: number): Promise<Row> => {
  const root = mkdtempSync(join(tmpdir(), "airspec-bench-"))
  const cwd = process.cwd()
  try {
    writeSpecs(join(root, "specs"), count)
    process.chdir(root)
    const cliMs = measureCli(count)
    const diskMs = measureDisk()
    const total = await measureTotal(count)
    const compile = await timed(() => Effect.runPromise(compileOnly(total.sources)))
    verify(`N=${count} compile-only`, count, compile.value)
    return {
      count,
      cliMs,
      diskMs,
      totalMs: total.ms,
      compileMs: compile.ms,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    }
  } finally {
    process.chdir(cwd)
    rmSync(root, { recursive: true, force: true })
  }
}

const parseCounts = (args: ReadonlyArray<string>): number[] =>
  args.length === 0
    ? DEFAULT_COUNTS
    : args.map((arg) => {
        if (!/^[1-9]\d*$/.test(arg)) throw new Error(`expected spec counts such as 100 1000, got "${arg}"`)
        return Number(arg)
      })

const printTable = (rows: ReadonlyArray<Row>) => {
  const header = [
    "N",
    "airspec compile ms",
    "of which disk ms",
    "in-process ms",
    "compile ms",
    "specs/s",
    "ms/spec",
    "peak RSS MiB",
  ]
  const cells = rows.map((row) => [
    String(row.count),
    row.cliMs.toFixed(0),
    row.diskMs.toFixed(0),
    row.totalMs.toFixed(0),
    row.compileMs.toFixed(0),
    ((row.count / row.cliMs) * 1000).toFixed(0),
    (row.cliMs / row.count).toFixed(2),
    row.peakRssMiB.toFixed(0),
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)),
  )
  const format = (line: ReadonlyArray<string>) =>
    line.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ")
  console.log(format(header))
  for (const line of cells) console.log(format(line))
  console.log(
    [
      "airspec compile: the bundled CLI in a fresh process (start-up and worker threads included);",
      "of which disk: writing the same output files with plain writeFileSync (the disk's limit);",
      "in-process: the same path on one thread of this warm process; compile: compileProject alone;",
      "specs/s and ms/spec are for airspec compile; peak RSS is this process's maximum so far",
    ].join("\n"),
  )
}

const main = async () => {
  const args = process.argv.slice(2)
  if (args[0] === "--generate") {
    // `--generate DIR N`: only write the specs, e.g. to profile `airspec compile` on them
    writeSpecs(args[1] ?? "bench-specs", parseCounts(args.slice(2))[0] ?? 1000)
    return
  }
  const counts = parseCounts(args)
  await measure(WARM_UP_COUNT)
  const rows: Row[] = []
  for (const count of counts) rows.push(await measure(count))
  printTable(rows)
  const goal = rows.find((row) => row.count === GOAL.specs)
  const verdict =
    goal === undefined
      ? `not measured (include N=${GOAL.specs})`
      : `${goal.cliMs < GOAL.ms ? "met" : "NOT met"} (${goal.cliMs.toFixed(0)} ms)`
  console.log(`goal: ${GOAL.specs} specs in under ${GOAL.ms / 1000} s in one process: ${verdict}`)
}

await main()
