/**
 * YAML text → plain value plus a locator that maps a spec path back to `line:col`.
 *
 * Hostile input stays bounded: a size cap before parsing, yaml's alias budget against alias bombs,
 * a depth cap, and a catch-all so that a parser failure becomes a located diagnostic, never a stack trace.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml"
import type { Diagnostic, DiagnosticCode, Position } from "../diagnostics"

export const MAX_SPEC_BYTES = 1024 * 1024
export const MAX_DEPTH = 32
/** Far above any real spec; only the pre-scan uses it, so that yaml's recursive composer never sees more. */
const MAX_SCAN_DEPTH = 64
const MAX_ALIAS_COUNT = 100

export type Locate = (path: ReadonlyArray<PropertyKey>, part?: "key" | "value") => Position

export interface ParsedYaml {
  readonly value: unknown
  readonly locate: Locate
}

export type YamlResult =
  | { readonly ok: true; readonly yaml: ParsedYaml }
  | { readonly ok: false; readonly errors: Diagnostic[] }

export const parseYaml = (file: string, text: string): YamlResult => {
  const fail = (code: DiagnosticCode, message: string, at: Position = { line: 1, col: 1 }): YamlResult => ({
    ok: false,
    errors: [{ file, ...at, code, message, path: "" }],
  })
  if (Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    return fail("yaml_too_large", `spec is larger than ${MAX_SPEC_BYTES} bytes`)
  }
  const deepLine = lineNestedTooDeep(text)
  if (deepLine !== undefined) {
    return fail("yaml_too_deep", `YAML is nested deeper than ${MAX_DEPTH} levels`, { line: deepLine, col: 1 })
  }
  const lineCounter = new LineCounter()
  const at = (offset: number): Position => lineCounter.linePos(offset)
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      merge: false,
      strict: true,
    })
  } catch (error) {
    return fail("yaml_too_deep", `YAML could not be parsed: ${describe(error)}`)
  }
  const problems = [...doc.errors, ...doc.warnings]
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map((problem) => ({
        file,
        ...at(problem.pos[0]),
        code: "yaml_syntax" as const,
        message: `${firstLine(problem.message)} (${problem.code})`,
        path: "",
      })),
    }
  }
  const deep = findTooDeep(doc.contents)
  if (deep)
    return fail("yaml_too_deep", `YAML is nested deeper than ${MAX_DEPTH} levels`, at(deep.range?.[0] ?? 0))
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    return fail("yaml_alias_limit", `YAML aliases expand too much: ${describe(error)}`)
  }
  const locate: Locate = (path, part = "value") => at(offsetOf(doc.contents, path, part))
  return { ok: true, yaml: { value, locate } }
}

const firstLine = (text: string): string => text.split("\n", 1)[0] ?? ""
const describe = (error: unknown): string => firstLine(error instanceof Error ? error.message : String(error))

/**
 * A cheap upper bound of the nesting depth, read from the text before parsing: open flow brackets (outside
 * quotes and comments) plus block indentation levels plus compact `- - -` items. Deep input must be
 * refused here: a stack overflow inside the parser can take down the process instead of throwing.
 * Returns the first line that is too deep.
 */
const lineNestedTooDeep = (text: string): number | undefined => {
  let flow = 0
  const indents: number[] = []
  let line = 0
  for (const content of text.split("\n")) {
    line++
    const indent = content.length - content.trimStart().length
    const body = content.slice(indent)
    if (body !== "" && !body.startsWith("#") && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop()
      indents.push(indent)
    }
    const dashes = /^(-\s+)*/.exec(body)?.[0].replace(/\s+/g, "").length ?? 0
    let quote: string | undefined
    let deepest = flow
    for (let index = 0; index < body.length; index++) {
      const char = body[index]
      if (quote !== undefined) {
        if (char === "\\" && quote === '"') index++
        else if (char === quote) quote = undefined
      } else if (char === '"' || char === "'") quote = char
      else if (char === "#" && (index === 0 || /\s/.test(body[index - 1] ?? ""))) break
      else if (char === "[" || char === "{") deepest = Math.max(deepest, ++flow)
      else if ((char === "]" || char === "}") && flow > 0) flow--
    }
    if (indents.length + dashes + deepest > MAX_SCAN_DEPTH) return line
  }
  return undefined
}

/** Iterative walk (no recursion, so no stack overflow on hostile input). */
const findTooDeep = (root: unknown): Node | undefined => {
  const stack: Array<[unknown, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (!isMap(node) && !isSeq(node)) continue
    if (depth >= MAX_DEPTH) return node
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.value, depth + 1])
      else stack.push([item, depth + 1])
    }
  }
  return undefined
}

/** Offset of the deepest node on `path` that exists: the key itself for `part: "key"`. */
const offsetOf = (root: unknown, path: ReadonlyArray<PropertyKey>, part: "key" | "value"): number => {
  let node = root
  let offset = rangeStart(root)
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return offset
      if (last && part === "key") return rangeStart(pair.key)
      node = pair.value
      offset = rangeStart(pair.value, rangeStart(pair.key))
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment]
      if (item === undefined) return offset
      node = item
      offset = rangeStart(item, offset)
    } else {
      return offset
    }
  }
  return offset
}

const rangeStart = (node: unknown, fallback = 0): number => {
  const range = (node as { range?: [number, number, number] } | null)?.range
  return range ? range[0] : fallback
}
