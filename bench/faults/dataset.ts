/**
 * A trial's data, derived from its seed: the rows a target holds before the load (`prior`), the source's
 * rows (a CSV file or a PostgreSQL table) and the rows the target must hold after the load, by write mode:
 *
 *   append   prior + the interval's source rows, each exactly once
 *   merge    prior, each key overwritten by the last (= highest version) of its source rows in the interval
 *   window   prior rows outside the interval + the interval's source rows
 *   replace  the source's rows (a snapshot: no incremental cursor)
 *
 * Values are chosen to be easy to get wrong: NULL next to empty text, quotes, commas, tabs, newlines,
 * backslashes, a literal `\N`, non-ASCII text, negative and large decimals, two spellings of a time.
 */
import type { Rng } from "./prng"

export type Mode = "append" | "merge" | "window" | "replace"
export const MODES: ReadonlyArray<Mode> = ["append", "merge", "window", "replace"]

export interface Row {
  /** A bad row (CSV sources only): `amount` is not a number, or the record has a field too many. */
  readonly bad?: "amount" | "fields"
  readonly id: number
  readonly version: number
  readonly cents: number
  readonly note: string | null
  /** Seconds since the epoch, UTC. */
  readonly at: number
}

const DAY = 86_400
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000
/** The interval every trial loads, and the days beside it. */
export const DAY1 = day("2025-03-01")
export const DAY2 = day("2025-03-02")
export const DAY3 = day("2025-03-03")
export const INTERVAL = {
  start: new Date(DAY2 * 1000).toISOString(),
  end: new Date(DAY3 * 1000).toISOString(),
}
const inInterval = (row: Row) => row.at >= DAY2 && row.at < DAY3

const NOTES: ReadonlyArray<string | null> = [
  null,
  "",
  "plain",
  'said "hi", then left',
  "tab\there",
  "two\nlines",
  "carriage\r\nreturn",
  "back\\slash",
  "\\N",
  "NULL",
  " padded ",
  "Zürich, 東京, 😀",
  "comma,separated,values",
]

export interface Scenario {
  readonly mode: Mode
  readonly sourceKind: SourceKind
  /** Whether the source has `incremental: { cursor: at }` (every mode but replace). */
  readonly incremental: boolean
  /** Null: the target table does not exist yet (the runtime creates it). */
  readonly prior: ReadonlyArray<Row> | null
  readonly source: ReadonlyArray<Row>
  readonly expected: ReadonlyArray<Row>
  /** The source row numbers (1-based) the load must quarantine, once each per run. */
  readonly quarantined: ReadonlyArray<number>
  /** Rows of the source the load reads: with a PostgreSQL source, only the interval's. */
  readonly rowsRead: number
}

export type SourceKind = "csv" | "postgres"

export interface Scale {
  readonly minRows: number
  readonly maxRows: number
}

const makeRow = (rng: Rng, id: number, version: number, from: number): Row => ({
  id,
  version,
  cents: rng.chance(0.1) ? -rng.int(0, 100_000) : rng.int(0, 99_999_999_999),
  note: rng.chance(0.3) ? `note ${id}.${version}` : rng.pick(NOTES),
  at: from + rng.int(0, DAY - 1),
})

export const scenario = (rng: Rng, mode: Mode, sourceKind: SourceKind, scale: Scale): Scenario => {
  const incremental = mode !== "replace"
  const exists = rng.chance(0.8)
  const prior: Row[] = []
  let nextId = 1
  if (exists) {
    for (let i = rng.int(500, 2500); i > 0; i--) prior.push(makeRow(rng, nextId++, 1, DAY1))
    if (mode !== "append")
      for (let i = rng.int(500, 2500); i > 0; i--) prior.push(makeRow(rng, nextId++, 1, DAY2))
  }
  const count = rng.int(scale.minRows, scale.maxRows)
  const source: Row[] = []
  const used = new Set<number>()
  const priorIds = prior.map((row) => row.id)
  for (let i = 0; i < count; i++) {
    const reuse = (mode === "merge" || mode === "window") && priorIds.length > 0 && rng.chance(0.25)
    let id = reuse ? rng.pick(priorIds) : nextId++
    if (used.has(id)) id = nextId++
    used.add(id)
    // incremental sources also hold rows outside the interval, which the load must leave out
    const from = incremental
      ? rng.chance(0.03)
        ? rng.pick([DAY1, DAY3])
        : DAY2
      : rng.pick([DAY1, DAY2, DAY3])
    // a CSV source has a few bad rows too (a PostgreSQL table's types keep them out)
    const bad = sourceKind === "csv" && rng.chance(0.002) ? rng.pick(["amount", "fields"] as const) : null
    source.push({ ...makeRow(rng, id, 2, from), ...(bad === null ? {} : { bad }) })
  }
  if (mode === "merge") {
    // later versions of some keys in the same load: the last (and highest) one wins
    const latest = new Map(source.map((row) => [row.id, row]))
    for (let i = Math.floor(count * 0.05); i > 0; i--) {
      const earlier = rng.pick(source)
      const last = latest.get(earlier.id) as Row
      const row = makeRow(rng, earlier.id, last.version + 1, DAY2)
      latest.set(row.id, row)
      source.push(row)
    }
  }

  const good = source.filter((row) => row.bad === undefined)
  const loaded = incremental ? good.filter(inInterval) : good
  let expected: Row[]
  switch (mode) {
    case "append":
      expected = [...prior, ...loaded]
      break
    case "window":
      expected = [...prior.filter((row) => !inInterval(row)), ...loaded]
      break
    case "merge": {
      const byKey = new Map(prior.map((row) => [row.id, row]))
      for (const row of loaded) byKey.set(row.id, row)
      expected = [...byKey.values()]
      break
    }
    case "replace":
      expected = [...good]
      break
  }
  return {
    mode,
    sourceKind,
    incremental,
    prior: exists ? prior : null,
    source,
    expected,
    quarantined: source.flatMap((row, index) => (row.bad === undefined ? [] : [index + 1])),
    rowsRead: sourceKind === "postgres" && incremental ? loaded.length : source.length,
  }
}

// ------------------------------------------------------------------------------------------ text forms

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

export const amountText = (cents: number) => {
  const abs = Math.abs(cents)
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${pad(abs % 100)}`
}

/** `YYYY-MM-DD hh:mm:ss` in UTC. */
export const timeText = (at: number) => new Date(at * 1000).toISOString().slice(0, 19).replace("T", " ")

/** The form both targets are read back in: id, version, amount, note (null for NULL), time in UTC. */
export type Canonical = readonly [string, string, string, string | null, string]

export const canonical = (row: Row): Canonical => [
  String(row.id),
  String(row.version),
  amountText(row.cents),
  row.note,
  timeText(row.at),
]

const csvField = (value: string) =>
  /[",\r\n]|^$|^ | $/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** The source as CSV: a NULL note is an unquoted empty field, an empty note a quoted one. */
export const toCsv = (rows: ReadonlyArray<Row>, rng: Rng): string => {
  const lines = ["id,version,amount,note,at"]
  for (const row of rows) {
    const at = new Date(row.at * 1000).toISOString()
    const fields = [
      String(row.id),
      String(row.version),
      row.bad === "amount" ? "n/a" : amountText(row.cents),
      row.note === null ? "" : csvField(row.note),
      rng.chance(0.5) ? at.replace(".000Z", "Z") : `${timeText(row.at)}+00`,
    ]
    if (row.bad === "fields") fields.push("one field too many")
    lines.push(fields.join(","))
  }
  return `${lines.join("\n")}\n`
}

const tsvEscape = (value: string) =>
  value.replaceAll("\\", "\\\\").replaceAll("\t", "\\t").replaceAll("\n", "\\n").replaceAll("\r", "\\r")

/** The rows as TabSeparated (= COPY text) for ClickHouse's INSERT: id, version, amount, note, at. */
export const toTsv = (rows: ReadonlyArray<Row>): string =>
  rows
    .map((row) =>
      [
        row.id,
        row.version,
        amountText(row.cents),
        row.note === null ? "\\N" : tsvEscape(row.note),
        timeText(row.at),
      ].join("\t"),
    )
    .join("\n")

/** The rows as arrays for `unnest` in an INSERT into PostgreSQL. */
export const toColumns = (rows: ReadonlyArray<Row>) => [
  rows.map((row) => row.id),
  rows.map((row) => row.version),
  rows.map((row) => amountText(row.cents)),
  rows.map((row) => row.note),
  rows.map((row) => new Date(row.at * 1000).toISOString()),
]

export const PG_INSERT = `SELECT * FROM unnest($1::bigint[], $2::int[], $3::numeric[], $4::text[], $5::timestamptz[])`
