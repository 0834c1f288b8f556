/**
 * A sql task: the plan's SQL (inlined from its file at compile time). PostgreSQL runs it in one
 * transaction; ClickHouse, which has none, runs its statements one after another and stops at the first
 * that fails.
 */
import { Effect } from "effect"
import type { Plan, SqlTaskPlan } from "../../compiler/plan/plan"
import { type ClickHouseError, connectClickHouse } from "../clickhouse/session"
import { statements } from "../clickhouse/sql"
import { connectionUri } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import { connect, type PgError, taskPgOptions } from "../postgres/session"

const failed = (task: SqlTaskPlan) => (error: PgError | ClickHouseError) =>
  new TaskFailed({ reason: "target", retryable: error.retryable, message: `${task.id}: ${error.message}` })

export const runSql = (plan: Plan, task: SqlTaskPlan, context: TaskContext) =>
  Effect.gen(function* () {
    const uri = yield* connectionUri(context.connections, task.connection)
    const options = taskPgOptions(plan.pipeline, task.id)
    if (plan.connections[task.connection]?.kind === "clickhouse") {
      const session = yield* Effect.mapError(connectClickHouse(uri, options.applicationName), failed(task))
      for (const statement of statements(task.sql)) {
        yield* Effect.mapError(session.command(statement), failed(task))
      }
      return
    }
    const session = yield* Effect.mapError(connect(uri, options), failed(task))
    // A multi-statement string runs as one implicit transaction in the simple query protocol; the
    // explicit BEGIN/COMMIT also covers SQL that sets its own session state first.
    yield* Effect.mapError(session.query(`BEGIN;\n${task.sql}\n;COMMIT`), failed(task))
  })
