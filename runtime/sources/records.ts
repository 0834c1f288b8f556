/**
 * Record sources (JSON, NDJSON, XML, HTTP APIs) hand over objects; this turns them into COPY rows.
 * The columns are the keys of the first records (plus the target's declared columns), in order of first
 * appearance; a later record with a key outside them is quarantined rather than silently trimmed.
 *
 * Values keep their exact text: numbers arrive as LosslessNumber (their digits as written), nested objects
 * and arrays become JSON text (for json/jsonb columns), null is NULL and "" stays empty.
 */
import { isLosslessNumber, parse, stringify } from "lossless-json"
import { TaskFailed } from "../errors"
import { type BadRow, ChunkBuilder, copyField, type RowChunk } from "../rows"

/** Records read before the columns are fixed. */
const SAMPLE = 1000
/**
 * PostgreSQL's limit on the columns of a table. Every row carries every column, so without a bound one
 * record with many keys would make each later record, `{}` included, cost as much as that one.
 */
export const MAX_COLUMNS = 1600

export type RecordItem =
  | { readonly kind: "record"; readonly value: unknown }
  | { readonly kind: "bad"; readonly reason: string; readonly raw: string }

export interface RecordStream {
  readonly columns: ReadonlyArray<string>
  readonly chunks: AsyncGenerator<RowChunk>
}

/** A value's text as its column holds it. */
export const textOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === "string") return value
  if (typeof value === "boolean") return value ? "true" : "false"
  if (isLosslessNumber(value)) return value.toString()
  if (typeof value === "number" || typeof value === "bigint") return String(value)
  return stringify(value) ?? null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value)

/** A record written as JSON text (a bad row's raw text), read back; null when it is not one. */
export const recordOfText = (text: string): Record<string, unknown> | null => {
  try {
    const value = parse(text)
    return isRecord(value) ? value : null
  } catch {
    return null
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const CONTROL = /[\u0000-\u001f\u007f]/g

/**
 * A reason as one printable line: a parser's message may quote the bad character itself, a key may hold
 * DEL (which JSON.stringify leaves), and a NUL is one that a PostgreSQL quarantine table cannot store.
 */
const printable = (reason: string) =>
  reason.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

export const recordText = (record: Record<string, unknown>): string => stringify(record) ?? ""

export const recordRows = async (
  items: AsyncIterable<RecordItem>,
  declared: ReadonlyArray<string>,
  limits: { readonly chunkBytes: number; readonly chunkRows: number },
): Promise<RecordStream> => {
  const iterator = items[Symbol.asyncIterator]()
  const sample: RecordItem[] = []
  const seen = new Set<string>()
  const columns: string[] = []
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name)
      columns.push(name)
    }
  }
  while (sample.length < SAMPLE) {
    const next = await iterator.next()
    if (next.done) break
    sample.push(next.value)
    if (next.value.kind === "record" && isRecord(next.value.value)) Object.keys(next.value.value).forEach(add)
  }
  declared.forEach(add)
  if (columns.length > MAX_COLUMNS) {
    throw new TaskFailed({
      reason: "source",
      retryable: false,
      message: `the records have ${columns.length} distinct fields, more than the ${MAX_COLUMNS} columns a table can hold`,
    })
  }

  async function* chunks(): AsyncGenerator<RowChunk> {
    const builder = new ChunkBuilder(limits.chunkBytes, limits.chunkRows, 64 * 1024)
    let row = 0
    const take = (item: RecordItem): BadRow | string => {
      row++
      if (item.kind === "bad") return { row, reason: item.reason, raw: item.raw }
      const value = item.value
      if (!isRecord(value))
        return { row, reason: "the record is not an object", raw: textOf(value) ?? "null" }
      const extra = Object.keys(value).find((key) => !seen.has(key))
      if (extra !== undefined) {
        return {
          row,
          reason: `the field ${JSON.stringify(extra)} is not among the columns (the first ${SAMPLE} records and the target's declared columns decide them)`,
          raw: recordText(value),
        }
      }
      return `${columns.map((column) => copyField(textOf(value[column]))).join("\t")}\n`
    }
    const push = (item: RecordItem) => {
      const result = take(item)
      if (typeof result === "string") {
        builder.reserve(Buffer.byteLength(result))
        builder.pos += builder.out.write(result, builder.pos)
        builder.endRow(row)
      } else builder.badRow({ ...result, reason: printable(result.reason) })
    }
    for (const item of sample) {
      push(item)
      if (builder.full) yield builder.take()
    }
    for (;;) {
      const next = await iterator.next()
      if (next.done) break
      push(next.value)
      if (builder.full) yield builder.take()
    }
    if (!builder.empty) yield builder.take()
  }
  return { columns, chunks: chunks() }
}
