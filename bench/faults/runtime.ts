/**
 * The real runtime process, run as the operator runs it (test/runtime/runtime-process.ts): a spec compiled
 * to a plan, `bin/airspec-runtime.mjs --plan … --task load`, the run's context in the environment. A
 * watchdog ends a run that hangs, which counts as a failure of the trial.
 */
import {
  type RunOptions,
  type RunResult,
  runRuntime as runProcess,
  writePlan as writeNamedPlan,
} from "../../test/runtime/runtime-process"

export type { RunResult } from "../../test/runtime/runtime-process"

/** Compiles a spec in memory and writes its plan into `dir`; the plan's path. */
export const writePlan = (dir: string, spec: string): string => writeNamedPlan(dir, spec, {}, "faults")

/** A run of the trial's `load` task, killed as hung after three minutes unless told otherwise. */
export const runRuntime = (options: Omit<RunOptions, "task">): Promise<RunResult> =>
  runProcess({ task: "load", timeoutMs: 180_000, ...options })

/** The last lines of a log, for a failure's report. */
export const tail = (log: string, lines = 12) => log.trim().split("\n").slice(-lines).join("\n")
