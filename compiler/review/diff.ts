/**
 * The semantic diff between the base and head versions of the specs: values are compared structurally
 * (tasks by id, targets by connection and table, mappings regardless of key order), so whitespace,
 * comments and key order never count as a change. Rules ask `changed(pair, path)` of the head element
 * they would report on; `changedLines` gives the head lines a person actually edited.
 */
import { diffArrays } from "diff"
import type { Position } from "../diagnostics"
import { type ParsedYaml, parseYaml } from "../parse/yaml"
import { isRecord, type SpecPath, textOf } from "./spec-view"

export interface SpecVersion {
  /** Project-relative, `/`-separated, as the compiler records it. */
  readonly path: string
  readonly text: string
  /** Undefined when the text is not readable YAML (the compile_error findings say why). */
  readonly yaml: ParsedYaml | undefined
  /** Text of the SQL files its sql tasks name, by the path as written in the spec. */
  readonly sqlFiles: ReadonlyMap<string, string>
}

export const specVersion = (
  path: string,
  text: string,
  sqlFiles: ReadonlyMap<string, string> = new Map(),
): SpecVersion => {
  const parsed = parseYaml(path, text)
  return { path, text, yaml: parsed.ok ? parsed.yaml : undefined, sqlFiles }
}

/** One spec file at base and at head; either side is missing for added and deleted specs. */
export interface SpecPair {
  readonly path: string
  readonly base: SpecVersion | undefined
  readonly head: SpecVersion | undefined
}

export const pairSpecs = (
  base: ReadonlyArray<SpecVersion>,
  head: ReadonlyArray<SpecVersion>,
): ReadonlyArray<SpecPair> => {
  const paths = [...new Set([...base.map((spec) => spec.path), ...head.map((spec) => spec.path)])].sort()
  return paths.map((path) => ({
    path,
    base: base.find((spec) => spec.path === path),
    head: head.find((spec) => spec.path === path),
  }))
}

export const specValue = (spec: SpecVersion | undefined): unknown => spec?.yaml?.value

const MISSING: unique symbol = Symbol("missing")
type Found = unknown

const child = (node: Found, segment: string | number): Found => {
  if (isRecord(node)) return Object.hasOwn(node, segment) ? node[segment] : MISSING
  if (Array.isArray(node) && typeof segment === "number")
    return segment < node.length ? node[segment] : MISSING
  return MISSING
}

const targetIdentity = (target: unknown) =>
  isRecord(target) ? `${textOf(target.connection)}\u0000${textOf(target.table)}` : undefined

/**
 * The base element that corresponds to the head element at `path`: the same keys, except that a target
 * is the one with the same connection and table wherever it sits in the list.
 */
const counterpart = (base: Found, head: Found, path: SpecPath): Found => {
  let baseNode = base
  let headNode = head
  for (const [index, segment] of path.entries()) {
    if (typeof segment === "number" && path[index - 1] === "targets" && Array.isArray(baseNode)) {
      const identity = targetIdentity(child(headNode, segment))
      const at = baseNode.findIndex((target) => targetIdentity(target) === identity)
      baseNode = at === -1 ? MISSING : baseNode[at]
    } else {
      baseNode = child(baseNode, segment)
    }
    headNode = child(headNode, segment)
    if (baseNode === MISSING) return MISSING
  }
  return baseNode
}

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => deepEqual(item, b[index]))
    )
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    )
  }
  return Number.isNaN(a) && Number.isNaN(b)
}

/** Whether the head element at `path` is new or differs from its base counterpart (also when it was removed). */
export const changed = (pair: SpecPair, path: SpecPath): boolean => {
  if (pair.head === undefined) return false
  if (pair.base === undefined) return true
  const head = specValue(pair.head)
  let headNode: Found = head
  for (const segment of path) headNode = child(headNode, segment)
  const baseNode = counterpart(specValue(pair.base), head, path)
  return !deepEqual(headNode, baseNode)
}

/** Whether anything in the spec changed at all (unreadable YAML counts as changed when the text did). */
export const specChanged = (pair: SpecPair): boolean => {
  if (pair.base === undefined || pair.head === undefined) return true
  if (pair.base.yaml === undefined || pair.head.yaml === undefined) return pair.base.text !== pair.head.text
  return !deepEqual(pair.base.yaml.value, pair.head.yaml.value)
}

const normalizedLines = (text: string) => text.split(/\r?\n/).map((line) => line.trim().replace(/\s+/g, " "))

/**
 * Head line numbers (1-based) that were added or edited, whitespace aside; none when the spec is the same
 * value at base and head, every non-blank line of an added spec.
 */
export const changedLines = (pair: SpecPair): ReadonlySet<number> => {
  const lines = new Set<number>()
  if (pair.head === undefined || !specChanged(pair)) return lines
  const head = normalizedLines(pair.head.text)
  if (pair.base === undefined) {
    head.forEach((line, index) => {
      if (line !== "") lines.add(index + 1)
    })
    return lines
  }
  let at = 0
  for (const part of diffArrays(normalizedLines(pair.base.text), head)) {
    const count = part.count ?? part.value.length
    if (part.added)
      for (let index = at; index < at + count; index++) if (head[index] !== "") lines.add(index + 1)
    if (!part.removed) at += count
  }
  return lines
}

export interface Location extends Position {
  readonly file: string
}

/** Where the head element at `path` is; for removed elements the nearest parent that survives. */
export const locate = (spec: SpecVersion, path: SpecPath, part: "key" | "value" = "value"): Location => ({
  file: spec.path,
  ...(spec.yaml?.locate(path, part) ?? { line: 1, col: 1 }),
})

/** The location of a pair's element: in head when the spec still exists, else line 1 of the deleted file. */
export const locateIn = (pair: SpecPair, path: SpecPath, part: "key" | "value" = "value"): Location =>
  pair.head === undefined ? { file: pair.path, line: 1, col: 1 } : locate(pair.head, path, part)
