/**
 * SIGKILL of the runtime at a random moment of a load, once or twice in a row, then retries as Airflow
 * makes them. The moment is one of:
 *
 *   startup   a random delay after the process starts (connecting, creating tables, the ledger check)
 *   batch     a random delay after the k-th `batch` log line, k random: mid-stream
 *   commit    a random delay after the last batch line: the commit or the publication
 *   point     (ClickHouse) at a named fault point of the publication (runtime/faults.ts):
 *             `clickhouse.prepared`, `clickhouse.partly_published` or `clickhouse.done` (recorded, its
 *             tables not dropped yet); half the time the second run of the
 *             interval then comes before the retry, and must finish the crashed publication itself
 */
import type { ChildProcess } from "node:child_process"
import type { Rng } from "./prng"
import type { TargetKind } from "./targets"
import {
  batchLine,
  describeRun,
  finish,
  type Outcome,
  prepareLoad,
  type Suite,
  type Trial,
  type TryOptions,
} from "./trial"

interface Kill {
  readonly label: string
  readonly options: TryOptions
}

const killAfter = (child: ChildProcess, ms: number) => {
  if (ms === 0) child.kill("SIGKILL")
  else setTimeout(() => child.kill("SIGKILL"), ms)
}

const pickKill = (rng: Rng, target: TargetKind, batches: number): Kill => {
  const kinds = [
    "startup",
    "batch",
    "batch",
    "batch",
    "commit",
    ...(target === "clickhouse" ? ["point"] : []),
  ]
  switch (rng.pick(kinds)) {
    case "startup": {
      const ms = rng.int(0, 600)
      return { label: `startup +${ms} ms`, options: { onStart: (child) => killAfter(child, ms) } }
    }
    case "batch": {
      const k = rng.int(1, Math.max(1, batches - 1))
      const ms = rng.int(0, 40)
      return {
        label: `batch ${k} of ${batches} +${ms} ms`,
        options: { onLine: (line, child) => batchLine(line) === k && killAfter(child, ms) },
      }
    }
    case "commit": {
      const ms = rng.int(0, 150)
      return {
        label: `last batch (${batches}) +${ms} ms`,
        options: { onLine: (line, child) => batchLine(line) === batches && killAfter(child, ms) },
      }
    }
    default: {
      const point = rng.pick(["clickhouse.prepared", "clickhouse.partly_published", "clickhouse.done"])
      return { label: `fault point ${point}`, options: { env: { AIRSPEC_FAULT_POINT: point } } }
    }
  }
}

export const killTrial = async (suite: Suite, trial: Trial): Promise<Outcome> => {
  const load = await prepareLoad(suite, trial)
  try {
    const rng = trial.rng
    const notes = [load.summary]
    const kills = rng.chance(0.3) ? 2 : 1
    let hit = false
    let tryNumber = 1
    let published = false
    for (let k = 0; k < kills; k++) {
      const kill = pickKill(rng, trial.target, load.batches)
      const result = await load.run(tryNumber, kill.options)
      notes.push(`try ${tryNumber}: ${kill.label} → ${describeRun(result)}`)
      if (result.signal === "SIGKILL" && !result.hung) {
        hit = true
        published = kill.label.startsWith("fault point")
        tryNumber++
        continue
      }
      if (result.code === 0) {
        // the try finished before the kill: nothing to retry
        const rest = await finish(load, null, notes)
        if (rest.passed) load.cleanup()
        return { ...rest, hit }
      }
      return {
        passed: false,
        hit,
        detail: [...notes, "a try that was not killed failed", result.log].join("\n"),
      }
    }
    if (published && rng.chance(0.5)) {
      // a later run of the table comes before the retry: it finishes the crashed publication first
      const later = await load.run(1, {}, `${load.runId}_rerun`)
      notes.push(`the second run before the retry: ${describeRun(later)}`)
      if (later.code !== 0)
        return { passed: false, hit, detail: [...notes, "the second run failed", later.log].join("\n") }
    }
    const rest = await finish(load, tryNumber, notes)
    if (rest.passed) load.cleanup()
    return { ...rest, hit }
  } catch (error) {
    return { passed: false, hit: false, detail: `${load.dir}: ${String(error)}` }
  }
}
