/** Every problem the compiler reports, located in the file it came from. Tests assert on `code`. */
export type DiagnosticCode =
  // YAML text
  | "yaml_syntax"
  | "yaml_too_large"
  | "yaml_too_deep"
  | "yaml_alias_limit"
  | "yaml_encoding"
  | "too_many_errors"
  // shape (effect/Schema)
  | "unknown_key"
  | "missing_key"
  | "invalid_type"
  | "invalid_value"
  // meaning
  | "invalid_id"
  | "duplicate_pipeline"
  | "unknown_task"
  | "self_dependency"
  | "dependency_cycle"
  | "invalid_schedule"
  | "invalid_date"
  | "invalid_timezone"
  | "invalid_param_default"
  | "unknown_connection"
  | "connection_kind_mismatch"
  | "exactly_one_of"
  | "missing_option"
  | "option_not_applicable"
  | "merge_requires_primary_key"
  | "merge_order_by"
  | "window_requires_incremental"
  | "needs_interval_schedule"
  | "duplicate_target"
  | "mask_cursor"
  | "mask_key"
  | "mask_type"
  | "mask_unknown_column"
  | "file_not_found"

export interface Position {
  readonly line: number
  readonly col: number
}

export interface Diagnostic extends Position {
  readonly file: string
  readonly code: DiagnosticCode
  readonly message: string
  /** Dotted path inside the spec, e.g. `tasks.orders.targets[0].write`. */
  readonly path: string
}

export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (out, segment) =>
      typeof segment === "number"
        ? `${out}[${segment}]`
        : out === ""
          ? String(segment)
          : `${out}.${String(segment)}`,
    "",
  )

/** Stable order: by file, then position, then code (code-point comparison, not locale). */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col || compareStrings(a.code, b.code)

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const QUOTE_LIMIT = 80

/**
 * A user's value inside a message: quoted, escaped to one line and cut short, so that no spec can make
 * a message span lines (and forge more diagnostics) or repeat a megabyte of input.
 */
export const quote = (value: string | number): string => JSON.stringify(shorten(String(value)))

/** Text that cannot hold a line break (a table name, an id) cut short the same way, without quotes. */
export const shorten = (text: string): string =>
  text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text
