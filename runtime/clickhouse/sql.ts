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
