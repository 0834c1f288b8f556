/**
 * What the load benchmarks share: services, the generated orders file (the brief's shape), compiling a
 * spec to a plan, running the bundled runtime under GNU time for its peak RSS, best-of-N timing.
 * Generated files are cached under .cache/bench.
 */
import { execFileSync, spawn } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { Effect } from "effect"
import { compileSpec } from "../compiler/compile"
import { Workspace } from "../compiler/workspace"

export const ROOT = resolve(import.meta.dirname, "..")
export const CACHE = join(ROOT, ".cache", "bench")
export const RUNTIME = join(ROOT, "bin", "airspec-runtime.mjs")
export const RUNS = 3
mkdirSync(CACHE, { recursive: true })

export const pgUrl = execFileSync("bash", [join(ROOT, "scripts/services/postgres.sh"), "start"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop() as string
export const dbUrl = (name: string) => pgUrl.replace(/\/[^/]*$/, `/${name}`)
export const psql = (url: string, ...args: string[]) =>
  execFileSync("psql", [url, "-X", "-q", "-v", "ON_ERROR_STOP=1", ...args], { encoding: "utf8" })

export const TABLE = `(id bigint, qty integer, amount numeric(12,2), name text, created_at timestamptz, note text)`

/** The brief's shape: bigint, int, numeric, text, timestamptz, quoted text with doubled quotes and commas. */
export const generate = async (rows: number): Promise<string> => {
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

export const fresh = (name: string) => {
  psql(pgUrl, "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, "-c", `CREATE DATABASE ${name}`)
  return dbUrl(name)
}

/** Compiles a spec in memory and writes its plan under `dir`; returns the plan's path. */
export const writePlan = (dir: string, spec: string): string => {
  const outcome = Effect.runSync(
    compileSpec({ path: "bench.yaml", text: spec }).pipe(Effect.provide(Workspace.memory({}))),
  )
  if (outcome.plan === undefined) throw new Error(JSON.stringify(outcome.diagnostics))
  const file = join(dir, "bench.plan.json")
  writeFileSync(file, JSON.stringify(outcome.plan))
  return file
}

export interface RuntimeRun {
  readonly seconds: number
  readonly firstBatchSeconds: number
  readonly rssMiB: number
  readonly rows: number
}

export const runRuntime = (planFile: string, cwd: string, env: Record<string, string>): Promise<RuntimeRun> =>
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

export const timed = (work: () => void): number => {
  const started = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - started) / 1e9
}

export const best = async <A>(runs: number, measure: () => Promise<A>, key: (a: A) => number): Promise<A> => {
  let winner: A | undefined
  for (let i = 0; i < runs; i++) {
    const result = await measure()
    if (winner === undefined || key(result) < key(winner)) winner = result
  }
  return winner as A
}

export const rate = (rows: number, seconds: number) =>
  `${Math.round(rows / seconds).toLocaleString("en")} rows/s`
export const lines: string[] = []
export const report = (line: string) => {
  lines.push(line)
  console.log(line)
}
