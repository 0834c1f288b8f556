/**
 * Helpers for runtime tests: a database per test file, specs compiled to plans, and the bundled runtime
 * run as a real process with its context in the environment, as the operator runs it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { Effect } from "effect"
import pg from "pg"
import { inject } from "vitest"
import { compileSpec } from "../../compiler/compile"
import { Workspace } from "../../compiler/workspace"

export const RUNTIME = resolve("bin/airspec-runtime.mjs")

const adminUrl = () => inject("pgUrl")

/** A new, empty database; its URI. */
export const freshDatabase = async (prefix: string): Promise<string> => {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  await query(adminUrl(), `CREATE DATABASE ${name}`)
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export const query = async <R extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query(sql, params)
    return (Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows) as R[]
  } finally {
    await client.end()
  }
}

/** A scratch project directory with the given files. */
export const project = (files: Record<string, string | Buffer>): string => {
  const dir = mkdtempSync(join(tmpdir(), "airspec-rt-"))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

/** Compiles a spec in memory and writes its plan next to it; returns the plan's path. */
export const writePlan = (dir: string, spec: string, files: Record<string, string> = {}): string => {
  const outcome = Effect.runSync(
    compileSpec({ path: "specs/test.yaml", text: spec }).pipe(Effect.provide(Workspace.memory(files))),
  )
  if (outcome.plan === undefined) {
    throw new Error(
      `spec does not compile: ${outcome.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join("; ")}`,
    )
  }
  const path = join(dir, "test.plan.json")
  writeFileSync(path, JSON.stringify(outcome.plan))
  return path
}

export interface RunResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly log: string
  readonly summary: Record<string, unknown> | null
}

export interface RunOptions {
  readonly plan: string
  readonly task: string
  readonly cwd: string
  readonly env: Record<string, string>
  /** Called with the child as soon as it starts, and with every log line. */
  readonly onLine?: (line: string, child: ChildProcess) => void
}

let runs = 0

export const runRuntime = (options: RunOptions): Promise<RunResult> =>
  new Promise((resolvePromise, reject) => {
    const summaryFile = join(options.cwd, `summary-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
    const child = spawn(process.execPath, [RUNTIME, "--plan", options.plan, "--task", options.task], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH ?? "",
        // every run its own id, as in Airflow (a retry repeats the id: pass it explicitly)
        AIRSPEC_DAG_RUN_ID: `manual__test_${++runs}`,
        AIRSPEC_SUMMARY_FILE: summaryFile,
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let log = ""
    let partial = ""
    const onData = (data: Buffer) => {
      log += data.toString()
      partial += data.toString()
      const lines = partial.split("\n")
      partial = lines.pop() ?? ""
      for (const line of lines) options.onLine?.(line, child)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      let summary: Record<string, unknown> | null = null
      try {
        summary = JSON.parse(readFileSync(summaryFile, "utf8"))
      } catch {}
      resolvePromise({ code, signal, log, summary })
    })
  })

/** The environment of a run over one data interval. */
export const intervalEnv = (start: string, end: string): Record<string, string> => ({
  AIRSPEC_DATA_INTERVAL_START: start,
  AIRSPEC_DATA_INTERVAL_END: end,
})
