/**
 * Seeded, deterministic mutations of text inputs for the fuzzers: the same seed gives the same mutants,
 * so any failure is rerun with `--seed`. Structural mutations go through the `yaml` package; the rest
 * work on bytes.
 */
import { isMap, isScalar, isSeq, parseDocument } from "yaml"

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
  return { next, int, pick }
}
export type Random = ReturnType<typeof prng>

const bytes = (text: string) => Buffer.from(text, "utf8")

/** Every scalar, map and sequence node in a document, with a way to replace it. */
const nodesOf = (text: string) => {
  const document = parseDocument(text, { uniqueKeys: false })
  const found: Array<{ parent: unknown; key: unknown }> = []
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
  return { document, found }
}

const structural = (
  text: string,
  random: Random,
  edit: (node: { parent: unknown; key: unknown }, document: ReturnType<typeof parseDocument>) => void,
): Buffer => {
  const { document, found } = nodesOf(text)
  if (found.length === 0) return bytes(text)
  edit(random.pick(found), document)
  return bytes(document.toString({ lineWidth: 0 }))
}

const setAt = (
  target: { parent: unknown; key: unknown },
  value: unknown,
  document: ReturnType<typeof parseDocument>,
) => {
  const parent = target.parent as { set: (key: unknown, value: unknown) => void }
  parent.set(isScalar(target.key) ? target.key.value : target.key, document.createNode(value))
}

const BOMB = (levels: number) => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < levels; level++) {
    const previous = String.fromCharCode(96 + level)
    const name = String.fromCharCode(97 + level)
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`)
  }
  return lines.join("\n")
}

export const MUTATIONS = {
  byte_flip: (text, random) => {
    const out = bytes(text)
    for (let i = 1 + random.int(8); i > 0; i--) {
      const at = random.int(out.length)
      out[at] = (out[at] as number) ^ (1 << random.int(8))
    }
    return out
  },
  truncate: (text, random) => bytes(text).subarray(0, random.int(text.length)),
  delete_key: (text, random) =>
    structural(text, random, (node) => {
      const parent = node.parent as { delete: (key: unknown) => void }
      parent.delete(isScalar(node.key) ? node.key.value : node.key)
    }),
  swap_type: (text, random) =>
    structural(text, random, (node, document) =>
      setAt(
        node,
        random.pick<unknown>([42, -1.5, true, null, "text", [], {}, [1, "two"], { a: 1 }, 1e308]),
        document,
      ),
    ),
  deep_nesting: (text, random) => {
    const depth = random.pick([100, 1_000, 10_000, 100_000])
    const open = random.pick(["[", "{a: "])
    const close = open === "[" ? "]" : "}"
    return bytes(`${text}\nnested: ${open.repeat(depth)}1${close.repeat(depth)}\n`)
  },
  huge_string: (text, random) =>
    structural(text, random, (node, document) =>
      setAt(node, "x".repeat(random.pick([10_000, 10_000, 100_000, 1_000_000])), document),
    ),
  alias_bomb: (text, random) => bytes(`${BOMB(random.pick([4, 6, 9]))}\n${text}`),
  duplicate_key: (text, random) => {
    const lines = text.split("\n")
    const at = random.int(lines.length)
    lines.splice(at, 0, lines[at] ?? "")
    return bytes(lines.join("\n"))
  },
  tabs: (text, random) =>
    bytes(
      text.replace(/^( +)/gm, (spaces) => (random.next() < 0.3 ? "\t".repeat(spaces.length / 2) : spaces)),
    ),
  bom_and_control: (text, random) => {
    const out = bytes(`\uFEFF${text}`)
    for (let i = 1 + random.int(4); i > 0; i--)
      out[random.int(out.length)] = random.pick([0, 1, 7, 8, 27, 127])
    return out
  },
  invalid_utf8: (text, random) => {
    const out = Buffer.from(bytes(text))
    for (let i = 1 + random.int(4); i > 0; i--)
      out[random.int(out.length)] = random.pick([0xc3, 0xff, 0xfe, 0x80, 0xed])
    return out
  },
  long_line: (text, random) => bytes(`${text}\n# ${"y".repeat(random.pick([100_000, 1_000_000]))}\n`),
  odd_numbers: (text, random) =>
    structural(text, random, (node, document) =>
      setAt(
        node,
        random.pick<unknown>([
          "1e999",
          "-0",
          "0x1F",
          "99999999999999999999999",
          "NaN",
          ".inf",
          "2025-02-30",
          "2025-13-01T25:61:00Z",
          "0000-00-00",
        ]),
        document,
      ),
    ),
  anchors: (text, random) =>
    bytes(
      text.replace(/^(\s*)(\w+):( .+)$/m, (_, indent, key, value) =>
        random.next() < 0.5
          ? `${indent}${key}: &x${value}\n${indent}${key}_again: *x`
          : `${indent}${key}: *undefined_anchor`,
      ),
    ),
} satisfies Record<string, (text: string, random: Random) => Buffer>

export type MutationKind = keyof typeof MUTATIONS
export const MUTATION_KINDS = Object.keys(MUTATIONS) as MutationKind[]
