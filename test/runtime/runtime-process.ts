/**
 * The real runtime process as the operator runs it — `bin/airspec-runtime.mjs --plan … --task …` with the
 * run's context in the environment — and the plumbing around it: plans compiled in memory, PostgreSQL
 * queries. Free of vitest, so that the runtime tests (harness.ts) and the fault-injection suite
 * (bench/faults) share it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import pg from "pg"
import { compileSpec } from "../../compiler/compile"
import { Workspace } from "../../compiler/workspace"

export const RUNTIME = fileURLToPath(new URL("../../bin/airspec-runtime.mjs", import.meta.url))

/** Runs `sql` (several statements allowed) on a connection of its own; the last statement's rows. */
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

/**
 * Compiles a spec in memory (SQL files from `files`) and writes its plan into `dir` as `<name>.plan.json`;
 * returns the plan's path.
 */
export const writePlan = (
  dir: string,
  spec: string,
  files: Record<string, string> = {},
  name = "test",
): string => {
  const outcome = Effect.runSync(
    compileSpec({ path: `specs/${name}.yaml`, text: spec }).pipe(Effect.provide(Workspace.memory(files))),
  )
  if (outcome.plan === undefined) {
    throw new Error(
      `spec does not compile: ${outcome.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join("; ")}\n${spec}`,
    )
  }
  const path = join(dir, `${name}.plan.json`)
  writeFileSync(path, JSON.stringify(outcome.plan))
  return path
}

export interface RunResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly log: string
  readonly summary: Record<string, unknown> | null
  /** The watchdog ended the run. */
  readonly hung: boolean
  readonly ms: number
}

export interface RunOptions {
  readonly plan: string
  readonly task: string
  readonly cwd: string
  readonly env: Record<string, string>
  /** Called once the child started, and with every log line. */
  readonly onStart?: (child: ChildProcess) => void
  readonly onLine?: (line: string, child: ChildProcess) => void
  /** A run still going after this long is killed and counts as hung; no limit when absent. */
  readonly timeoutMs?: number
}

/** One run of the runtime; resolves when the process has exited, with its log and summary. */
export const runRuntime = (options: RunOptions): Promise<RunResult> =>
  new Promise((resolvePromise, reject) => {
    const summaryFile = join(options.cwd, `summary-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
    const started = Date.now()
    const child = spawn(process.execPath, [RUNTIME, "--plan", options.plan, "--task", options.task], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", AIRSPEC_SUMMARY_FILE: summaryFile, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let hung = false
    const watchdog =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            hung = true
            child.kill("SIGKILL")
          }, options.timeoutMs)
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
    options.onStart?.(child)
    child.on("close", (code, signal) => {
      clearTimeout(watchdog)
      let summary: Record<string, unknown> | null = null
      try {
        summary = JSON.parse(readFileSync(summaryFile, "utf8"))
      } catch {}
      resolvePromise({ code, signal, log, summary, hung, ms: Date.now() - started })
    })
  })
