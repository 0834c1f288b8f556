/** SQL text built from names: every identifier quoted, every value a bind parameter. */

export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`

export interface TableName {
  readonly schema: string | null
  readonly name: string
}

/** `schema.name` or `name`, as the compiler checked them (no dots inside names). */
export const tableName = (text: string): TableName => {
  const dot = text.indexOf(".")
  return dot < 0 ? { schema: null, name: text } : { schema: text.slice(0, dot), name: text.slice(dot + 1) }
}

export const qualified = (table: TableName): string =>
  table.schema === null ? ident(table.name) : `${ident(table.schema)}.${ident(table.name)}`

export const columnList = (columns: ReadonlyArray<string>): string => columns.map(ident).join(", ")

/** A name derived from a table's for an airspec-owned companion table, within PostgreSQL's 63 bytes. */
export const companion = (table: TableName, suffix: string): TableName => {
  let base = table.name
  while (Buffer.byteLength(base + suffix) > 63) base = base.slice(0, -1)
  return { schema: table.schema, name: base + suffix }
}
