/**
 * What sources hand to targets: rows already encoded as PostgreSQL COPY text (tab-separated, `\N` for
 * NULL, backslash escapes, one row per line), in chunks of about a megabyte. Encoding once, at the source,
 * keeps the hot path free of per-value objects and lets every target stream bytes it never re-parses.
 */
export interface RowChunk {
  /** The chunk's rows, each ending in a newline. */
  readonly data: Buffer
  /** End offset in `data` of every row. */
  readonly rowEnds: Int32Array
  /** Position of every row in the source (1-based), so that a row a target rejects can be reported. */
  readonly rowNumbers: Float64Array
  readonly rows: number
  /** Rows the source could not read (bad CSV, bad JSON, ...), in source order. */
  readonly bad: ReadonlyArray<BadRow>
  /** Records read from the source for this chunk, good and bad. */
  readonly read: number
}

export interface BadRow {
  readonly row: number
  readonly reason: string
  /** The row as the source had it, or as the target received it, as text. */
  readonly raw: string
}

export interface SourceColumn {
  readonly name: string
  /** PostgreSQL type from the source's metadata (e.g. `numeric(12,2)`), or null when the source has none. */
  readonly type: string | null
  /** The ClickHouse type, when the source is ClickHouse (a ClickHouse target keeps it as it is). */
  readonly clickhouseType?: string | null
}

/** Collects COPY rows into chunks; sources write bytes straight into `out` and call `endRow`. */
export class ChunkBuilder {
  out: Buffer
  pos = 0
  private rowEnds: Int32Array
  private rowNumbers: Float64Array
  private rows = 0
  private bad: BadRow[] = []
  private read = 0

  constructor(
    readonly chunkBytes: number,
    readonly chunkRows: number,
    private readonly slack: number,
  ) {
    this.out = Buffer.allocUnsafeSlow(chunkBytes + slack)
    this.rowEnds = new Int32Array(this.initialRows)
    this.rowNumbers = new Float64Array(this.initialRows)
  }

  /** Row arrays start small and double: a megabyte chunk holds far fewer rows than a batch may. */
  private get initialRows(): number {
    return Math.min(this.chunkRows, 4096)
  }

  get full(): boolean {
    return this.pos >= this.chunkBytes || this.rows >= this.chunkRows
  }

  get empty(): boolean {
    return this.rows === 0 && this.bad.length === 0
  }

  /** Makes sure `bytes` more can be written at `pos` (only long rows ever need this). */
  reserve(bytes: number): void {
    if (this.pos + bytes <= this.out.length) return
    const grown = Buffer.allocUnsafeSlow(Math.max(this.out.length * 2, this.pos + bytes))
    this.out.copy(grown, 0, 0, this.pos)
    this.out = grown
  }

  endRow(rowNumber: number): void {
    if (this.rows === this.rowEnds.length) {
      const ends = new Int32Array(this.rows * 2)
      ends.set(this.rowEnds)
      this.rowEnds = ends
      const numbers = new Float64Array(this.rows * 2)
      numbers.set(this.rowNumbers)
      this.rowNumbers = numbers
    }
    this.rowEnds[this.rows] = this.pos
    this.rowNumbers[this.rows] = rowNumber
    this.rows++
    this.read++
  }

  badRow(row: BadRow): void {
    this.bad.push(row)
    this.read++
  }

  /** Hands the rows over and starts a new chunk. */
  take(): RowChunk {
    const chunk: RowChunk = {
      data: this.out.subarray(0, this.pos),
      rowEnds: this.rowEnds.subarray(0, this.rows),
      rowNumbers: this.rowNumbers.subarray(0, this.rows),
      rows: this.rows,
      bad: this.bad,
      read: this.read,
    }
    this.out = Buffer.allocUnsafeSlow(this.chunkBytes + this.slack)
    this.rowEnds = new Int32Array(this.initialRows)
    this.rowNumbers = new Float64Array(this.initialRows)
    this.pos = 0
    this.rows = 0
    this.bad = []
    this.read = 0
    return chunk
  }
}

/** Start offset of row `index` in a chunk. */
export const rowStart = (chunk: RowChunk, index: number): number =>
  index === 0 ? 0 : (chunk.rowEnds[index - 1] as number)

/** Decodes one COPY text row into its values (null for `\N`): for reporting rejected rows, never hot. */
export const copyRowValues = (row: Buffer): Array<string | null> => {
  const text = row.toString("utf8").replace(/\n$/, "")
  return text
    .split("\t")
    .map((field) =>
      field === "\\N"
        ? null
        : field.replace(/\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))/g, (_, octal, hex, c: string) =>
            octal !== undefined
              ? String.fromCharCode(Number.parseInt(octal, 8) & 0xff)
              : hex !== undefined
                ? String.fromCharCode(Number.parseInt(hex, 16))
                : (COPY_UNESCAPES[c] ?? c),
          ),
    )
}

/** COPY text's letter escapes (PostgreSQL writes `\b \f \n \r \t \v`; digits are octal, `\x` hex). */
const COPY_UNESCAPES: Record<string, string> = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
}

/** Encodes one value for COPY text (not hot: quarantine rows and record sources' slow path). */
export const copyField = (value: string | null): string =>
  value === null ? "\\N" : value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c)

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }
