/** A sql task: the plan's SQL (inlined from its file at compile time) in one transaction. */
import { Effect } from "effect"
import type { SqlTaskPlan } from "../../compiler/plan/plan"
import { connectionUri } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import { connect, type PgError, taskPgOptions } from "../postgres/session"

const failed = (task: SqlTaskPlan) => (error: PgError) =>
  new TaskFailed({ reason: "target", retryable: error.retryable, message: `${task.id}: ${error.message}` })

export const runSql = (pipeline: string, task: SqlTaskPlan, context: TaskContext) =>
  Effect.gen(function* () {
    const uri = yield* connectionUri(context.connections, task.connection)
    const session = yield* Effect.mapError(connect(uri, taskPgOptions(pipeline, task.id)), failed(task))
    // A multi-statement string runs as one implicit transaction in the simple query protocol; the
    // explicit BEGIN/COMMIT also covers SQL that sets its own session state first.
    yield* Effect.mapError(session.query(`BEGIN;\n${task.sql}\n;COMMIT`), failed(task))
  })
