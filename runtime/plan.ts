/**
 * The runtime's first step: read the plan file next to a DAG and pick one task from it, refusing plans
 * that were not compiled by this version of airspec or that were edited by hand.
 */
import { Data, Either, ParseResult, Schema as S } from "effect"
import { PLAN_VERSION, Plan, type TaskPlan } from "../compiler/plan/plan"

export class PlanError extends Data.TaggedError("PlanError")<{
  readonly reason: "not_json" | "wrong_version" | "invalid" | "unknown_task"
  readonly message: string
}> {}

const decodePlan = S.decodeUnknownEither(Plan, { onExcessProperty: "error", errors: "all" })

export const parsePlan = (text: string): Either.Either<Plan, PlanError> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return Either.left(new PlanError({ reason: "not_json", message: `plan is not JSON: ${String(error)}` }))
  }
  const version = (json as { airspec_plan?: unknown } | null)?.airspec_plan
  if (version !== PLAN_VERSION) {
    return Either.left(
      new PlanError({
        reason: "wrong_version",
        message: `plan version ${JSON.stringify(version)} is not ${PLAN_VERSION}: recompile with this airspec`,
      }),
    )
  }
  return Either.mapLeft(
    decodePlan(json),
    (error) =>
      new PlanError({ reason: "invalid", message: ParseResult.TreeFormatter.formatErrorSync(error) }),
  )
}

export const planTask = (plan: Plan, id: string): Either.Either<TaskPlan, PlanError> => {
  const task = plan.tasks.find((candidate) => candidate.id === id)
  return task === undefined
    ? Either.left(
        new PlanError({ reason: "unknown_task", message: `task ${JSON.stringify(id)} is not in the plan` }),
      )
    : Either.right(task)
}
