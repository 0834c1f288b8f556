/** Column masking on COPY-text chunks: field boundaries, escapes, NULL, column types and bad rows. */
import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { columnMasks, decodeCopyField, maskBadRow, maskChunk, maskedColumn } from "../../runtime/mask"
import { copyField, copyRowValues, type RowChunk, rowStart } from "../../runtime/rows"

const sha256 = (value: string | Buffer) => createHash("sha256").update(value).digest("hex")

const chunkOf = (rows: ReadonlyArray<string>): RowChunk => {
  const data = Buffer.from(rows.join(""))
  const rowEnds = new Int32Array(rows.length)
  let end = 0
  rows.forEach((row, index) => {
    end += Buffer.byteLength(row)
    rowEnds[index] = end
  })
  return {
    data,
    rowEnds,
    rowNumbers: Float64Array.from(rows.map((_, index) => index + 1)),
    rows: rows.length,
    bad: [],
    read: rows.length,
  }
}

const rowsOf = (chunk: RowChunk) =>
  Array.from({ length: chunk.rows }, (_, index) =>
    chunk.data.toString("utf8", rowStart(chunk, index), chunk.rowEnds[index]),
  )

const encode = (values: ReadonlyArray<string | null>) => `${values.map(copyField).join("\t")}\n`

describe("maskChunk", () => {
  it("hashes the decoded value and nulls fields, leaving the other fields byte for byte", () => {
    const values: Array<Array<string | null>> = [
      ["1", "Anna@Example.com", "+7 900 000-00-00", "keep\tme"],
      ["2", "tab\there, back\\slash, new\nline", "", "x"],
      ["3", null, null, null],
      ["4", "", "\\N", "Zürich 東京"],
    ]
    const chunk = chunkOf(values.map(encode))
    const { masks, missing } = columnMasks(
      ["id", "email", "phone", "note"].map((name) => ({ name, type: null })),
      { phone: "null", email: "hash" },
    )
    expect(missing).toEqual([])
    const masked = maskChunk(chunk, masks)
    expect(masked.rows).toBe(4)
    expect(masked.rowNumbers).toEqual(chunk.rowNumbers)
    expect(rowsOf(masked).map((row) => copyRowValues(Buffer.from(row)))).toEqual([
      ["1", sha256("Anna@Example.com"), null, "keep\tme"],
      ["2", sha256("tab\there, back\\slash, new\nline"), null, "x"],
      ["3", null, null, null],
      ["4", sha256(""), null, "Zürich 東京"],
    ])
    expect(rowsOf(masked)[0]).toBe(`1\t${sha256("Anna@Example.com")}\t\\N\tkeep\\tme\n`)
  })

  it("masks the first and the last column, and many rows that outgrow the first buffer", () => {
    const rows = Array.from({ length: 5000 }, (_, index) => encode([`a${index}`, "", `z${index}`]))
    const { masks } = columnMasks(
      ["a", "b", "c"].map((name) => ({ name, type: null })),
      { a: "hash", c: "hash" },
    )
    const masked = rowsOf(maskChunk(chunkOf(rows), masks))
    expect(masked).toHaveLength(5000)
    expect(masked[4999]).toBe(`${sha256("a4999")}\t\t${sha256("z4999")}\n`)
  })

  it("masks a source's only column", () => {
    const { masks } = columnMasks([{ name: "email", type: null }], { email: "hash" })
    const rows = Array.from({ length: 20000 }, (_, index) => encode([`u${index}@x.y`]))
    const masked = rowsOf(maskChunk(chunkOf(rows), masks))
    expect(masked[0]).toBe(`${sha256("u0@x.y")}\n`)
    expect(masked[19999]).toBe(`${sha256("u19999@x.y")}\n`)
  })

  it("reads a backslash before a literal tab as data, as COPY does", () => {
    const { masks } = columnMasks(
      ["a", "b"].map((name) => ({ name, type: null })),
      { b: "hash" },
    )
    const masked = rowsOf(maskChunk(chunkOf(["x\\\ty\tsecret\n", "x\\\\\ty\n"]), masks))
    expect(masked).toEqual([`x\\\ty\t${sha256("secret")}\n`, `x\\\\\t${sha256("y")}\n`])
  })

  it("leaves a row alone that lacks the masked field, and masks an empty last one", () => {
    const { masks } = columnMasks(
      ["a", "b", "c"].map((name) => ({ name, type: null })),
      { c: "null" },
    )
    expect(rowsOf(maskChunk(chunkOf(["1\t2\n", "1\t2\t\n"]), masks))).toEqual(["1\t2\n", "1\t2\t\\N\n"])
  })

  it("names masked columns the source does not have", () => {
    expect(columnMasks([{ name: "id", type: "integer" }], { email: "hash", id: "null" })).toEqual({
      masks: [{ index: 0, method: "null" }],
      missing: ["email"],
    })
  })
})

describe("decodeCopyField", () => {
  it("reads every COPY escape as PostgreSQL does", () => {
    const decoded = decodeCopyField(Buffer.from("a\\tb\\nc\\\\d\\101\\x42\\x4g\\v\\b\\f\\r\\'\\q\\7"))
    expect(decoded).toEqual(Buffer.from("a\tb\nc\\dAB\x04g\v\b\f\r'q\x07"))
  })
})

describe("maskedColumn", () => {
  it("makes hashed columns text and nulled ClickHouse columns Nullable", () => {
    expect(maskedColumn({ name: "inn", type: "bigint" }, "hash")).toEqual({ name: "inn", type: "text" })
    expect(maskedColumn({ name: "inn", type: "bigint" }, "null")).toEqual({ name: "inn", type: "bigint" })
    const ch = (clickhouseType: string) => ({ name: "c", type: "bigint", clickhouseType })
    expect(maskedColumn(ch("Int64"), "hash").clickhouseType).toBe("String")
    expect(maskedColumn(ch("Nullable(Int64)"), "hash").clickhouseType).toBe("Nullable(String)")
    expect(maskedColumn(ch("Int64"), "null").clickhouseType).toBe("Nullable(Int64)")
    expect(maskedColumn(ch("LowCardinality(String)"), "null").clickhouseType).toBe(
      "LowCardinality(Nullable(String))",
    )
    expect(maskedColumn(ch("Array(String)"), "null").clickhouseType).toBe("Nullable(String)")
    expect(maskedColumn(ch("Nullable(Int64)"), "null").clickhouseType).toBe("Nullable(Int64)")
  })
})

describe("maskBadRow", () => {
  const bad = (raw: string) => ({ row: 7, reason: "r", raw })

  it("masks the keys of a record source's JSON row, keeping the digits of numbers", () => {
    const row = maskBadRow(
      bad('{"id":12345678901234567890,"email":"a@b.c","phone":"+1","inn":7707083893,"nothing":null}'),
      { email: "hash", phone: "null", inn: "hash", nothing: "hash" },
      true,
    )
    expect(row.raw).toBe(
      `{"id":12345678901234567890,"email":"${sha256("a@b.c")}","phone":null,"inn":"${sha256("7707083893")}","nothing":null}`,
    )
  })

  it("withholds raw text it cannot read as a record", () => {
    for (const [raw, record] of [
      ["1,a@b.c,+1,extra", false],
      ['{"email": "a@b.c"', true],
      ['["a@b.c"]', true],
      ['{"email":"a@b.c"}', false],
    ] as const) {
      const row = maskBadRow(bad(raw), { email: "hash" }, record)
      expect(row).toMatchObject({ row: 7, reason: "r" })
      expect(row.raw).not.toContain("a@b.c")
      expect(row.raw).toMatch(/^\(withheld/)
    }
  })
})
