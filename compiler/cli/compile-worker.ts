/**
 * Entry point of a compile worker thread (bundled as bin/compile-worker.mjs): compiles the share of specs
 * it is given and posts the outcomes back. It loads only the compiler, so it starts fast.
 */
import { parentPort, workerData } from "node:worker_threads"
import { Effect } from "effect"
import { compileSpec, type SpecSource } from "../compile"
import { Workspace } from "../workspace"

const share = workerData as ReadonlyArray<SpecSource>
const outcomes = Effect.runSync(Effect.forEach(share, compileSpec).pipe(Effect.provide(Workspace.disk)))
parentPort?.postMessage(outcomes)
