/**
 * A load task's `mask` against the rest of the task: a masked column must still do every job the spec
 * gives it (select the interval, identify a row, order or partition a table) and fit the type a target
 * declares for it.
 */
import type { DiagnosticCode } from "../diagnostics"
import { quote, shorten } from "../diagnostics"
import type { ConnectionKind, LoadTask, Target } from "../spec/schema"

export interface MaskProblem {
  readonly code: DiagnosticCode
  /** The masked column: every problem is reported at its entry under `mask`. */
  readonly column: string
  readonly message: string
}

export const maskProblems = (
  task: LoadTask,
  connectionKind: (name: string) => ConnectionKind | undefined,
): MaskProblem[] => {
  const problems: MaskProblem[] = []
  const cursor = task.source.incremental?.cursor
  const fileColumns =
    task.source.kind === "file" && task.source.csv?.header === false ? task.source.csv.columns : undefined
  for (const [column, setting] of Object.entries(task.mask ?? {})) {
    const method = setting === "hash" ? "hash" : "null"
    const problem = (code: DiagnosticCode, message: string) => problems.push({ code, column, message })
    if (column === cursor) {
      problem(
        "mask_cursor",
        `${quote(column)} is the incremental cursor, which selects each run's rows by their value: it cannot be masked`,
      )
    }
    if (fileColumns !== undefined && !fileColumns.includes(column)) {
      problem("mask_unknown_column", `${quote(column)} is not among the source's csv.columns`)
    }
    for (const target of task.targets) {
      const kind = connectionKind(target.connection)
      const where = shorten(`${target.connection}:${target.table}`)
      const roles = keyRoles(target, column)
      if (method === "null" && roles.length > 0) {
        problem(
          "mask_key",
          `a null mask would load ${quote(column)} as NULL, but it is the ${roles.join(" and ")} of ${where}`,
        )
      }
      if (method === "hash" && target.version === column) {
        problem(
          "mask_key",
          `${quote(column)} is the version of ${where}, which must be a number or a time, and a hash is text`,
        )
      }
      const declared = target.columns?.[column]
      if (declared === undefined || (kind !== "postgres" && kind !== "clickhouse")) continue
      if (method === "hash" && !holdsHash(kind, declared)) {
        problem(
          "mask_type",
          `a hash is 64 hex characters of text, which ${where} cannot store in ${quote(column)} declared ${quote(declared)}; declare ${kind === "postgres" ? "text" : "String"}`,
        )
      }
      if (method === "null" && !holdsNull(kind, declared)) {
        problem(
          "mask_type",
          `a null mask loads NULL, which ${where} cannot store in ${quote(column)} declared ${quote(declared)}${kind === "clickhouse" ? `; declare Nullable(${declared})` : ""}`,
        )
      }
    }
  }
  return problems
}

/** Where a column is part of a target's keys, in the spec's words. */
const keyRoles = (target: Target, column: string): string[] => {
  const roles: string[] = []
  if (target.primary_key?.includes(column)) roles.push("primary_key")
  if (target.order_by?.includes(column)) roles.push("order_by")
  if (target.version === column) roles.push("version")
  if (target.partition_by !== undefined && mentions(target.partition_by, column)) roles.push("partition_by")
  return roles
}

/** Whether an expression such as `toYYYYMM(created_at)` names the column. */
const mentions = (expression: string, column: string): boolean =>
  new RegExp(`(^|[^A-Za-z0-9_])${column}($|[^A-Za-z0-9_])`).test(expression)

const POSTGRES_TEXT =
  /^(?:text|citext|bpchar|varchar|character varying|(?:varchar|character varying|char|character|bpchar) ?\( ?(\d+) ?\))$/

const CLICKHOUSE_WRAPPER = /^(?:LowCardinality|Nullable)\((.*)\)$/

/** The declared type without LowCardinality and Nullable around it. */
const clickhouseBase = (type: string): string => {
  let base = type.trim()
  for (let inner = CLICKHOUSE_WRAPPER.exec(base); inner !== null; inner = CLICKHOUSE_WRAPPER.exec(base)) {
    base = (inner[1] ?? "").trim()
  }
  return base
}

const holdsHash = (kind: "postgres" | "clickhouse", declared: string): boolean => {
  if (kind === "postgres") {
    const text = POSTGRES_TEXT.exec(declared.toLowerCase().replace(/\s+/g, " ").trim())
    return text !== null && (text[1] === undefined || Number(text[1]) >= 64)
  }
  const base = clickhouseBase(declared)
  const fixed = /^FixedString\( ?(\d+) ?\)$/.exec(base)
  return base === "String" || (fixed !== null && Number(fixed[1]) >= 64)
}

const holdsNull = (kind: "postgres" | "clickhouse", declared: string): boolean =>
  kind === "postgres"
    ? !/\bnot\s+null\b/i.test(declared)
    : /^(?:LowCardinality\()?Nullable\(/.test(declared.trim())
