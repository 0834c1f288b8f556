/**
 * yaml's document tree → plain JSON-like value, strictly: keys must be text and unique (compared as
 * text, so `1` and "1" clash), aliases must resolve, may not refer to themselves and may not expand
 * beyond a budget, and nesting is capped. Every problem is reported with the offset of the node.
 * We convert ourselves rather than through `toJS` so that the keys of the value are exactly the keys
 * that `locate` finds, and so that no input can make a cyclic or huge value.
 */
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  visit,
} from "yaml"
import type { DiagnosticCode } from "../diagnostics"

export const MAX_DEPTH = 32
/** Nodes that aliases may add in total: far above any honest reuse, far below a "billion laughs". */
const MAX_ALIAS_NODES = 10_000

export interface ConversionProblem {
  readonly code: DiagnosticCode
  readonly offset: number
  readonly message: string
}

/** The text of a mapping key, or undefined when the key is not a scalar that can be read as text. */
export const keyText = (key: unknown): string | undefined => {
  if (!isScalar(key)) return undefined
  if (typeof key.value === "string") return key.value
  if (typeof key.value === "number" || typeof key.value === "boolean") {
    return typeof key.source === "string" ? key.source : String(key.value)
  }
  return undefined
}

/**
 * The node each alias refers to, the last anchor of its name before it, found in one pass: yaml's own
 * `Alias.resolve` walks the whole document for every alias, so that a few thousand alias expansions in
 * a small document took seconds.
 */
const aliasTargets = (doc: Document.Parsed): Map<Alias, unknown> => {
  const anchors = new Map<string, Node>()
  const targets = new Map<Alias, unknown>()
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, anchors.get(node.source))
      else if (isNode(node) && node.anchor) anchors.set(node.anchor, node)
    },
  })
  return targets
}

export const toValue = (doc: Document.Parsed, report: (problem: ConversionProblem) => void): unknown => {
  const targets = aliasTargets(doc)
  let aliasBudget = MAX_ALIAS_NODES
  let failed = false
  const problem = (code: DiagnosticCode, node: unknown, message: string) => {
    failed = true
    report({ code, offset: offsetOf(node), message })
  }

  const convert = (node: unknown, depth: number, viaAlias: boolean): unknown => {
    if (failed && depth > 0 && viaAlias) return null
    if (depth > MAX_DEPTH) {
      problem("yaml_too_deep", node, `nested deeper than ${MAX_DEPTH} levels (or an alias refers to itself)`)
      return null
    }
    if (viaAlias && --aliasBudget < 0) {
      if (aliasBudget === -1)
        problem("yaml_alias_limit", node, `aliases expand to more than ${MAX_ALIAS_NODES} values`)
      return null
    }
    if (node === null || node === undefined) return null
    if (isAlias(node)) {
      const target = targets.get(node)
      if (target === undefined) {
        problem("yaml_syntax", node, `alias *${node.source} has no anchor before it`)
        return null
      }
      return convert(target, depth, true)
    }
    if (isScalar(node)) {
      const value = node.value
      if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value
      problem("yaml_syntax", node, "unsupported scalar (only text, numbers, true/false and null)")
      return null
    }
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1, viaAlias))
    if (isMap(node)) {
      const object: Record<string, unknown> = {}
      for (const pair of node.items as Array<Pair<unknown, unknown>>) {
        const key = keyText(pair.key)
        if (key === undefined) {
          problem(
            "yaml_syntax",
            pair.key ?? node,
            "a mapping key must be text (not null, a list or a mapping)",
          )
          continue
        }
        if (Object.hasOwn(object, key)) {
          if (!viaAlias) problem("yaml_syntax", pair.key, `duplicate key ${JSON.stringify(key).slice(0, 80)}`)
          continue
        }
        const value = convert(pair.value, depth + 1, viaAlias)
        // assigning __proto__ would set the prototype instead of adding a key
        if (key === "__proto__")
          Object.defineProperty(object, key, { value, enumerable: true, writable: true })
        else object[key] = value
      }
      return object
    }
    problem("yaml_syntax", node, "unsupported YAML node")
    return null
  }

  return convert(doc.contents, 0, false)
}

export const offsetOf = (node: unknown): number => (node as Node | null)?.range?.[0] ?? 0
