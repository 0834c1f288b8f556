/**
 * Sample profiles: every inference rule on small columns, the candidates, the sample reader, and golden
 * profiles of public data from the `vega-datasets` package. `UPDATE_GOLDEN=1 npx vitest run
 * test/compiler/profile` rewrites the goldens under test/golden/profiles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import {
  type ColumnProfile,
  DISTINCT_CAP,
  profileJson,
  profileTable,
} from "../../../compiler/profile/profile"
import {
  profileSample,
  readSample,
  type SampleOptions,
  sniffDelimiter,
} from "../../../compiler/profile/sample"

const column = (values: ReadonlyArray<string | null>, name = "c"): ColumnProfile =>
  profileTable({ columns: [name], rows: values.map((value) => [value]) }).columns[0] as ColumnProfile

const typeOf = (values: ReadonlyArray<string | null>) => column(values).type

describe("type inference", () => {
  it("keeps codes with leading zeros as text", () => {
    expect(column(["007", "012", "123"])).toMatchObject({ type: "text", leadingZeros: true })
    expect(column(["00501"])).toMatchObject({ type: "text", leadingZeros: true })
    expect(column(["00.5", "1.5"])).toMatchObject({ type: "text", leadingZeros: true })
    expect(column(["-007"])).toMatchObject({ type: "text", leadingZeros: true })
    expect(column(["0", "10", "-3"])).toMatchObject({ type: "integer", leadingZeros: false })
    expect(column(["0.5", "-0.25"])).toMatchObject({ type: "decimal", leadingZeros: false })
    // letters after the zeros make an ordinary code, not a number that lost its zeros
    expect(column(["00M", "01A"])).toMatchObject({ type: "text", leadingZeros: false })
  })

  it("sizes integers exactly and widens past bigint to decimal, then text", () => {
    expect(typeOf(["2147483647", "-2147483648"])).toBe("integer")
    expect(typeOf(["2147483648"])).toBe("bigint")
    expect(typeOf(["-2147483649"])).toBe("bigint")
    expect(typeOf(["9223372036854775807", "-9223372036854775808"])).toBe("bigint")
    expect(column(["9223372036854775808"])).toMatchObject({
      type: "decimal",
      decimal: { precision: 19, scale: 0 },
    })
    expect(column(["-9223372036854775809", "1"])).toMatchObject({ type: "decimal" })
    expect(typeOf(["9".repeat(38)])).toBe("decimal")
    expect(typeOf(["9".repeat(39)])).toBe("text")
  })

  it("reads decimal precision and scale from the text, never through a float", () => {
    expect(column(["1.50", "12.345", "-0.1"]).decimal).toEqual({ precision: 5, scale: 3 })
    expect(column(["12345678901234567890.123456789"]).decimal).toEqual({ precision: 29, scale: 9 })
    expect(column(["0.1000000000000000055511151231257827"]).decimal).toEqual({ precision: 34, scale: 34 })
    expect(column([".097", "-.5"]).decimal).toEqual({ precision: 3, scale: 3 })
    expect(column(["1", "250", "2.5"])).toMatchObject({
      type: "decimal",
      decimal: { precision: 4, scale: 1 },
    })
    expect(column(["0.0"]).decimal).toEqual({ precision: 1, scale: 1 })
    expect(typeOf(["1.", "2"])).toBe("text")
    expect(typeOf([`1.${"0".repeat(38)}`])).toBe("text")
  })

  it("takes exponents for floats", () => {
    expect(column(["1e5", "2.5", "-3.1E-7"])).toMatchObject({ type: "float", decimal: null })
    expect(typeOf(["1e5", "x"])).toBe("text")
  })

  it("tells dates, timestamps and timestamps with a zone apart", () => {
    expect(column(["2024-01-31", "2024-02-29"])).toMatchObject({
      type: "date",
      timestamp: { withZone: false, format: "YYYY-MM-DD" },
    })
    expect(column(["2024-01-02 03:04:05", "2024-01-02 03:04:05.123456"])).toMatchObject({
      type: "timestamp",
      timestamp: { withZone: false, format: "YYYY-MM-DD HH:MI:SS.FFFFFF" },
    })
    expect(column(["2024-01-02T03:04:05Z"])).toMatchObject({
      type: "timestamptz",
      timestamp: { withZone: true, format: "YYYY-MM-DDTHH:MI:SSZ" },
    })
    expect(
      column(["2024-01-02T03:04:05+01:00", "2024-01-02T03:04:05.5-0530", "2024-01-02T03:04+02"]),
    ).toMatchObject({
      type: "timestamptz",
      timestamp: {
        withZone: true,
        format: "YYYY-MM-DDTHH:MI+HH | YYYY-MM-DDTHH:MI:SS.F+HH:MM | YYYY-MM-DDTHH:MI:SS.F+HHMM",
      },
    })
    expect(column(["2001/01/01 06:55"]).timestamp).toEqual({ withZone: false, format: "YYYY/MM/DD HH:MI" })
    // a day next to times without a zone is a timestamp at midnight
    expect(column(["2024-01-02", "2024-01-02 10:00:00"])).toMatchObject({
      type: "timestamp",
      timestamp: { format: "YYYY-MM-DD | YYYY-MM-DD HH:MI:SS" },
    })
  })

  it("falls back to text for mixed zones and impossible dates or times", () => {
    expect(typeOf(["2024-01-02T03:04:05Z", "2024-01-02T03:04:05"])).toBe("text")
    expect(typeOf(["2024-01-02T03:04:05Z", "2024-01-02"])).toBe("text")
    expect(typeOf(["2023-02-29"])).toBe("text")
    expect(typeOf(["1900-02-29"])).toBe("text")
    expect(typeOf(["2000-02-29"])).toBe("date")
    expect(typeOf(["2024-13-01"])).toBe("text")
    expect(typeOf(["2024-01-02 24:00:00"])).toBe("text")
    expect(typeOf(["2024-01-02 10:60"])).toBe("text")
    expect(typeOf(["2024-01-02T03:04:05+16:00"])).toBe("text")
    expect(typeOf(["2024-01/02"])).toBe("text")
    expect(typeOf(["Jun 12 1998"])).toBe("text")
    expect(typeOf(["01/31/2015"])).toBe("text")
  })

  it("takes booleans only when every value is one", () => {
    expect(typeOf(["true", "False", "T", "f", "YES", "no"])).toBe("boolean")
    expect(typeOf(["true", null])).toBe("boolean")
    expect(typeOf(["true", "1"])).toBe("text")
    expect(typeOf(["yes", "maybe"])).toBe("text")
    expect(typeOf(["0", "1"])).toBe("integer")
  })

  it("takes JSON objects and arrays for json, and anything mixed for text", () => {
    expect(typeOf(['{"a":1}', "[1,2]", "[]"])).toBe("json")
    expect(typeOf(['{"a":1}', "x"])).toBe("text")
    expect(typeOf(["{not json"])).toBe("text")
    expect(typeOf(["1", "abc"])).toBe("text")
    expect(typeOf(["1", "2024-01-02"])).toBe("text")
    expect(typeOf([" 1"])).toBe("text")
    expect(typeOf(["+1"])).toBe("text")
  })

  it("counts NULLs and empty strings apart; an empty string is a value", () => {
    expect(column([null, "", "x", null])).toMatchObject({ nullable: true, nulls: 2, empty: 1, distinct: 2 })
    expect(column(["1", ""])).toMatchObject({ type: "text", nullable: false, empty: 1 })
    expect(column([null, "1"])).toMatchObject({ type: "integer", nullable: true, nulls: 1, empty: 0 })
    expect(column([null, null])).toMatchObject({ type: "text", nullable: true, distinct: 0, examples: [] })
  })

  it("measures length in characters and keeps examples few and short", () => {
    const long = "x".repeat(100)
    const profile = column(["😀é", long, "a", "b", "😀é"])
    expect(profile.maxLength).toBe(100)
    expect(profile.examples).toEqual(["😀é", `${"x".repeat(39)}…`, "a"])
    expect(column(["😀😀😀"]).maxLength).toBe(3)
  })

  it("caps the distinct count", () => {
    const values = Array.from({ length: DISTINCT_CAP + 5 }, (_, i) => `v${i}`)
    expect(column(values)).toMatchObject({ distinct: DISTINCT_CAP, distinctCapped: true, type: "text" })
    const profile = profileTable({ columns: ["v"], rows: values.map((value) => [value]) })
    expect(profile.candidateKeys).toEqual([])
  })

  it("treats rows shorter than the columns as NULLs", () => {
    const profile = profileTable({ columns: ["a", "b"], rows: [["1"], ["2", "x"]] })
    expect(profile.columns[1]).toMatchObject({ nulls: 1, nullable: true })
  })
})

describe("candidates", () => {
  it("suggests unique non-null columns, then minimal unique pairs, key-like names first", () => {
    const profile = profileTable({
      columns: ["name", "symbol", "day", "price", "order_id", "note", "id"],
      rows: [
        ["a", "MSFT", "2024-01-01", "1.5", "10", null, "1"],
        ["b", "MSFT", "2024-01-02", "2.5", "11", "x", "2"],
        ["c", "AAPL", "2024-01-01", "3.5", "12", "y", "3"],
      ],
    })
    expect(profile.candidateKeys).toEqual([["id"], ["order_id"], ["name"], ["symbol", "day"]])
  })

  it("leaves out floats, decimals, booleans, JSON and nullable columns", () => {
    const profile = profileTable({
      columns: ["f", "d", "b", "j", "n"],
      rows: [
        ["1e1", "1.5", "true", "[1]", "1"],
        ["2e1", "2.5", "false", "[2]", null],
      ],
    })
    expect(profile.candidateKeys).toEqual([])
  })

  it("ranks cursors by what the name says, then non-null, then type", () => {
    const profile = profileTable({
      columns: ["day", "created_at", "shipped", "updated_at", "modifiedOn", "label"],
      rows: [
        ["2024-01-01", "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00", null, "x"],
        [
          "2024-01-02",
          "2024-01-02 10:00:00",
          "2024-01-02T10:00:00Z",
          "2024-01-02 10:00:00",
          "2024-01-02",
          "y",
        ],
      ],
    })
    expect(profile.cursorCandidates).toEqual(["updated_at", "modifiedOn", "created_at", "shipped", "day"])
    expect(profile.partitionCandidates.map((candidate) => candidate.column)).toEqual([
      "created_at",
      "shipped",
      "day",
      "updated_at",
      "modifiedOn",
    ])
    expect(profile.partitionCandidates[0]).toEqual({
      column: "created_at",
      clickhouse: "toYYYYMM(created_at)",
    })
  })

  it("quotes ClickHouse identifiers that need it", () => {
    const profile = profileTable({ columns: ["Release `Date`"], rows: [["2024-01-01"]] })
    expect(profile.partitionCandidates).toEqual([
      { column: "Release `Date`", clickhouse: "toYYYYMM(`Release \\`Date\\``)" },
    ])
  })
})

describe("sample files", () => {
  const dir = mkdtempSync(join(tmpdir(), "airspec-profile-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const read = (path: string, options: SampleOptions = {}) => Effect.runPromise(readSample(path, options))

  it("sniffs the CSV delimiter, quotes respected", () => {
    expect(sniffDelimiter('a;b;c\n"1,5";2;3\n"x,y,z";4;5\n')).toBe(";")
    expect(sniffDelimiter("a\tb\n1\t2\n")).toBe("\t")
    expect(sniffDelimiter("a|b|c\r\n1|2|3\r\n")).toBe("|")
    expect(sniffDelimiter("a,b\n1,2\n3,4")).toBe(",")
    expect(sniffDelimiter("only\n1\n2\n")).toBe(",")
    // inconsistent counts: the header decides
    expect(sniffDelimiter("a;b;c\n1;2\n")).toBe(";")
  })

  it("reads CSV with NULL apart from empty, bad records counted, at most maxRows rows", async () => {
    const path = file("s.csv", 'id;code;note\n1;007;""\n2;;x\n3;"0"x;1\n4;009;y\n5;010;z\n')
    const sample = await read(path, { maxRows: 3 })
    expect(sample.info).toEqual({
      file: "s.csv",
      format: "csv",
      delimiter: ";",
      recordPath: null,
      rows: 3,
      truncated: true,
      badRows: 1,
    })
    expect(sample.table).toEqual({
      columns: ["id", "code", "note"],
      rows: [
        ["1", "007", ""],
        ["2", null, "x"],
        ["4", "009", "y"],
      ],
    })
    expect((await read(path)).info).toMatchObject({ rows: 4, truncated: false, badRows: 1 })
  })

  it("reads NDJSON and JSON records with every key as a column and exact numbers", async () => {
    const lines = '{"id": 1, "amount": 12345678901234567890.5, "tags": ["a"]}\n\n{"id": 2, "extra": null}\n'
    const ndjson = await read(file("s.ndjson", lines))
    expect(ndjson.info).toMatchObject({ format: "ndjson", rows: 2 })
    expect(ndjson.table).toEqual({
      columns: ["id", "amount", "tags", "extra"],
      rows: [
        ["1", "12345678901234567890.5", '["a"]', null],
        ["2", null, null, null],
      ],
    })
    // a .json file holding one object per line is NDJSON too
    expect((await read(file("lines.json", lines))).info.format).toBe("ndjson")
    const document = '{"data": {"items": [{"id": 1, "ok": true}, 5, {"id": 2, "ok": false}]}}'
    const json = await read(file("s.json", document), { recordPath: "data.items" })
    expect(json.info).toMatchObject({ format: "json", recordPath: "data.items", rows: 2, badRows: 1 })
    expect(json.table.rows).toEqual([
      ["1", "true"],
      ["2", "false"],
    ])
    expect(profileTable(json.table).columns.map((c) => c.type)).toEqual(["integer", "boolean"])
  })

  it("reads XML records at the record path", async () => {
    const xml =
      '<?xml version="1.0"?><catalog><item sku="007"><qty>3</qty></item><item sku="010"><qty>4</qty><note>n</note></item></catalog>'
    const sample = await read(file("s.xml", xml), { recordPath: "catalog.item" })
    expect(sample.table).toEqual({
      columns: ["qty", "@_sku", "note"],
      rows: [
        ["3", "007", null],
        ["4", "010", "n"],
      ],
    })
    await expect(read(file("t.xml", xml))).rejects.toThrow("record path")
  })

  it("fails with a message for a missing file or a JSON document that is not an array", async () => {
    await expect(read(join(dir, "missing.csv"))).rejects.toThrow("cannot read the file missing.csv")
    await expect(read(file("obj.json", '{"a": {"b": 1}}'), { recordPath: "a" })).rejects.toThrow(
      "no array at records_path",
    )
  })
})

describe("golden profiles of public data (vega-datasets)", () => {
  const DATA = "node_modules/vega-datasets/data"
  const cases = [
    // US ZIP codes: leading zeros (00501), first 10,000 of 42,000 rows
    { name: "zipcodes", file: "zipcodes.csv" },
    // tab-separated, decimals written without a leading zero (.097)
    { name: "unemployment", file: "unemployment.tsv" },
    // messy nulls, numbers among titles, integers among decimals
    { name: "movies", file: "movies.json" },
    // timestamps written YYYY/MM/DD HH:MI
    { name: "flights-2k", file: "flights-2k.json" },
  ]
  const profileOf = async (file: string) =>
    profileJson(profileSample(await Effect.runPromise(readSample(join(DATA, file)))))

  for (const { name, file } of cases) {
    it(`profiles ${file} to test/golden/profiles/${name}.json`, async () => {
      const text = await profileOf(file)
      const golden = join("test/golden/profiles", `${name}.json`)
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, text)
      expect(text).toBe(readFileSync(golden, "utf8"))
    })
  }

  it("is deterministic: profiling twice gives identical bytes", async () => {
    for (const { file } of cases) expect(await profileOf(file)).toBe(await profileOf(file))
  })
})
