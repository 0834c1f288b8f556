/**
 * A cheap upper bound of a YAML document's nesting, read from the text before parsing: open flow
 * brackets plus block indentation levels plus compact `- - -` items. Deep input must be refused before
 * the parser sees it: a stack overflow inside a recursive parser can take the process down instead of
 * throwing. The bound is generous (real specs nest about 10 deep) so that quirks of this scan, such as
 * brackets in plain text, never reject a real spec.
 */
export const MAX_SCAN_DEPTH = 256

/**
 * Entries (lines with content, plus items after a comma in flow collections) a spec may have. The parser's
 * time and memory grow with the entries, not the bytes: 1 MiB of `[a,a,a,…]` took seconds and half a
 * gigabyte. Real specs have a few hundred; text in block scalars and quoted strings is not counted.
 */
export const MAX_ENTRIES = 100_000

export type PrescanProblem =
  | { readonly kind: "too_deep"; readonly line: number }
  | { readonly kind: "too_many_entries"; readonly line: number }

/** The first line whose nesting, or the entries up to it, exceed the bounds; undefined when none does. */
export const prescan = (text: string): PrescanProblem | undefined => {
  let entries = 0
  let flow = 0
  let quote: '"' | "'" | undefined
  let blockScalarIndent: number | undefined
  const indents: number[] = []
  const lines = text.split(/\r\n|\r|\n/)
  for (let number = 1; number <= lines.length; number++) {
    const content = lines[number - 1] as string
    const body = content.trimStart()
    const indent = content.length - body.length
    if (blockScalarIndent !== undefined) {
      if (body === "" || indent > blockScalarIndent) continue // text of a `|` or `>` scalar
      blockScalarIndent = undefined
    }
    if (quote === undefined && body !== "" && !body.startsWith("#")) {
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop()
      indents.push(indent)
      entries++
    }
    const items = /^(?:-[ \t]+)*/.exec(body)?.[0].split("-").length ?? 1
    let deepest = flow
    let previous = ""
    for (let index = 0; index < body.length; index++) {
      const char = body[index] as string
      if (quote !== undefined) {
        if (char === "\\" && quote === '"') index++
        else if (char === quote) quote = undefined
        continue
      }
      // a quote opens a quoted scalar only where a scalar can start, never inside plain text (it's)
      if ((char === '"' || char === "'") && (previous === "" || ":-[{,?".includes(previous))) quote = char
      else if (char === "#" && (index === 0 || /\s/.test(body[index - 1] as string))) break
      else if (char === "[" || char === "{") deepest = Math.max(deepest, ++flow)
      else if ((char === "]" || char === "}") && flow > 0) flow--
      else if (char === "," && flow > 0) entries++
      if (!/\s/.test(char)) previous = char
    }
    if (quote === undefined && flow === 0 && /(?:^|[:-]\s*)[|>][0-9+-]*\s*(?:#.*)?$/.test(body)) {
      blockScalarIndent = indent
    }
    if (indents.length + items - 1 + deepest > MAX_SCAN_DEPTH) return { kind: "too_deep", line: number }
    if (entries > MAX_ENTRIES) return { kind: "too_many_entries", line: number }
  }
  return undefined
}
