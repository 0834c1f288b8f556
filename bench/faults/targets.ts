/**
 * The two kinds of target as the suite sees them: the spec's target entry, the table set up with the
 * rows it holds before the load, the rows read back in one canonical form, and the traces a finished
 * load must not leave behind.
 */
import { createHash } from "node:crypto"
import pg from "pg"
import { type Canonical, canonical, type Mode, PG_INSERT, type Row, toColumns, toTsv } from "./dataset"
import type { Rng } from "./prng"
import { chQuery } from "./services"

export type TargetKind = "postgres" | "clickhouse"
export const TARGETS: ReadonlyArray<TargetKind> = ["postgres", "clickhouse"]

export interface TargetSetup {
  /** The table as the spec names it. */
  readonly table: string
  /** The target's entry in the spec's `targets` list (YAML lines, indented for it). */
  readonly yaml: string
  /** Creates the table with the prior rows, unless there are none (then the runtime creates it). */
  readonly create: (prior: ReadonlyArray<Row> | null) => Promise<void>
  /** Every row of the table, sorted. */
  readonly read: () => Promise<Canonical[]>
  /** The source rows a run quarantined, sorted (duplicates included). */
  readonly quarantined: (pipeline: string, task: string, run: string) => Promise<number[]>
  /** Problems with airspec's own traces of the given runs (ledger, stage tables), or none. */
  readonly traces: (pipeline: string, task: string, runs: ReadonlyArray<string>) => Promise<string[]>
}

export const sortRows = (rows: Canonical[]): Canonical[] =>
  rows
    .map((row) => ({ row, key: JSON.stringify(row) }))
    .sort((a, b) => Number(a.row[0]) - Number(b.row[0]) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.row)

const withClient = async <A>(url: string, body: (client: pg.Client) => Promise<A>): Promise<A> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await body(client)
  } finally {
    await client.end()
  }
}

export const postgresTarget = (url: string, name: string, mode: Mode): TargetSetup => {
  const table = `faults.${name}`
  const pk = mode === "merge"
  return {
    table,
    yaml: `      - connection: dwh
        table: ${table}
        write: ${mode}
${pk ? "        primary_key: [id]\n" : ""}        columns: { id: bigint, version: integer, amount: "numeric(12,2)", note: text, at: timestamptz }
`,
    create: (prior) =>
      prior === null
        ? Promise.resolve()
        : withClient(url, async (client) => {
            await client.query(`CREATE SCHEMA IF NOT EXISTS faults`)
            await client.query(
              `CREATE TABLE ${table} (id bigint${pk ? " PRIMARY KEY" : ""}, version integer, amount numeric(12,2), note text, at timestamptz)`,
            )
            await client.query(`INSERT INTO ${table} ${PG_INSERT}`, toColumns(prior))
          }),
    read: () =>
      withClient(url, async (client) => {
        const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS e", [table])
        if (!exists.rows[0]?.e) return []
        const result = await client.query({
          text: `SELECT id::text, version::text, amount::text, note, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM ${table}`,
          rowMode: "array",
        })
        return sortRows(result.rows as unknown as Canonical[])
      }),
    quarantined: (pipeline, task, run) =>
      withClient(url, async (client) => {
        const exists = await client.query("SELECT to_regclass('airspec_quarantine') IS NOT NULL AS e")
        if (!exists.rows[0]?.e) return []
        const result = await client.query(
          `SELECT source_row::int AS row FROM airspec_quarantine
           WHERE pipeline = $1 AND task = $2 AND target_table = $3 AND dag_run_id = $4 ORDER BY source_row`,
          [pipeline, task, table, run],
        )
        return result.rows.map((row) => Number(row.row))
      }),
    traces: (pipeline, task, runs) =>
      withClient(url, async (client) => {
        const problems: string[] = []
        for (const run of runs) {
          const ledger = await client.query(
            "SELECT count(*)::int AS n FROM airspec.load_ledger WHERE pipeline = $1 AND task = $2 AND target_table = $3 AND dag_run_id = $4",
            [pipeline, task, table, run],
          )
          if ((ledger.rows[0]?.n ?? 0) < 1 && !(mode === "append" && run.endsWith("_rerun")))
            problems.push(`no ledger row for run ${run}`)
        }
        return problems
      }),
  }
}

/** The stage, work and old tables of a load, named as runtime/clickhouse/target.ts names them. */
const ownTables = (pipeline: string, task: string, database: string, name: string, run: string) => {
  const id = createHash("sha1")
    .update([pipeline, task, database, name, run].join("\u0000"))
    .digest("hex")
    .slice(0, 16)
  return [`airspec_stage_${id}`, `airspec_work_${id}`, `airspec_old_${id}`]
}

const CH_COLUMNS = `id UInt64, version UInt32, amount Decimal(12, 2), note Nullable(String), at DateTime('UTC')`

export const clickhouseTarget = (
  url: string,
  database: string,
  name: string,
  mode: Mode,
  rng: Rng,
): TargetSetup => {
  const table = `${database}.${name}`
  // a merge keeps each key in one partition; the others may partition by the interval's day too
  const partition = rng.pick(
    mode === "merge" ? ["", "id % 3"] : ["", "toYYYYMMDD(at)", "id % 3", "toYYYYMMDD(at)"],
  )
  const engine = mode === "merge" ? "ReplacingMergeTree(version)" : "MergeTree"
  const json = async (sql: string) =>
    (await chQuery(url, `${sql} FORMAT JSONEachRow`))
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  return {
    table,
    yaml: `      - connection: olap
        table: ${table}
        write: ${mode}
        order_by: [id]
${partition === "" ? "" : `        partition_by: "${partition}"\n`}${mode === "merge" ? "        primary_key: [id]\n        version: version\n" : ""}        columns: { id: UInt64, version: UInt32, amount: "Decimal(12, 2)", note: "Nullable(String)", at: "DateTime('UTC')" }
`,
    create: async (prior) => {
      if (prior === null) return
      await chQuery(
        url,
        `CREATE TABLE ${table} (${CH_COLUMNS}) ENGINE = ${engine}${partition === "" ? "" : ` PARTITION BY ${partition}`} ORDER BY id`,
      )
      if (prior.length > 0) await chQuery(url, `INSERT INTO ${table} FORMAT TabSeparated\n${toTsv(prior)}`)
    },
    read: async () => {
      const exists = await json(
        `SELECT 1 AS e FROM system.tables WHERE database = '${database}' AND name = '${name}'`,
      )
      if (exists.length === 0) return []
      const rows = await json(
        `SELECT toString(id) AS id, toString(version) AS version, toString(amount) AS amount, note, toString(at) AS at
         FROM ${table}${mode === "merge" ? " FINAL" : ""}`,
      )
      return sortRows(
        rows.map((row) => [
          String(row.id),
          String(row.version),
          decimal(String(row.amount)),
          row.note as string | null,
          String(row.at),
        ]),
      )
    },
    quarantined: async (pipeline, task, run) => {
      const exists = await json(
        `SELECT 1 AS e FROM system.tables WHERE database = '${database}' AND name = 'airspec_quarantine'`,
      )
      if (exists.length === 0) return []
      const rows = await json(
        `SELECT source_row FROM ${database}.airspec_quarantine FINAL WHERE pipeline = '${pipeline}' AND task = '${task}'
         AND target_table = '${table}' AND dag_run_id = '${run}' ORDER BY source_row`,
      )
      return rows.map((row) => Number(row.source_row))
    },
    traces: async (pipeline, task, runs) => {
      const problems: string[] = []
      const left = new Set(runs.flatMap((run) => ownTables(pipeline, task, database, name, run)))
      const tables = await json(`SELECT name FROM system.tables WHERE database = '${database}'`)
      for (const row of tables)
        if (left.has(String(row.name))) problems.push(`left behind: ${String(row.name)}`)
      for (const run of runs) {
        const states = await json(
          `SELECT state, count() AS n FROM airspec.load_ledger WHERE pipeline = '${pipeline}' AND task = '${task}'
           AND target_table = '${table}' AND dag_run_id = '${run}' GROUP BY state`,
        )
        const count = (state: string) => Number(states.find((row) => row.state === state)?.n ?? 0)
        if (count("done") < 1 && !(mode === "append" && run.endsWith("_rerun")))
          problems.push(`no 'done' ledger row for run ${run}`)
        if (count("prepared") > 0 && count("done") < 1)
          problems.push(`an unfinished publication of run ${run}`)
      }
      return problems
    },
  }
}

/** A decimal with all its scale's digits, however the server prints it (18.16 does, newer ones trim). */
const decimal = (text: string) => {
  const [whole = "0", fraction = ""] = text.split(".")
  return `${whole}.${fraction.padEnd(2, "0")}`
}

/** The expected rows in the canonical form, sorted like `read`'s. */
export const expectedRows = (rows: ReadonlyArray<Row>): Canonical[] => sortRows(rows.map(canonical))

/** What differs between two sorted row lists: counts and a few rows on each side. */
export const difference = (expected: Canonical[], actual: Canonical[]): string | null => {
  const count = new Map<string, number>()
  for (const row of expected) count.set(JSON.stringify(row), (count.get(JSON.stringify(row)) ?? 0) + 1)
  const extra: string[] = []
  for (const row of actual) {
    const key = JSON.stringify(row)
    const left = count.get(key) ?? 0
    if (left > 0) count.set(key, left - 1)
    else extra.push(key)
  }
  const missing = [...count.entries()].flatMap(([key, n]) => Array<string>(n).fill(key))
  if (missing.length === 0 && extra.length === 0) return null
  return `expected ${expected.length} rows, found ${actual.length}: ${missing.length} missing (${missing.slice(0, 3).join(" ")}), ${extra.length} unexpected (${extra.slice(0, 3).join(" ")})`
}
