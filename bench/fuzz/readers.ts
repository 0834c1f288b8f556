/**
 * Reader fuzzing: mutants of valid CSV (three dialects), JSON, NDJSON and XML inputs through the runtime's
 * own readers, exactly as a load reads a file (readCsv, or jsonArrayRecords / ndjsonRecords / xmlRecords
 * into recordRows), fed in small pieces so that every split point is exercised. Each input must finish
 * within the time bound and either give rows (bad ones quarantined with a reason) or fail with one of the
 * readers' own errors (CsvError, JsonShapeError, XmlShapeError) — never a hang, never an internal error.
 *
 *   npm run fuzz:readers -- [--count 12000] [--seed 1]
 */
import { Readable } from "node:stream"
import { copyRowValues, type RowChunk, rowStart } from "../../runtime/rows"
import { type CsvDialect, CsvError, readCsv } from "../../runtime/sources/csv"
import { JsonShapeError, jsonArrayRecords, ndjsonRecords } from "../../runtime/sources/json"
import { recordRows } from "../../runtime/sources/records"
import { XmlShapeError, xmlRecords } from "../../runtime/sources/xml"
import { prng, type Random } from "./mutate"

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const count = flag("count", 12_000)
const seed = flag("seed", 1)
const TIMEOUT_MS = 5_000
const LIMITS = { chunkBytes: 64 * 1024, chunkRows: 500 }

const CSV = [
  "id,name,amount,note,at",
  '1,Ada,12.50,"said ""hi"", then left",2025-01-01T10:00:00Z',
  '2,Grace,,"multi\nline",2025-01-02T11:30:00+02:00',
  "3,Ünïcødé ✓,0.01,plain,2025-01-03",
  '4,"quoted, comma",-7,"",2025-01-04',
].join("\n")

const DIALECTS: ReadonlyArray<{ name: string; dialect: CsvDialect; text: string }> = [
  {
    name: "csv",
    dialect: {
      delimiter: ",",
      quote: '"',
      escape: '"',
      header: true,
      columns: null,
      nullString: null,
      skipRows: 0,
      encoding: "utf-8",
    },
    text: CSV,
  },
  {
    name: "tsv-null",
    dialect: {
      delimiter: "\t",
      quote: '"',
      escape: '"',
      header: true,
      columns: null,
      nullString: "NULL",
      skipRows: 0,
      encoding: "utf-8",
    },
    text: 'id\tname\tv\n1\tNULL\tx\n2\t"a\tb"\ty\n',
  },
  {
    name: "semicolon-backslash-latin1",
    dialect: {
      delimiter: ";",
      quote: "'",
      escape: "\\",
      header: false,
      columns: ["a", "b", "c"],
      nullString: null,
      skipRows: 1,
      encoding: "latin1",
    },
    text: "skip me\n1;'it\\'s';x\n2;'caf\u00e9';y\n",
  },
]

// written out: a number longer than a double, which the reader must keep digit for digit
const JSON_DOC =
  '{"meta":{"next":null,"tags":["a","b"]},"data":{"items":[{"id":1,"n":1.5,"s":"x\\"y","nested":{"a":[1,2]}},' +
  '{"id":2,"n":null,"s":"ü"},{"id":3,"big":123456789012345678901234567890}]}}'
const NDJSON = '{"id":1,"v":"a"}\n{"id":2,"v":[1,2]}\n\n{"id":3,"v":{"x":null}}\n'
const XML = `<?xml version="1.0"?>
<!-- a comment with <item> inside -->
<catalog><item id="1"><name>A &amp; B</name><price>1.50</price></item>
<item id="2"><name><![CDATA[<raw>]]></name><price/></item><other><item>not a record</item></other></catalog>`

type Format = "csv" | "json" | "ndjson" | "xml"
interface Input {
  readonly format: Format
  readonly variant: string
  readonly bytes: Buffer
  readonly dialect?: CsvDialect
}

const ENTITY_BOMB = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><catalog><item><name>&lol4;</name></item></catalog>`

const mutate = (text: string, random: Random, format: Format): Buffer => {
  const bytes = Buffer.from(text, "utf8")
  switch (random.int(11)) {
    case 0: {
      const out = Buffer.from(bytes)
      for (let i = 1 + random.int(6); i > 0; i--) {
        const at = random.int(out.length)
        out[at] = (out[at] as number) ^ (1 << random.int(8))
      }
      return out
    }
    case 1:
      return bytes.subarray(0, random.int(bytes.length))
    case 2:
      return Buffer.from(text.replace(/"/, ""), "utf8")
    case 3: {
      const at = random.int(text.length)
      return Buffer.from(
        `${text.slice(0, at)}${"z".repeat(random.pick([1_000, 100_000, 2_000_000]))}${text.slice(at)}`,
      )
    }
    case 4: {
      const out = Buffer.from(bytes)
      for (let i = 1 + random.int(4); i > 0; i--)
        out[random.int(out.length)] = random.pick([0xc3, 0xff, 0x80, 0xed, 0])
      return out
    }
    case 5:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])
    case 6:
      return Buffer.from(text.replace(/\n/g, () => random.pick(["\r\n", "\r", "\n", "\n\n"])))
    case 7: {
      const depth = random.pick([100, 10_000, 200_000])
      if (format === "xml")
        return Buffer.from(text.replace("<price>", `<price>${"<a>".repeat(depth)}${"</a>".repeat(depth)}`))
      if (format === "csv") return Buffer.from(`${text}\n${'"'.repeat(depth)}`)
      return Buffer.from(text.replace(/"id":1/, `"id":${"[".repeat(depth)}1${"]".repeat(depth)}`))
    }
    case 8:
      if (format === "xml")
        return Buffer.from(
          random.next() < 0.5
            ? ENTITY_BOMB
            : text.replace(
                '<item id="1">',
                `<item ${Array.from({ length: 20_000 }, (_, i) => `a${i}="v"`).join(" ")}>`,
              ),
        )
      return Buffer.from(text.replace(/[,:]/g, (c) => (random.next() < 0.1 ? "" : c)))
    case 9:
      return Buffer.concat([bytes, bytes.subarray(random.int(bytes.length))])
    default: {
      const out: Buffer[] = []
      for (let i = 0; i < 1 + random.int(3); i++) {
        const from = random.int(bytes.length)
        out.push(bytes.subarray(from, from + random.int(40)))
      }
      return Buffer.concat([bytes, ...out])
    }
  }
}

/** The input in pieces of random sizes, as a stream delivers it. */
const pieces = (bytes: Buffer, random: Random): Readable => {
  const parts: Buffer[] = []
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + random.int(random.next() < 0.3 ? 7 : 65_536)
    parts.push(bytes.subarray(at, at + size))
    at += size
  }
  return Readable.from(parts)
}

const drain = async (chunks: AsyncIterable<RowChunk>) => {
  let rows = 0
  let bad = 0
  for await (const chunk of chunks) {
    rows += chunk.rows
    for (const row of chunk.bad) {
      bad++
      if (row.reason.trim() === "") throw new Error("a bad row without a reason")
    }
    // every row decodes
    for (let i = 0; i < chunk.rows; i++)
      copyRowValues(chunk.data.subarray(rowStart(chunk, i), chunk.rowEnds[i]))
  }
  return { rows, bad }
}

const read = async (input: Input, random: Random) => {
  const stream = pieces(input.bytes, random)
  if (input.format === "csv")
    return drain((await readCsv(stream, input.dialect as CsvDialect, LIMITS)).chunks)
  const items =
    input.format === "json"
      ? jsonArrayRecords(stream, input.variant === "root" ? null : "data.items")
      : input.format === "ndjson"
        ? ndjsonRecords(stream)
        : xmlRecords(stream, "catalog.item", "@_")
  return drain((await recordRows(items, [], LIMITS)).chunks)
}

const CLEAR = [CsvError, JsonShapeError, XmlShapeError]

const random = prng(seed)
const bases: Input[] = [
  ...DIALECTS.map((d) => ({
    format: "csv" as const,
    variant: d.name,
    bytes: Buffer.from(d.text, d.dialect.encoding === "latin1" ? "latin1" : "utf8"),
    dialect: d.dialect,
  })),
  { format: "json", variant: "data.items", bytes: Buffer.from(JSON_DOC) },
  { format: "json", variant: "root", bytes: Buffer.from(JSON.stringify([{ a: 1 }, { a: "x" }])) },
  { format: "ndjson", variant: "lines", bytes: Buffer.from(NDJSON) },
  { format: "xml", variant: "catalog.item", bytes: Buffer.from(XML) },
]

interface Stats {
  inputs: number
  rowsOnly: number
  quarantined: number
  clearErrors: number
  violations: number
  slowestMs: number
}
const stats = new Map<string, Stats>()
const violations: string[] = []
let peakHeapMiB = 0

console.log(`reader fuzzing: ${count} inputs, seed ${seed}`)
for (let index = 0; index < count; index++) {
  const base = bases[index % bases.length] as Input
  const key = `${base.format} (${base.variant})`
  const entry = stats.get(key) ?? {
    inputs: 0,
    rowsOnly: 0,
    quarantined: 0,
    clearErrors: 0,
    violations: 0,
    slowestMs: 0,
  }
  stats.set(key, entry)
  entry.inputs++
  const input = {
    ...base,
    bytes: mutate(
      base.bytes.toString(base.dialect?.encoding === "latin1" ? "latin1" : "utf8"),
      random,
      base.format,
    ),
  }
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<"timeout">((done) => {
    timer = setTimeout(() => done("timeout"), TIMEOUT_MS)
  })
  try {
    const outcome = await Promise.race([read(input, random), timeout])
    if (outcome === "timeout") {
      entry.violations++
      violations.push(`#${index} ${key}: no end after ${TIMEOUT_MS} ms`)
    } else if (outcome.bad > 0) entry.quarantined++
    else entry.rowsOnly++
  } catch (error) {
    if (CLEAR.some((kind) => error instanceof kind) && (error as Error).message.trim() !== "")
      entry.clearErrors++
    else {
      entry.violations++
      violations.push(
        `#${index} ${key}: ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 160)}`,
      )
    }
  } finally {
    clearTimeout(timer)
  }
  entry.slowestMs = Math.max(entry.slowestMs, performance.now() - started)
  if (index % 200 === 0) peakHeapMiB = Math.max(peakHeapMiB, process.memoryUsage().rss / 2 ** 20)
}

console.log(
  [
    "",
    "| input | inputs | rows only | rows + quarantined | clear error | hangs / internal errors | slowest ms |",
    "|---|---|---|---|---|---|---|",
    ...[...stats.entries()].map(
      ([key, s]) =>
        `| ${key} | ${s.inputs} | ${s.rowsOnly} | ${s.quarantined} | ${s.clearErrors} | ${s.violations} | ${s.slowestMs.toFixed(0)} |`,
    ),
    "",
    `peak RSS ${peakHeapMiB.toFixed(0)} MiB`,
  ].join("\n"),
)
if (violations.length > 0) {
  console.error(`\n${violations.length} violation(s):\n${violations.slice(0, 40).join("\n")}`)
  process.exit(1)
}
console.log("\nevery input ended with rows, quarantined rows or a clear error")
