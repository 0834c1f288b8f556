/**
 * The real runtime process, run as the operator runs it (see test/runtime/harness.ts): a spec compiled to
 * a plan, `bin/airspec-runtime.mjs --plan … --task …`, the run's context in the environment. A watchdog
 * ends a run that hangs, which counts as a failure of the trial.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import { compileSpec } from "../../compiler/compile"
import { Workspace } from "../../compiler/workspace"
import { ROOT } from "./services"

export const RUNTIME = join(ROOT, "bin", "airspec-runtime.mjs")

/** Compiles a spec in memory and writes its plan into `dir`; the plan's path. */
export const writePlan = (dir: string, spec: string): string => {
  const outcome = Effect.runSync(
    compileSpec({ path: "specs/faults.yaml", text: spec }).pipe(Effect.provide(Workspace.memory({}))),
  )
  if (outcome.plan === undefined) {
    throw new Error(
      `spec does not compile: ${outcome.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join("; ")}\n${spec}`,
    )
  }
  const path = join(dir, "faults.plan.json")
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
  readonly cwd: string
  readonly env: Record<string, string>
  /** Called once the child started, and with every log line. */
  readonly onStart?: (child: ChildProcess) => void
  readonly onLine?: (line: string, child: ChildProcess) => void
  readonly timeoutMs?: number
}

let runs = 0

export const runRuntime = (options: RunOptions): Promise<RunResult> =>
  new Promise((resolvePromise, reject) => {
    const summaryFile = join(options.cwd, `summary-${++runs}.json`)
    rmSync(summaryFile, { force: true })
    const started = Date.now()
    const child = spawn(process.execPath, [RUNTIME, "--plan", options.plan, "--task", "load"], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", AIRSPEC_SUMMARY_FILE: summaryFile, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let hung = false
    const watchdog = setTimeout(() => {
      hung = true
      child.kill("SIGKILL")
    }, options.timeoutMs ?? 180_000)
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

/** The last lines of a log, for a failure's report. */
export const tail = (log: string, lines = 12) => log.trim().split("\n").slice(-lines).join("\n")
