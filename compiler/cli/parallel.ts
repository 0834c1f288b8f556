/**
 * Compiling is CPU-bound (YAML parsing dominates), so a large project is split across worker threads of
 * the same process. Each worker compiles its share spec by spec; the main thread does the project-wide
 * part (duplicate pipeline ids, ordering), so the result is identical to a single-threaded compile.
 * Only the bundled binary can start workers (they run the bundle itself); from TypeScript sources the
 * compile simply stays on the main thread.
 */
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import {
  compileProject,
  compileSpec,
  type ProjectOutcome,
  projectOutcome,
  type SpecOutcome,
  type SpecSource,
} from "../compile"
import { NodeWorkspace } from "./project-files"

/** Below this many specs per extra thread, starting a worker costs more than it saves. */
const MIN_SPECS_PER_WORKER = 150

interface CompileJob {
  readonly airspecCompileJob: ReadonlyArray<SpecSource>
}

export const compileInParallel = (sources: ReadonlyArray<SpecSource>): Effect.Effect<ProjectOutcome> => {
  const script = fileURLToPath(import.meta.url)
  const threads = Math.min(threadLimit(), Math.floor(sources.length / MIN_SPECS_PER_WORKER))
  if (threads < 2 || !script.endsWith(".mjs")) return compileLocally(sources)
  const shares = Array.from({ length: threads }, (_, index) =>
    sources.filter((_, at) => at % threads === index),
  )
  return Effect.map(
    Effect.forEach(shares, (share) => runWorker(script, share), { concurrency: "unbounded" }),
    (results) => projectOutcome(results.flat()),
  )
}

/** AIRSPEC_THREADS caps the threads (1 turns workers off); by default one per available core. */
const threadLimit = () => {
  const configured = Number(process.env.AIRSPEC_THREADS)
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism()
}

const compileLocally = (sources: ReadonlyArray<SpecSource>) =>
  compileProject(sources).pipe(Effect.provide(NodeWorkspace), Effect.provide(NodeContext.layer))

const runWorker = (script: string, share: ReadonlyArray<SpecSource>) =>
  Effect.async<ReadonlyArray<SpecOutcome>>((resume) => {
    const job: CompileJob = { airspecCompileJob: share }
    const worker = new Worker(script, { workerData: job })
    worker.once("message", (outcomes: ReadonlyArray<SpecOutcome>) => resume(Effect.succeed(outcomes)))
    worker.once("error", (error) => resume(Effect.die(error)))
    return Effect.promise(() => worker.terminate())
  })

/** True inside a compile worker; the entry point then runs `serveCompileJob` instead of the CLI. */
export const isCompileWorker = (): boolean =>
  !isMainThread && typeof workerData === "object" && workerData !== null && "airspecCompileJob" in workerData

export const serveCompileJob = async () => {
  const { airspecCompileJob } = workerData as CompileJob
  const program = Effect.forEach(airspecCompileJob, compileSpec).pipe(
    Effect.provide(NodeWorkspace),
    Effect.provide(NodeContext.layer),
  )
  parentPort?.postMessage(await Effect.runPromise(program))
}
