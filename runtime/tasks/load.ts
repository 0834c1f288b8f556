/**
 * A load task: one source streamed into every target, batch by batch (a COPY under a savepoint in
 * PostgreSQL, an INSERT into a stage table in ClickHouse); each target commits its rows with its ledger row
 * at the end, so a crash anywhere leaves the target as it was and a retry starts clean. Bad rows (unreadable at the
 * source or rejected by a target) are quarantined, and the spec's threshold decides whether the task fails.
 */
import { Effect, type Scope } from "effect"
import type { LoadTaskPlan, Plan } from "../../compiler/plan/plan"
import { openClickHouseTarget } from "../clickhouse/target"
import { connectionUri } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import type { TargetSummary } from "../metrics/events"
import { Metrics } from "../metrics/sink"
import { taskPgOptions } from "../postgres/session"
import { openPostgresTarget } from "../postgres/target"
import type { RowChunk } from "../rows"
import type { RunSettings } from "../run-settings"
import { maskSource } from "../sources/masked-source"
import { openSource, sourceError } from "../sources/open-source"
import type { Target, TargetOutcome, TargetRun } from "../target"

const CHUNK_BYTES = 1 << 20

/** Chunks the source may read ahead while the targets are busy (finishing a batch, say). */
const READ_AHEAD = 4

/**
 * Keeps `depth` requests queued on an async iterator, so that the source parses the next chunks while the
 * targets wait for the database (async generators serve queued requests in order).
 */
const readAhead = <A>(source: AsyncIterator<A>, depth: number): AsyncIterator<A> => {
  const queue: Array<Promise<IteratorResult<A>>> = []
  let done = false
  const fill = () => {
    while (!done && queue.length < depth) {
      const next = source.next()
      next.then(
        (result) => {
          if (result.done) done = true
        },
        () => {
          done = true
        },
      )
      queue.push(next)
    }
  }
  return {
    next: () => {
      fill()
      const next = queue.shift() as Promise<IteratorResult<A>>
      fill()
      return next
    },
  }
}

export interface LoadProgress {
  readonly onBatch: (totals: { readonly rowsRead: number; readonly rowsWritten: number }) => void
}

export interface LoadResult {
  readonly rowsRead: number
  readonly rowsQuarantined: number
  readonly bytes: number
  readonly batches: number
  readonly targets: ReadonlyArray<TargetSummary>
}

export const runLoad = (
  plan: Plan,
  task: LoadTaskPlan,
  context: TaskContext,
  settings: RunSettings,
  progress: LoadProgress,
): Effect.Effect<LoadResult, TaskFailed, Scope.Scope | Metrics> =>
  Effect.gen(function* () {
    const metrics = yield* Metrics
    const pgOptions = taskPgOptions(plan.pipeline, task.id)
    const incremental = task.source.incremental
    const readInterval = settings.fullRefresh || incremental === null ? null : settings.interval
    const opened = yield* openSource({
      plan,
      source: task.source,
      context,
      interval: readInterval,
      limits: { chunkBytes: Math.min(CHUNK_BYTES, task.batch.bytes), chunkRows: task.batch.rows },
      pgOptions,
      declaredColumns: [...new Set(task.targets.flatMap((target) => Object.keys(target.columns)))],
    })
    // Before any target sees a row or a column type; a task without a mask keeps the source as it is.
    const source = task.mask === undefined ? opened : yield* maskSource(opened, task.mask, task.source)
    // Database sources filter by the interval in their query; others are filtered by the target.
    const filterCursor =
      readInterval !== null &&
      incremental !== null &&
      task.source.kind !== "postgres" &&
      task.source.kind !== "clickhouse"
        ? incremental.cursor
        : null

    const tables = task.targets.map((target) => `${target.connection}.${target.table}`)
    const twice = tables.find((table, index) => tables.indexOf(table) !== index)
    if (twice !== undefined) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `two targets load ${twice}`,
      })
    }
    const run: TargetRun = {
      pipeline: plan.pipeline,
      task: task.id,
      dagRunId: context.dagRunId,
      tryNumber: context.tryNumber,
      interval: settings.interval,
      fullRefresh: settings.fullRefresh,
      filterCursor,
      cursor: incremental?.cursor ?? null,
      quarantineTable: task.bad_rows.table,
    }
    const targets: Target[] = []
    for (const target of task.targets) {
      const uri = yield* connectionUri(context.connections, target.connection)
      targets.push(
        target.kind === "postgres"
          ? yield* openPostgresTarget(target, uri, run, source.columns)
          : yield* openClickHouseTarget(target, uri, run, source.columns, task.batch.rows),
      )
    }
    const active = targets.filter((target) => !target.skipped)
    for (const target of targets) {
      if (target.skipped)
        yield* Effect.logInfo(`${target.table}: this interval is already loaded, nothing to do`)
    }

    const limit = task.bad_rows
    const quarantined = new Map(targets.map((target) => [target.table, 0]))
    let rowsRead = 0
    let sourceBad = 0
    let bytes = 0
    let batches = 0
    const overLimit = (count: number) =>
      count > (limit.max_count ?? (limit.max_ratio === null ? 0 : Number.POSITIVE_INFINITY))
    const tooMany = (table: string, count: number) =>
      new TaskFailed({
        reason: "bad_rows",
        retryable: false,
        message: `${count} bad row(s) for ${table}, more than the spec allows; they are in ${limit.table}`,
      })

    const iterator = readAhead(source.chunks[Symbol.asyncIterator](), READ_AHEAD)
    const next = Effect.tryPromise({ try: () => iterator.next(), catch: sourceError })
    let carried: RowChunk | null = null
    let exhausted = active.length === 0
    while (!exhausted) {
      const first = carried ?? (yield* next).value
      carried = null
      if (first === undefined) break
      const started = Date.now()
      yield* Effect.forEach(active, (target) => target.startBatch, { discard: true })
      let batchRows = 0
      let batchBytes = 0
      const bad: Array<RowChunk["bad"][number]> = []
      let chunk: RowChunk | undefined = first
      while (chunk !== undefined) {
        const current: RowChunk = chunk
        batchRows += current.rows
        batchBytes += current.data.length
        rowsRead += current.read
        bad.push(...current.bad)
        yield* Effect.forEach(active, (target) => target.push(current), { discard: true })
        if (
          batchRows >= task.batch.rows ||
          batchBytes >= task.batch.bytes ||
          Date.now() - started >= task.batch.max_duration_seconds * 1000
        ) {
          break
        }
        const result: IteratorResult<RowChunk> = yield* next
        if (result.done) {
          exhausted = true
          break
        }
        if (
          batchRows + result.value.rows > task.batch.rows ||
          batchBytes + result.value.data.length > task.batch.bytes
        ) {
          carried = result.value
          break
        }
        chunk = result.value
      }
      batches++
      sourceBad += bad.length
      for (const target of active) {
        const outcome = yield* target.endBatch
        yield* target.quarantine([...bad, ...outcome.rejected])
        const count = (quarantined.get(target.table) ?? 0) + bad.length + outcome.rejected.length
        quarantined.set(target.table, count)
        bytes += outcome.bytes
        yield* Effect.logInfo(
          `batch ${batches}: ${outcome.rows} row(s) into ${target.table} in ${Date.now() - started} ms${bad.length + outcome.rejected.length > 0 ? `, ${bad.length + outcome.rejected.length} quarantined` : ""}`,
        )
        yield* metrics.emit({
          event: "batch_loaded",
          target: target.table,
          batch: batches,
          rows: outcome.rows,
          bytes: outcome.bytes,
          ms: Date.now() - started,
          rows_quarantined: bad.length + outcome.rejected.length,
        })
        if (overLimit(count)) return yield* tooMany(target.table, count)
      }
      progress.onBatch({ rowsRead, rowsWritten: rowsRead - sourceBad })
    }

    for (const [table, count] of quarantined) {
      if (limit.max_ratio !== null && rowsRead > 0 && count / rowsRead > limit.max_ratio) {
        return yield* tooMany(table, count)
      }
    }
    const outcomes: TargetOutcome[] = []
    for (const target of targets) outcomes.push(yield* target.commit(quarantined.get(target.table) ?? 0))
    return {
      rowsRead,
      rowsQuarantined: Math.max(0, ...quarantined.values()),
      bytes,
      batches,
      targets: outcomes.map((outcome) => ({
        table: outcome.table,
        write_mode: outcome.mode,
        skipped: outcome.skipped,
        rows_written: outcome.rowsWritten,
        rows_filtered: outcome.rowsFiltered,
        rows_quarantined: quarantined.get(outcome.table) ?? 0,
        checksum: outcome.checksum,
      })),
    }
  })
