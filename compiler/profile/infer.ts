/**
 * What one value looks like, and the narrowest column type that every value of a column loads into
 * unchanged. Values are the exact text a source hands the runtime (which passes it through as it is), so
 * the rules read the text and never parse numbers into floats.
 */

export type ColumnType =
  | "boolean"
  | "integer"
  | "bigint"
  | "decimal"
  | "float"
  | "date"
  | "timestamp"
  | "timestamptz"
  | "text"
  | "json"

/** Digits before and after the point: what a numeric(p, s) / Decimal(p, s) needs. */
export interface Digits {
  readonly integer: number
  readonly scale: number
}

export type ValueKind =
  | { readonly kind: "empty" }
  | { readonly kind: "boolean" }
  | { readonly kind: "integer"; readonly size: "integer" | "bigint" | "wide"; readonly digits: Digits }
  | { readonly kind: "decimal"; readonly digits: Digits }
  | { readonly kind: "float" }
  /** Digits with a zero in front ("007", "00501"): a code, whose zeros a number would lose. */
  | { readonly kind: "code" }
  | { readonly kind: "date"; readonly format: string }
  | {
      readonly kind: "timestamp"
      readonly withZone: boolean
      readonly format: string
      readonly fraction: number
    }
  | { readonly kind: "json" }
  | { readonly kind: "text" }

/** Both databases' largest exact decimal (ClickHouse's Decimal128; 18.16 has no Decimal256). */
export const MAX_PRECISION = 38

const INT32_MAX = 2n ** 31n - 1n
const INT64_MAX = 2n ** 63n - 1n

const BOOLEANS = new Set(["true", "false", "t", "f", "yes", "no"])

const INTEGER = /^-?(\d+)$/
const DECIMAL = /^-?(\d*)\.(\d+)$/
const FLOAT = /^-?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/
const LEADING_ZERO = /^-?0\d/
const DATE = /^(\d{4})([-/])(\d{2})\2(\d{2})$/
const TIMESTAMP =
  /^(\d{4})([-/])(\d{2})\2(\d{2})([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/

export const classify = (value: string): ValueKind => {
  if (value === "") return { kind: "empty" }
  if (BOOLEANS.has(value.toLowerCase())) return { kind: "boolean" }
  const first = value.charCodeAt(0)
  if (first === 45 /* - */ || first === 46 /* . */ || (first >= 48 && first <= 57)) return number(value)
  if (first === 123 /* { */ || first === 91 /* [ */)
    return isJson(value) ? { kind: "json" } : { kind: "text" }
  return { kind: "text" }
}

const number = (value: string): ValueKind => {
  if (LEADING_ZERO.test(value) && /^-?\d+(\.\d+)?$/.test(value)) return { kind: "code" }
  const integer = INTEGER.exec(value)
  if (integer !== null) {
    const magnitude = BigInt(value.startsWith("-") ? value.slice(1) : value)
    // -2^31 and -2^63 fit too
    const limit = (max: bigint) => magnitude <= (value.startsWith("-") ? max + 1n : max)
    const size = limit(INT32_MAX) ? "integer" : limit(INT64_MAX) ? "bigint" : "wide"
    return { kind: "integer", size, digits: { integer: (integer[1] as string).length, scale: 0 } }
  }
  const decimal = DECIMAL.exec(value)
  if (decimal !== null) {
    const whole = (decimal[1] as string).replace(/^0+/, "")
    return { kind: "decimal", digits: { integer: whole.length, scale: (decimal[2] as string).length } }
  }
  if (FLOAT.test(value)) return { kind: "float" }
  return dateOrTimestamp(value)
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const validDate = (year: number, month: number, day: number): boolean => {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && !leap ? 28 : (DAYS[month - 1] as number))
}

const dateOrTimestamp = (value: string): ValueKind => {
  const date = DATE.exec(value)
  if (date !== null) {
    const [, year, sep, month, day] = date
    if (!validDate(Number(year), Number(month), Number(day))) return { kind: "text" }
    return { kind: "date", format: `YYYY${sep}MM${sep}DD` }
  }
  const ts = TIMESTAMP.exec(value)
  if (ts === null) return { kind: "text" }
  const [, year, sep, month, day, t, hour, minute, second, fraction, z, sign, zoneHour, zoneMinute] = ts
  if (!validDate(Number(year), Number(month), Number(day))) return { kind: "text" }
  if (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59))
    return { kind: "text" }
  if (sign !== undefined && (Number(zoneHour) > 15 || Number(zoneMinute ?? "0") > 59)) return { kind: "text" }
  const time = second === undefined ? "HH:MI" : "HH:MI:SS{fraction}"
  const zone =
    z !== undefined
      ? "Z"
      : sign === undefined
        ? ""
        : zoneMinute === undefined
          ? "+HH"
          : value.at(-3) === ":"
            ? "+HH:MM"
            : "+HHMM"
  return {
    kind: "timestamp",
    withZone: zone !== "",
    format: `YYYY${sep}MM${sep}DD${t}${time}${zone}`,
    fraction: fraction?.length ?? 0,
  }
}

const isJson = (value: string): boolean => {
  try {
    JSON.parse(value)
    return true
  } catch {
    return false
  }
}

/** What a column's values add up to; `add` folds one classified value in. */
export interface Summary {
  /** Value kinds seen (`empty` included). */
  readonly kinds: Set<ValueKind["kind"]>
  size: "integer" | "bigint" | "wide"
  integerDigits: number
  scale: number
  withZone: boolean
  withoutZone: boolean
  fraction: number
  /** Date and timestamp formats seen, fraction digits as `{fraction}`. */
  readonly formats: Set<string>
}

export const emptySummary = (): Summary => ({
  kinds: new Set(),
  size: "integer",
  integerDigits: 0,
  scale: 0,
  withZone: false,
  withoutZone: false,
  fraction: 0,
  formats: new Set(),
})

const SIZES = ["integer", "bigint", "wide"] as const

export const add = (summary: Summary, value: ValueKind): void => {
  summary.kinds.add(value.kind)
  switch (value.kind) {
    case "integer":
      if (SIZES.indexOf(value.size) > SIZES.indexOf(summary.size)) summary.size = value.size
      summary.integerDigits = Math.max(summary.integerDigits, value.digits.integer)
      break
    case "decimal":
      summary.integerDigits = Math.max(summary.integerDigits, value.digits.integer)
      summary.scale = Math.max(summary.scale, value.digits.scale)
      break
    case "date":
      summary.formats.add(value.format)
      break
    case "timestamp":
      if (value.withZone) summary.withZone = true
      else summary.withoutZone = true
      summary.fraction = Math.max(summary.fraction, value.fraction)
      summary.formats.add(value.format)
      break
  }
}

export interface Inferred {
  readonly type: ColumnType
  readonly decimal: { readonly precision: number; readonly scale: number } | null
  readonly timestamp: { readonly withZone: boolean; readonly format: string } | null
}

const TEXT: Inferred = { type: "text", decimal: null, timestamp: null }

const only = (kinds: Set<string>, allowed: ReadonlyArray<string>): boolean =>
  kinds.size > 0 && [...kinds].every((kind) => allowed.includes(kind))

/** The narrowest type every value fits; anything mixed (an empty string among numbers too) is text. */
export const infer = (summary: Summary): Inferred => {
  const { kinds } = summary
  if (only(kinds, ["boolean"])) return { type: "boolean", decimal: null, timestamp: null }
  if (only(kinds, ["json"])) return { type: "json", decimal: null, timestamp: null }
  if (only(kinds, ["integer", "decimal", "float"])) {
    if (kinds.has("float")) return { type: "float", decimal: null, timestamp: null }
    if (!kinds.has("decimal") && summary.size !== "wide")
      return { type: summary.size, decimal: null, timestamp: null }
    const precision = Math.max(1, summary.integerDigits + summary.scale)
    if (precision > MAX_PRECISION) return TEXT
    return { type: "decimal", decimal: { precision, scale: summary.scale }, timestamp: null }
  }
  if (only(kinds, ["date"]))
    return { type: "date", decimal: null, timestamp: { withZone: false, format: formats(summary) } }
  if (only(kinds, ["date", "timestamp"])) {
    // a day among zoned timestamps, or zoned next to unzoned ones, has no single meaning
    if (summary.withZone && (summary.withoutZone || kinds.has("date"))) return TEXT
    const withZone = summary.withZone
    return {
      type: withZone ? "timestamptz" : "timestamp",
      decimal: null,
      timestamp: { withZone, format: formats(summary) },
    }
  }
  return TEXT
}

const formats = (summary: Summary): string =>
  [...summary.formats]
    .map((format) =>
      format.replace("{fraction}", summary.fraction > 0 ? `.${"F".repeat(summary.fraction)}` : ""),
    )
    .filter((format, index, all) => all.indexOf(format) === index)
    .sort(byCodePoint)
    .join(" | ")

/** Code-point order, independent of the locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
