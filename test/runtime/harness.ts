/**
 * Helpers for runtime tests: a database per test file, specs compiled to plans, and the bundled runtime
 * run as a real process with its context in the environment, as the operator runs it (runtime-process.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { inject } from "vitest"
import { query, type RunOptions, type RunResult, runRuntime as runProcess } from "./runtime-process"

export { query, RUNTIME, type RunResult, writePlan } from "./runtime-process"

const adminUrl = () => inject("pgUrl")

/** A new, empty database; its URI. */
export const freshDatabase = async (prefix: string): Promise<string> => {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  await query(adminUrl(), `CREATE DATABASE ${name}`)
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  return url.toString()
}

/** A scratch project directory with the given files. */
export const project = (files: Record<string, string | Buffer>): string => {
  const dir = mkdtempSync(join(tmpdir(), "airspec-rt-"))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

let runs = 0

/** A run of the runtime; every run gets its own `dag_run_id`, as in Airflow (a retry repeats the id: pass it in `env`). */
export const runRuntime = (options: RunOptions): Promise<RunResult> =>
  runProcess({ ...options, env: { AIRSPEC_DAG_RUN_ID: `manual__test_${++runs}`, ...options.env } })

/** The environment of a run over one data interval. */
export const intervalEnv = (start: string, end: string): Record<string, string> => ({
  AIRSPEC_DATA_INTERVAL_START: start,
  AIRSPEC_DATA_INTERVAL_END: end,
})
