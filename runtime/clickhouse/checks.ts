/**
 * Values ClickHouse would take wrongly, caught before they are sent. Old servers (18.16) read an
 * out-of-range integer modulo its width, an impossible date as a nearby one, `\N` in a non-Nullable column
 * as a default value: all silently. Each column gets a check from its type; a row with a failing value is
 * set aside with a reason, and the few values that need rewriting (booleans as t/f, decimals with
 * trailing zeros past their scale) are rewritten. Columns whose values need nothing are not even split.
 */
import { type BadRow, copyRowValues, type RowChunk, rowStart } from "../rows"
import type { Features } from "./session"
import { type ColumnType, parseType, timeZoneOf } from "./types"

/** null: the value is fine as it is; a string: why it is rejected; bytes: the value to send instead. */
type Verdict = null | string | Uint8Array

type Check = (data: Buffer, start: number, end: number) => Verdict

const TAB = 9
const BACKSLASH = 92
const MINUS = 45
const DOT = 46
const ZERO = 48
const ONE = Buffer.from("1")
const NIL = Buffer.from("0")
const TRUE = Buffer.from("true")
const FALSE = Buffer.from("false")

const text = (data: Buffer, start: number, end: number) => data.toString("utf8", start, end)

const INT_BOUNDS: Record<string, readonly [bigint, bigint]> = {
  Int8: [-128n, 127n],
  Int16: [-32768n, 32767n],
  Int32: [-2147483648n, 2147483647n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt8: [0n, 255n],
  UInt16: [0n, 65535n],
  UInt32: [0n, 4294967295n],
  UInt64: [0n, 18446744073709551615n],
}

const integerCheck = (family: string): Check => {
  const bounds = INT_BOUNDS[family]
  const signed = !family.startsWith("U")
  const small = bounds !== undefined && bounds[1] <= 4294967295n
  const [min, max] = bounds ?? [0n, 0n]
  const minNumber = Number(min)
  const maxNumber = Number(max)
  return (data, start, end) => {
    let i = start
    const negative = data[i] === MINUS
    if (negative) {
      if (!signed) return `${text(data, start, end)} is negative, and ${family} is unsigned`
      i++
    }
    if (i === end) return `"${text(data, start, end)}" is not an integer`
    let value = 0
    for (let j = i; j < end; j++) {
      const digit = (data[j] as number) - ZERO
      if (digit < 0 || digit > 9) return `"${text(data, start, end)}" is not an integer`
      if (small) value = value * 10 + digit
    }
    if (bounds === undefined) return null
    if (small) {
      const signedValue = negative ? -value : value
      return signedValue < minNumber || signedValue > maxNumber
        ? `${text(data, start, end)} is out of range for ${family}`
        : null
    }
    if (end - i < 18) return null
    const big = BigInt(text(data, start, end))
    return big < min || big > max ? `${text(data, start, end)} is out of range for ${family}` : null
  }
}

/** Booleans come as t/f (PostgreSQL), true/false or 1/0; UInt8 and Bool columns take them. */
const booleanCheck = (family: string, fallback: Check): Check => {
  const yes = family === "Bool" ? TRUE : ONE
  const no = family === "Bool" ? FALSE : NIL
  return (data, start, end) => {
    const word = end - start <= 5 ? text(data, start, end).toLowerCase() : ""
    if (word === "t" || word === "true") return yes
    if (word === "f" || word === "false") return no
    return family === "Bool"
      ? word === "1"
        ? yes
        : word === "0"
          ? no
          : `"${word}" is not a boolean`
      : fallback(data, start, end)
  }
}

const decimalCheck = (precision: number, scale: number, family: string): Check => {
  const integerDigits = precision - scale
  return (data, start, end) => {
    let i = start
    if (data[i] === MINUS) i++
    let digitsBefore = 0
    let leading = true
    let point = -1
    for (let j = i; j < end; j++) {
      const byte = data[j] as number
      if (byte === DOT && point === -1) {
        point = j
        continue
      }
      if (byte < ZERO || byte > ZERO + 9) return `"${text(data, start, end)}" is not a decimal number`
      if (point === -1) {
        if (leading && byte === ZERO) continue
        leading = false
        digitsBefore++
      }
    }
    if (end === i || (point === i && end === i + 1))
      return `"${text(data, start, end)}" is not a decimal number`
    if (digitsBefore > integerDigits) return `${text(data, start, end)} does not fit ${family}`
    if (point === -1 || end - point - 1 <= scale) return null
    for (let j = point + 1 + scale; j < end; j++) {
      if (data[j] !== ZERO) return `${text(data, start, end)} has more than ${scale} decimal places`
    }
    // Zeros past the scale change nothing but are refused by the server: drop them.
    return data.subarray(start, scale === 0 ? point : point + 1 + scale)
  }
}

const digitsAt = (data: Buffer, at: number, count: number): number => {
  let value = 0
  for (let i = at; i < at + count; i++) {
    const digit = (data[i] as number) - ZERO
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days since the epoch of `YYYY-MM-DD` at `start`, or null when it is no real date. */
const dateAt = (data: Buffer, start: number): number | null => {
  const year = digitsAt(data, start, 4)
  const month = digitsAt(data, start + 5, 2)
  const day = digitsAt(data, start + 8, 2)
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    data[start + 4] !== MINUS ||
    data[start + 7] !== MINUS
  ) {
    return null
  }
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return null
  return daysFromCivil(year, month, day)
}

const dateCheck =
  (minDays: number, maxDays: number, family: string): Check =>
  (data, start, end) => {
    const days = end - start === 10 ? dateAt(data, start) : null
    if (days === null) return `"${text(data, start, end)}" is not a date (YYYY-MM-DD)`
    return days < minDays || days > maxDays
      ? `${text(data, start, end)} is outside the range of ${family}`
      : null
  }

/**
 * Seconds since the epoch of `YYYY-MM-DD[ T]hh:mm[:ss[.fff]][Z|±hh[:mm]]`; naive times count as UTC, and
 * `naive` tells the caller so. null: no real timestamp.
 */
const timestampAt = (
  data: Buffer,
  start: number,
  end: number,
): { seconds: number; naive: boolean } | null => {
  const days = end - start >= 10 ? dateAt(data, start) : null
  if (days === null) return null
  let i = start + 10
  let seconds = days * 86400
  if (i < end && (data[i] === 32 || data[i] === 84)) {
    const hour = digitsAt(data, i + 1, 2)
    const minute = digitsAt(data, i + 4, 2)
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || data[i + 3] !== 58) return null
    seconds += hour * 3600 + minute * 60
    i += 6
    if (i < end && data[i] === 58) {
      const second = digitsAt(data, i + 1, 2)
      if (second < 0 || second > 59) return null
      seconds += second
      i += 3
      if (i < end && data[i] === DOT) {
        i++
        const from = i
        while (i < end && (data[i] as number) >= ZERO && (data[i] as number) <= ZERO + 9) i++
        if (i === from) return null
      }
    }
  }
  if (i === end) return { seconds, naive: true }
  if (data[i] === 90 && i + 1 === end) return { seconds, naive: false }
  const sign = data[i] === 43 ? 1 : data[i] === MINUS ? -1 : 0
  if (sign === 0) return null
  const offsetHours = digitsAt(data, i + 1, 2)
  if (offsetHours < 0 || offsetHours > 15) return null
  i += 3
  let offsetMinutes = 0
  if (i < end) {
    if (data[i] === 58) i++
    offsetMinutes = digitsAt(data, i, 2)
    if (offsetMinutes < 0 || offsetMinutes > 59 || i + 2 !== end) return null
  }
  return { seconds: seconds - sign * (offsetHours * 3600 + offsetMinutes * 60), naive: false }
}

/** Half a day and more of slack for naive times in a zone other than UTC, whose offset is unknown here. */
const ZONE_SLACK = 15 * 3600

const timestampCheck = (minSeconds: number, maxSeconds: number, type: ColumnType): Check => {
  const zone = timeZoneOf(type)
  const utc = zone === null || zone === "UTC" || zone === "Etc/UTC"
  return (data, start, end) => {
    const parsed = timestampAt(data, start, end)
    if (parsed === null)
      return `"${text(data, start, end)}" is not a timestamp (YYYY-MM-DD hh:mm:ss[.f][±hh:mm])`
    const slack = parsed.naive && !utc ? ZONE_SLACK : 0
    return parsed.seconds < minSeconds + slack || parsed.seconds > maxSeconds - slack
      ? `${text(data, start, end)} is outside the range of ${type.base}`
      : null
  }
}

const HEX = new Uint8Array(256)
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1

const uuidCheck: Check = (data, start, end) => {
  const bad = () => `"${text(data, start, end)}" is not a UUID`
  if (end - start !== 36) return bad()
  for (let i = 0; i < 36; i++) {
    const byte = data[start + i] as number
    if (i === 8 || i === 13 || i === 18 || i === 23 ? byte !== MINUS : HEX[byte] !== 1) return bad()
  }
  return null
}

const DAY = 86400

/** The last day old servers store in Date and DateTime: later ones become 0000-00-00. */
const OLD_LAST_DAY = daysFromCivil(2105, 12, 31)

type DateFeatures = Pick<Features, "wideDateRanges">

/** The check of one column's values, or null when the server takes any text correctly. */
const valueCheck = (type: ColumnType, sourceType: string | null, features: DateFeatures): Check | null => {
  const wide = features.wideDateRanges
  const { family, args } = type
  if (family in INT_BOUNDS || /^U?Int(128|256)$/.test(family)) {
    const integer = integerCheck(family)
    const boolish = family === "UInt8" || /^bool/.test(sourceType ?? "")
    return boolish ? booleanCheck(family, integer) : integer
  }
  switch (family) {
    case "Bool":
      return booleanCheck("Bool", () => null)
    case "Decimal":
      return decimalCheck(Number(args[0] ?? 10), Number(args[1] ?? 0), type.base)
    case "Decimal32":
    case "Decimal64":
    case "Decimal128":
      return decimalCheck(
        { Decimal32: 9, Decimal64: 18, Decimal128: 38 }[family],
        Number(args[0] ?? 0),
        type.base,
      )
    case "Date":
      return dateCheck(0, wide ? daysFromCivil(2149, 6, 6) : OLD_LAST_DAY, "Date")
    case "Date32":
      return wide
        ? dateCheck(daysFromCivil(1900, 1, 1), daysFromCivil(2299, 12, 31), "Date32")
        : dateCheck(daysFromCivil(1925, 1, 1), daysFromCivil(2283, 11, 11), "Date32")
    case "DateTime":
      return timestampCheck(0, wide ? 4294967295 : (OLD_LAST_DAY + 1) * DAY - 1, type)
    case "DateTime64":
      return wide
        ? timestampCheck(daysFromCivil(1900, 1, 1) * DAY, daysFromCivil(2300, 1, 1) * DAY - 1, type)
        : timestampCheck(daysFromCivil(1925, 1, 1) * DAY, (daysFromCivil(2283, 11, 11) + 1) * DAY - 1, type)
    case "UUID":
      return uuidCheck
    default:
      return null
  }
}

export interface CheckedColumn {
  readonly name: string
  /** The target column's ClickHouse type. */
  readonly type: string
  /** The source's type for the column, if it has one (PostgreSQL's, e.g. `boolean`). */
  readonly sourceType: string | null
  /** The source's ClickHouse type, when the source is ClickHouse. */
  readonly clickhouseSourceType?: string | null
}

const PG_INTEGER_FITS: Record<string, ReadonlyArray<string>> = {
  smallint: ["Int16", "Int32", "Int64", "Int128", "Int256"],
  integer: ["Int32", "Int64", "Int128", "Int256"],
  bigint: ["Int64", "Int128", "Int256"],
}

/**
 * Whether every value of the source's type is already a valid value of the target's, so that checking
 * each one would find nothing: a PostgreSQL integer into a ClickHouse integer at least as wide, a
 * numeric(p, s) into a Decimal with at least as many integer and fraction digits, a uuid into UUID, a
 * ClickHouse column into one of the same type. Dates and times are not: ClickHouse's ranges are narrower.
 */
const guaranteed = (target: ColumnType, column: CheckedColumn): boolean => {
  if (column.clickhouseSourceType != null) {
    return parseType(column.clickhouseSourceType).base === target.base
  }
  const source = (column.sourceType ?? "").toLowerCase()
  if (PG_INTEGER_FITS[source]?.includes(target.family)) return true
  if (source === "uuid") return target.family === "UUID"
  const numeric = /^numeric\((\d+),(\d+)\)$/.exec(source.replace(/\s/g, ""))
  if (numeric !== null && target.family === "Decimal") {
    const [precision, scale] = [Number(numeric[1]), Number(numeric[2])]
    const [targetPrecision, targetScale] = [Number(target.args[0] ?? 10), Number(target.args[1] ?? 0)]
    return targetScale >= scale && targetPrecision - targetScale >= precision - scale
  }
  return false
}

export interface CheckedChunk {
  /** The rows to send: the chunk itself when nothing was rejected or rewritten. */
  readonly chunk: RowChunk
  readonly rejected: ReadonlyArray<BadRow>
}

export class RowChecks {
  private readonly checks: ReadonlyArray<Check | null>
  private readonly notNull: ReadonlyArray<boolean>
  /** Fields past this index need nothing: rows are not split further. */
  private readonly last: number

  constructor(
    private readonly columns: ReadonlyArray<CheckedColumn>,
    features: DateFeatures,
  ) {
    const types = columns.map((column) => parseType(column.type))
    this.checks = types.map((type, index) => {
      const column = columns[index] as CheckedColumn
      return guaranteed(type, column) ? null : valueCheck(type, column.sourceType, features)
    })
    this.notNull = types.map((type) => !type.nullable)
    let last = -1
    types.forEach((_, index) => {
      if (this.checks[index] !== null || this.notNull[index]) last = index
    })
    this.last = last
  }

  apply(chunk: RowChunk): CheckedChunk {
    if (this.last < 0 || chunk.rows === 0) return { chunk, rejected: [] }
    const { data } = chunk
    const rejected: BadRow[] = []
    // Built only once a row is rejected or a value rewritten: most chunks go out untouched.
    let out: Buffer[] | null = null
    let outEnds: number[] = []
    let outNumbers: number[] = []
    let outBytes = 0
    const startOutput = (row: number) => {
      out = [data.subarray(0, rowStart(chunk, row))]
      outBytes = out[0]?.length ?? 0
      outEnds = Array.from(chunk.rowEnds.subarray(0, row))
      outNumbers = Array.from(chunk.rowNumbers.subarray(0, row))
    }
    const { checks, notNull, last } = this
    // The last column ends where the row does: no search for its tab.
    const lastColumn = this.columns.length - 1
    const rowEnds = chunk.rowEnds
    for (let row = 0; row < chunk.rows; row++) {
      const rowFrom = row === 0 ? 0 : (rowEnds[row - 1] as number)
      const rowEnd = (rowEnds[row] as number) - 1
      let fieldStart = rowFrom
      let reason: string | null = null
      let rewrites: Array<[number, number, Uint8Array]> | null = null
      for (let column = 0; column <= last; column++) {
        let fieldEnd = column === lastColumn ? rowEnd : data.indexOf(TAB, fieldStart)
        if (fieldEnd === -1 || fieldEnd > rowEnd) fieldEnd = rowEnd
        const isNull =
          fieldEnd - fieldStart === 2 && data[fieldStart] === BACKSLASH && data[fieldStart + 1] === 78
        if (isNull) {
          if (notNull[column]) {
            reason = `column ${this.columns[column]?.name}: NULL in a column that is not Nullable`
            break
          }
        } else {
          const check = checks[column]
          const verdict = check === null || check === undefined ? null : check(data, fieldStart, fieldEnd)
          if (typeof verdict === "string") {
            reason = `column ${this.columns[column]?.name}: ${verdict}`
            break
          }
          if (verdict !== null) {
            rewrites ??= []
            rewrites.push([fieldStart, fieldEnd, verdict])
          }
        }
        if (fieldEnd >= rowEnd) break
        fieldStart = fieldEnd + 1
      }
      if (out === null) {
        if (reason === null && rewrites === null) continue
        startOutput(row)
      }
      const parts = out as unknown as Buffer[]
      if (reason !== null) {
        rejected.push({
          row: chunk.rowNumbers[row] ?? 0,
          reason,
          raw: rowJson(this.columns, data.subarray(rowFrom, rowEnd + 1)),
        })
        continue
      }
      let at = rowFrom
      for (const [from, to, value] of rewrites ?? []) {
        parts.push(data.subarray(at, from), Buffer.from(value))
        outBytes += from - at + value.length
        at = to
      }
      parts.push(data.subarray(at, rowEnd + 1))
      outBytes += rowEnd + 1 - at
      outEnds.push(outBytes)
      outNumbers.push(chunk.rowNumbers[row] ?? 0)
    }
    if (out === null) return { chunk, rejected }
    return {
      chunk: {
        data: Buffer.concat(out, outBytes),
        rowEnds: Int32Array.from(outEnds),
        rowNumbers: Float64Array.from(outNumbers),
        rows: outEnds.length,
        bad: chunk.bad,
        read: chunk.read,
      },
      rejected,
    }
  }
}

export const rowJson = (columns: ReadonlyArray<{ readonly name: string }>, row: Buffer): string => {
  const values = copyRowValues(row)
  return JSON.stringify(Object.fromEntries(columns.map((column, i) => [column.name, values[i] ?? null])))
}
