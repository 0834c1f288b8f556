/**
 * Seeded, deterministic mutations for the fuzzers. Every input is made from (seed, index) alone, so any
 * finding is rebuilt exactly with `--seed S --only INDEX`. Structural spec mutations go through the
 * `yaml` package's document tree; the rest work on text or bytes.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument } from "yaml"

/** mulberry32: small, fast, good enough to pick mutations. */
export const prng = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number) => Math.floor(next() * below)
  const pick = <A>(items: ReadonlyArray<A>): A => items[int(items.length)] as A
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
export type Random = ReturnType<typeof prng>

/** The generator of input `index`: independent of every other input, so one input is rebuilt alone. */
export const inputRandom = (seed: number, index: number): Random =>
  prng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35))

/** `--name value` from the command line, as a number. */
export const numberFlag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  if (at === -1) return fallback
  const value = Number(process.argv[at + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`)
  return value
}

// ---------------------------------------------------------------------------------------------------
// byte and text helpers, shared with the reader fuzzer

export const utf8 = (text: string) => Buffer.from(text, "utf8")

export const flipBits = (bytes: Buffer, random: Random, flips: number): Buffer => {
  const out = Buffer.from(bytes)
  if (out.length === 0) return out
  for (let i = 0; i < flips; i++) {
    const at = random.int(out.length)
    out[at] = (out[at] as number) ^ (1 << random.int(8))
  }
  return out
}

export const setBytes = (bytes: Buffer, random: Random, values: ReadonlyArray<number>, times: number) => {
  const out = Buffer.from(bytes)
  if (out.length === 0) return out
  for (let i = 0; i < times; i++) out[random.int(out.length)] = random.pick(values)
  return out
}

export const insertAt = (bytes: Buffer, at: number, piece: Buffer | string): Buffer =>
  Buffer.concat([bytes.subarray(0, at), typeof piece === "string" ? utf8(piece) : piece, bytes.subarray(at)])

/** Cut right after a random occurrence of one of `chars` (mid-quote, mid-tag, mid-escape), else anywhere. */
export const truncateAfter = (bytes: Buffer, random: Random, chars: string): Buffer => {
  const spots: number[] = []
  for (let i = 0; i < bytes.length; i++)
    if (chars.includes(String.fromCharCode(bytes[i] as number))) spots.push(i)
  const at = spots.length > 0 ? random.pick(spots) + 1 : random.int(bytes.length + 1)
  return bytes.subarray(0, at)
}

/** Byte sequences that are not UTF-8: stray continuations, overlong forms, surrogates, cut sequences. */
export const INVALID_UTF8: ReadonlyArray<Buffer> = [
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
].map((bytes) => Buffer.from(bytes))

export const CONTROL = [0, 1, 7, 8, 11, 12, 27, 127]
export const ODD_CHARS = ["\u2028", "\u2029", "\u0085", "\u200b", "\u202e", "\ufeff", "\ufffd", "😀", "е"]

// ---------------------------------------------------------------------------------------------------
// spec mutations

type Path = { readonly parent: unknown; readonly key: unknown }

/** Every entry of every mapping and sequence in a document, with a way to reach it. */
const entriesOf = (document: Document) => {
  const found: Path[] = []
  const walk = (node: unknown) => {
    if (isMap(node))
      for (const pair of node.items) {
        found.push({ parent: node, key: pair.key })
        walk(pair.value)
      }
    else if (isSeq(node))
      node.items.forEach((item, index) => {
        found.push({ parent: node, key: index })
        walk(item)
      })
  }
  walk(document.contents)
  return found
}

const keyOf = (entry: Path) => (isScalar(entry.key) ? entry.key.value : entry.key)
const parentOf = (entry: Path) =>
  entry.parent as {
    set: (key: unknown, value: unknown) => void
    get: (key: unknown, keepScalar?: boolean) => unknown
    delete: (key: unknown) => void
  }

/** Edits one random entry of the document; the result is printed back as YAML. */
const structural = (text: string, random: Random, edit: (entry: Path, document: Document) => void) => {
  const document = parseDocument(text, { uniqueKeys: false })
  const found = entriesOf(document)
  // yaml prints no document with errors (an earlier mutation of a combo may have broken it)
  if (found.length === 0 || document.errors.length > 0) return utf8(text)
  try {
    edit(random.pick(found), document)
    return utf8(document.toString({ lineWidth: 0 }))
  } catch {
    return utf8(text)
  }
}

const setValue = (text: string, random: Random, value: () => unknown) =>
  structural(text, random, (entry, document) =>
    parentOf(entry).set(keyOf(entry), document.createNode(value())),
  )

/** Replaces the text of a random `key: value` line with `value`, keeping the key. */
const replaceLineValue = (text: string, random: Random, value: string) => {
  const lines = text.split("\n")
  const candidates = lines.flatMap((line, index) => (/^\s*[\w-]+:\s+\S/.test(line) ? [index] : []))
  if (candidates.length === 0) return utf8(`${text}\nvalue: ${value}\n`)
  const at = random.pick(candidates)
  lines[at] = (lines[at] as string).replace(/^(\s*[\w-]+:\s+).*$/, (_, head: string) => `${head}${value}`)
  return utf8(lines.join("\n"))
}

const BOMB = (levels: number, width: number) => {
  const lines = [`a: &a [${Array(width).fill('"lol"').join(",")}]`]
  for (let level = 1; level < levels; level++) {
    const previous = String.fromCharCode(96 + level)
    const name = String.fromCharCode(97 + level)
    lines.push(`${name}: &${name} [${Array(width).fill(`*${previous}`).join(",")}]`)
  }
  return { text: lines.join("\n"), last: String.fromCharCode(96 + levels) }
}

const flowNesting = (depth: number, random: Random) => {
  const kind = random.pick(["[", "{a: ", "{", "[{a: ", "- "])
  if (kind === "- ")
    return `\n${Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")}`
  const close = kind
    .split("")
    .reverse()
    .map((c) => (c === "[" ? "]" : c === "{" ? "}" : ""))
    .join("")
  return `${kind.repeat(depth)}1${close.repeat(depth)}`
}

const blockNesting = (depth: number) =>
  `${Array.from({ length: depth }, (_, level) => `${" ".repeat(level)}k${level}:`).join("\n")} 1`

const ODD_NUMBERS = [
  "1e999",
  "-1e999",
  "1e-999",
  "-0",
  "0x1F",
  "0o17",
  "010",
  "1_000",
  ".nan",
  ".inf",
  "-.inf",
  "NaN",
  "99999999999999999999999",
  "-9223372036854775809",
  "18446744073709551616",
  "123456789012345678901234567890.5",
  "4.9e-324",
  "1.7976931348623157e308",
  "2147483648",
  "9007199254740993",
]

const WEIRD_DATES = [
  "2025-02-30",
  "2024-02-29",
  "2023-02-29",
  "0000-00-00",
  "0000-01-01",
  "9999-12-31T23:59:59Z",
  "9999-12-31T24:00:00Z",
  "2025-01-01T23:59:60Z",
  "2025-13-01T25:61:00Z",
  "2025-01-01T00:00:00+25:00",
  "2025-01-01T00:00:00-00:00",
  "2025-01-01T00:00:00.123456789012Z",
  "275760-09-13",
  "275760-09-14T00:00:00Z",
  "-000001-01-01",
  "+002025-01-01",
  "2025-W01-1",
  "2025-001",
  "20250101",
  "2025-1-1",
  "1970-01-01T00:00:00Z",
  "2025-03-30T02:30:00+01:00",
  '"2025-01-01 "',
  "'\u0662\u0660\u0662\u0665-01-01'",
]

const WEIRD_SCHEDULES = [
  '"*/0 * * * *"',
  '"60 24 32 13 8"',
  '"* * * * * *"',
  '"@every 5m"',
  '"@yearly @monthly"',
  '"0 0 31 2 *"',
  '"H * * * *"',
  '"L W # ? *"',
  '"0-59/1000000000 * * * *"',
  `"${"1,".repeat(5000)}1 * * * *"`,
  '"@"',
  '""',
  "~",
]

const WEIRD_ZONES = [
  "../../etc/passwd",
  "Etc/GMT+15",
  "UTC+1",
  "Mars/Olympus",
  "europe/berlin",
  "EST5EDT",
  '""',
]

const YAML_TAGS = [
  "!!binary aGVsbG8=",
  "!!set {a, b}",
  "!!omap [a: 1, b: 2]",
  "!!pairs [a: 1]",
  "!!timestamp 2025-01-01",
  "!!str 1",
  "!!int x",
  "!!float 1",
  "!!bool yes",
  "!!null x",
  "!!map [1]",
  "!!seq {a: 1}",
  "!custom value",
  "!<tag:yaml.org,2002:str> x",
  "!<!> x",
  "! x",
]

const DOCUMENT_EDITS: ReadonlyArray<(text: string) => string> = [
  (text) => `${text}\n---\npipeline: second\n`,
  (text) => `---\n${text}\n...\n`,
  (text) => `%YAML 1.1\n---\n${text}`,
  (text) => `%YAML 1.3\n---\n${text}`,
  (text) => `%TAG !e! tag:example.com,2000:\n---\n${text}`,
  (text) => `%FOO bar\n${text}`,
  () => "",
  () => "\n\n   \n",
  () => "# only a comment\n",
  () => "---\n",
  () => "...\n",
  () => "~",
  () => "[]",
  () => '"a string"',
  () => "- a\n- b\n",
  (text) => `${text}\n...\ngarbage: [`,
  (text) => text.replace(/\n/g, "\r\n"),
  (text) => text.replace(/\n/g, "\r"),
]

const UNICODE_EDITS: ReadonlyArray<(text: string, random: Random) => string> = [
  (text) => text.replace(/^tasks:/m, "t\u0430sks:"), // Cyrillic а
  (text) => text.replace(/^pipeline: (\w+)/m, "pipeline: $1\u200b"),
  (text) => text.replace(/^pipeline: (\w+)/m, "pipeline: ca\u0301fe\u0301_$1"),
  (text) => text.replace(/^owner: .*/m, 'owner: "\\ud800"'),
  (text) => text.replace(/^owner: .*/m, 'owner: "\\udfff\\ud800"'),
  (text) => text.replace(/^owner: .*/m, 'owner: "a\\u202eb\\u2028c\\x85d\\0e"'),
  (text) => text.replace(/^owner: .*/m, "owner: 😀😀😀"),
  (text) => text.replace(/^description: .*/m, `description: "${"\\U0001F600".repeat(1000)}"`),
  (text, random) => {
    const at = random.int(text.length)
    return `${text.slice(0, at)}${random.pick(ODD_CHARS)}${text.slice(at)}`
  },
  (text) => text.normalize("NFD"),
  (text) => text.replace(/(\w+):/, "\u00e9\u0301:"),
]

/** Many tasks, dependencies, params or items: sizes up to the 1 MiB cap, mostly far below. */
const flood = (text: string, random: Random): string => {
  const large = random.chance(0.02)
  const n = large ? random.pick([8_000, 15_000, 60_000]) : random.pick([10, 100, 300, 1_000])
  const head = text.includes("\ntasks:") ? text.slice(0, text.indexOf("\ntasks:")) : text
  switch (random.int(6)) {
    case 0: {
      // a dependency chain, optionally closed into one long cycle
      const cycle = random.chance(0.5)
      const tasks = Array.from({ length: Math.min(n, 15_000) }, (_, i) => {
        const previous = i === 0 ? (cycle ? Math.min(n, 15_000) - 1 : -1) : i - 1
        return `  t${i}: {sql: {connection: dwh, query: x}${previous >= 0 ? `, depends_on: [t${previous}]` : ""}}`
      })
      return `${head}\ntasks:\n${tasks.join("\n")}\n`
    }
    case 1: {
      // every task depends on every earlier one (a dense graph)
      const size = Math.min(Math.round(Math.sqrt(n) * 8), 400)
      const tasks = Array.from(
        { length: size },
        (_, i) =>
          `  t${i}: {sql: {connection: dwh, query: x}, depends_on: [${Array.from({ length: i }, (_, j) => `t${j}`).join(",")}]}`,
      )
      return `${head}\ntasks:\n${tasks.join("\n")}\n`
    }
    case 2:
      return `${text}\n${Array.from({ length: n }, (_, i) => `unknown_${i}: ${i}`).join("\n")}\n`
    case 3:
      return text.replace(
        /^tags: .*$/m,
        `tags: [${Array.from({ length: n * 3 }, (_, i) => `t${i % 7}`).join(",")}]`,
      )
    case 4:
      return `${text.replace(/^params:.*$/m, "")}\nparams:\n${Array.from({ length: n }, (_, i) => `  p${i}: {type: integer, default: ${i}, minimum: 0}`).join("\n")}\n`
    default:
      return `${text.replace(/^connections:.*$/m, "")}\nconnections:\n${Array.from({ length: n }, (_, i) => `  c${i}: {kind: postgres, conn_id: c${i}}`).join("\n")}\n`
  }
}

const ANCHOR_EDITS: ReadonlyArray<(text: string) => string> = [
  (text) => text.replace(/^(\s*)(\w+):( .+)$/m, "$1$2: &x$3\n$1$2_again: *x"),
  (text) => text.replace(/^(\s*)(\w+):( .+)$/m, "$1$2: *undefined_anchor"),
  (text) => text.replace(/^tags: .*$/m, "tags: &t [a, *t]"),
  (text) => text.replace(/^(\s*)(\w+):( .+)$/m, "$1$2: &a$3\n$1$2_x: &a other\n$1$2_y: *a"),
  (text) => text.replace(/^tags: .*$/m, "tags: &k [a]\n? *k\n: value"),
  (text) => text.replace(/^defaults:/m, "defaults: &d"),
  (text) => `base: &base {retries: 1}\n${text.replace(/^defaults:/m, "defaults:\n  <<: *base")}`,
  (text) => text.replace(/^(\s*)(\w+):/m, "$1&anchored_key $2:"),
  (text) => text.replace(/^tags: .*$/m, "tags: [&a x, *a, *a, *a]"),
]

export const SPEC_MUTATIONS = {
  byte_flip: (text, random) => flipBits(utf8(text), random, 1 + random.int(8)),
  truncate: (text, random) => {
    const bytes = utf8(text)
    return random.chance(0.5)
      ? bytes.subarray(0, random.int(bytes.length))
      : truncateAfter(bytes, random, "\"'[{:&*!|>\\")
  },
  delete_key: (text, random) => structural(text, random, (entry) => parentOf(entry).delete(keyOf(entry))),
  swap_type: (text, random) =>
    setValue(text, random, () =>
      random.pick<unknown>([
        42,
        -1.5,
        0,
        true,
        false,
        null,
        "",
        "text",
        [],
        {},
        [1, "two"],
        { a: 1 },
        [[[]]],
      ]),
    ),
  deep_nesting: (text, random) => {
    const depth = random.chance(0.15)
      ? random.pick([100_000, 400_000])
      : random.pick([31, 33, 100, 257, 1_000, 10_000])
    if (random.chance(0.25)) return utf8(`${text}\nnested:\n${blockNesting(Math.min(depth, 1_200))}\n`)
    return random.chance(0.5)
      ? utf8(`${text}\nnested: ${flowNesting(depth, random)}\n`)
      : replaceLineValue(text, random, flowNesting(depth, random))
  },
  huge_string: (text, random) => {
    // just under and over the 1 MiB cap now and then; mostly smaller, which keeps a batch's memory low
    const size = random.chance(0.1)
      ? random.pick([1_000_000, 1_100_000])
      : random.pick([1_000, 10_000, 100_000])
    const unit = random.pick(["x", "é", "😀", "\\n", "a b ", "'"])
    const body = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))
    return random.chance(0.5)
      ? setValue(text, random, () => body)
      : replaceLineValue(text, random, random.chance(0.5) ? `"${body}"` : body)
  },
  alias_bomb: (text, random) => {
    const bomb = BOMB(random.pick([3, 4, 6, 9, 12]), random.pick([2, 9, 20]))
    return random.chance(0.5)
      ? utf8(`${bomb.text}\n${text}`)
      : utf8(`${bomb.text}\n${text.replace(/^tags: .*$/m, `tags: *${bomb.last}`)}`)
  },
  anchors: (text, random) => utf8(random.pick(ANCHOR_EDITS)(text)),
  duplicate_key: (text, random) => {
    const lines = text.split("\n")
    if (random.chance(0.3)) return utf8(`${text}\n1: a\n"1": b\n`)
    const at = random.int(lines.length)
    lines.splice(at, 0, lines[at] ?? "")
    return utf8(lines.join("\n"))
  },
  tabs: (text, random) =>
    utf8(
      random.chance(0.5)
        ? text.replace(/^( +)/gm, (spaces) => (random.chance(0.3) ? "\t".repeat(spaces.length / 2) : spaces))
        : text.replace(/: /g, () => (random.chance(0.2) ? ":\t" : ": ")),
    ),
  bom: (text, random) => {
    const edits: ReadonlyArray<() => Buffer> = [
      () => utf8(`\ufeff${text}`),
      () => utf8(`\ufeff\ufeff${text}`),
      () => insertAt(utf8(text), random.int(text.length), "\ufeff"),
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
      () => Buffer.from(text, "utf16le"),
    ]
    return random.pick(edits)()
  },
  control_bytes: (text, random) =>
    random.chance(0.7)
      ? setBytes(utf8(text), random, CONTROL, 1 + random.int(4))
      : utf8(
          text.replace(/^owner: .*/m, `owner: "${random.pick(["\\0", "\\x01", "\\e", "\\a\\b\\v\\f"])}x"`),
        ),
  invalid_utf8: (text, random) => {
    let bytes: Buffer = utf8(text)
    for (let i = 1 + random.int(3); i > 0; i--)
      bytes = insertAt(bytes, random.int(bytes.length + 1), random.pick(INVALID_UTF8))
    return bytes
  },
  long_line: (text, random) => {
    const size = random.chance(0.1) ? random.pick([500_000, 1_000_000]) : random.pick([10_000, 100_000])
    const line = random.pick([
      () => `# ${"y".repeat(size)}`,
      () => `long_key_${"k".repeat(size)}: 1`,
      () => `description: ${"word ".repeat(size / 5)}`,
      // a line of list items costs the parser per item, not per byte: mostly short ones
      () => `tags: [${"a,".repeat(random.chance(0.1) ? size / 2 : 2_000)}a]`,
    ])()
    return utf8(`${text}\n${line}\n`)
  },
  odd_numbers: (text, random) =>
    random.chance(0.5)
      ? replaceLineValue(text, random, random.pick(ODD_NUMBERS))
      : utf8(
          text.replace(/\b(retries|max_active_runs|rows|min|max): \S+/, `$1: ${random.pick(ODD_NUMBERS)}`),
        ),
  weird_dates: (text, random) => {
    const edits = [
      () => text.replace(/^start_date: .*$/m, `start_date: ${random.pick(WEIRD_DATES)}`),
      () => `${text.replace(/^end_date: .*$/m, "")}\nend_date: ${random.pick(WEIRD_DATES)}\n`,
      () => text.replace(/^schedule: .*$/m, `schedule: ${random.pick(WEIRD_SCHEDULES)}`),
      () => text.replace(/^timezone: .*$/m, `timezone: ${random.pick(WEIRD_ZONES)}`),
      () => replaceLineValue(text, random, random.pick(WEIRD_DATES)).toString("utf8"),
    ]
    return utf8(random.pick(edits)())
  },
  yaml_tags: (text, random) => replaceLineValue(text, random, random.pick(YAML_TAGS)),
  documents: (text, random) => utf8(random.pick(DOCUMENT_EDITS)(text)),
  unicode: (text, random) => utf8(random.pick(UNICODE_EDITS)(text, random)),
  flood: (text, random) => utf8(flood(text, random)),
} satisfies Record<string, (text: string, random: Random) => Buffer>

/** Takes a random entry of another spec and puts it somewhere in this one. */
export const splice = (text: string, other: string, random: Random): Buffer => {
  const donor = parseDocument(other, { uniqueKeys: false })
  const entries = entriesOf(donor)
  if (entries.length === 0) return utf8(text)
  const picked = random.pick(entries)
  const value = parentOf(picked).get(keyOf(picked))
  const json = isMap(value) || isSeq(value) || isScalar(value) ? value.toJSON() : value
  return setValue(text, random, () => json)
}

export type SpecMutationKind = keyof typeof SPEC_MUTATIONS | "splice" | "combo"
export const SPEC_KINDS: ReadonlyArray<SpecMutationKind> = [
  ...(Object.keys(SPEC_MUTATIONS) as Array<keyof typeof SPEC_MUTATIONS>),
  "splice",
  "combo",
]

/** Mutant `index` of the run: its kind (round robin over the kinds), the seed spec it came from, its bytes. */
export const specMutant = (seeds: ReadonlyArray<string>, seed: number, index: number) => {
  const random = inputRandom(seed, index)
  const kind = SPEC_KINDS[index % SPEC_KINDS.length] as SpecMutationKind
  const from = random.int(seeds.length)
  // each mutant its own pipeline id, so that the CLI's project-wide duplicate check sees no clash
  const text = (seeds[from] as string).replace(/^pipeline: (\w+)/m, `pipeline: $1_m${index}`)
  const apply = (kind: SpecMutationKind, text: string): Buffer => {
    if (kind === "splice") return splice(text, random.pick(seeds), random)
    if (kind === "combo") {
      let bytes: Buffer = utf8(text)
      for (let i = 2 + random.int(3); i > 0; i--) {
        const next = random.pick(SPEC_KINDS.filter((k) => k !== "combo" && k !== "flood"))
        bytes = apply(next, bytes.toString("utf8"))
      }
      return bytes
    }
    return SPEC_MUTATIONS[kind](text, random)
  }
  return { kind, from, bytes: apply(kind, text) }
}
