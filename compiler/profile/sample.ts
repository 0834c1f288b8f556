/**
 * Reads the first rows of a sample file (CSV/TSV, JSON, NDJSON, XML) with the runtime's own streaming
 * readers, so a profile sees each value exactly as a load would hand it to the target.
 */
import { createReadStream } from "node:fs"
import { open } from "node:fs/promises"
import { basename, extname } from "node:path"
import { Data, Effect } from "effect"
import { isLosslessNumber } from "lossless-json"
import { copyRowValues, type RowChunk, rowStart } from "../../runtime/rows"
import { readCsv } from "../../runtime/sources/csv"
import { jsonArrayRecords, ndjsonRecords } from "../../runtime/sources/json"
import { type RecordItem, recordRows } from "../../runtime/sources/records"
import { xmlRecords } from "../../runtime/sources/xml"
import { type Profile, profileTable, type Table } from "./profile"

export type SampleFormat = "csv" | "json" | "ndjson" | "xml"

export interface SampleOptions {
  /** Default: from the file's extension, else its first bytes. */
  readonly format?: SampleFormat | undefined
  /** Default 10,000. */
  readonly maxRows?: number | undefined
  /** CSV; default: sniffed among `,` `\t` `;` `|`. */
  readonly delimiter?: string | undefined
  /** JSON: the records array (`data.items`); XML: the record element (`catalog.item`, required). */
  readonly recordPath?: string | undefined
  /** XML attribute prefix, default `@_` as in the runtime. */
  readonly attributePrefix?: string | undefined
}

export interface SampleInfo {
  /** The file's name, without its directory. */
  readonly file: string
  readonly format: SampleFormat
  readonly delimiter: string | null
  readonly recordPath: string | null
  readonly rows: number
  /** The file has more rows than were read. */
  readonly truncated: boolean
  /** Rows the reader could not read (bad CSV records, invalid JSON, records that are not objects). */
  readonly badRows: number
}

export interface Sample {
  readonly info: SampleInfo
  readonly table: Table
}

export class SampleError extends Data.TaggedError("SampleError")<{ readonly message: string }> {}

export const DEFAULT_MAX_ROWS = 10_000
const HEAD_BYTES = 64 * 1024
const DELIMITERS = [",", "\t", ";", "|"]

export const readSample = (path: string, options: SampleOptions = {}): Effect.Effect<Sample, SampleError> =>
  Effect.gen(function* () {
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS
    const head = yield* readHead(path)
    const format = options.format ?? detectFormat(path, head, options.recordPath)
    const delimiter = format === "csv" ? (options.delimiter ?? sniffDelimiter(head)) : null
    const recordPath = format === "json" || format === "xml" ? (options.recordPath ?? null) : null
    if (format === "xml" && recordPath === null)
      return yield* new SampleError({ message: "an XML sample needs a record path, e.g. catalog.item" })
    const read = yield* Effect.acquireUseRelease(
      Effect.sync(() => createReadStream(path, { highWaterMark: 1 << 20 })),
      (stream) =>
        Effect.tryPromise({
          try: () => {
            if (format === "csv") return csvRows(stream, delimiter ?? ",", maxRows)
            const items =
              format === "ndjson"
                ? ndjsonRecords(stream)
                : format === "json"
                  ? jsonArrayRecords(stream, recordPath)
                  : xmlRecords(stream, recordPath ?? "", options.attributePrefix ?? "@_")
            return recordTable(items, maxRows)
          },
          catch: (error) =>
            new SampleError({ message: `cannot read ${basename(path)}: ${messageOf(error)}` }),
        }),
      (stream) => Effect.sync(() => stream.destroy()),
    )
    return {
      info: {
        file: basename(path),
        format,
        delimiter,
        recordPath,
        rows: read.table.rows.length,
        truncated: read.truncated,
        badRows: read.badRows,
      },
      table: read.table,
    }
  })

/** The sample's description followed by its profile: what the golden files hold. */
export const profileSample = (sample: Sample): { readonly sample: SampleInfo } & Profile => ({
  sample: sample.info,
  ...profileTable(sample.table),
})

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

const readHead = (path: string): Effect.Effect<string, SampleError> =>
  Effect.tryPromise({
    try: async () => {
      const handle = await open(path, "r")
      try {
        const buffer = Buffer.alloc(HEAD_BYTES)
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
        return buffer.toString("utf8", 0, bytesRead)
      } finally {
        await handle.close()
      }
    },
    catch: () => new SampleError({ message: `cannot read the file ${basename(path)}` }),
  })

const EXTENSIONS: Record<string, SampleFormat> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".psv": "csv",
  ".txt": "csv",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".xml": "xml",
}

/** `.json` holding one object per line is NDJSON unless a records path points into a document. */
export const detectFormat = (path: string, head: string, recordPath?: string): SampleFormat => {
  const byExtension = EXTENSIONS[extname(path).toLowerCase()]
  if (byExtension !== undefined) return byExtension
  const first = head.replace(/^\uFEFF/, "").trimStart()[0]
  if (first === "<") return "xml"
  if (first === "[") return "json"
  if (first === "{") return recordPath !== undefined ? "json" : "ndjson"
  return "csv"
}

/**
 * The delimiter among `,` `\t` `;` `|` that splits the first records (quotes respected) into the same
 * number of fields, the most fields winning; failing that, the one most frequent in the header.
 */
export const sniffDelimiter = (head: string): string => {
  const records = headRecords(head)
  let best: { delimiter: string; fields: number } | null = null
  for (const delimiter of DELIMITERS) {
    const counts = records.map((record) => record[delimiter] ?? 0)
    const first = counts[0] ?? 0
    if (first > 0 && counts.every((count) => count === first) && (best === null || first > best.fields))
      best = { delimiter, fields: first }
  }
  if (best !== null) return best.delimiter
  const header = records[0] ?? {}
  let fallback = ","
  for (const delimiter of DELIMITERS)
    if ((header[delimiter] ?? 0) > (header[fallback] ?? 0)) fallback = delimiter
  return fallback
}

/** Delimiter counts outside quotes in each of the first 20 complete records. */
const headRecords = (head: string): Array<Record<string, number>> => {
  const records: Array<Record<string, number>> = []
  let counts: Record<string, number> = {}
  let quoted = false
  for (let i = 0; i < head.length && records.length < 20; i++) {
    const c = head[i] as string
    if (c === '"') quoted = !quoted
    else if (quoted) continue
    else if (c === "\n" || c === "\r") {
      if (Object.keys(counts).length > 0 || (i > 0 && head[i - 1] !== "\n" && head[i - 1] !== "\r"))
        records.push(counts)
      counts = {}
    } else if (DELIMITERS.includes(c)) counts[c] = (counts[c] ?? 0) + 1
  }
  // the last line may be cut off by the head's end: use it only when it is the only one
  if (records.length === 0) records.push(counts)
  return records
}

interface Read {
  readonly table: Table
  readonly truncated: boolean
  readonly badRows: number
}

const csvRows = async (input: AsyncIterable<Buffer>, delimiter: string, maxRows: number): Promise<Read> => {
  const dialect = {
    delimiter,
    quote: '"',
    escape: '"',
    header: true,
    columns: null,
    nullString: null,
    skipRows: 0,
    encoding: "utf-8",
  }
  const { columns, chunks } = await readCsv(input, dialect, {
    chunkBytes: 1 << 20,
    chunkRows: Math.min(maxRows + 1, 4096),
  })
  const { rows, bad, truncated } = await collectRows(chunks, maxRows)
  return { table: { columns, rows }, truncated, badRows: bad }
}

/** The first `maxRows` rows of the chunks, and the bad rows among them. */
export const collectRows = async (
  chunks: AsyncIterable<RowChunk>,
  maxRows: number,
): Promise<{ rows: Array<Array<string | null>>; bad: number; truncated: boolean }> => {
  const rows: Array<Array<string | null>> = []
  const badRows: number[] = []
  let lastRow = 0
  let truncated = false
  for await (const chunk of chunks) {
    badRows.push(...chunk.bad.map((row) => row.row))
    for (let i = 0; i < chunk.rows; i++) {
      if (rows.length === maxRows) {
        truncated = true
        break
      }
      rows.push(copyRowValues(chunk.data.subarray(rowStart(chunk, i), chunk.rowEnds[i])))
      lastRow = chunk.rowNumbers[i] as number
    }
    if (truncated) break
  }
  return { rows, bad: truncated ? badRows.filter((row) => row < lastRow).length : badRows.length, truncated }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value)

/**
 * Records (JSON, NDJSON, XML, an API's response) as rows: every key of the sample is a column, in order of
 * first appearance, and the runtime's record encoder turns the values into the text a load would write.
 */
export const recordTable = async (items: AsyncIterable<RecordItem>, maxRows: number): Promise<Read> => {
  const taken: RecordItem[] = []
  const keys = new Set<string>()
  let truncated = false
  for await (const item of items) {
    if (taken.length === maxRows) {
      truncated = true
      break
    }
    taken.push(item)
    if (item.kind === "record" && isRecord(item.value))
      for (const key of Object.keys(item.value)) keys.add(key)
  }
  const { columns, chunks } = await recordRows(fromArray(taken), [...keys], {
    chunkBytes: 1 << 20,
    chunkRows: 4096,
  })
  const { rows, bad } = await collectRows(chunks, maxRows)
  return { table: { columns, rows }, truncated, badRows: bad }
}

async function* fromArray<T>(items: ReadonlyArray<T>): AsyncGenerator<T> {
  yield* items
}
