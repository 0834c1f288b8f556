/**
 * The task-handler interface: (plan, task, context) → summary or TaskFailed. Everything Airflow-specific
 * stays outside (the operator builds the context from Airflow's; `airspec run` builds it from flags), so
 * another orchestrator, or Airflow's TypeScript task SDK, can drive the same handlers.
 */
import { Effect, Layer } from "effect"
import type { Plan, TaskPlan } from "../compiler/plan/plan"
import { connectionUri } from "./connections"
import type { TaskContext } from "./context"
import type { TaskFailed } from "./errors"
import { kafkaMetrics, Metrics, noMetrics } from "./metrics/sink"
import { type RunSettings, runSettings } from "./run-settings"
import type { TaskSummary } from "./summary"
import { runChecks } from "./tasks/check"
import { type LoadProgress, runLoad } from "./tasks/load"
import { runSql } from "./tasks/sql"

export interface TaskRun {
  readonly plan: Plan
  readonly task: TaskPlan
  readonly context: TaskContext
  readonly progress?: LoadProgress
}

const quiet: LoadProgress = { onBatch: () => {} }

const settingsOf = (run: TaskRun) =>
  Effect.try({ try: () => runSettings(run.plan, run.context), catch: (error) => error as TaskFailed })

const metricsLayer = (run: TaskRun, settings: RunSettings) => {
  const metrics = run.plan.metrics
  if (metrics === null) return noMetrics
  const identity = {
    pipeline: run.plan.pipeline,
    task: run.task.id,
    dagRunId: run.context.dagRunId,
    tryNumber: run.context.tryNumber,
    interval: settings.interval,
  }
  return Layer.unwrapEffect(
    Effect.map(connectionUri(run.context.connections, metrics.connection), (uri) =>
      kafkaMetrics({ uri, topic: metrics.topic, required: metrics.required, identity }),
    ),
  )
}

export const runTask = (run: TaskRun): Effect.Effect<TaskSummary, TaskFailed> =>
  Effect.flatMap(settingsOf(run), (settings) =>
    Effect.scoped(handle(run, settings)).pipe(Effect.provide(metricsLayer(run, settings))),
  )

const handle = (run: TaskRun, settings: RunSettings) =>
  Effect.gen(function* () {
    const { plan, task, context } = run
    const metrics = yield* Metrics
    const started = Date.now()
    yield* metrics.emit({ event: "task_started", task_kind: task.kind, full_refresh: settings.fullRefresh })
    const body = Effect.gen(function* () {
      const base = {
        pipeline: plan.pipeline,
        task: task.id,
        kind: task.kind,
        dag_run_id: context.dagRunId,
        try_number: context.tryNumber,
        interval_start: settings.interval?.start.toISOString() ?? null,
        interval_end: settings.interval?.end.toISOString() ?? null,
        full_refresh: settings.fullRefresh,
        status: "success" as const,
        rows_read: 0,
        rows_written: 0,
        rows_quarantined: 0,
        bytes: 0,
        batches: 0,
        targets: [],
        checks: [],
      }
      const finish = (
        summary: Omit<TaskSummary, "duration_ms" | "rows_per_second" | "peak_rss_mib">,
      ): TaskSummary => {
        const duration = Date.now() - started
        return {
          ...summary,
          duration_ms: duration,
          rows_per_second: duration === 0 ? 0 : Math.round((summary.rows_written * 1000) / duration),
          peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
        }
      }
      switch (task.kind) {
        case "load": {
          const result = yield* runLoad(plan, task, context, settings, run.progress ?? quiet)
          return finish({
            ...base,
            rows_read: result.rowsRead,
            rows_written: result.targets.reduce((sum, target) => sum + target.rows_written, 0),
            rows_quarantined: result.rowsQuarantined,
            bytes: result.bytes,
            batches: result.batches,
            targets: result.targets,
          })
        }
        case "sql":
          yield* runSql(plan, task, context)
          return finish(base)
        case "check":
          return finish({ ...base, checks: yield* runChecks(plan, task, context) })
      }
    })
    const summary = yield* Effect.tapError(body, (error) =>
      metrics
        .emit({
          event: "task_failed",
          error_tag: error._tag,
          reason: error.reason,
          retryable: error.retryable,
          message: error.message,
          duration_ms: Date.now() - started,
        })
        .pipe(Effect.ignore),
    )
    yield* metrics.emit({
      event: "task_finished",
      task_kind: task.kind,
      rows_read: summary.rows_read,
      rows_written: summary.rows_written,
      rows_quarantined: summary.rows_quarantined,
      bytes: summary.bytes,
      duration_ms: summary.duration_ms,
      rows_per_second: summary.rows_per_second,
      targets: summary.targets,
    })
    return summary
  })
