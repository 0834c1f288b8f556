/**
 * Runs numbered fuzz inputs in a worker thread under a watchdog, so that no input can take the fuzzer
 * down with it: an input that runs past the time limit (even in a synchronous loop) is reported as a hang
 * and the worker is replaced; one that exhausts the worker's heap or kills it is reported as a crash.
 * The main thread samples the process's RSS (worker included) and charges each input the peak seen
 * while it ran.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"

export type Outcome<R> = { readonly index: number; readonly ms: number; readonly rssMiB: number } & (
  | { readonly result: R }
  | { readonly failure: "hang" | "crash"; readonly message: string }
)

interface Range {
  readonly from: number
  readonly to: number
  readonly data: unknown
}

type Message =
  | { readonly type: "start"; readonly index: number }
  | { readonly type: "done"; readonly index: number; readonly ms: number; readonly result: unknown }
  | { readonly type: "end" }

/** A worker for a TypeScript module: tsx's loader is registered in the worker before the module loads. */
const startWorker = (module: string, range: Range, heapMiB: number): Worker => {
  const url = module.endsWith(".ts")
    ? new URL(
        `data:text/javascript,${encodeURIComponent(
          `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(module)})`,
        )}`,
      )
    : new URL(module)
  return new Worker(url, { workerData: range, resourceLimits: { maxOldGenerationSizeMb: heapMiB } })
}

export interface SuperviseOptions<R> {
  /** URL of the module that calls `serveInputs` when it runs in a worker. */
  readonly module: string
  readonly data: unknown
  readonly from: number
  readonly to: number
  readonly timeoutMs: number
  readonly heapMiB: number
  readonly onOutcome: (outcome: Outcome<R>) => void
}

export const supervise = <R>(options: SuperviseOptions<R>) =>
  new Promise<{ readonly peakRssMiB: number; readonly restarts: number }>((resolve, reject) => {
    let peakRss = 0
    let restarts = 0
    let current: { index: number; started: number; peak: number } | undefined
    let worker: Worker
    const mib = (bytes: number) => bytes / 2 ** 20
    const sample = () => {
      const rss = process.memoryUsage.rss()
      peakRss = Math.max(peakRss, rss)
      if (current !== undefined) current.peak = Math.max(current.peak, rss)
    }
    const fail = (failure: "hang" | "crash", message: string) => {
      const running = current as NonNullable<typeof current>
      current = undefined
      options.onOutcome({
        index: running.index,
        ms: performance.now() - running.started,
        rssMiB: mib(running.peak),
        failure,
        message,
      })
      restarts++
      launch(running.index + 1)
    }
    const timer = setInterval(() => {
      sample()
      if (current !== undefined && performance.now() - current.started > options.timeoutMs) {
        const hung = worker
        worker.removeAllListeners()
        void hung.terminate()
        fail("hang", `no end after ${options.timeoutMs} ms`)
      }
    }, 25)
    const launch = (from: number) => {
      if (from >= options.to) {
        clearInterval(timer)
        resolve({ peakRssMiB: mib(peakRss), restarts })
        return
      }
      worker = startWorker(options.module, { from, to: options.to, data: options.data }, options.heapMiB)
      worker.on("message", (message: Message) => {
        if (message.type === "start") {
          current = { index: message.index, started: performance.now(), peak: process.memoryUsage.rss() }
        } else if (message.type === "done") {
          sample()
          const peak = current?.peak ?? 0
          current = undefined
          options.onOutcome({
            index: message.index,
            ms: message.ms,
            rssMiB: mib(peak),
            result: message.result as R,
          })
        } else {
          worker.removeAllListeners()
          launch(options.to)
        }
      })
      worker.on("error", (error) => {
        worker.removeAllListeners()
        if (current === undefined) {
          clearInterval(timer)
          reject(error)
        } else fail("crash", `${error.name}: ${error.message}`)
      })
      worker.on("exit", (code) => {
        worker.removeAllListeners()
        if (current === undefined) {
          clearInterval(timer)
          reject(new Error(`the fuzz worker exited with code ${code} between inputs`))
        } else fail("crash", `the worker exited with code ${code}`)
      })
    }
    launch(options.from)
  })

/** The worker's side: runs its range of inputs one by one, reporting each start and result. */
export const serveInputs = async <R>(run: (index: number, data: unknown) => R | Promise<R>) => {
  if (isMainThread || parentPort === null) return
  const port = parentPort
  const range = workerData as Range
  for (let index = range.from; index < range.to; index++) {
    port.postMessage({ type: "start", index } satisfies Message)
    const started = performance.now()
    const result = await run(index, range.data)
    port.postMessage({ type: "done", index, ms: performance.now() - started, result } satisfies Message)
  }
  port.postMessage({ type: "end" } satisfies Message)
}
