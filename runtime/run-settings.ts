/**
 * What a run does beyond its plan, decided by the trigger form. Two param names mean something to the
 * runtime (declare them in the spec to put them on the form):
 *   full_refresh: true                  read every row and replace each target's contents
 *   interval_start / interval_end       load this interval instead of the run's data interval
 *                                       (a date is midnight in the pipeline's time zone)
 */
import type { Plan } from "../compiler/plan/plan"
import { instantOf, parseSpecDate } from "../compiler/spec/calendar"
import type { TaskContext } from "./context"
import { TaskFailed } from "./errors"

export interface RunSettings {
  readonly interval: { readonly start: Date; readonly end: Date } | null
  readonly fullRefresh: boolean
}

export const FULL_REFRESH_PARAM = "full_refresh"
export const INTERVAL_PARAMS = { start: "interval_start", end: "interval_end" } as const

export const runSettings = (plan: Plan, context: TaskContext): RunSettings => {
  const fullRefresh = context.params[FULL_REFRESH_PARAM] === true
  const start = instantParam(plan, context, INTERVAL_PARAMS.start)
  const end = instantParam(plan, context, INTERVAL_PARAMS.end)
  if (start === null && end === null) return { interval: context.interval, fullRefresh }
  const interval = {
    start: start ?? context.interval?.start ?? null,
    end: end ?? context.interval?.end ?? null,
  }
  if (interval.start === null || interval.end === null || interval.start > interval.end) {
    throw new TaskFailed({
      reason: "context",
      retryable: false,
      message: `${INTERVAL_PARAMS.start} and ${INTERVAL_PARAMS.end} must give an interval with start <= end`,
    })
  }
  return { interval: { start: interval.start, end: interval.end }, fullRefresh }
}

const instantParam = (plan: Plan, context: TaskContext, name: string): Date | null => {
  const value = context.params[name]
  if (value === undefined || value === null || value === "") return null
  const date = typeof value === "string" ? parseSpecDate(value) : undefined
  if (date === undefined) {
    throw new TaskFailed({
      reason: "context",
      retryable: false,
      message: `the param ${name} must be a date (YYYY-MM-DD) or a date-time with an offset`,
    })
  }
  return new Date(instantOf(date, plan.dag.timezone))
}
