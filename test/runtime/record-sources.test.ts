/** JSON, NDJSON and XML sources: streamed records with exact values, and a real load of each format. */
import { beforeAll, describe, expect, it } from "vitest"
import { copyRowValues, type RowChunk, rowStart } from "../../runtime/rows"
import { jsonArrayRecords, ndjsonRecords } from "../../runtime/sources/json"
import { type RecordItem, recordRows } from "../../runtime/sources/records"
import { xmlRecords } from "../../runtime/sources/xml"
import { freshDatabase, project, query, runRuntime, writePlan } from "./harness"

async function* split(text: string, size: number) {
  const bytes = Buffer.from(text)
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

const rowsOf = async (items: AsyncIterable<RecordItem>, declared: string[] = []) => {
  const { columns, chunks } = await recordRows(items, declared, { chunkBytes: 1 << 16, chunkRows: 3 })
  const rows: Array<Array<string | null>> = []
  const bad: string[] = []
  for await (const chunk of chunks as AsyncIterable<RowChunk>) {
    for (let i = 0; i < chunk.rows; i++)
      rows.push(copyRowValues(chunk.data.subarray(rowStart(chunk, i), chunk.rowEnds[i])))
    bad.push(...chunk.bad.map((row) => `${row.row}: ${row.reason}`))
  }
  return { columns, rows, bad }
}

describe("JSON records", () => {
  const document = `{"meta": {"items": "not this"}, "data": {"items": [
    {"id": 1, "amount": 12345678901234567890.123456789, "tags": ["a", {"b": 1.50}], "note": "x\\ty"},
    {"id": 2, "amount": null, "note": ""},
    {"id": 3, "extra": true}
  ], "after": [9]}}`

  it("streams the array at records_path with every digit, nested values as JSON, NULL apart from empty", async () => {
    for (const size of [1, 7, 4096]) {
      const result = await rowsOf(jsonArrayRecords(split(document, size), "data.items"), ["declared"])
      expect(result.columns).toEqual(["id", "amount", "tags", "note", "extra", "declared"])
      expect(result.rows).toEqual([
        ["1", "12345678901234567890.123456789", '["a",{"b":1.50}]', "x\ty", null, null],
        ["2", null, null, "", null, null],
        ["3", null, null, null, "true", null],
      ])
    }
  })

  it("reads a top-level array, and refuses a document without the array", async () => {
    expect((await rowsOf(jsonArrayRecords(split('[{"a": 1}, {"a": 2}]', 3), null))).rows).toEqual([
      ["1"],
      ["2"],
    ])
    await expect(rowsOf(jsonArrayRecords(split('{"a": 1}', 3), "data"))).rejects.toThrow(
      /no array at records_path/,
    )
  })

  it("NDJSON: one record per line; a broken line or a non-object is a bad row", async () => {
    const result = await rowsOf(ndjsonRecords(split('{"a": 1}\n\n{"a": 0.10}\r\n{"a": \n[1]\n{"a": 3}', 5)))
    expect(result.rows).toEqual([["1"], ["0.10"], ["3"]])
    expect(result.bad).toEqual([expect.stringMatching(/^3: not JSON/), "4: the record is not an object"])
  })
})

describe("XML records", () => {
  const xml = `<?xml version="1.0"?>
<!-- <item>not a record</item> -->
<stock generated="2025-03-01">
  <item sku="0042" warehouse='B "2"'><qty>5</qty><note><![CDATA[a <b> & c]]></note></item>
  <other><item sku="x"><qty>no</qty></item></other>
  <item sku="0043"><qty>7</qty><note>fish &amp; chips</note></item>
  <item sku="0044"/>
</stock>`

  it("streams the elements at record_path, attributes prefixed, values as text", async () => {
    for (const size of [1, 13, 4096]) {
      const result = await rowsOf(xmlRecords(split(xml, size), "stock.item", "@_"))
      expect(result.columns).toEqual(["qty", "note", "@_sku", "@_warehouse"])
      expect(result.rows).toEqual([
        ["5", "a <b> & c", "0042", 'B "2"'],
        ["7", "fish & chips", "0043", null],
        [null, null, "0044", null],
      ])
    }
  })
})

describe("record sources into Postgres", () => {
  let dwh: string
  beforeAll(async () => {
    dwh = await freshDatabase("records")
  })

  it("loads JSON into typed columns exactly: numeric, jsonb, text with leading zeros", async () => {
    const dir = project({
      "catalogue.json": JSON.stringify({ data: { products: [] } }).replace(
        "[]",
        '[{"sku": "007", "price": 19.990, "attrs": {"w": 1.50, "tags": ["x"]}}, {"sku": "008", "price": 0.1, "attrs": null}]',
      ),
    })
    const plan = writePlan(
      dir,
      `pipeline: records
owner: me
schedule: null
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  catalogue:
    source: { kind: file, path: catalogue.json, format: json, json: { records_path: data.products } }
    targets: [{ connection: dwh, table: catalogue, columns: { price: "numeric(10,3)", attrs: jsonb } }]
`,
    )
    const result = await runRuntime({ plan, task: "catalogue", cwd: dir, env: { AIRSPEC_CONN_DWH: dwh } })
    expect(result.code).toBe(0)
    expect(await query(dwh, "SELECT sku, price::text, attrs::text FROM catalogue ORDER BY sku")).toEqual([
      { sku: "007", price: "19.990", attrs: '{"w": 1.50, "tags": ["x"]}' },
      { sku: "008", price: "0.100", attrs: null },
    ])
  })
})
