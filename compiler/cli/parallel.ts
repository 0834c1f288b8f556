/**
 * Compiling is CPU-bound (YAML parsing dominates), so a large project is shared between the main thread
 * and worker threads of the same process, one thread per core. Each thread compiles its share spec by
 * spec; the main thread then does the project-wide part (duplicate pipeline ids, ordering), so the result
 * is identical to a single-threaded compile. Workers run bin/compile-worker.mjs, which only the bundled
 * binary has; from TypeScript sources the compile stays on the main thread.
 */
import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import { Effect } from "effect"
import {
  compileSpec,
  type ProjectOutcome,
  projectOutcome,
  type SpecOutcome,
  type SpecSource,
} from "../compile"
import { Workspace } from "../workspace"

/** Below this many specs per thread, starting a worker costs more than it saves. */
const MIN_SPECS_PER_THREAD = 150

export const compileInParallel = (sources: ReadonlyArray<SpecSource>): Effect.Effect<ProjectOutcome> => {
  const worker = fileURLToPath(new URL("./compile-worker.mjs", import.meta.url))
  const threads = Math.min(threadLimit(), Math.floor(sources.length / MIN_SPECS_PER_THREAD))
  const shares = Array.from({ length: Math.max(1, threads) }, (_, index) =>
    sources.filter((_, at) => at % Math.max(1, threads) === index),
  )
  const [own = [], ...others] = shares
  if (others.length > 0 && !existsSync(worker)) return compileHere(sources).pipe(Effect.map(projectOutcome))
  return Effect.forEach(
    [compileHere(own), ...others.map((share) => runWorker(worker, share))],
    (run) => run,
    {
      concurrency: "unbounded",
    },
  ).pipe(Effect.map((results) => projectOutcome(results.flat())))
}

/** AIRSPEC_THREADS caps the threads (1 keeps everything on the main thread); by default one per core. */
const threadLimit = () => {
  const configured = Number(process.env.AIRSPEC_THREADS)
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism()
}

const compileHere = (share: ReadonlyArray<SpecSource>) =>
  Effect.forEach(share, compileSpec).pipe(Effect.provide(Workspace.disk))

const runWorker = (script: string, share: ReadonlyArray<SpecSource>) =>
  Effect.async<ReadonlyArray<SpecOutcome>>((resume) => {
    const worker = new Worker(script, { workerData: share })
    worker.once("message", (outcomes: ReadonlyArray<SpecOutcome>) => resume(Effect.succeed(outcomes)))
    worker.once("error", (error) => resume(Effect.die(error)))
    return Effect.promise(() => worker.terminate())
  })
