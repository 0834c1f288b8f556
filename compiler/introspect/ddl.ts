/**
 * Tables described by a DDL file instead of a live connection (`airspec review --ddl`): the CREATE TABLE
 * statements of PostgreSQL or ClickHouse (told apart by an ENGINE clause), their columns, keys,
 * ClickHouse sorting and partitioning, and PostgreSQL's CREATE INDEX statements on them, each with the
 * line it starts on. Not a SQL parser: it reads the shape of these statements, quotes and comments
 * respected, and leaves everything else alone.
 */
import type { TableDescription, TableIndex } from "./table"

export interface DdlTable {
  readonly description: TableDescription
  /** Where the statement and each column start, 1-based. */
  readonly line: number
  readonly columnLines: Readonly<Record<string, number>>
}

/** The text with comments blanked out (offsets and lines kept), so that nothing below meets one. */
const withoutComments = (sql: string): string => {
  let out = ""
  let i = 0
  while (i < sql.length) {
    const c = sql[i] as string
    if (c === "'" || c === '"' || c === "`") {
      const end = closing(sql, i, c)
      out += sql.slice(i, end)
      i = end
    } else if (sql.startsWith("--", i)) {
      const end = sql.indexOf("\n", i)
      const stop = end === -1 ? sql.length : end
      out += " ".repeat(stop - i)
      i = stop
    } else if (sql.startsWith("/*", i)) {
      const end = sql.indexOf("*/", i + 2)
      const stop = end === -1 ? sql.length : end + 2
      out += sql.slice(i, stop).replace(/[^\n]/g, " ")
      i = stop
    } else {
      out += c
      i++
    }
  }
  return out
}

/** The offset just past a quoted part that starts at `start`; a doubled quote or a backslash escapes. */
const closing = (sql: string, start: number, quote: string): number => {
  for (let i = start + 1; i < sql.length; i++) {
    if (sql[i] === "\\" && quote !== '"') i++
    else if (sql[i] === quote) {
      if (sql[i + 1] === quote) i++
      else return i + 1
    }
  }
  return sql.length
}

/** The offset of the parenthesis that closes the one at `open`. */
const matching = (sql: string, open: number): number => {
  let depth = 0
  for (let i = open; i < sql.length; i++) {
    const c = sql[i] as string
    if (c === "'" || c === '"' || c === "`") i = closing(sql, i, c) - 1
    else if (c === "(") depth++
    else if (c === ")" && --depth === 0) return i
  }
  return sql.length
}

/** Top-level parts of a list, with their offsets. */
const splitTopLevel = (sql: string, from: number, to: number): Array<{ text: string; at: number }> => {
  const parts: Array<{ text: string; at: number }> = []
  let depth = 0
  let start = from
  for (let i = from; i <= to; i++) {
    const c = sql[i]
    if (i < to && (c === "'" || c === '"' || c === "`")) i = closing(sql, i, c) - 1
    else if (i < to && c === "(") depth++
    else if (i < to && c === ")") depth--
    else if (i === to || (c === "," && depth === 0)) {
      const raw = sql.slice(start, i)
      const lead = raw.length - raw.trimStart().length
      if (raw.trim() !== "") parts.push({ text: raw.trim(), at: start + lead })
      start = i + 1
    }
  }
  return parts
}

const NAME = String.raw`(?:"(?:[^"]|"")+"|\x60(?:[^\x60\\]|\\.)+\x60|[A-Za-z_][A-Za-z0-9_$]*)`
const QUALIFIED = String.raw`${NAME}(?:\s*\.\s*${NAME})?`

const unquote = (name: string): string => {
  const trimmed = name.trim()
  if (trimmed.startsWith('"')) return trimmed.slice(1, -1).replaceAll('""', '"')
  if (trimmed.startsWith("`")) return trimmed.slice(1, -1).replace(/\\(.)/g, "$1")
  return trimmed
}

const qualifiedName = (text: string): string =>
  [...text.matchAll(new RegExp(NAME, "g"))].map((match) => unquote(match[0])).join(".")

/** PostgreSQL folds unquoted names to lower case; ClickHouse keeps them. */
const tableKey = (name: string): string => name.toLowerCase()

const lineAt = (sql: string, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset && i < sql.length; i++) if (sql[i] === "\n") line++
  return line
}

const CONSTRAINT =
  /^(?:CONSTRAINT\s|PRIMARY\s+KEY|UNIQUE\b|CHECK\b|FOREIGN\s+KEY|EXCLUDE\b|INDEX\s|PROJECTION\s|LIKE\s)/i

/** Where a column's type ends: the first of these words at the top level. */
const TYPE_END =
  /\s+(?:NOT\s+NULL|NULL|DEFAULT|PRIMARY\s+KEY|REFERENCES|CONSTRAINT|CHECK|UNIQUE|GENERATED|COLLATE|CODEC|MATERIALIZED|ALIAS|EPHEMERAL|COMMENT|TTL)\b/iy

const columnsOf = (text: string): ReadonlyArray<string> =>
  splitTopLevel(text, 0, text.length).map((part) => unquote(part.text))

const parenthesized = (text: string): string | null => {
  const open = text.indexOf("(")
  return open === -1 ? null : text.slice(open + 1, matching(text, open))
}

interface ParsedColumn {
  readonly name: string
  readonly type: string
  readonly notNull: boolean
  readonly primaryKey: boolean
  readonly at: number
}

const parseColumn = (text: string, at: number): ParsedColumn | null => {
  const name = new RegExp(`^${NAME}`).exec(text)?.[0]
  if (name === undefined) return null
  const rest = text.slice(name.length)
  // the type runs to the first constraint word outside parentheses
  let depth = 0
  let end = rest.length
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string
    if (c === "'" || c === '"' || c === "`") i = closing(rest, i, c) - 1
    else if (c === "(") depth++
    else if (c === ")") depth--
    else if (depth === 0 && /\s/.test(c)) {
      TYPE_END.lastIndex = i
      if (TYPE_END.test(rest)) {
        end = i
        break
      }
    }
  }
  const constraints = rest.slice(end)
  return {
    name: unquote(name),
    type: rest.slice(0, end).trim().replace(/\s+/g, " "),
    notNull: /\bNOT\s+NULL\b/i.test(constraints),
    primaryKey: /\bPRIMARY\s+KEY\b/i.test(constraints),
    at,
  }
}

/** A ClickHouse clause after the column list: its text up to the next clause. */
const CLAUSES = [
  "ENGINE",
  "PARTITION BY",
  "ORDER BY",
  "PRIMARY KEY",
  "SAMPLE BY",
  "TTL",
  "SETTINGS",
  "COMMENT",
]
const clause = (tail: string, name: string): string | null => {
  const start = new RegExp(`(?:^|\\s)${name.replace(" ", "\\s+")}\\s*(=\\s*)?`, "i").exec(tail)
  if (start === null) return null
  const from = start.index + start[0].length
  let to = tail.length
  for (const other of CLAUSES) {
    if (other === name) continue
    const next = new RegExp(`\\s${other.replace(" ", "\\s+")}\\b`, "i").exec(tail.slice(from))
    if (next !== null) to = Math.min(to, from + next.index)
  }
  return tail.slice(from, to).trim().replace(/;$/, "").trim()
}

/** `(a, b)` or `a` → the sorting key as the server prints it: `a, b`. */
const keyText = (expression: string | null): string | null => {
  if (expression === null) return null
  const inner = expression.startsWith("(") && matching(expression, 0) === expression.length - 1
  return (inner ? expression.slice(1, -1) : expression).trim().replace(/\s+/g, " ")
}

const CREATE_TABLE = new RegExp(
  String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY)\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${QUALIFIED})\s*\(`,
  "gi",
)
const CREATE_INDEX = new RegExp(
  String.raw`\bCREATE\s+(UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(${NAME})?\s*ON\s+(?:ONLY\s+)?(${QUALIFIED})\s*(?:USING\s+\w+\s*)?\(`,
  "gi",
)

export const parseDdl = (sql: string, connection: string): ReadonlyArray<DdlTable> => {
  const text = withoutComments(sql)
  const indexes = new Map<string, TableIndex[]>()
  for (const match of text.matchAll(CREATE_INDEX)) {
    const open = (match.index ?? 0) + match[0].length - 1
    const table = tableKey(qualifiedName(match[3] ?? ""))
    const list = indexes.get(table) ?? []
    list.push({
      name: unquote(match[2] ?? ""),
      columns: columnsOf(text.slice(open + 1, matching(text, open))),
      unique: match[1] !== undefined,
    })
    indexes.set(table, list)
  }
  const tables: DdlTable[] = []
  for (const match of text.matchAll(CREATE_TABLE)) {
    const start = match.index ?? 0
    const open = start + match[0].length - 1
    const close = matching(text, open)
    const statementEnd = text.indexOf(";", close)
    const tail = text.slice(close + 1, statementEnd === -1 ? text.length : statementEnd)
    const engine = clause(tail, "ENGINE")
    const clickhouse = engine !== null
    const name = qualifiedName(match[1] ?? "")
    const columns: ParsedColumn[] = []
    let primaryKey: ReadonlyArray<string> = []
    const tableIndexes = [...(indexes.get(tableKey(name)) ?? [])]
    for (const part of splitTopLevel(text, open + 1, close)) {
      if (CONSTRAINT.test(part.text)) {
        const body = parenthesized(part.text)
        if (/PRIMARY\s+KEY/i.test(part.text) && body !== null) primaryKey = columnsOf(body)
        else if (/^(?:CONSTRAINT\s+\S+\s+)?UNIQUE\b/i.test(part.text) && body !== null)
          tableIndexes.push({ name: "", columns: columnsOf(body), unique: true })
        continue
      }
      const column = parseColumn(part.text, part.at)
      if (column !== null) columns.push(column)
    }
    const inline = columns.filter((column) => column.primaryKey).map((column) => column.name)
    if (primaryKey.length === 0 && inline.length > 0) primaryKey = inline
    const sortingKey = keyText(clause(tail, "ORDER BY"))
    const primaryClause = keyText(clause(tail, "PRIMARY KEY"))
    if (clickhouse && primaryKey.length === 0) {
      const key = primaryClause ?? sortingKey
      primaryKey = key === null || key === "tuple()" ? [] : columnsOf(key)
    }
    const keyColumns = new Set(primaryKey)
    tables.push({
      description: {
        database: clickhouse ? "clickhouse" : "postgres",
        connection,
        table: name,
        columns: columns.map((column) => ({
          name: column.name,
          type: column.type,
          nullable: clickhouse
            ? column.type.startsWith("Nullable(")
            : !column.notNull && !column.primaryKey && !keyColumns.has(column.name),
        })),
        primaryKey,
        estimatedRows: null,
        indexes: clickhouse ? [] : tableIndexes,
        engine: engine === null ? null : (/^\w+/.exec(engine)?.[0] ?? engine),
        sortingKey: clickhouse ? (sortingKey ?? "") : null,
        partitionKey: clickhouse ? keyText(clause(tail, "PARTITION BY")) : null,
      },
      line: lineAt(sql, start),
      columnLines: Object.fromEntries(columns.map((column) => [column.name, lineAt(sql, column.at)])),
    })
  }
  return tables
}
