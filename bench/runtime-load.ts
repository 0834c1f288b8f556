/**
 * Runtime load throughput against the physical limit, measured in the same run on the same data:
 *
 *   CSV → Postgres       airspec runtime (append)    vs  psql \copy FROM the same file
 *   Postgres → Postgres  airspec runtime (table)     vs  psql \copy TO STDOUT | psql \copy FROM STDIN
 *   cold start           process start → first batch committed to COPY, for a one-row file
 *
 *   npm run bench:load -- [rows ...]        default: 1000000 5000000
 *
 * Every figure is the best of three runs (the machine is shared and noisy). Peak RSS is the runtime
 * process's, as the kernel reports it (GNU time). Generated files are cached under .cache/bench.
 */
import { execFileSync, spawn } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { Effect } from "effect"
import { compileSpec } from "../compiler/compile"
import { Workspace } from "../compiler/workspace"

const ROOT = resolve(import.meta.dirname, "..")
const CACHE = join(ROOT, ".cache", "bench")
const RUNTIME = join(ROOT, "bin", "airspec-runtime.mjs")
const RUNS = 3
mkdirSync(CACHE, { recursive: true })

const pgUrl = execFileSync("bash", [join(ROOT, "scripts/services/postgres.sh"), "start"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop() as string
const dbUrl = (name: string) => pgUrl.replace(/\/[^/]*$/, `/${name}`)
const psql = (url: string, ...args: string[]) =>
  execFileSync("psql", [url, "-X", "-q", "-v", "ON_ERROR_STOP=1", ...args], { encoding: "utf8" })

const TABLE = `(id bigint, qty integer, amount numeric(12,2), name text, created_at timestamptz, note text)`

/** The brief's shape: bigint, int, numeric, text, timestamptz, quoted text with doubled quotes and commas. */
const generate = async (rows: number): Promise<string> => {
  const file = join(CACHE, `orders-${rows}.csv`)
  if (existsSync(file)) return file
  const out = createWriteStream(`${file}.part`)
  out.write("id,qty,amount,name,created_at,note\n")
  let buffer = ""
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0")
    const minute = String(i % 60).padStart(2, "0")
    buffer += `${1_000_000_000 + i},${i % 1000},${((i * 7919) % 1_000_000) / 100},name_${i % 5000},2025-01-${day} 10:${minute}:00+00,"note ""${i}"", with comma"\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((ok) => out.once("drain", () => ok()))
      buffer = ""
    }
  }
  await new Promise<void>((ok) => out.end(buffer, ok))
  execFileSync("mv", [`${file}.part`, file])
  return file
}

const fresh = (name: string) => {
  psql(pgUrl, "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, "-c", `CREATE DATABASE ${name}`)
  return dbUrl(name)
}

const plan = (dir: string, source: string): string => {
  const spec = `pipeline: bench
owner: bench
schedule: null
start_date: 2025-01-01
connections:
  src: { kind: postgres, conn_id: src }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  load:
    source: ${source}
    targets: [{ connection: dwh, table: public.orders, write: append }]
`
  const outcome = Effect.runSync(
    compileSpec({ path: "bench.yaml", text: spec }).pipe(Effect.provide(Workspace.memory({}))),
  )
  if (outcome.plan === undefined) throw new Error(JSON.stringify(outcome.diagnostics))
  const file = join(dir, "bench.plan.json")
  writeFileSync(file, JSON.stringify(outcome.plan))
  return file
}

interface RuntimeRun {
  readonly seconds: number
  readonly firstBatchSeconds: number
  readonly rssMiB: number
  readonly rows: number
}

const runRuntime = (planFile: string, cwd: string, env: Record<string, string>): Promise<RuntimeRun> =>
  new Promise((ok, fail) => {
    const started = process.hrtime.bigint()
    let firstBatch = 0
    let log = ""
    // GNU time reports the process's peak RSS from the kernel, on the last line of stderr
    const child = spawn(
      "/usr/bin/time",
      ["-f", "peak-rss-kb %M", process.execPath, RUNTIME, "--plan", planFile, "--task", "load"],
      {
        cwd,
        env: { PATH: process.env.PATH ?? "", AIRSPEC_DAG_RUN_ID: `bench_${Date.now()}`, ...env },
        stdio: ["ignore", "ignore", "pipe"],
      },
    )
    child.stderr.on("data", (data: Buffer) => {
      if (firstBatch === 0 && data.toString().includes("INFO batch 1:")) {
        firstBatch = Number(process.hrtime.bigint() - started) / 1e9
      }
      log += data.toString()
    })
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const summary = /INFO summary (.*)/.exec(log)
      if (code !== 0 || summary === null)
        return fail(new Error(`runtime exited ${code}: ${log.slice(-2000)}`))
      const parsed = JSON.parse(summary[1] as string) as { rows_written: number }
      const rssKb = Number(/peak-rss-kb (\d+)/.exec(log)?.[1] ?? Number.NaN)
      ok({
        seconds,
        firstBatchSeconds: firstBatch,
        rssMiB: Math.round(rssKb / 1024),
        rows: parsed.rows_written,
      })
    })
  })

const timed = (work: () => void): number => {
  const started = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - started) / 1e9
}

const best = async <A>(runs: number, measure: () => Promise<A>, key: (a: A) => number): Promise<A> => {
  let winner: A | undefined
  for (let i = 0; i < runs; i++) {
    const result = await measure()
    if (winner === undefined || key(result) < key(winner)) winner = result
  }
  return winner as A
}

const rate = (rows: number, seconds: number) => `${Math.round(rows / seconds).toLocaleString("en")} rows/s`
const lines: string[] = []
const report = (line: string) => {
  lines.push(line)
  console.log(line)
}

const csvToPostgres = async (rows: number) => {
  const file = await generate(rows)
  const url = fresh("bench_csv")
  psql(url, "-c", `CREATE TABLE orders ${TABLE}`, "-c", `CREATE TABLE orders_psql ${TABLE}`)
  const copySeconds = await best(
    RUNS,
    async () => {
      psql(url, "-c", "TRUNCATE orders_psql")
      return timed(() => psql(url, "-c", `\\copy orders_psql FROM '${file}' WITH (FORMAT csv, HEADER true)`))
    },
    (s) => s,
  )
  const planFile = plan(CACHE, `{ kind: file, path: ${file}, format: csv }`)
  const airspec = await best(
    RUNS,
    async () => {
      psql(url, "-c", "TRUNCATE orders", "-c", "DROP SCHEMA IF EXISTS airspec CASCADE")
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_DWH: url, AIRSPEC_CONN_SRC: url })
    },
    (r) => r.seconds,
  )
  const same = psql(
    url,
    "-At",
    "-c",
    "SELECT count(*) FROM (SELECT * FROM orders EXCEPT SELECT * FROM orders_psql) d",
  ).trim()
  report(
    `CSV → Postgres, ${rows.toLocaleString("en")} rows: psql \\copy ${copySeconds.toFixed(2)} s (${rate(rows, copySeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(copySeconds / airspec.seconds).toFixed(2)}; rows differing from psql's load: ${same}`,
  )
}

const postgresToPostgres = async (rows: number) => {
  const file = await generate(rows)
  const src = fresh("bench_src")
  const dst = fresh("bench_dst")
  psql(
    src,
    "-c",
    `CREATE TABLE orders ${TABLE}`,
    "-c",
    `\\copy orders FROM '${file}' WITH (FORMAT csv, HEADER true)`,
  )
  psql(dst, "-c", `CREATE TABLE orders ${TABLE}`, "-c", `CREATE TABLE orders_psql ${TABLE}`)
  const pipeSeconds = await best(
    RUNS,
    async () => {
      psql(dst, "-c", "TRUNCATE orders_psql")
      return timed(() =>
        execFileSync(
          "bash",
          [
            "-c",
            `set -o pipefail; psql "$1" -X -q -c '\\copy orders TO STDOUT' | psql "$2" -X -q -v ON_ERROR_STOP=1 -c '\\copy orders_psql FROM STDIN'`,
            "copy",
            src,
            dst,
          ],
          { stdio: "ignore" },
        ),
      )
    },
    (s) => s,
  )
  const planFile = plan(CACHE, "{ kind: postgres, connection: src, table: public.orders }")
  const airspec = await best(
    RUNS,
    async () => {
      psql(dst, "-c", "TRUNCATE orders", "-c", "DROP SCHEMA IF EXISTS airspec CASCADE")
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_DWH: dst, AIRSPEC_CONN_SRC: src })
    },
    (r) => r.seconds,
  )
  report(
    `Postgres → Postgres, ${rows.toLocaleString("en")} rows: psql \\copy | \\copy ${pipeSeconds.toFixed(2)} s (${rate(rows, pipeSeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(pipeSeconds / airspec.seconds).toFixed(2)}`,
  )
}

const coldStart = async () => {
  const dir = join(CACHE, "cold")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "one.csv"), "id\n1\n")
  const url = fresh("bench_cold")
  const planFile = plan(dir, "{ kind: file, path: one.csv, format: csv }")
  const run = await best(
    5,
    () => runRuntime(planFile, dir, { AIRSPEC_CONN_DWH: url, AIRSPEC_CONN_SRC: url }),
    (r) => r.firstBatchSeconds,
  )
  const node = await best(
    5,
    async () => timed(() => execFileSync(process.execPath, ["-e", "0"])),
    (s) => s,
  )
  report(
    `cold start: process start → first batch in the target ${Math.round(run.firstBatchSeconds * 1000)} ms ` +
      `(whole one-row run ${Math.round(run.seconds * 1000)} ms; bare \`node -e 0\` ${Math.round(node * 1000)} ms)`,
  )
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) {
  await csvToPostgres(rows)
  await postgresToPostgres(rows)
}
await coldStart()
for (const name of ["bench_csv", "bench_src", "bench_dst", "bench_cold"]) {
  psql(pgUrl, "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}
