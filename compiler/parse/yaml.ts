/**
 * YAML text → plain value plus a locator that maps a spec path back to `line:col`.
 *
 * Hostile input stays bounded: a size cap and a nesting pre-scan before parsing, a strict conversion
 * afterwards (text keys, no duplicates, alias budget, depth cap), at most MAX_ERRORS problems, and a
 * catch-all so that a parser failure becomes a located diagnostic, never a stack trace.
 */
import { type Document, isMap, isSeq, LineCounter, type Pair, parseDocument } from "yaml"
import type { Diagnostic, DiagnosticCode, Position } from "../diagnostics"
import { MAX_ENTRIES, MAX_SCAN_DEPTH, prescan } from "./prescan"
import { keyText, offsetOf, toValue } from "./to-value"

export const MAX_SPEC_BYTES = 1024 * 1024
/** More problems than this in one file are summarised: a broken file must not produce megabytes of output. */
export const MAX_ERRORS = 50

export type Locate = (path: ReadonlyArray<PropertyKey>, part?: "key" | "value") => Position

export interface ParsedYaml {
  readonly value: unknown
  readonly locate: Locate
}

export type YamlResult =
  | { readonly ok: true; readonly yaml: ParsedYaml }
  | { readonly ok: false; readonly errors: Diagnostic[] }

export const parseYaml = (file: string, text: string): YamlResult => {
  const diagnostic = (
    code: DiagnosticCode,
    message: string,
    at: Position = { line: 1, col: 1 },
  ): Diagnostic => ({
    file,
    ...at,
    code,
    message,
    path: "",
  })
  const fail = (code: DiagnosticCode, message: string, at?: Position): YamlResult => ({
    ok: false,
    errors: [diagnostic(code, message, at)],
  })
  if (Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    return fail("yaml_too_large", `spec is larger than ${MAX_SPEC_BYTES} bytes`)
  }
  const scanned = prescan(text)
  if (scanned?.kind === "too_deep") {
    return fail("yaml_too_deep", `YAML is nested more than ${MAX_SCAN_DEPTH} levels deep`, {
      line: scanned.line,
      col: 1,
    })
  }
  if (scanned?.kind === "too_many_entries") {
    return fail("yaml_too_large", `spec has more than ${MAX_ENTRIES} entries (lines and list items)`, {
      line: scanned.line,
      col: 1,
    })
  }
  const lineCounter = new LineCounter()
  const at = (offset: number): Position => lineCounter.linePos(offset)
  let doc: Document.Parsed
  try {
    // uniqueKeys is checked by toValue: yaml's own check is quadratic in the number of keys
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      merge: false,
      strict: true,
    })
  } catch (error) {
    return fail(
      "yaml_syntax",
      `YAML could not be parsed: ${oneLine(error instanceof Error ? error.message : String(error))}`,
    )
  }
  const errors: Diagnostic[] = [...doc.errors, ...doc.warnings].map((problem) =>
    diagnostic("yaml_syntax", `${oneLine(problem.message)} (${problem.code})`, at(problem.pos[0])),
  )
  if (doc.directives.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    errors.push(diagnostic("yaml_syntax", "specs are YAML 1.2; remove the %YAML directive"))
  }
  if (errors.length > 0) return { ok: false, errors: capped(file, errors) }
  const value = toValue(doc, (problem) =>
    errors.push(diagnostic(problem.code, problem.message, at(problem.offset))),
  )
  if (errors.length > 0) return { ok: false, errors: capped(file, errors) }
  const locate: Locate = (path, part = "value") => at(locateOffset(doc.contents, path, part))
  return { ok: true, yaml: { value, locate } }
}

/** The first MAX_ERRORS problems, and one more line that says how many were left out. */
export const capped = (file: string, errors: ReadonlyArray<Diagnostic>): Diagnostic[] =>
  errors.length <= MAX_ERRORS
    ? [...errors]
    : [
        ...errors.slice(0, MAX_ERRORS),
        {
          file,
          line: errors[MAX_ERRORS]?.line ?? 1,
          col: errors[MAX_ERRORS]?.col ?? 1,
          code: "too_many_errors",
          message: `${errors.length - MAX_ERRORS} more problem(s) not shown`,
          path: "",
        },
      ]

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g
const MESSAGE_LIMIT = 200

/**
 * A parser's message as one short line: some quote the offending source text, which may hold line breaks
 * (`\r` alone included), control characters or a megabyte of text.
 */
const oneLine = (text: string): string => {
  const line = text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  return line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT)}…` : line
}

const keyIndexes = new WeakMap<object, Map<string, Pair<unknown, unknown>>>()

/** Pairs of a mapping by key text, built once per mapping that errors are located in. */
const pairsOf = (map: { items: Array<Pair<unknown, unknown>> }) => {
  let index = keyIndexes.get(map)
  if (index === undefined) {
    index = new Map()
    for (const pair of map.items) {
      const key = keyText(pair.key)
      if (key !== undefined && !index.has(key)) index.set(key, pair)
    }
    keyIndexes.set(map, index)
  }
  return index
}

/** Offset of the deepest node on `path` that exists: the key itself for `part: "key"`. */
const locateOffset = (root: unknown, path: ReadonlyArray<PropertyKey>, part: "key" | "value"): number => {
  let node = root
  let offset = offsetOf(root)
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = pairsOf(node as { items: Array<Pair<unknown, unknown>> }).get(String(segment))
      if (pair === undefined) return offset
      if (index === path.length - 1 && part === "key") return offsetOf(pair.key)
      node = pair.value
      offset = pair.value == null ? offsetOf(pair.key) : offsetOf(pair.value)
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment]
      if (item === undefined) return offset
      node = item
      offset = offsetOf(item)
    } else {
      return offset
    }
  }
  return offset
}
