/**
 * Column masking: the spec's `mask` applied to COPY-text chunks before any target sees them, so that
 * every target, the value checks and the quarantine only ever hold masked values.
 *
 * `hash` replaces a value by the lowercase hex SHA-256 of its decoded bytes (the UTF-8 text the source
 * gave, not its COPY escaping); `null` replaces it by NULL; NULL stays NULL either way. Only rows of a
 * task with a mask pay for this: the rest of each row is copied as it is.
 */
import * as crypto from "node:crypto"
import type { MaskPlan } from "../compiler/plan/plan"
import { parseType } from "./clickhouse/types"
import type { BadRow, RowChunk, SourceColumn } from "./rows"
import { recordOfText, recordText, textOf } from "./sources/records"

export type MaskMethod = MaskPlan[string]

/** A masked column by its position in the source's rows. */
export interface ColumnMask {
  readonly index: number
  readonly method: MaskMethod
}

/** The masks in column order, or the masked names the source does not have. */
export const columnMasks = (
  columns: ReadonlyArray<SourceColumn>,
  mask: MaskPlan,
): { readonly masks: ReadonlyArray<ColumnMask>; readonly missing: ReadonlyArray<string> } => {
  const masks: ColumnMask[] = []
  const missing: string[] = []
  for (const [name, method] of Object.entries(mask)) {
    const index = columns.findIndex((column) => column.name === name)
    if (index === -1) missing.push(name)
    else masks.push({ index, method })
  }
  return { masks: masks.sort((a, b) => a.index - b.index), missing }
}

/**
 * The column as the targets see it once masked: a hash is text whatever the source's type was, and a
 * NULL needs a column that can hold one (only a ClickHouse source says a column cannot).
 */
export const maskedColumn = (column: SourceColumn, method: MaskMethod): SourceColumn => {
  const clickhouse = column.clickhouseType ?? null
  if (method === "hash") {
    return clickhouse === null
      ? { ...column, type: "text" }
      : {
          ...column,
          type: "text",
          clickhouseType: parseType(clickhouse).nullable ? "Nullable(String)" : "String",
        }
  }
  return clickhouse === null ? column : { ...column, clickhouseType: nullableClickHouseType(clickhouse) }
}

/** ClickHouse cannot wrap composite types in Nullable: those become a Nullable(String) of NULLs. */
const nullableClickHouseType = (type: string): string => {
  const parsed = parseType(type)
  if (parsed.nullable) return type
  if (/^(Array|Map|Tuple|Nested|Object|JSON|AggregateFunction)/.test(parsed.family)) return "Nullable(String)"
  return `${parsed.lowCardinality ? "LowCardinality(" : ""}Nullable(${parsed.base})${parsed.lowCardinality ? ")" : ""}`
}

/** `crypto.hash` (Node 20.12) is several times faster than a Hash object per value. */
const sha256Hex: (value: Buffer | string) => string =
  typeof crypto.hash === "function"
    ? (value) => crypto.hash("sha256", value, "hex")
    : (value) => crypto.createHash("sha256").update(value).digest("hex")

const TAB = 9
const BACKSLASH = 92
const NULL_FIELD = Buffer.from("\\N")
/** A hashed field is this long; a NULL (`\N`) is 2 bytes. */
const HASH_LENGTH = 64

/** The chunk with every masked field of every row replaced; row numbers and bad rows stay as they are. */
export const maskChunk = (chunk: RowChunk, masks: ReadonlyArray<ColumnMask>): RowChunk => {
  const { data, rows } = chunk
  const growth = masks.reduce((sum, mask) => sum + (mask.method === "hash" ? HASH_LENGTH : 2), 0)
  let out = Buffer.allocUnsafe(data.length + Math.min(rows, 1024) * growth)
  let pos = 0
  // Bytes between masked fields are copied in one piece, across row boundaries: `copied` is the first
  // byte of `data` not yet in `out`.
  let copied = 0
  const reserve = (bytes: number) => {
    if (pos + bytes <= out.length) return
    const grown = Buffer.allocUnsafe(Math.max(out.length * 2, pos + bytes))
    out.copy(grown, 0, 0, pos)
    out = grown
  }
  const flush = (to: number) => {
    reserve(to - copied)
    pos += data.copy(out, pos, copied, to)
    copied = to
  }
  const rowEnds = new Int32Array(rows)
  let start = 0
  for (let row = 0; row < rows; row++) {
    const end = chunk.rowEnds[row] as number
    // the row's content ends before its newline
    const contentEnd = end - 1
    let field = 0
    let fieldStart = start
    for (const mask of masks) {
      while (field < mask.index && fieldStart <= contentEnd) {
        fieldStart = fieldEnd(data, fieldStart, contentEnd) + 1
        field++
      }
      // a row without the field holds no value to mask
      if (fieldStart > contentEnd) break
      const fieldStop = fieldEnd(data, fieldStart, contentEnd)
      flush(fieldStart)
      reserve(HASH_LENGTH)
      pos += maskedField(data, fieldStart, fieldStop, mask.method, out, pos)
      copied = fieldStop
      fieldStart = fieldStop + 1
      field++
    }
    rowEnds[row] = pos + (end - copied)
    start = end
  }
  flush(start)
  return { ...chunk, data: out.subarray(0, pos), rowEnds }
}

/**
 * Where the field starting at `from` ends: at the next tab that is not escaped (COPY sources escape tabs
 * as `\t`, but COPY also reads a backslash followed by a literal tab as data), else at `contentEnd`.
 * A loop rather than `indexOf`, which would search past the row (to the end of the chunk, when rows have
 * no tab at all).
 */
const fieldEnd = (data: Buffer, from: number, contentEnd: number): number => {
  for (let i = from; i < contentEnd; i++) {
    const byte = data[i]
    if (byte === TAB) return i
    if (byte === BACKSLASH) i++
  }
  return contentEnd
}

const hasBackslash = (data: Buffer, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (data[i] === BACKSLASH) return true
  return false
}

/** Writes the masked field at `at` and returns its length. */
const maskedField = (
  data: Buffer,
  from: number,
  to: number,
  method: MaskMethod,
  out: Buffer,
  at: number,
): number => {
  const isNull = to - from === 2 && data[from] === BACKSLASH && data[from + 1] === 78 // N
  if (method === "null" || isNull) return NULL_FIELD.copy(out, at)
  const field = data.subarray(from, to)
  const value = hasBackslash(data, from, to) ? decodeCopyField(field) : field
  return out.write(sha256Hex(value), at, "latin1")
}

const ESCAPED: Record<number, number> = {
  98: 8, // \b
  102: 12, // \f
  110: 10, // \n
  114: 13, // \r
  116: 9, // \t
  118: 11, // \v
}

const isOctal = (byte: number | undefined) => byte !== undefined && byte >= 48 && byte <= 55

const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1
  if (byte >= 48 && byte <= 57) return byte - 48
  if (byte >= 97 && byte <= 102) return byte - 87
  if (byte >= 65 && byte <= 70) return byte - 55
  return -1
}

/** The bytes of a COPY text field as PostgreSQL's COPY FROM reads them (`\N` excluded). */
export const decodeCopyField = (field: Buffer): Buffer => {
  const out = Buffer.allocUnsafe(field.length)
  let length = 0
  for (let i = 0; i < field.length; i++) {
    const byte = field[i] as number
    if (byte !== BACKSLASH || i + 1 === field.length) {
      out[length++] = byte
      continue
    }
    const next = field[++i] as number
    if (isOctal(next)) {
      let value = next - 48
      for (let digits = 1; digits < 3 && isOctal(field[i + 1]); digits++)
        value = value * 8 + (field[++i] as number) - 48
      out[length++] = value & 0xff
    } else if (next === 120 /* x */ && hexValue(field[i + 1]) >= 0) {
      let value = hexValue(field[++i])
      if (hexValue(field[i + 1]) >= 0) value = value * 16 + hexValue(field[++i])
      out[length++] = value
    } else out[length++] = ESCAPED[next] ?? next
  }
  return out.subarray(0, length)
}

/** SHA-256 of a value's text, as a hashed column holds it. */
export const hashText = (value: string): string => sha256Hex(value)

const WITHHELD = "(withheld: this load masks columns, and the row could not be read to mask them)"

/**
 * A row the source could not read, as the quarantine may keep it. A record source's row that is a JSON
 * object has its masked keys masked as the loaded values would be; any other raw text (a broken CSV line,
 * unparsable JSON or XML) cannot be split into columns reliably, so it is withheld.
 */
export const maskBadRow = (row: BadRow, mask: MaskPlan, recordSource: boolean): BadRow => {
  const record = recordSource ? recordOfText(row.raw) : null
  if (record === null) return { ...row, raw: WITHHELD }
  for (const [name, method] of Object.entries(mask)) {
    if (!Object.hasOwn(record, name)) continue
    const text = textOf(record[name])
    record[name] = method === "null" || text === null ? null : hashText(text)
  }
  return { ...row, raw: recordText(record) }
}
