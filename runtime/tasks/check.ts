/**
 * A check task: every data-quality assertion runs (the report lists all failures, not the first), and the
 * task fails without retries when any assertion does not hold: data does not fix itself on a retry.
 */
import { Effect } from "effect"
import type { CheckPlan, CheckTaskPlan } from "../../compiler/plan/plan"
import { connectionUri } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import { connect, type PgError, type PgSession, taskPgOptions } from "../postgres/session"
import { columnList, ident, qualified, tableName } from "../postgres/sql"

const failed = (error: PgError) =>
  new TaskFailed({ reason: "check", retryable: error.retryable, message: error.message })

const where = (check: CheckPlan) => (check.where === null ? "" : ` WHERE ${check.where}`)

/** Runs one check; returns a line saying what held, or fails with what did not. */
const runCheck = (
  session: PgSession,
  check: CheckPlan,
): Effect.Effect<{ ok: boolean; line: string }, TaskFailed> => {
  const table = qualified(tableName(check.table))
  const scalar = (sql: string) =>
    Effect.map(Effect.mapError(session.query(sql), failed), (result) => result.rows[0]?.value as unknown)
  switch (check.kind) {
    case "row_count":
      return Effect.map(scalar(`SELECT count(*)::bigint AS value FROM ${table}${where(check)}`), (value) => {
        const count = Number(value)
        const ok = (check.min === null || count >= check.min) && (check.max === null || count <= check.max)
        return {
          ok,
          line: `row_count ${check.table}: ${count} (min ${check.min ?? "-"}, max ${check.max ?? "-"})`,
        }
      })
    case "not_null":
      return Effect.map(
        scalar(
          `SELECT json_build_array(${check.columns.map((c) => `count(*) FILTER (WHERE ${ident(c)} IS NULL)`).join(", ")}) AS value FROM ${table}${where(check)}`,
        ),
        (value) => {
          const counts = (value as number[]).map(Number)
          const nulls = check.columns.filter((_, i) => (counts[i] ?? 0) > 0)
          return {
            ok: nulls.length === 0,
            line: `not_null ${check.table}: ${nulls.length === 0 ? "no NULLs" : `NULLs in ${nulls.map((c, i) => `${c} (${counts[check.columns.indexOf(c)] ?? i})`).join(", ")}`}`,
          }
        },
      )
    case "unique":
      return Effect.map(
        scalar(
          `SELECT count(*)::bigint AS value FROM (SELECT 1 FROM ${table}${where(check)} GROUP BY ${columnList(check.columns)} HAVING count(*) > 1) AS duplicates`,
        ),
        (value) => ({
          ok: Number(value) === 0,
          line: `unique ${check.table} (${check.columns.join(", ")}): ${Number(value)} duplicated key(s)`,
        }),
      )
    case "freshness":
      return Effect.map(
        scalar(
          `SELECT extract(epoch FROM now() - max(${ident(check.column)}::timestamptz))::float8 AS value FROM ${table}${where(check)}`,
        ),
        (value) => {
          const age = value === null ? null : Number(value)
          return {
            ok: age !== null && age <= check.max_age_seconds,
            line: `freshness ${check.table}.${check.column}: ${age === null ? "no rows" : `${Math.round(age)}s old`} (max ${check.max_age_seconds}s)`,
          }
        },
      )
  }
}

export const runChecks = (pipeline: string, task: CheckTaskPlan, context: TaskContext) =>
  Effect.gen(function* () {
    const sessions = new Map<string, PgSession>()
    const lines: string[] = []
    const failures: string[] = []
    for (const check of task.checks) {
      let session = sessions.get(check.connection)
      if (session === undefined) {
        const uri = yield* connectionUri(context.connections, check.connection)
        session = yield* Effect.mapError(connect(uri, taskPgOptions(pipeline, task.id)), failed)
        sessions.set(check.connection, session)
      }
      const result = yield* runCheck(session, check)
      yield* Effect.logInfo(`${result.ok ? "ok" : "FAILED"} ${result.line}`)
      lines.push(result.line)
      if (!result.ok) failures.push(result.line)
    }
    if (failures.length > 0) {
      return yield* new TaskFailed({
        reason: "check",
        retryable: false,
        message: `${failures.length} of ${task.checks.length} check(s) failed: ${failures.join("; ")}`,
      })
    }
    return lines
  })
