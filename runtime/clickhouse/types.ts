/**
 * ClickHouse column types: parsing the server's type names, choosing a type for a new column from the
 * source's metadata, fitting a spec's type to what the server supports, and the PostgreSQL type of a
 * ClickHouse column (for ClickHouse → PostgreSQL loads).
 */
import type { SourceColumn } from "../rows"
import type { Features } from "./session"

export interface ColumnType {
  readonly nullable: boolean
  readonly lowCardinality: boolean
  /** The type without Nullable/LowCardinality, e.g. `Decimal(18, 4)` or `DateTime('UTC')`. */
  readonly base: string
  /** `Decimal`, `DateTime64`, `Int32`, … */
  readonly family: string
  /** Arguments inside the parentheses, as written (quotes kept). */
  readonly args: ReadonlyArray<string>
}

const unwrap = (type: string, wrapper: string): string | null => {
  const prefix = `${wrapper}(`
  return type.startsWith(prefix) && type.endsWith(")") ? type.slice(prefix.length, -1).trim() : null
}

/** Splits top-level comma-separated arguments, leaving nested parentheses and quoted strings intact. */
const splitArgs = (text: string): string[] => {
  const out: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === "\\") i++
      else if (char === "'") quoted = false
    } else if (char === "'") quoted = true
    else if (char === "(") depth++
    else if (char === ")") depth--
    else if (char === "," && depth === 0) {
      out.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  const last = text.slice(start).trim()
  if (last !== "") out.push(last)
  return out
}

export const parseType = (text: string): ColumnType => {
  let type = text.trim()
  let nullable = false
  let lowCardinality = false
  for (;;) {
    const low = unwrap(type, "LowCardinality")
    if (low !== null) {
      lowCardinality = true
      type = low
      continue
    }
    const inner = unwrap(type, "Nullable")
    if (inner !== null) {
      nullable = true
      type = inner
      continue
    }
    break
  }
  const open = type.indexOf("(")
  const family = open === -1 ? type : type.slice(0, open)
  const args = open === -1 || !type.endsWith(")") ? [] : splitArgs(type.slice(open + 1, -1))
  return { nullable, lowCardinality, base: type, family, args }
}

export const formatType = (type: Pick<ColumnType, "nullable" | "lowCardinality" | "base">): string => {
  const inner = type.nullable ? `Nullable(${type.base})` : type.base
  return type.lowCardinality ? `LowCardinality(${inner})` : inner
}

/** Quoted time zone argument of DateTime/DateTime64, or null. */
export const timeZoneOf = (type: ColumnType): string | null => {
  const zone =
    type.family === "DateTime" ? type.args[0] : type.family === "DateTime64" ? type.args[1] : undefined
  return zone === undefined ? null : zone.replace(/^'|'$/g, "")
}

/**
 * The type a new column gets from the source's PostgreSQL type (null: a file or API with no types, kept
 * as text). Unbounded numerics and anything without an exact ClickHouse twin stay String: no value is
 * ever rounded to fit a column airspec chose.
 */
export const typeForSource = (column: SourceColumn, features: Features): string => {
  if (column.clickhouseType !== undefined && column.clickhouseType !== null) {
    return column.clickhouseType
  }
  const pg = (column.type ?? "text").toLowerCase().trim()
  const timestamp = features.dateTime64 ? "DateTime64(6, 'UTC')" : "DateTime('UTC')"
  if (pg === "smallint" || pg === "int2") return "Int16"
  if (pg === "integer" || pg === "int" || pg === "int4") return "Int32"
  if (pg === "bigint" || pg === "int8") return "Int64"
  if (pg === "real" || pg === "float4") return "Float32"
  if (pg === "double precision" || pg === "float8") return "Float64"
  if (pg === "boolean" || pg === "bool") return features.bool ? "Bool" : "UInt8"
  if (pg === "date") return features.date32 ? "Date32" : "Date"
  if (pg.startsWith("timestamp")) return timestamp
  if (pg === "uuid") return "UUID"
  const numeric = /^(?:numeric|decimal)\((\d+)(?:,\s*(\d+))?\)$/.exec(pg)
  if (numeric !== null) {
    const precision = Number(numeric[1])
    const scale = Number(numeric[2] ?? 0)
    if (precision <= 38 && scale <= precision) return `Decimal(${precision}, ${scale})`
  }
  return "String"
}

export interface TypeFit {
  readonly type: string
  /** Why the declared type was changed, for a warning; null when it was kept. */
  readonly note: string | null
}

/**
 * A declared type made to fit the server: LowCardinality is dropped before 19.0, DateTime64 becomes
 * DateTime (whole seconds) before 20.1, Bool becomes UInt8 and Date32 becomes Date where they are missing.
 */
export const fitType = (declared: string, features: Features): TypeFit => {
  const type = parseType(declared)
  const notes: string[] = []
  let { base, lowCardinality } = type
  if (lowCardinality && !features.lowCardinality) {
    lowCardinality = false
    notes.push("LowCardinality needs ClickHouse 19.0")
  }
  if (type.family === "DateTime64" && !features.dateTime64) {
    const zone = type.args[1]
    base = zone === undefined ? "DateTime" : `DateTime(${zone})`
    notes.push("DateTime64 needs ClickHouse 20.1; sub-second digits are dropped")
  }
  if (type.family === "Bool" && !features.bool) {
    base = "UInt8"
    notes.push("Bool needs ClickHouse 21.12")
  }
  if (type.family === "Date32" && !features.date32) {
    base = "Date"
    notes.push("Date32 needs ClickHouse 21.9")
  }
  return {
    type: formatType({ nullable: type.nullable, lowCardinality, base }),
    note: notes.length === 0 ? null : notes.join("; "),
  }
}

/** The PostgreSQL type for a ClickHouse column, for tables a ClickHouse source creates in PostgreSQL. */
export const postgresTypeFor = (clickhouse: string): string => {
  const type = parseType(clickhouse)
  switch (type.family) {
    case "Int8":
    case "UInt8":
    case "Int16":
      return "smallint"
    case "UInt16":
    case "Int32":
      return "integer"
    case "UInt32":
    case "Int64":
      return "bigint"
    case "UInt64":
      return "numeric(20,0)"
    case "Int128":
    case "UInt128":
    case "Int256":
    case "UInt256":
      return "numeric"
    case "Float32":
      return "real"
    case "Float64":
      return "double precision"
    case "Decimal":
      return `numeric(${type.args[0] ?? 38},${type.args[1] ?? 0})`
    case "Decimal32":
      return `numeric(9,${type.args[0] ?? 0})`
    case "Decimal64":
      return `numeric(18,${type.args[0] ?? 0})`
    case "Decimal128":
      return `numeric(38,${type.args[0] ?? 0})`
    case "Bool":
      return "boolean"
    case "Date":
    case "Date32":
      return "date"
    case "DateTime":
    case "DateTime64":
      return "timestamptz"
    case "UUID":
      return "uuid"
    default:
      return "text"
  }
}
