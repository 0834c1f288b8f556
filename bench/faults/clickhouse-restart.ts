/**
 * The ClickHouse server (the suite's own) restarted under a load, a random delay after the k-th batch
 * (k random, 0: right after the start; the last: during the publication), with SIGTERM (a clean restart)
 * or SIGKILL (a crash). The load fails retryably (exit 75) or survives (exit 0); after the retry the
 * target is exact.
 */
import { chReady } from "./services"
import { batchLine, describeRun, finish, type Outcome, prepareLoad, type Suite, type Trial } from "./trial"

export const clickhouseRestartTrial = async (suite: Suite, trial: Trial): Promise<Outcome> => {
  const load = await prepareLoad(suite, trial)
  const rng = trial.rng
  const k = rng.int(0, load.batches)
  const ms = rng.int(0, 60)
  const signal = rng.pick(["SIGTERM", "SIGKILL"] as const)
  const notes = [load.summary, `server ${signal} and start after batch ${k} +${ms} ms`]
  let restarting: Promise<void> | null = null
  let stoppedAt = Number.POSITIVE_INFINITY
  const restart = () => {
    if (restarting !== null) return
    restarting = new Promise<void>((ok) => setTimeout(ok, ms)).then(async () => {
      stoppedAt = Date.now()
      await suite.chInstance.stop(signal)
      await suite.chInstance.start()
      await chReady(suite.clickhouse)
    })
  }
  try {
    let seen = 0
    const result = await load.run(1, {
      ...(k === 0 ? { onStart: () => restart() } : {}),
      onLine: (line) => {
        if (batchLine(line) !== null && ++seen === k) restart()
      },
    })
    const ended = Date.now()
    if (restarting !== null) await restarting
    // a restart that began after the run had ended tested nothing
    const hit = stoppedAt <= ended
    notes.push(`try 1: ${describeRun(result)}`)
    if (result.code === 0) {
      const rest = await finish(load, null, notes)
      if (rest.passed) load.cleanup()
      return { ...rest, hit }
    }
    if (result.code !== 75)
      return { passed: false, hit, detail: [...notes, "not a retryable failure", result.log].join("\n") }
    const rest = await finish(load, 2, notes)
    if (rest.passed) load.cleanup()
    return { ...rest, hit }
  } catch (error) {
    if (restarting !== null) await (restarting as Promise<void>).catch(() => {})
    return { passed: false, hit: false, detail: `${load.dir}: ${String(error)}` }
  }
}
