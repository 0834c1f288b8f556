/**
 * The deterministic profile of a sample: per column its inferred type, nulls, distinct values and a few
 * examples, plus candidate keys, incremental cursors and ClickHouse partitions. Pure: the same rows give
 * the same profile, and `profileJson` the same bytes.
 */
import { candidateKeys, cursorCandidates, type PartitionCandidate, partitionCandidates } from "./candidates"
import { add, type ColumnType, classify, emptySummary, infer } from "./infer"

/** Rows as sources hand them over: exact text, null for NULL. */
export interface Table {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string | null>>
}

export interface ColumnProfile {
  readonly name: string
  readonly type: ColumnType
  readonly nullable: boolean
  readonly nulls: number
  /** Empty strings, which are values (not NULL). */
  readonly empty: number
  readonly distinct: number
  /** More distinct values than were counted: `distinct` is a lower bound. */
  readonly distinctCapped: boolean
  readonly examples: ReadonlyArray<string>
  readonly leadingZeros: boolean
  /** In characters (code points). */
  readonly maxLength: number
  readonly decimal: { readonly precision: number; readonly scale: number } | null
  readonly timestamp: { readonly withZone: boolean; readonly format: string } | null
}

export interface Profile {
  readonly rows: number
  readonly columns: ReadonlyArray<ColumnProfile>
  readonly candidateKeys: ReadonlyArray<ReadonlyArray<string>>
  readonly cursorCandidates: ReadonlyArray<string>
  readonly partitionCandidates: ReadonlyArray<PartitionCandidate>
}

export const DISTINCT_CAP = 10_000
const EXAMPLES = 3
const EXAMPLE_LENGTH = 40

export const profileTable = (table: Table): Profile => {
  const columns = table.columns.map((name, index) =>
    profileColumn(
      name,
      table.rows.map((row) => row[index] ?? null),
    ),
  )
  return {
    rows: table.rows.length,
    columns,
    candidateKeys: candidateKeys(table, columns),
    cursorCandidates: cursorCandidates(columns),
    partitionCandidates: partitionCandidates(columns),
  }
}

const profileColumn = (name: string, values: ReadonlyArray<string | null>): ColumnProfile => {
  const summary = emptySummary()
  const seen = new Set<string>()
  let capped = false
  let nulls = 0
  let empty = 0
  let maxLength = 0
  const examples: string[] = []
  for (const value of values) {
    if (value === null) {
      nulls++
      continue
    }
    if (value === "") empty++
    if (!seen.has(value)) {
      if (seen.size < DISTINCT_CAP) {
        seen.add(value)
        if (examples.length < EXAMPLES && value !== "") examples.push(shorten(value))
        // a value's kind depends on its text alone: classifying each distinct value once is enough
        add(summary, classify(value))
      } else {
        capped = true
        add(summary, classify(value))
      }
    }
    maxLength = Math.max(maxLength, codePoints(value))
  }
  const inferred = infer(summary)
  return {
    name,
    type: inferred.type,
    nullable: nulls > 0,
    nulls,
    empty,
    distinct: seen.size,
    distinctCapped: capped,
    examples,
    leadingZeros: summary.kinds.has("code"),
    maxLength,
    decimal: inferred.decimal,
    timestamp: inferred.timestamp,
  }
}

const codePoints = (text: string): number => {
  let count = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) count--
  }
  return count
}

const shorten = (text: string): string => {
  const points = Array.from(text)
  return points.length <= EXAMPLE_LENGTH ? text : `${points.slice(0, EXAMPLE_LENGTH - 1).join("")}…`
}

/** The profile as JSON text: two-space indented, keys in a fixed order, a final newline. */
export const profileJson = (profile: unknown): string => `${JSON.stringify(profile, null, 2)}\n`
