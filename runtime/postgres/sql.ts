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
