/**
 * airspec's own tables on a ClickHouse server, in the `airspec` database: the load ledger, which makes a
 * load's publication resumable (ClickHouse has no transactions), and the quarantine.
 *
 * A load writes two ledger rows. `prepared` names the work table that holds the target's new partitions
 * and lists them; from then on publishing is a series of REPLACE PARTITION statements that may be repeated
 * any number of times with the same result, so a retry after a crash simply repeats them. `done` closes
 * the load. Each INSERT of one small row is atomic.
 */
import { Effect } from "effect"
import type { BadRow } from "../rows"
import type { ClickHouseError, ClickHouseSession } from "./session"
import { ident, literal, qualified, type TableName } from "./sql"

const LEDGER = "airspec.load_ledger"

/** JSONEachRow on 18.16 fills omitted columns with zeros, not their DEFAULT: times are always sent. */
const now = () => new Date().toISOString().slice(0, 19).replace("T", " ")

export interface LoadKey {
  readonly pipeline: string
  readonly task: string
  readonly targetTable: string
  readonly interval: { readonly start: Date; readonly end: Date } | null
}

export interface LedgerEntry {
  readonly dagRunId: string
  readonly tryNumber: number
  readonly writeMode: string
  readonly fullRefresh: boolean
  readonly state: "prepared" | "done"
  readonly workTable: string
  readonly partitions: ReadonlyArray<string>
  readonly rowsWritten: number
  readonly rowsQuarantined: number
  readonly checksum: string
}

export const ensureBookkeeping = (session: ClickHouseSession) =>
  Effect.gen(function* () {
    yield* session.command("CREATE DATABASE IF NOT EXISTS airspec")
    yield* session.command(`
      CREATE TABLE IF NOT EXISTS ${LEDGER} (
        pipeline String,
        task String,
        target_table String,
        dag_run_id String,
        try_number UInt32,
        write_mode String,
        full_refresh UInt8,
        interval_start String,
        interval_end String,
        state String,
        work_table String,
        partitions Array(String),
        rows_written UInt64,
        rows_quarantined UInt64,
        checksum String,
        recorded_at DateTime('UTC')
      ) ENGINE = MergeTree ORDER BY (pipeline, task, target_table, dag_run_id, recorded_at)`)
  })

const intervalText = (key: LoadKey) => ({
  start: key.interval?.start.toISOString() ?? "",
  end: key.interval?.end.toISOString() ?? "",
})

const keyFilter = (key: LoadKey) =>
  `pipeline = ${literal(key.pipeline)} AND task = ${literal(key.task)} AND target_table = ${literal(key.targetTable)}`

/** Whether this run, or another run of the same interval, already loaded the table (append's rule). */
export const alreadyLoaded = (session: ClickHouseSession, key: LoadKey, dagRunId: string) =>
  Effect.map(
    session.rows<{ n: string }>(
      `SELECT count() AS n FROM ${LEDGER} WHERE ${keyFilter(key)} AND state = 'done'
       AND (dag_run_id = ${literal(dagRunId)}${
         key.interval === null
           ? ""
           : ` OR (interval_start = ${literal(intervalText(key).start)} AND interval_end = ${literal(intervalText(key).end)})`
       })`,
    ),
    (rows) => Number(rows[0]?.n ?? 0) > 0,
  )

export interface Prepared
  extends Pick<
    LedgerEntry,
    | "dagRunId"
    | "tryNumber"
    | "workTable"
    | "partitions"
    | "writeMode"
    | "rowsWritten"
    | "rowsQuarantined"
    | "checksum"
  > {
  readonly interval: LoadKey["interval"]
}

/**
 * Publications prepared and never finished (`prepared` without `done`), of any run, oldest first: a
 * crashed try's, waiting for its retry or for the next load of the table to finish them.
 */
export const unfinished = (
  session: ClickHouseSession,
  key: LoadKey,
): Effect.Effect<ReadonlyArray<Prepared>, ClickHouseError> =>
  Effect.map(
    session.rows<{
      dag_run_id: string
      try_number: number
      work_table: string
      partitions: string[]
      write_mode: string
      rows_written: string
      rows_quarantined: string
      checksum: string
      interval_start: string
      interval_end: string
    }>(
      `SELECT dag_run_id, try_number, work_table, partitions, write_mode, rows_written, rows_quarantined, checksum,
              interval_start, interval_end
       FROM ${LEDGER}
       WHERE ${keyFilter(key)} AND state = 'prepared'
         AND dag_run_id NOT IN (SELECT dag_run_id FROM ${LEDGER} WHERE ${keyFilter(key)} AND state = 'done')
       ORDER BY recorded_at`,
    ),
    (rows) =>
      rows.map((row) => ({
        dagRunId: row.dag_run_id,
        tryNumber: row.try_number,
        workTable: row.work_table,
        partitions: row.partitions,
        writeMode: row.write_mode,
        rowsWritten: Number(row.rows_written),
        rowsQuarantined: Number(row.rows_quarantined),
        checksum: row.checksum,
        interval:
          row.interval_start === ""
            ? null
            : { start: new Date(row.interval_start), end: new Date(row.interval_end) },
      })),
  )

export const record = (session: ClickHouseSession, key: LoadKey, entry: LedgerEntry) => {
  const { start, end } = intervalText(key)
  const row = {
    pipeline: key.pipeline,
    task: key.task,
    target_table: key.targetTable,
    dag_run_id: entry.dagRunId,
    try_number: entry.tryNumber,
    write_mode: entry.writeMode,
    full_refresh: entry.fullRefresh ? 1 : 0,
    interval_start: start,
    interval_end: end,
    state: entry.state,
    work_table: entry.workTable,
    partitions: entry.partitions,
    rows_written: entry.rowsWritten,
    rows_quarantined: entry.rowsQuarantined,
    checksum: entry.checksum,
    recorded_at: now(),
  }
  return session.insertJson(LEDGER, [row])
}

export const ensureQuarantine = (session: ClickHouseSession, table: TableName) =>
  Effect.gen(function* () {
    if (table.database !== null)
      yield* session.command(`CREATE DATABASE IF NOT EXISTS ${ident(table.database)}`)
    // One row per source row and run, however often a retry quarantines it again (ReplacingMergeTree).
    yield* session.command(`
      CREATE TABLE IF NOT EXISTS ${qualified(table)} (
        pipeline String,
        task String,
        target_table String,
        dag_run_id String,
        try_number UInt32,
        interval_start String,
        interval_end String,
        source_row UInt64,
        reason String,
        raw String,
        quarantined_at DateTime('UTC')
      ) ENGINE = ReplacingMergeTree ORDER BY (pipeline, task, target_table, dag_run_id, source_row)`)
  })

export const quarantine = (
  session: ClickHouseSession,
  table: TableName,
  key: LoadKey & { readonly dagRunId: string; readonly tryNumber: number },
  rows: ReadonlyArray<BadRow>,
) => {
  const { start, end } = intervalText(key)
  return session.insertJson(
    qualified(table),
    rows.map((row) => ({
      pipeline: key.pipeline,
      task: key.task,
      target_table: key.targetTable,
      dag_run_id: key.dagRunId,
      try_number: key.tryNumber,
      interval_start: start,
      interval_end: end,
      source_row: row.row,
      reason: row.reason,
      raw: row.raw,
      quarantined_at: now(),
    })),
  )
}
