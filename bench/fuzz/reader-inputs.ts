/**
 * Inputs of the reader fuzzer: valid files in every format and dialect a file source reads (CSV in four
 * dialects, a JSON document with a records path, a JSON array, NDJSON, XML at two record paths), and
 * seeded mutations of them that are aware of each format's syntax.
 */
import type { FileSourcePlan } from "../../compiler/plan/plan"
import {
  CONTROL,
  flipBits,
  INVALID_UTF8,
  inputRandom,
  insertAt,
  ODD_CHARS,
  type Random,
  setBytes,
  truncateAfter,
  utf8,
} from "./mutate"

type Csv = NonNullable<FileSourcePlan["csv"]>

export interface Base {
  readonly name: string
  readonly format: FileSourcePlan["format"]
  readonly csv: Csv | null
  readonly recordsPath: string | null
  readonly recordPath: string
  readonly attributePrefix: string
  /** The file's text for `records` records. */
  readonly text: (records: number, random: Random) => string
  /** Text as the file holds it, and back. */
  readonly encode: (text: string) => Buffer
  readonly decode: (bytes: Buffer) => string
}

const csv = (overrides: Partial<Csv>): Csv => ({
  delimiter: ",",
  quote: '"',
  escape: '"',
  header: true,
  columns: null,
  null_string: null,
  skip_rows: 0,
  encoding: "utf-8",
  ...overrides,
})

const WORDS = [
  "Ada",
  "Grace",
  "Ünïcødé ✓",
  "quoted, comma",
  'said "hi"',
  "multi\nline",
  "",
  "tab\there",
  "😀",
]

const csvField = (value: string, d: Csv) => {
  if (value !== "" && ![d.delimiter, d.quote, d.escape, "\n", "\r"].some((c) => value.includes(c)))
    return value
  const escaped =
    d.escape === d.quote
      ? value.replaceAll(d.quote, `${d.quote}${d.quote}`)
      : value.replaceAll(d.escape, `${d.escape}${d.escape}`).replaceAll(d.quote, `${d.escape}${d.quote}`)
  return `${d.quote}${escaped}${d.quote}`
}

const csvText = (dialect: Csv, records: number, random: Random) => {
  const lines: string[] = []
  for (let i = 0; i < dialect.skip_rows; i++) lines.push("a preamble line, skipped")
  if (dialect.header) lines.push(["id", "name", "amount", "note", "at"].join(dialect.delimiter))
  for (let i = 1; i <= records; i++) {
    const values = [
      String(i),
      random.pick(WORDS),
      random.pick(["12.50", "", "-7", "0.01", "1e5", dialect.null_string ?? "x"]),
      random.pick(WORDS),
      random.pick(["2025-01-01T10:00:00Z", "2025-01-02 11:30:00+02:00", "2025-01-03"]),
    ]
    lines.push(values.map((value) => csvField(value, dialect)).join(dialect.delimiter))
  }
  return `${lines.join("\n")}\n`
}

const record = (i: number, random: Random) => ({
  id: i,
  name: random.pick(WORDS),
  amount: random.pick([1.5, 0, -7, null, "12.50"]),
  ...(random.chance(0.3) ? { nested: { a: [1, 2, { b: "c" }] } } : {}),
  ...(i === 3 ? { big: "__BIG__" } : {}),
})
/** JSON.stringify cannot write a number beyond a double: lossless-json must keep its digits. */
const jsonText = (value: unknown) =>
  JSON.stringify(value).replaceAll('"__BIG__"', "123456789012345678901234567890")

const xmlEscape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")

const xmlItem = (tag: string, i: number, random: Random) => {
  const name = random.pick(WORDS)
  const body = random.chance(0.2)
    ? `<name><![CDATA[${name.replaceAll("]]>", "")} <raw>]]></name>`
    : `<name>${xmlEscape(name)}</name>`
  return random.chance(0.1)
    ? `<${tag} id="${i}" note='single &amp; quoted'/>`
    : `<${tag} id="${i}">${body}<price>${random.pick(["1.50", "", "-7"])}</price><!-- a <${tag}> in a comment --></${tag}>`
}

const UTF8 = { encode: utf8, decode: (bytes: Buffer) => bytes.toString("utf8") }
const LATIN1 = {
  encode: (text: string) => Buffer.from(text, "latin1"),
  decode: (bytes: Buffer) => bytes.toString("latin1"),
}
const UTF16 = {
  encode: (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
  decode: (bytes: Buffer) => bytes.toString("utf16le").replace(/^\ufeff/, ""),
}

const semicolon = csv({
  delimiter: ";",
  quote: "'",
  escape: "\\",
  header: false,
  columns: ["id", "name", "amount", "note", "at"],
  skip_rows: 1,
  encoding: "latin1",
})

export const BASES: ReadonlyArray<Base> = [
  {
    name: "csv (rfc 4180)",
    format: "csv",
    csv: csv({}),
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) => csvText(csv({}), n, random),
    ...UTF8,
  },
  {
    name: "csv (tab, NULL string)",
    format: "csv",
    csv: csv({ delimiter: "\t", null_string: "NULL" }),
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) => csvText(csv({ delimiter: "\t", null_string: "NULL" }), n, random),
    ...UTF8,
  },
  {
    name: "csv (; ' \\ latin1, no header)",
    format: "csv",
    csv: semicolon,
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) => csvText(semicolon, n, random).replace(/[\u0100-\u{10ffff}]/gu, "?"),
    ...LATIN1,
  },
  {
    name: "csv (| utf-16le)",
    format: "csv",
    csv: csv({ delimiter: "|", encoding: "utf-16le" }),
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) => csvText(csv({ delimiter: "|", encoding: "utf-16le" }), n, random),
    ...UTF16,
  },
  {
    name: "json (data.items)",
    format: "json",
    csv: null,
    recordsPath: "data.items",
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) =>
      jsonText({
        meta: { next: null, tags: ["a", "b"], 'a"b': { items: [1] } },
        data: { items: Array.from({ length: n }, (_, i) => record(i + 1, random)), after: [] },
      }),
    ...UTF8,
  },
  {
    name: "json (array)",
    format: "json",
    csv: null,
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) =>
      `[\n${Array.from({ length: n }, (_, i) => `  ${jsonText(record(i + 1, random))}`).join(",\n")}\n]\n`,
    ...UTF8,
  },
  {
    name: "ndjson",
    format: "ndjson",
    csv: null,
    recordsPath: null,
    recordPath: "",
    attributePrefix: "@_",
    text: (n, random) =>
      `${Array.from({ length: n }, (_, i) => jsonText(record(i + 1, random)) + (random.chance(0.05) ? "\n" : "")).join("\n")}\n`,
    ...UTF8,
  },
  {
    name: "xml (catalog.item)",
    format: "xml",
    csv: null,
    recordsPath: null,
    recordPath: "catalog.item",
    attributePrefix: "@_",
    text: (n, random) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <item> inside -->\n<catalog>\n${Array.from({ length: n }, (_, i) => xmlItem("item", i + 1, random)).join("\n")}\n<other><item>not a record</item></other>\n</catalog>\n`,
    ...UTF8,
  },
  {
    name: "xml (feed.entries.entry, no prefix)",
    format: "xml",
    csv: null,
    recordsPath: null,
    recordPath: "feed.entries.entry",
    attributePrefix: "",
    text: (n, random) =>
      `<?xml version="1.0"?><?pi data?><!DOCTYPE feed><feed xmlns="urn:x"><title>t</title><entries>${Array.from({ length: n }, (_, i) => xmlItem("entry", i + 1, random)).join("")}</entries></feed>`,
    ...UTF8,
  },
]

// ---------------------------------------------------------------------------------------------------
// mutations: each takes the decoded text and the encoded bytes of a valid input

interface Material {
  readonly base: Base
  readonly text: string
  readonly bytes: Buffer
}
type Mutation = (input: Material, random: Random) => Buffer

const quoteOf = (base: Base) => (base.csv !== null ? base.csv.quote : '"')
const encodeLike = (base: Base, text: string) => base.encode(text)
const spliceText = (base: Base, text: string, random: Random, piece: string) => {
  const at = random.int(text.length + 1)
  return encodeLike(base, `${text.slice(0, at)}${piece}${text.slice(at)}`)
}

const BILLION_LAUGHS = `<!DOCTYPE catalog [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`
const XXE = `<!DOCTYPE item [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://127.0.0.1:9/x">]>`

const recordTag = (base: Base) => base.recordPath.split(".").pop() ?? "item"

export const READER_MUTATIONS = {
  byte_flip: ({ bytes }, random) => flipBits(bytes, random, 1 + random.int(8)),
  truncate: ({ bytes }, random) => bytes.subarray(0, random.int(bytes.length + 1)),
  truncate_mid: ({ base, bytes }, random) =>
    truncateAfter(bytes, random, base.format === "xml" ? "<&\"'!" : `${quoteOf(base)}\\{[:`),
  unbalanced_quote: ({ base, text }, random) => {
    const quote = base.format === "xml" ? random.pick(['"', "'"]) : quoteOf(base)
    const spots = [...text.matchAll(new RegExp(quote.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"), "g"))].map(
      (m) => m.index,
    )
    if (spots.length > 0 && random.chance(0.6)) {
      const at = random.pick(spots)
      return encodeLike(base, text.slice(0, at) + text.slice(at + 1))
    }
    return spliceText(base, text, random, quote)
  },
  huge_field: ({ base, text }, random) => {
    const size = random.chance(0.1)
      ? random.pick([2_000_000, 4_000_000])
      : random.pick([1_000, 70_000, 300_000])
    const unit = random.pick(["z", "é", "😀", `${quoteOf(base)}`, "\n", "a,b;c|d\te", "\\", "<a>", "&amp;"])
    return spliceText(base, text, random, unit.repeat(Math.ceil(size / unit.length)))
  },
  invalid_utf8: ({ bytes }, random) => {
    let out: Buffer = bytes
    for (let i = 1 + random.int(4); i > 0; i--)
      out = insertAt(out, random.int(out.length + 1), random.pick(INVALID_UTF8))
    return out
  },
  bom: ({ bytes }, random) =>
    random.pick([
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bytes]),
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]),
      () => Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]),
      () => insertAt(bytes, random.int(bytes.length + 1), Buffer.from([0xef, 0xbb, 0xbf])),
      () => Buffer.from([0xef, 0xbb]),
    ])(),
  nul_and_control: ({ base, text, bytes }, random) =>
    random.chance(0.5)
      ? setBytes(bytes, random, CONTROL, 1 + random.int(6))
      : spliceText(
          base,
          text,
          random,
          random.pick([...ODD_CHARS, "\u0000", "\\u0000", "\\ud800", "&#0;", "&#x1;"]),
        ),
  deep_nesting: ({ base, text }, random) => {
    const depth = random.pick([100, 600, 3_000, 5_000, 10_000, 200_000])
    const tag = recordTag(base)
    switch (base.format) {
      case "xml":
        return random.chance(0.5)
          ? utf8(text.replace("<price>", `<price>${"<a>".repeat(depth)}x${"</a>".repeat(depth)}`))
          : utf8(text.replace(`<${tag} `, `${`<${tag}>`.repeat(depth)}<${tag} `))
      case "csv":
        return spliceText(base, text, random, quoteOf(base).repeat(depth))
      default:
        return utf8(
          random.chance(0.5)
            ? text.replace('"id":1', `"id":${"[".repeat(depth)}1${"]".repeat(depth)}`)
            : text.replace('"id":2', `"id":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
        )
    }
  },
  entities: ({ base, text }, random) => {
    if (base.format !== "xml")
      return spliceText(
        base,
        text,
        random,
        random.pick(["\\u0000", "\\ud800\\udc00", "\\uZZZZ", "\\", '\\"', "&lol;"]),
      )
    const tag = recordTag(base)
    const withoutDoctype = text.replace(/<!DOCTYPE[^>]*>/, "")
    return utf8(
      random.pick([
        () =>
          withoutDoctype
            .replace(/(<\?xml[^>]*\?>)?/, `$1${BILLION_LAUGHS}`)
            .replace("<name>", "<name>&lol9;"),
        () =>
          withoutDoctype.replace(`<${tag} `, `<${tag}>${BILLION_LAUGHS}<name>&lol9;</name></${tag}><${tag} `),
        () => withoutDoctype.replace(/(<\?xml[^>]*\?>)?/, `$1${XXE}`).replace("<name>", "<name>&xxe;"),
        () => withoutDoctype.replace("<name>", "<name>&undefined;&#xFFFFFFFF;&#99999999;&amp"),
        () => withoutDoctype.replace("<name>", `<name>${"&amp;".repeat(200_000)}`),
      ])(),
    )
  },
  wide: ({ base, text }, random) => {
    const n = random.chance(0.1) ? 100_000 : random.pick([1_000, 1_601, 20_000])
    switch (base.format) {
      case "xml":
        return utf8(
          text.replace(
            `<${recordTag(base)} `,
            `<${recordTag(base)} ${Array.from({ length: n }, (_, i) => `a${i}="v"`).join(" ")} `,
          ),
        )
      case "csv": {
        const d = base.csv?.delimiter ?? ","
        const line = Array.from({ length: n }, (_, i) => `c${i}`).join(d)
        return encodeLike(base, random.chance(0.5) ? `${line}\n${text}` : `${text}${line}\n`)
      }
      default: {
        const fields = Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(",")
        return utf8(text.replace('"id":1', `${fields},"id":1`))
      }
    }
  },
  line_endings: ({ base, text }, random) =>
    encodeLike(
      base,
      random.chance(0.2)
        ? text.trimEnd()
        : text.replace(/\n/g, () => random.pick(["\r\n", "\r", "\n", "\n\n", "\r\r\n", "\n\r"])),
    ),
  duplicates: ({ base, text }, random) => {
    switch (base.format) {
      case "xml":
        return utf8(text.replace(/ id="(\d+)"/, ' id="$1" id="again"'))
      case "csv":
        return encodeLike(base, text.replace(/name/, "id"))
      default:
        return utf8(
          text.replace(
            '"id":1',
            random.pick([
              '"id":1,"id":2',
              '"__proto__":{"x":1},"id":1',
              '"constructor":1,"toString":2,"id":1',
              '"":1,"id":1',
            ]),
          ),
        )
    }
  },
  numbers: ({ base, text }, random) => {
    const number = random.pick([
      "1e999",
      "-0",
      "123456789012345678901234567890",
      "NaN",
      "Infinity",
      "-",
      "01",
      "0x1F",
      "1.",
      ".5",
      "1e",
      "9".repeat(5000),
    ])
    return base.format === "csv" || base.format === "xml"
      ? spliceText(base, text, random, number)
      : utf8(text.replace(/"id":\d+/, `"id":${number}`))
  },
  structure: ({ base, text }, random) => {
    const tag = recordTag(base)
    const edits: Record<Base["format"], ReadonlyArray<() => string>> = {
      csv: [
        () => text.split("\n")[0] ?? "",
        () => "",
        () => "\n\n\n",
        () => text.replace(/^[^\n]*/, (header) => `${header}${base.csv?.delimiter ?? ","}`),
        () => text.replace(/\n[^\n]*\n/, "\n1\n"),
        () => `${text}${"x,".repeat(40)}\n`,
      ],
      json: [
        () => '[1, 2, "three", null, [4], {"id": 5}]',
        () => '{"data": {"items": {"id": 1}}}',
        () => '{"data": [], "data": {"items": [{"id": 1}]}}',
        () => '{"data": {"items": [{"id": 1}]}, "data": {"items": [{"id": 2}]}}',
        () => text.replace("[", "{"),
        () => `${text}${text}`,
        () => text.replace(/,/, ",,"),
        () => '{"items": [{"id": 1}], "data": null}',
      ],
      ndjson: [
        () => text.replace(/\n/, '\n[1,2]\n"s"\nnull\n42\n{}\n'),
        () => text.replaceAll("\n", " "),
        () => `${text}{"unknown": 1}\n`,
      ],
      xml: [
        () => text.replace(`<${tag} `, `<${tag}><${tag}>nested</${tag}></${tag}><${tag} `),
        () => text.replace(`</${tag}>`, `</wrong>`),
        () => text.replace(`<${tag} `, `</${tag}><${tag} `),
        () => text.replace(`<${tag} `, `<ns:${tag} xmlns:ns="urn:y"></ns:${tag}><${tag} `),
        () => text.replace("<!--", "<!-- never closed"),
        () => text.replace("<name>", "<name><![CDATA[never closed"),
        () => text.replace("<name>", "<name><?pi never closed"),
        () => text.replace(`<${tag} `, `<${tag} a=b c "d"=e `),
        () => text.replace(`<${tag} `, `< ${tag} `),
        () => `${text}${text}`,
      ],
    }
    return encodeLike(base, random.pick(edits[base.format])())
  },
  garbage: (_, random) =>
    random.pick([
      () => Buffer.alloc(0),
      () => Buffer.from("   \n\t \r\n"),
      () => Buffer.from(Array.from({ length: 1 + random.int(65_536) }, () => random.int(256))),
      () => Buffer.from("\u0000".repeat(10_000)),
    ])(),
  splice: ({ bytes }, random) => {
    const parts: Buffer[] = [bytes]
    for (let i = 1 + random.int(3); i > 0; i--) {
      const from = random.int(bytes.length + 1)
      parts.push(bytes.subarray(from, from + random.int(200)))
    }
    return Buffer.concat(random.chance(0.5) ? parts : parts.reverse())
  },
} satisfies Record<string, Mutation>

export type ReaderMutationKind = keyof typeof READER_MUTATIONS | "combo"
export const READER_KINDS: ReadonlyArray<ReaderMutationKind> = [
  ...(Object.keys(READER_MUTATIONS) as Array<keyof typeof READER_MUTATIONS>),
  "combo",
]

/** Input `index` of the run: which base, which mutation, the bytes, and how they are delivered. */
export const readerInput = (seed: number, index: number) => {
  const random = inputRandom(seed, index)
  const base = BASES[index % BASES.length] as Base
  const kind = READER_KINDS[Math.floor(index / BASES.length) % READER_KINDS.length] as ReaderMutationKind
  const records = random.chance(0.1) ? 2_000 : random.pick([1, 3, 20, 200])
  const text = base.text(records, random)
  const material = { base, text, bytes: base.encode(text) }
  let bytes: Buffer
  if (kind === "combo") {
    bytes = material.bytes
    for (let i = 2 + random.int(2); i > 0; i--) {
      const next =
        READER_MUTATIONS[random.pick(Object.keys(READER_MUTATIONS) as Array<keyof typeof READER_MUTATIONS>)]
      bytes = next({ base, text: base.decode(bytes), bytes }, random)
    }
  } else bytes = READER_MUTATIONS[kind](material, random)
  return {
    base,
    kind,
    bytes,
    delivery: random.pick(["file", "pieces"] as const),
    pieceSeed: random.int(2 ** 31),
  }
}
