/**
 * Suggestions drawn from a profile: keys (columns, or pairs of columns, unique and never null in the
 * sample), incremental cursors and ClickHouse partitions (date and time columns). A sample proves
 * nothing about the whole table: these are candidates for a person or a model to confirm.
 */
import type { ColumnType } from "./infer"
import { byCodePoint } from "./infer"
import type { ColumnProfile, Table } from "./profile"

export interface PartitionCandidate {
  readonly column: string
  /** A ClickHouse `partition_by` expression. */
  readonly clickhouse: string
}

/** Pairs are tried among this many columns at most (the best-ranked ones). */
const PAIR_COLUMNS = 24
const MAX_PAIRS = 5

/** Types that make sensible keys; floats, decimals, booleans and JSON do not. */
const KEY_TYPES: ReadonlyArray<ColumnType> = ["integer", "bigint", "text", "date", "timestamp", "timestamptz"]

const KEY_WORDS = ["id", "uuid", "key", "code"]

/** `id` itself, then names ending in a key word (`order_id`, `zipCode`), then the rest. */
const keyNameRank = (name: string): number => {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
  const last = words.at(-1) ?? ""
  if (!KEY_WORDS.includes(last)) return 2
  return words.length === 1 ? 0 : 1
}

const keyTypeRank = (type: ColumnType): number =>
  type === "integer" || type === "bigint" || type === "text" ? 0 : 1

export const candidateKeys = (
  table: Table,
  columns: ReadonlyArray<ColumnProfile>,
): ReadonlyArray<ReadonlyArray<string>> => {
  const rows = table.rows.length
  if (rows === 0) return []
  const rank = (column: ColumnProfile) => keyNameRank(column.name) * 2 + keyTypeRank(column.type)
  const usable = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.nulls === 0 && KEY_TYPES.includes(column.type) && !column.distinctCapped)
    .sort((a, b) => rank(a.column) - rank(b.column) || byCodePoint(a.column.name, b.column.name))
  const singles = usable.filter(({ column }) => column.distinct === rows)
  const rest = usable
    .filter(({ column }) => column.distinct < rows && column.distinct > 1)
    .slice(0, PAIR_COLUMNS)
  const pairs: Array<{ names: [string, string]; rank: number }> = []
  for (let i = 0; i < rest.length; i++) {
    for (let j = i + 1; j < rest.length; j++) {
      const x = rest[i] as (typeof rest)[number]
      const y = rest[j] as (typeof rest)[number]
      const [a, b] = x.index < y.index ? [x, y] : [y, x]
      if (a.column.distinct * b.column.distinct < rows) continue
      if (uniquePair(table, a.index, b.index))
        pairs.push({ names: [a.column.name, b.column.name], rank: rank(a.column) + rank(b.column) })
    }
  }
  pairs.sort((x, y) => x.rank - y.rank || byCodePoint(x.names.join("\u0000"), y.names.join("\u0000")))
  return [
    ...singles.map(({ column }) => [column.name]),
    ...pairs.slice(0, MAX_PAIRS).map((pair) => pair.names),
  ]
}

const uniquePair = (table: Table, a: number, b: number): boolean => {
  const seen = new Set<string>()
  for (const row of table.rows) {
    // JSON of the pair: no separator can collide with the values' text
    const key = JSON.stringify([row[a], row[b]])
    if (seen.has(key)) return false
    seen.add(key)
  }
  return true
}

const TIME_TYPES: ReadonlyArray<ColumnType> = ["timestamptz", "timestamp", "date"]

export const UPDATED = /updated|modified|changed|last_?update/i
export const CREATED = /created|inserted|added/i

const timeColumns = (
  columns: ReadonlyArray<ColumnProfile>,
  nameRank: (name: string) => number,
): ReadonlyArray<ColumnProfile> =>
  columns
    .filter((column) => TIME_TYPES.includes(column.type))
    .sort(
      (a, b) =>
        nameRank(a.name) - nameRank(b.name) ||
        Number(a.nullable) - Number(b.nullable) ||
        TIME_TYPES.indexOf(a.type) - TIME_TYPES.indexOf(b.type) ||
        byCodePoint(a.name, b.name),
    )

/** Cursors: the time a row last changed is best, then when it was created, then any other time. */
export const cursorCandidates = (columns: ReadonlyArray<ColumnProfile>): ReadonlyArray<string> =>
  timeColumns(columns, (name) => (UPDATED.test(name) ? 0 : CREATED.test(name) ? 1 : 2)).map(
    (column) => column.name,
  )

/**
 * Partitions: a time that never changes is best (a ClickHouse merge only deduplicates within a partition,
 * so a row must not move between partitions), the time of the last change is worst.
 */
export const partitionCandidates = (
  columns: ReadonlyArray<ColumnProfile>,
): ReadonlyArray<PartitionCandidate> =>
  timeColumns(columns, (name) => (CREATED.test(name) ? 0 : UPDATED.test(name) ? 2 : 1)).map((column) => ({
    column: column.name,
    clickhouse: `toYYYYMM(${clickhouseIdent(column.name)})`,
  }))

const clickhouseIdent = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``
