/** The CSV → COPY transcoder: dialects, NULL rules, bad records, and any split of the input into reads. */
import { describe, expect, it } from "vitest"
import { copyRowValues, type RowChunk, rowStart } from "../../runtime/rows"
import { type CsvDialect, readCsv } from "../../runtime/sources/csv"

const DIALECT: CsvDialect = {
  delimiter: ",",
  quote: '"',
  escape: '"',
  header: true,
  columns: null,
  nullString: null,
  skipRows: 0,
  encoding: "utf-8",
}

async function* pieces(bytes: Buffer, sizes: number[]) {
  let at = 0
  let k = 0
  while (at < bytes.length) {
    const size = sizes[k++ % sizes.length] ?? 1
    yield bytes.subarray(at, at + size)
    at += size
  }
}

const read = async (
  text: string | Buffer,
  dialect: Partial<CsvDialect> = {},
  sizes = [1 << 20],
  chunkRows = 1000,
) => {
  const bytes = typeof text === "string" ? Buffer.from(text) : text
  const { columns, chunks } = await readCsv(
    pieces(bytes, sizes),
    { ...DIALECT, ...dialect },
    { chunkBytes: 1 << 16, chunkRows },
  )
  const rows: Array<Array<string | null>> = []
  const bad: Array<{ row: number; reason: string; raw: string }> = []
  const numbers: number[] = []
  for await (const chunk of chunks as AsyncIterable<RowChunk>) {
    for (let i = 0; i < chunk.rows; i++) {
      rows.push(copyRowValues(chunk.data.subarray(rowStart(chunk, i), chunk.rowEnds[i])))
      numbers.push(chunk.rowNumbers[i] ?? 0)
    }
    bad.push(...chunk.bad)
  }
  return { columns, rows, bad, numbers }
}

describe("CSV to COPY text", () => {
  it("reads RFC 4180 quoting, CRLF, embedded newlines and the characters COPY must escape", async () => {
    const result = await read(
      'a,b,c\r\n1,"x,y","say ""hi"""\r\n2,"multi\nline","tab\there \\ back"\r\n3,plain\\,\r\n',
    )
    expect(result.columns).toEqual(["a", "b", "c"])
    expect(result.rows).toEqual([
      ["1", "x,y", 'say "hi"'],
      ["2", "multi\nline", "tab\there \\ back"],
      ["3", "plain\\", null],
    ])
  })

  it("keeps NULL and empty apart: unquoted empty or null_string is NULL, quoted never is", async () => {
    const result = await read('a;b;c\n;"";NULL\n"NULL";x;\n', { delimiter: ";", nullString: "NULL" })
    expect(result.rows).toEqual([
      [null, "", null],
      ["NULL", "x", null],
    ])
    expect((await read("a,b\n\\N,x\n", { nullString: "\\N" })).rows).toEqual([[null, "x"]])
  })

  it("supports other quotes and escapes, tab-separated files, headerless files and skipped preamble lines", async () => {
    expect((await read("a\tb\n'it\\'s'\t1\n", { delimiter: "\t", quote: "'", escape: "\\" })).rows).toEqual([
      ["it's", "1"],
    ])
    const headerless = await read("# exported 2025\n# by hand\n1,2\n3,4", {
      header: false,
      columns: ["x", "y"],
      skipRows: 2,
    })
    expect(headerless.columns).toEqual(["x", "y"])
    expect(headerless.rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ])
  })

  it("strips a byte-order mark, skips blank lines and decodes other encodings", async () => {
    const bom = await read("\ufeffid,name\n\n1,a\n\n")
    expect(bom.columns).toEqual(["id", "name"])
    expect(bom.rows).toEqual([["1", "a"]])
    const cp1251 = Buffer.from([
      0x69, 0x64, 0x2c, 0x6e, 0x0a, 0x31, 0x2c, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a,
    ])
    expect((await read(cp1251, { encoding: "windows-1251" })).rows).toEqual([["1", "Привет"]])
  })

  it("turns malformed records into bad rows with their raw text and keeps reading", async () => {
    const result = await read('a,b\n1,2\n3\n"x"y,4\n5,6,7\n8,9\n10,"open\n')
    expect(result.rows).toEqual([
      ["1", "2"],
      ["8", "9"],
    ])
    expect(result.numbers).toEqual([1, 5])
    expect(result.bad).toEqual([
      { row: 2, reason: "expected 2 fields, found 1", raw: "3" },
      { row: 3, reason: "a closing quote is followed by text", raw: '"x"y,4' },
      { row: 4, reason: "expected 2 fields, found 3", raw: "5,6,7" },
      { row: 6, reason: "a quoted field is not closed", raw: '10,"open' },
    ])
  })

  it("gives the same rows however the input is split into reads and chunks", async () => {
    const lines = ["id,text,n"]
    for (let i = 0; i < 400; i++) {
      lines.push(
        `${i},"${'q""'.repeat(i % 3)}line ${i}${i % 7 === 0 ? "\r\nmore" : ""}",${i % 5 === 0 ? "" : i}`,
      )
    }
    lines.push(`${"z".repeat(200_000)},"${"long ".repeat(30_000)}",1`)
    const text = `${lines.join("\r\n")}\r\n`
    const whole = await read(text)
    expect(whole.rows).toHaveLength(401)
    expect(whole.bad).toEqual([])
    for (const sizes of [[1], [2, 3, 5], [7, 64, 1], [4096], [65_536, 13]]) {
      const split = await read(text, {}, sizes, 17)
      expect(split.rows).toEqual(whole.rows)
      expect(split.numbers).toEqual(whole.numbers)
    }
  }, 60_000)

  it("refuses a file without a header, duplicate column names and multi-byte delimiters", async () => {
    await expect(read("")).rejects.toThrow(/no header row/)
    await expect(read("a,a\n1,2\n")).rejects.toThrow(/appears twice/)
    await expect(read("id,,x\n1,2,3\n")).rejects.toThrow(/empty name/)
    await expect(read("id,NULL\n1,2\n", { nullString: "NULL" })).rejects.toThrow(/empty name/)
    await expect(read("a,b\n", { delimiter: "§" })).rejects.toThrow(/single-byte/)
  })
})

describe("COPY text decoding", () => {
  it("reads every escape PostgreSQL and ClickHouse write: letters, octal and hex", () => {
    const row = Buffer.from("a\\tb\\\\c\t\\N\t\\b\\f\\n\\r\\v\t\\0x\\101\\x41\t\\'q\n")
    expect(copyRowValues(row)).toEqual(["a\tb\\c", null, "\b\f\n\r\v", "\u0000xAA", "'q"])
  })
})
