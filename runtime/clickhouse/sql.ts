/** ClickHouse identifiers and literals. Every name and value airspec puts in SQL passes through here. */

export const ident = (name: string): string => `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``

export const literal = (value: string): string => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`

export interface TableName {
  /** null: the connection's database. */
  readonly database: string | null
  readonly name: string
}

export const tableName = (text: string): TableName => {
  const dot = text.indexOf(".")
  return dot === -1
    ? { database: null, name: text }
    : { database: text.slice(0, dot), name: text.slice(dot + 1) }
}

export const qualified = (table: TableName): string =>
  table.database === null ? ident(table.name) : `${ident(table.database)}.${ident(table.name)}`

/** `database = … AND name = …` for system tables; the connection's database when there is none. */
export const systemFilter = (table: TableName, nameColumn = "name"): string =>
  `database = ${table.database === null ? "currentDatabase()" : literal(table.database)} AND ${nameColumn} = ${literal(table.name)}`

/** A timestamp as ClickHouse reads it, to the second, in UTC. */
export const utcLiteral = (date: Date): string =>
  `toDateTime(${literal(date.toISOString().slice(0, 19).replace("T", " "))}, 'UTC')`

/**
 * A script's statements, one by one: ClickHouse's HTTP interface runs one statement per request. Semicolons
 * inside quotes, backquotes and comments (`--` and `#` lines, block comments) do not split; empty
 * statements are dropped.
 */
export const statements = (script: string): string[] => {
  const out: string[] = []
  let start = 0
  let i = 0
  const skipQuoted = (quote: string) => {
    i++
    while (i < script.length && script[i] !== quote) i += script[i] === "\\" ? 2 : 1
    i++
  }
  while (i < script.length) {
    const char = script[i]
    if (char === "'" || char === '"' || char === "`") skipQuoted(char)
    else if ((char === "-" && script[i + 1] === "-") || char === "#") {
      while (i < script.length && script[i] !== "\n") i++
    } else if (char === "/" && script[i + 1] === "*") {
      const end = script.indexOf("*/", i + 2)
      i = end === -1 ? script.length : end + 2
    } else if (char === ";") {
      out.push(script.slice(start, i))
      i++
      start = i
    } else i++
  }
  out.push(script.slice(start))
  return out
    .map((statement) => statement.trim())
    .filter((statement) => !/^(\s|(--|#)[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)*$/.test(statement))
}
