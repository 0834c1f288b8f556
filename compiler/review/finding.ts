/** What stage A reports: a rule's id, how bad it is, where (the head element), and why. */
import type { Location, SpecPair } from "./diff"

export type Severity = "blocking" | "warning"

export const RULES = {
  removed_column_used_downstream: "blocking",
  key_changed: "blocking",
  write_mode_changed: "blocking",
  retries_removed: "warning",
  daily_full_refresh_large_table: "warning",
  clickhouse_without_order_by: "warning",
  merge_without_primary_key: "blocking",
  pii_unmasked: "blocking",
  literal_secret: "blocking",
  compile_error: "blocking",
} as const satisfies Record<string, Severity>

export type RuleId = keyof typeof RULES

export interface Finding extends Location {
  readonly rule: RuleId
  readonly severity: Severity
  /** One line; never quotes a secret. */
  readonly message: string
}

export const finding = (rule: RuleId, at: Location, message: string): Finding => ({
  rule,
  severity: RULES[rule],
  file: at.file,
  line: at.line,
  col: at.col,
  message,
})

const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, warning: 1 }

export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.col - b.col ||
  (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
  (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)

export const quoteName = (name: string): string => JSON.stringify(name)

/** Rows in a table, by Airflow conn_id and table name as the spec writes it; undefined when unknown. */
export type TableRows = (connId: string, table: string) => number | undefined

export interface ReviewContext {
  /**
   * Table sizes for `daily_full_refresh_large_table`. Nothing provides it yet: table introspection
   * (`--table`) will; without it the rule fires and says that the size is unknown.
   */
  readonly tableRows?: TableRows | undefined
}

export interface RuleInput {
  readonly pairs: ReadonlyArray<SpecPair>
  readonly context: ReviewContext
}

export type Rule = (input: RuleInput) => ReadonlyArray<Finding>
