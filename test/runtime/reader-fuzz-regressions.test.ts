/** Inputs the reader fuzzer (bench/fuzz/readers.ts) found, kept as tests once fixed. */
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { TaskFailed } from "../../runtime/errors"
import { gathered } from "../../runtime/sources/gather"
import { JsonShapeError, jsonArrayRecords, MAX_RECORD_DEPTH, ndjsonRecords } from "../../runtime/sources/json"
import { MAX_COLUMNS, type RecordItem, recordRows } from "../../runtime/sources/records"
import { xmlRecords } from "../../runtime/sources/xml"

const LIMITS = { chunkBytes: 1 << 16, chunkRows: 500 }
const input = (text: string) => Readable.from([Buffer.from(text)])

const records = async (text: string, path: string | null) => {
  const out: unknown[] = []
  for await (const item of jsonArrayRecords(input(text), path)) out.push(item)
  return out
}

const read = async (items: AsyncIterable<RecordItem>) => {
  const stream = await recordRows(items, [], LIMITS)
  const bad = []
  let rows = 0
  for await (const chunk of stream.chunks) {
    rows += chunk.rows
    bad.push(...chunk.bad)
  }
  return { columns: stream.columns, rows, bad }
}

describe("reader fuzz regressions", () => {
  it("a control character in a key outside the records is a JsonShapeError, not a SyntaxError", async () => {
    const error = await records('{"da\u0001ta": {"items": [{"id": 1}]}}', "data.items").catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(JsonShapeError)
    expect((error as Error).message).toContain("malformed")
  })

  it("a bad record's reason quotes no control character: a NUL would fail the quarantine insert", async () => {
    // after the first 1,000 records (which decide the columns) a new key is quarantined, named in the reason
    const lines = `{"id": 1}\n\u0000\n{"id":\u0001 2}\n${'{"id": 4}\n'.repeat(1000)}{"id\u007f": 3}\n`
    const { rows, bad } = await read(ndjsonRecords(input(lines)))
    expect(rows).toBe(1001)
    expect(bad.map((row) => row.row)).toEqual([2, 3, 1004])
    for (const row of bad) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
      expect(row.reason).not.toMatch(/[\u0000-\u001f\u007f]/)
    }
    expect(bad[0]?.reason).toMatch(/^not JSON: .*\\u0000/)
    expect(bad[2]?.reason).toContain('the field "id\\u007f" is not among the columns')
  })

  it("records with more fields than a table can hold fail at once, permanently (not row by row)", async () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`k${i}`, i]))
    const lines = `${JSON.stringify(wide)}\n${"{}\n".repeat(1000)}`
    const error = await read(ndjsonRecords(input(lines))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskFailed)
    expect(error).toMatchObject({ reason: "source", retryable: false })
    const attributes = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `a${i}="v"`).join(" ")
    const xml = `<catalog><item ${attributes}/>${"<item/>".repeat(100)}</catalog>`
    await expect(read(xmlRecords(input(xml), "catalog.item", "@_"))).rejects.toMatchObject({
      _tag: "TaskFailed",
      retryable: false,
    })
  })

  it("a record nested thousands of levels deep is quarantined, not a RangeError from the stack", async () => {
    // 5,000 levels parsed but overflowed the stack when written back as text; 200,000 overflowed the parser
    const objects = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`
    const { rows, bad } = await read(ndjsonRecords(input(`${objects}\n{"a": 2}\n`)))
    expect(rows).toBe(1)
    expect(bad.map((row) => [row.row, row.reason])).toEqual([
      [1, `nested more than ${MAX_RECORD_DEPTH} levels deep`],
    ])
    const arrays = `[{"a": 1}, {"a": ${"[".repeat(200_000)}${"]".repeat(200_000)}}]`
    const fromArray = await read(jsonArrayRecords(input(arrays), null))
    expect([fromArray.rows, fromArray.bad.map((row) => row.row)]).toEqual([1, [2]])
  })

  it("a record nested within the limit still loads, brackets in strings not counted", async () => {
    const depth = MAX_RECORD_DEPTH - 1
    const record = `{"a": ${"[".repeat(depth)}"]]]]${"[".repeat(600)}"${"]".repeat(depth)}}`
    const { rows, bad } = await read(ndjsonRecords(input(`${record}\n`)))
    expect([rows, bad]).toEqual([1, []])
  })

  it("a long record in small pieces is gathered, not copied and scanned again once per piece", async () => {
    // fuzz input: a 4 MB field in XML delivered in 8 KB pieces took seconds (quadratic in the record)
    let held = 0
    const sizes: number[] = []
    const pieces = Array.from({ length: 512 }, () => Buffer.alloc(8192, 97))
    for await (const piece of gathered(Readable.from(pieces), () => held)) {
      sizes.push(piece.length)
      held += piece.length
    }
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(512 * 8192)
    expect(sizes.length).toBeLessThanOrEqual(8)
  })

  it("records split anywhere across small pieces read the same", async () => {
    const blob = "x<>&".repeat(100_000)
    const xml = `<feed><entry id="1"><b><![CDATA[${blob}]]></b><c a="${"v".repeat(100_000)}"/></entry><entry id="2"/></feed>`
    const json = `[{"b": "${blob}"}, {"b": 2}]`
    const small = (text: string) => {
      const bytes = Buffer.from(text)
      return Readable.from(
        Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) =>
          bytes.subarray(i * 1000, i * 1000 + 1000),
        ),
      )
    }
    const fromXml = []
    for await (const item of xmlRecords(small(xml), "feed.entry", "@_")) fromXml.push(item)
    expect(fromXml).toHaveLength(2)
    expect(fromXml[0]).toMatchObject({ kind: "record", value: { b: blob, "@_id": "1" } })
    const fromJson = []
    for await (const item of jsonArrayRecords(small(json), null)) fromJson.push(item)
    expect(fromJson.map((item) => item.kind)).toEqual(["record", "record"])
    const fromLines = []
    for await (const item of ndjsonRecords(small(`{"b": "${blob}"}\n{"b": 2}\n`))) fromLines.push(item)
    expect(fromLines).toHaveLength(2)
  })

  it("records at the column limit still load", async () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_COLUMNS }, (_, i) => [`k${i}`, i]))
    const { columns, rows } = await read(ndjsonRecords(input(`${JSON.stringify(wide)}\n{}\n`)))
    expect(columns).toHaveLength(MAX_COLUMNS)
    expect(rows).toBe(2)
  })
})
