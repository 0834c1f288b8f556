/**
 * Just enough SQL reading for review rules: the select list of a simple `select … from` query, the first
 * table it reads, and whether a text mentions a word. Anything cleverer than that is reported as unknown,
 * never guessed.
 */

export interface SelectItem {
  /** The column read, when the item is a plain (possibly qualified) column. */
  readonly source: string | undefined
  /** The column produced: the alias, else the column read. */
  readonly output: string
}

export interface SelectList {
  readonly items: ReadonlyArray<SelectItem>
  /** `*`, or items whose output name cannot be told: the query may produce columns not listed. */
  readonly open: boolean
}

/** Comments blanked out and string literals emptied, keeping every offset of the original. */
export const maskSql = (sql: string): string =>
  sql.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^']|'')*'?/g, (match) =>
    match.startsWith("'")
      ? `'${match.slice(1, -1).replace(/[^\n]/g, " ")}${match.length > 1 ? "'" : ""}`
      : match.replace(/[^\n]/g, " "),
  )

const IDENT = `"?[A-Za-z_][A-Za-z0-9_$]*"?`
const PLAIN = new RegExp(String.raw`^(?:${IDENT}\.)?(${IDENT})(?:\s+(?:as\s+)?(${IDENT}))?$`, "i")
const ALIASED = new RegExp(String.raw`\sas\s+(${IDENT})$`, "i")
const unquote = (name: string) => name.replace(/"/g, "")

/** Offsets of `keyword` outside parentheses in masked SQL. */
const topLevel = (masked: string, keyword: string, from = 0): number => {
  const pattern = new RegExp(String.raw`\b${keyword}\b`, "gi")
  let depth = 0
  let checked = from
  pattern.lastIndex = from
  for (let match = pattern.exec(masked); match !== null; match = pattern.exec(masked)) {
    for (; checked < match.index; checked++) {
      if (masked[checked] === "(") depth++
      else if (masked[checked] === ")") depth--
    }
    if (depth === 0) return match.index
  }
  return -1
}

const splitTopLevel = (text: string): ReadonlyArray<string> => {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === "(") depth++
    else if (char === ")") depth--
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, index))
      start = index + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim())
}

/** The select list of the query's outer `select … from`, or undefined when there is none to read. */
export const selectList = (sql: string): SelectList | undefined => {
  const masked = maskSql(sql)
  const select = topLevel(masked, "select")
  if (select === -1) return undefined
  const from = topLevel(masked, "from", select + "select".length)
  if (from === -1) return undefined
  const list = masked
    .slice(select + "select".length, from)
    .replace(/^\s*(distinct\s+on\s*\([^)]*\)|distinct|all)\s+/i, "")
  const items: SelectItem[] = []
  let open = false
  for (const item of splitTopLevel(list)) {
    if (item === "" || /(^|\.)\*$/.test(item)) {
      open = true
      continue
    }
    const plain = PLAIN.exec(item)
    if (plain?.[1] !== undefined) {
      const source = unquote(plain[1])
      items.push({ source, output: plain[2] === undefined ? source : unquote(plain[2]) })
      continue
    }
    const aliased = ALIASED.exec(item)
    if (aliased?.[1] !== undefined) items.push({ source: undefined, output: unquote(aliased[1]) })
    else open = true
  }
  return { items, open }
}

/** The first table the outer query reads (`from <table>`), when it is a plain name. */
export const fromTable = (sql: string): string | undefined => {
  const masked = maskSql(sql)
  const select = topLevel(masked, "select")
  const from = topLevel(masked, "from", Math.max(0, select))
  if (from === -1) return undefined
  const match = new RegExp(String.raw`^from\s+(${IDENT}(?:\.${IDENT})?)(?![(.])`, "i").exec(
    masked.slice(from),
  )
  return match?.[1] === undefined ? undefined : unquote(match[1])
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** `word` as a whole identifier (case-insensitive), outside comments and string literals. */
export const mentions = (sql: string, word: string): boolean =>
  new RegExp(
    `(?<![A-Za-z0-9_$])"?${escapeRegExp(word).replace(/\\\./g, String.raw`"?\."?`)}"?(?![A-Za-z0-9_$])`,
    "i",
  ).test(maskSql(sql))
