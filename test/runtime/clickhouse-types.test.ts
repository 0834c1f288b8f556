/**
 * ClickHouse types and value checks without a server: what each server version gets (18.16 here, current
 * servers in docker-compose), and the checks that keep 18.16 from storing wrong values silently.
 */
import { describe, expect, it } from "vitest"
import { RowChecks } from "../../runtime/clickhouse/checks"
import { featuresOf, parseVersion } from "../../runtime/clickhouse/session"
import { statements } from "../../runtime/clickhouse/sql"
import { fitType, parseType, postgresTypeFor, typeForSource } from "../../runtime/clickhouse/types"
import { ChunkBuilder } from "../../runtime/rows"

const OLD = featuresOf(parseVersion("18.16.1"))
const CURRENT = featuresOf(parseVersion("24.8.4.13"))

describe("server versions", () => {
  it("turns newer features on only from the release that brought them", () => {
    expect(OLD).toEqual({
      lowCardinality: false,
      dateTime64: false,
      date32: false,
      bool: false,
      dedupTokens: false,
      lightweightDelete: false,
      wideDateRanges: false,
    })
    expect(CURRENT).toEqual({
      lowCardinality: true,
      dateTime64: true,
      date32: true,
      bool: true,
      dedupTokens: true,
      lightweightDelete: true,
      wideDateRanges: true,
    })
    expect(featuresOf(parseVersion("21.9.2"))).toMatchObject({ date32: true, bool: false })
  })

  it("fits declared types to the server, saying why", () => {
    expect(fitType("LowCardinality(Nullable(String))", OLD)).toEqual({
      type: "Nullable(String)",
      note: "LowCardinality needs ClickHouse 19.0",
    })
    expect(fitType("LowCardinality(Nullable(String))", CURRENT)).toEqual({
      type: "LowCardinality(Nullable(String))",
      note: null,
    })
    expect(fitType("Nullable(DateTime64(3, 'Europe/Berlin'))", OLD).type).toBe(
      "Nullable(DateTime('Europe/Berlin'))",
    )
    expect(fitType("Bool", OLD).type).toBe("UInt8")
    expect(fitType("Decimal(18, 4)", OLD)).toEqual({ type: "Decimal(18, 4)", note: null })
  })

  it("chooses column types from PostgreSQL's, newer ones where the server has them", () => {
    const column = (type: string | null) => ({ name: "c", type })
    expect(typeForSource(column("timestamp with time zone"), OLD)).toBe("DateTime('UTC')")
    expect(typeForSource(column("timestamp with time zone"), CURRENT)).toBe("DateTime64(6, 'UTC')")
    expect(typeForSource(column("boolean"), OLD)).toBe("UInt8")
    expect(typeForSource(column("boolean"), CURRENT)).toBe("Bool")
    expect(typeForSource(column("date"), CURRENT)).toBe("Date32")
    expect(typeForSource(column("numeric(40,2)"), OLD)).toBe("String")
    expect(typeForSource(column("numeric(38,10)"), OLD)).toBe("Decimal(38, 10)")
    expect(typeForSource(column(null), OLD)).toBe("String")
    expect(typeForSource({ name: "c", type: "text", clickhouseType: "LowCardinality(String)" }, OLD)).toBe(
      "LowCardinality(String)",
    )
  })

  it("maps ClickHouse types to PostgreSQL's for ClickHouse sources", () => {
    expect(postgresTypeFor("Nullable(Decimal(18, 4))")).toBe("numeric(18,4)")
    expect(postgresTypeFor("UInt64")).toBe("numeric(20,0)")
    expect(postgresTypeFor("LowCardinality(String)")).toBe("text")
    expect(postgresTypeFor("DateTime64(3, 'UTC')")).toBe("timestamptz")
    expect(parseType("Nullable(DateTime('Asia/Tokyo'))")).toMatchObject({
      nullable: true,
      family: "DateTime",
    })
  })
})

describe("value checks", () => {
  const chunkOf = (rows: string[]) => {
    const builder = new ChunkBuilder(1 << 16, 1000, 0)
    rows.forEach((row, index) => {
      const bytes = Buffer.from(`${row}\n`)
      builder.reserve(bytes.length)
      bytes.copy(builder.out, builder.pos)
      builder.pos += bytes.length
      builder.endRow(index + 1)
    })
    return builder.take()
  }
  const check = (type: string, values: string[], sourceType: string | null = null) => {
    const result = new RowChecks([{ name: "v", type, sourceType }], OLD).apply(chunkOf(values))
    return {
      sent: result.chunk.data.toString().split("\n").slice(0, -1),
      rejected: result.rejected.map((row) => row.row),
    }
  }

  it("passes a chunk through untouched when every value is fine", () => {
    const chunk = chunkOf(["1", "2"])
    expect(new RowChecks([{ name: "v", type: "Int32", sourceType: null }], OLD).apply(chunk).chunk).toBe(
      chunk,
    )
  })

  it("rejects integers out of range, for every width", () => {
    expect(check("Int8", ["-128", "127", "128", "-129", "1.5", ""])).toEqual({
      sent: ["-128", "127"],
      rejected: [3, 4, 5, 6],
    })
    expect(check("UInt64", ["18446744073709551615", "18446744073709551616", "-1"])).toEqual({
      sent: ["18446744073709551615"],
      rejected: [2, 3],
    })
    expect(check("Int64", ["-9223372036854775808", "9223372036854775808"])).toEqual({
      sent: ["-9223372036854775808"],
      rejected: [2],
    })
  })

  it("rewrites booleans and decimal zeros past the scale, rejects lost digits", () => {
    expect(check("UInt8", ["t", "f", "1", "true"], "boolean")).toEqual({
      sent: ["1", "0", "1", "1"],
      rejected: [],
    })
    expect(check("Bool", ["t", "0", "yes"])).toEqual({ sent: ["true", "false"], rejected: [3] })
    expect(check("Decimal(5, 2)", ["123.45", "1.500", "1234.5", "1.234", "-0.01", "abc", "1."])).toEqual({
      sent: ["123.45", "1.50", "-0.01", "1."],
      rejected: [3, 4, 6],
    })
  })

  it("rejects impossible dates and times and those outside the type's range", () => {
    expect(
      check("Date", ["2024-02-29", "2023-02-29", "1969-12-31", "2105-12-31", "2106-01-01", "2024-1-01"]),
    ).toEqual({
      sent: ["2024-02-29", "2105-12-31"],
      rejected: [2, 3, 5, 6],
    })
    expect(
      check("DateTime('UTC')", [
        "2025-03-01 10:00:00",
        "2025-03-01T10:00:00.123456+05:30",
        "2025-03-01 10:00:00+00",
        "2025-03-01 24:00:00",
        "1969-12-31 23:59:59Z",
        "2025-03-01",
        "1700000000",
      ]),
    ).toEqual({
      sent: [
        "2025-03-01 10:00:00",
        "2025-03-01T10:00:00.123456+05:30",
        "2025-03-01 10:00:00+00",
        "2025-03-01",
      ],
      rejected: [4, 5, 7],
    })
    expect(check("DateTime64(3, 'UTC')", ["1969-12-31 23:59:59Z", "2300-01-01 00:00:00"])).toEqual({
      sent: ["1969-12-31 23:59:59Z"],
      rejected: [2],
    })
  })

  it("knows the wider date ranges of current servers", () => {
    const wide = (type: string, values: string[]) =>
      new RowChecks([{ name: "v", type, sourceType: null }], CURRENT)
        .apply(chunkOf(values))
        .rejected.map((row) => row.row)
    expect(wide("Date", ["2149-06-06", "2149-06-07"])).toEqual([2])
    expect(wide("DateTime", ["2106-02-07 06:28:15Z", "2106-02-07 06:28:16Z"])).toEqual([2])
    expect(wide("Date32", ["1900-01-01", "1899-12-31"])).toEqual([2])
    expect(check("Date32", ["1925-01-01", "1924-12-31"]).rejected).toEqual([2])
    expect(check("DateTime", ["2105-12-31 23:59:59Z", "2106-01-01 00:00:00Z"]).rejected).toEqual([2])
  })

  it("rejects NULL only where the column cannot hold it", () => {
    expect(check("String", ["a", "\\N"])).toEqual({ sent: ["a"], rejected: [2] })
    expect(check("Nullable(Int32)", ["\\N", "x"])).toEqual({ sent: ["\\N"], rejected: [2] })
  })
})

describe("statements of a script", () => {
  it("splits on semicolons outside quotes and comments and drops empty ones", () => {
    expect(
      statements("SELECT 'a;b'; -- note; here\nSELECT `x;y` FROM t /* ; */;\n\n;  -- only a comment\n"),
    ).toEqual(["SELECT 'a;b'", "-- note; here\nSELECT `x;y` FROM t /* ; */"])
    expect(statements("SELECT 'it\\'s;'")).toEqual(["SELECT 'it\\'s;'"])
    expect(statements("# setup; first\nSELECT 1;\n# done;")).toEqual(["# setup; first\nSELECT 1"])
  })
})

describe("checks the source's type makes needless", () => {
  const checks = (type: string, sourceType: string | null, clickhouseSourceType: string | null = null) =>
    new RowChecks([{ name: "v", type, sourceType, clickhouseSourceType }], OLD)
  const chunk = () => {
    const builder = new ChunkBuilder(1 << 10, 10, 0)
    const bytes = Buffer.from("99999\n")
    bytes.copy(builder.out, 0)
    builder.pos = bytes.length
    builder.endRow(1)
    return builder.take()
  }

  it("skips values a PostgreSQL type already bounds, and checks those it does not", () => {
    // "99999" does not fit Int16: a smallint source could never send it, a text source could
    expect(checks("Int16", "smallint").apply(chunk()).rejected).toEqual([])
    expect(checks("Int16", "text").apply(chunk()).rejected).toHaveLength(1)
    expect(checks("Int16", "integer").apply(chunk()).rejected).toHaveLength(1)
    expect(checks("Decimal(4, 0)", "numeric(4,0)").apply(chunk()).rejected).toEqual([])
    expect(checks("Decimal(4, 1)", "numeric(4,0)").apply(chunk()).rejected).toHaveLength(1)
    expect(checks("Int16", null, "Int16").apply(chunk()).rejected).toEqual([])
    expect(checks("Int16", null, "Int32").apply(chunk()).rejected).toHaveLength(1)
  })
})
