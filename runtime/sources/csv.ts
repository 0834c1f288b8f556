/**
 * CSV → COPY text, byte by byte. The hot path of file loads: one pass over the input, one table lookup per
 * byte, bytes written straight into the chunk being built, no strings or arrays per value. Values keep
 * their exact text (leading zeros, decimals, offsets); types are the target's business.
 *
 * NULL follows PostgreSQL's CSV rules: an unquoted empty field, or an unquoted field equal to the dialect's
 * `null_string`, is NULL; a quoted one never is, so `""` stays an empty string.
 */
import { type BadRow, ChunkBuilder, copyRowValues, type RowChunk } from "../rows"

export interface CsvDialect {
  readonly delimiter: string
  readonly quote: string
  /** Escapes the quote inside a quoted field; equal to `quote` for RFC 4180's doubled quotes. */
  readonly escape: string
  readonly header: boolean
  readonly columns: ReadonlyArray<string> | null
  readonly nullString: string | null
  readonly skipRows: number
  readonly encoding: string
}

export class CsvError extends Error {
  readonly _tag = "CsvError"
}

const NL = 10
const CR = 13
const TAB = 9
const BACKSLASH = 92

/** Byte classes for unquoted fields. */
const PLAIN = 0
const STOP = 1
const ESCAPE = 2

/** The scan window per record: a record longer than this takes the slow, growing path. */
const WINDOW = 64 * 1024

export const INCOMPLETE = -1

/** Reads smaller than this are gathered before parsing. */
const MIN_READ = 64 * 1024

export class CsvTranscoder {
  /** Fields in the last record. */
  fields = 0
  /** Why the last record is bad, or null. */
  error: string | null = null
  /** The last record was an empty line. */
  blank = false
  /** Output position after the last good record. */
  outEnd = 0

  private readonly delimiter: number
  private readonly quote: number
  private readonly escape: number
  private readonly nullString: Buffer | null
  private readonly unquoted = new Uint8Array(256)
  private readonly quoted = new Uint8Array(256)

  constructor(dialect: Pick<CsvDialect, "delimiter" | "quote" | "escape" | "nullString">) {
    this.delimiter = singleByte(dialect.delimiter, "delimiter")
    this.quote = singleByte(dialect.quote, "quote")
    this.escape = singleByte(dialect.escape, "escape")
    this.nullString = dialect.nullString === null ? null : Buffer.from(dialect.nullString)
    for (const c of [this.delimiter, NL, CR]) this.unquoted[c] = STOP
    for (const c of [BACKSLASH, TAB]) {
      if (this.unquoted[c] === PLAIN) this.unquoted[c] = ESCAPE
      this.quoted[c] = ESCAPE
    }
    for (const c of [NL, CR]) this.quoted[c] = ESCAPE
    for (const c of [this.quote, this.escape]) this.quoted[c] = STOP
  }

  /**
   * Transcodes the record at `input[start..]` into `out` at `o`, ending it with a newline. Returns the
   * input position after the record's line end and sets `outEnd`, or returns INCOMPLETE when the record
   * runs past `end` and more input may follow (`final` false). A bad record sets `error` and returns the
   * position after its line; whatever it wrote to `out` is to be discarded. `out` needs room for three
   * bytes per input byte (`,` becomes `\N` and a tab) plus three per field.
   */
  record(input: Uint8Array, start: number, end: number, final: boolean, out: Uint8Array, o: number): number {
    const { delimiter, quote, escape: escapeByte, unquoted, quoted } = this
    this.error = null
    this.blank = false
    let i = start
    let fields = 0
    if (i < end && (input[i] === NL || input[i] === CR)) {
      const next = this.lineEnd(input, i, end, final)
      if (next !== INCOMPLETE) this.blank = true
      return next
    }
    for (;;) {
      const fieldStart = i
      const outStart = o
      if (i < end && input[i] === quote) {
        i++
        for (;;) {
          if (i >= end) {
            if (!final) return INCOMPLETE
            this.error = "a quoted field is not closed"
            return end
          }
          const c = input[i] as number
          const kind = quoted[c]
          if (kind === PLAIN) {
            out[o++] = c
            i++
          } else if (kind === ESCAPE) {
            out[o++] = BACKSLASH
            out[o++] = c === BACKSLASH ? BACKSLASH : c === NL ? 110 : c === CR ? 114 : 116
            i++
          } else if (c === escapeByte && escapeByte !== quote) {
            if (i + 1 >= end && !final) return INCOMPLETE
            const next = i + 1 < end ? input[i + 1] : -1
            if (next === quote || next === escapeByte) {
              if (next === BACKSLASH) out[o++] = BACKSLASH
              out[o++] = next
              i += 2
            } else {
              if (c === BACKSLASH) out[o++] = BACKSLASH
              out[o++] = c
              i++
            }
          } else {
            // the quote: doubled it is a literal quote, otherwise it closes the field
            if (i + 1 >= end && !final) return INCOMPLETE
            if (escapeByte === quote && i + 1 < end && input[i + 1] === quote) {
              out[o++] = quote
              i += 2
            } else {
              i++
              break
            }
          }
        }
        fields++
        if (i < end && input[i] !== delimiter && input[i] !== NL && input[i] !== CR) {
          this.error = "a closing quote is followed by text"
          return this.skipLine(input, i, end, final)
        }
      } else {
        for (;;) {
          if (i >= end) break
          const c = input[i] as number
          const kind = unquoted[c]
          if (kind === PLAIN) {
            out[o++] = c
            i++
          } else if (kind === ESCAPE) {
            out[o++] = BACKSLASH
            out[o++] = c === BACKSLASH ? BACKSLASH : 116
            i++
          } else break
        }
        fields++
        if (i >= end && !final) return INCOMPLETE
        if (i === fieldStart || this.isNullString(input, fieldStart, i)) {
          o = outStart
          out[o++] = BACKSLASH
          out[o++] = 78
        }
      }
      if (i >= end) {
        if (!final) return INCOMPLETE
        out[o++] = NL
        this.fields = fields
        this.outEnd = o
        return end
      }
      if (input[i] === delimiter) {
        out[o++] = TAB
        i++
        continue
      }
      const next = this.lineEnd(input, i, end, final)
      if (next === INCOMPLETE) return INCOMPLETE
      out[o++] = NL
      this.fields = fields
      this.outEnd = o
      return next
    }
  }

  /** Position after the line end at `i` (\n, \r\n or \r). */
  private lineEnd(input: Uint8Array, i: number, end: number, final: boolean): number {
    if (input[i] === NL) return i + 1
    if (i + 1 >= end) return final ? end : INCOMPLETE
    return input[i + 1] === NL ? i + 2 : i + 1
  }

  /** Resynchronises after a bad record: the record ends at the next line end, quotes or not. */
  private skipLine(input: Uint8Array, i: number, end: number, final: boolean): number {
    while (i < end && input[i] !== NL && input[i] !== CR) i++
    if (i >= end) return final ? end : INCOMPLETE
    return this.lineEnd(input, i, end, final)
  }

  private isNullString(input: Uint8Array, from: number, to: number): boolean {
    const nul = this.nullString
    if (nul === null || to - from !== nul.length) return false
    for (let k = 0; k < nul.length; k++) if (input[from + k] !== nul[k]) return false
    return true
  }
}

const singleByte = (text: string, what: string): number => {
  const bytes = Buffer.from(text)
  if (bytes.length !== 1) throw new CsvError(`the CSV ${what} must be one single-byte character`)
  return bytes[0] as number
}

export interface CsvChunksOptions {
  readonly chunkBytes: number
  readonly chunkRows: number
}

export interface CsvStream {
  readonly columns: ReadonlyArray<string>
  readonly chunks: AsyncGenerator<RowChunk>
}

/**
 * Reads the header (or takes the dialect's column names) and returns the rest of the input as chunks of
 * COPY rows. Records with the wrong number of fields, unclosed quotes or text after a closing quote become
 * bad rows carrying their raw text.
 */
export const readCsv = async (
  input: AsyncIterable<Buffer>,
  dialect: CsvDialect,
  options: CsvChunksOptions,
): Promise<CsvStream> => {
  const transcoder = new CsvTranscoder(dialect)
  const bytes = decodeTo8(input, dialect.encoding)[Symbol.asyncIterator]()
  let pending: Buffer = Buffer.alloc(0)
  let done = false
  /**
   * Appends at least as many bytes as are pending (and at least a read's worth): an unfinished record is
   * parsed again from its start, so growing geometrically keeps long records and small reads linear.
   */
  const more = async (): Promise<boolean> => {
    if (done) return false
    const parts = pending.length === 0 ? [] : [pending]
    const wanted = Math.max(MIN_READ, pending.length)
    let added = 0
    while (added < wanted) {
      const next = await bytes.next()
      if (next.done) {
        done = true
        break
      }
      parts.push(next.value)
      added += next.value.length
    }
    pending = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
    return added > 0
  }

  // A byte-order mark is not data.
  while (pending.length < 3 && (await more()));
  if (pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) pending = pending.subarray(3)

  for (let skipped = 0; skipped < dialect.skipRows; skipped++) {
    let at = pending.indexOf(NL)
    while (at < 0 && (await more())) at = pending.indexOf(NL)
    pending = at < 0 ? Buffer.alloc(0) : pending.subarray(at + 1)
  }

  let columns = dialect.columns ?? []
  if (dialect.header) {
    for (;;) {
      if (pending.length === 0 && !(await more())) throw new CsvError("the CSV file has no header row")
      const scratch = Buffer.alloc(3 * pending.length + 16)
      const next = transcoder.record(pending, 0, pending.length, done, scratch, 0)
      if (next === INCOMPLETE) {
        if (!(await more()) && pending.length === 0) throw new CsvError("the CSV file has no header row")
        continue
      }
      pending = pending.subarray(next)
      if (transcoder.blank) continue
      if (transcoder.error !== null)
        throw new CsvError(`the CSV header row is unreadable: ${transcoder.error}`)
      // an empty (or null_string) header field is NULL to the encoder: a column without a name
      const header = copyRowValues(scratch.subarray(0, transcoder.outEnd))
      if (header.includes(null)) throw new CsvError("a CSV column has an empty name")
      if (dialect.columns === null) columns = header as string[]
      break
    }
  }
  if (columns.length === 0) throw new CsvError("the CSV source names no columns")
  const seen = new Set<string>()
  for (const name of columns) {
    if (name === "" || name === "\\N") throw new CsvError("a CSV column has an empty name")
    if (seen.has(name)) throw new CsvError(`the CSV column ${JSON.stringify(name)} appears twice`)
    seen.add(name)
  }

  const expected = columns.length
  async function* chunks(): AsyncGenerator<RowChunk> {
    const builder = new ChunkBuilder(options.chunkBytes, options.chunkRows, 3 * WINDOW + 3 * expected + 16)
    let row = 0
    for (;;) {
      let i = 0
      const input = pending
      const end = input.length
      while (i < end) {
        const windowEnd = Math.min(end, i + WINDOW)
        builder.reserve(3 * (windowEnd - i) + 3 * expected + 3)
        let next = transcoder.record(input, i, windowEnd, done && windowEnd === end, builder.out, builder.pos)
        if (next === INCOMPLETE && windowEnd < end) {
          // a record longer than the window: give it all the input there is
          builder.reserve(3 * (end - i) + 3 * expected + 3)
          next = transcoder.record(input, i, end, done, builder.out, builder.pos)
        }
        if (next === INCOMPLETE) break
        if (!transcoder.blank) {
          row++
          if (transcoder.error === null && transcoder.fields !== expected) {
            transcoder.error = `expected ${expected} fields, found ${transcoder.fields}`
          }
          if (transcoder.error === null) {
            builder.pos = transcoder.outEnd
            builder.endRow(row)
          } else {
            builder.badRow(badRow(row, transcoder.error, input, i, next))
          }
          if (builder.full) yield builder.take()
        }
        i = next
      }
      pending = input.subarray(i)
      if (!(await more())) {
        if (pending.length === 0) break
      }
    }
    if (!builder.empty) yield builder.take()
  }
  return { columns, chunks: chunks() }
}

const badRow = (row: number, reason: string, input: Buffer, from: number, to: number): BadRow => {
  let end = to
  while (end > from && (input[end - 1] === NL || input[end - 1] === CR)) end--
  return { row, reason, raw: input.toString("utf8", from, end) }
}

/** UTF-8 passes through untouched; any other encoding is decoded and re-encoded as UTF-8. */
async function* decodeTo8(input: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<Buffer> {
  const normalized = encoding.toLowerCase().replace(/[^a-z0-9]/g, "")
  if (normalized === "utf8") {
    yield* input
    return
  }
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(encoding, { fatal: false })
  } catch {
    throw new CsvError(`unknown text encoding ${JSON.stringify(encoding)}`)
  }
  for await (const chunk of input) yield Buffer.from(decoder.decode(chunk, { stream: true }), "utf8")
  const rest = decoder.decode()
  if (rest !== "") yield Buffer.from(rest, "utf8")
}
