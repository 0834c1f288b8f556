/**
 * What a task run knows about itself, read from the environment the operator sets (never from argv, so
 * that connection URIs with passwords never show in a process list):
 *
 *   AIRSPEC_DAG_RUN_ID, AIRSPEC_TRY_NUMBER          which run and which attempt
 *   AIRSPEC_DATA_INTERVAL_START / _END              the data interval, ISO 8601 with offset (both or neither)
 *   AIRSPEC_PARAMS                                  the trigger-form params as a JSON object
 *   AIRSPEC_CONN_<NAME>                             a URI per logical connection the task uses (upper case)
 *
 * Params the run does not set take the plan's defaults; params the plan does not declare are refused.
 */
import { Data, Either, Redacted } from "effect"
import type { Plan, TaskPlan } from "../compiler/plan/plan"

export interface TaskContext {
  readonly dagRunId: string
  readonly tryNumber: number
  readonly interval: { readonly start: Date; readonly end: Date } | null
  readonly params: Readonly<Record<string, unknown>>
  readonly connections: Readonly<Record<string, Redacted.Redacted<string>>>
}

export class ContextError extends Data.TaggedError("ContextError")<{
  readonly reason: "missing" | "invalid" | "unknown_param" | "missing_connection"
  readonly variable: string
  readonly message: string
}> {}

type Env = Readonly<Record<string, string | undefined>>

export const connectionVariable = (name: string) => `AIRSPEC_CONN_${name.toUpperCase()}`

export const readContext = (
  plan: Plan,
  task: TaskPlan,
  env: Env,
): Either.Either<TaskContext, ContextError> => {
  const fail = (reason: ContextError["reason"], variable: string, message: string) =>
    Either.left(new ContextError({ reason, variable, message }))

  const dagRunId = env.AIRSPEC_DAG_RUN_ID
  if (dagRunId === undefined || dagRunId === "") return fail("missing", "AIRSPEC_DAG_RUN_ID", "no dag run id")
  const tryNumber = Number(env.AIRSPEC_TRY_NUMBER ?? "1")
  if (!Number.isInteger(tryNumber) || tryNumber < 1) {
    return fail("invalid", "AIRSPEC_TRY_NUMBER", "the try number must be a positive integer")
  }

  const start = env.AIRSPEC_DATA_INTERVAL_START
  const end = env.AIRSPEC_DATA_INTERVAL_END
  let interval: TaskContext["interval"] = null
  if (start !== undefined || end !== undefined) {
    const [from, to] = [instant(start), instant(end)]
    if (from === undefined || to === undefined || from > to) {
      return fail(
        "invalid",
        "AIRSPEC_DATA_INTERVAL_START",
        "the data interval needs a start and an end, start <= end, with offsets",
      )
    }
    interval = { start: from, end: to }
  }

  let given: unknown = {}
  try {
    given = JSON.parse(env.AIRSPEC_PARAMS ?? "{}")
  } catch {
    return fail("invalid", "AIRSPEC_PARAMS", "params must be a JSON object")
  }
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    return fail("invalid", "AIRSPEC_PARAMS", "params must be a JSON object")
  }
  const unknown = Object.keys(given).find((name) => !Object.hasOwn(plan.params, name))
  if (unknown !== undefined)
    return fail("unknown_param", "AIRSPEC_PARAMS", `the plan declares no param ${JSON.stringify(unknown)}`)
  const params = Object.fromEntries(
    Object.entries(plan.params).map(([name, param]) => [
      name,
      Object.hasOwn(given as object, name) ? (given as Record<string, unknown>)[name] : param.default,
    ]),
  )

  const connections: Record<string, Redacted.Redacted<string>> = {}
  for (const name of task.connections) {
    const uri = env[connectionVariable(name)]
    if (uri === undefined || uri === "") {
      return fail(
        "missing_connection",
        connectionVariable(name),
        `no URI for connection ${JSON.stringify(name)}`,
      )
    }
    connections[name] = Redacted.make(uri)
  }
  return Either.right({ dagRunId, tryNumber, interval, params, connections })
}

/** ISO 8601 with an explicit offset only: a local time would make the interval depend on the machine. */
const instant = (text: string | undefined): Date | undefined => {
  if (text === undefined || !/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}
