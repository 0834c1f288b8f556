/**
 * A check task: every data-quality assertion runs (the report lists all failures, not the first), and the
 * task fails without retries when any assertion does not hold: data does not fix itself on a retry.
 */
import { Effect } from "effect"
import type { CheckPlan, CheckTaskPlan, Plan } from "../../compiler/plan/plan"
import { type ClickHouseError, type ClickHouseSession, connectClickHouse } from "../clickhouse/session"
import { ident as chIdent, qualified as chQualified, tableName as chTableName } from "../clickhouse/sql"
import { connectionUri } from "../connections"
import type { TaskContext } from "../context"
import { TaskFailed } from "../errors"
import { connect, type PgError, type PgSession, taskPgOptions } from "../postgres/session"
import { ident as pgIdent, qualified as pgQualified, tableName as pgTableName } from "../postgres/sql"

const failed = (error: PgError | ClickHouseError) =>
  new TaskFailed({ reason: "check", retryable: error.retryable, message: error.message })

/** The SQL each check needs, in one database's dialect. */
interface CheckDialect {
  /** The first column of the first row of a query. */
  readonly value: (sql: string) => Effect.Effect<unknown, TaskFailed>
  readonly table: (name: string) => string
  readonly ident: (name: string) => string
  readonly count: string
  /** An array of the NULL counts of `columns`. */
  readonly nullCounts: (columns: ReadonlyArray<string>) => string
  /** Seconds since the newest value of `column`, NULL without rows. */
  readonly age: (column: string) => string
}

const postgresDialect = (session: PgSession): CheckDialect => ({
  value: (sql) =>
    Effect.map(Effect.mapError(session.query(sql), failed), (result) => result.rows[0]?.value as unknown),
  table: (name) => pgQualified(pgTableName(name)),
  ident: pgIdent,
  count: "count(*)::bigint",
  nullCounts: (columns) =>
    `json_build_array(${columns.map((c) => `count(*) FILTER (WHERE ${pgIdent(c)} IS NULL)`).join(", ")})`,
  age: (column) => `extract(epoch FROM now() - max(${pgIdent(column)}::timestamptz))::float8`,
})

const clickhouseDialect = (session: ClickHouseSession): CheckDialect => ({
  value: (sql) =>
    Effect.map(
      Effect.mapError(session.rows<{ value: unknown }>(sql), failed),
      (rows) => rows[0]?.value as unknown,
    ),
  table: (name) => chQualified(chTableName(name)),
  ident: chIdent,
  count: "count()",
  nullCounts: (columns) => `[${columns.map((c) => `countIf(isNull(${chIdent(c)}))`).join(", ")}]`,
  age: (column) =>
    `if(count() = 0, NULL, toFloat64(toUnixTimestamp(now()) - toUnixTimestamp(toDateTime(max(${chIdent(column)})))))`,
})

const where = (check: CheckPlan) => (check.where === null ? "" : ` WHERE ${check.where}`)

/** Runs one check; returns a line saying what held, or fails with what did not. */
const runCheck = (
  dialect: CheckDialect,
  check: CheckPlan,
): Effect.Effect<{ ok: boolean; line: string }, TaskFailed> => {
  const table = dialect.table(check.table)
  const scalar = (sql: string) => dialect.value(sql)
  switch (check.kind) {
    case "row_count":
      return Effect.map(scalar(`SELECT ${dialect.count} AS value FROM ${table}${where(check)}`), (value) => {
        const count = Number(value)
        const ok = (check.min === null || count >= check.min) && (check.max === null || count <= check.max)
        return {
          ok,
          line: `row_count ${check.table}: ${count} (min ${check.min ?? "-"}, max ${check.max ?? "-"})`,
        }
      })
    case "not_null":
      return Effect.map(
        scalar(`SELECT ${dialect.nullCounts(check.columns)} AS value FROM ${table}${where(check)}`),
        (value) => {
          const counts = (value as unknown[]).map(Number)
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
          `SELECT ${dialect.count} AS value FROM (SELECT 1 FROM ${table}${where(check)} GROUP BY ${check.columns.map(dialect.ident).join(", ")} HAVING count(*) > 1) AS duplicates`,
        ),
        (value) => ({
          ok: Number(value) === 0,
          line: `unique ${check.table} (${check.columns.join(", ")}): ${Number(value)} duplicated key(s)`,
        }),
      )
    case "freshness":
      return Effect.map(
        scalar(`SELECT ${dialect.age(check.column)} AS value FROM ${table}${where(check)}`),
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

export const runChecks = (plan: Plan, task: CheckTaskPlan, context: TaskContext) =>
  Effect.gen(function* () {
    const dialects = new Map<string, CheckDialect>()
    const lines: string[] = []
    const failures: string[] = []
    for (const check of task.checks) {
      let dialect = dialects.get(check.connection)
      if (dialect === undefined) {
        const uri = yield* connectionUri(context.connections, check.connection)
        const options = taskPgOptions(plan.pipeline, task.id)
        dialect =
          plan.connections[check.connection]?.kind === "clickhouse"
            ? clickhouseDialect(
                yield* Effect.mapError(connectClickHouse(uri, options.applicationName), failed),
              )
            : postgresDialect(yield* Effect.mapError(connect(uri, options), failed))
        dialects.set(check.connection, dialect)
      }
      const result = yield* runCheck(dialect, check)
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
