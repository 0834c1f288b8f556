/**
 * airspec's own tables in a target database: the load ledger (one row per committed load), the
 * watermark (how far each task has loaded each table) and the quarantine (rows that could not be loaded).
 * Ledger and watermark are written in the load's own transaction, so they can never disagree with the data.
 */
import { Effect } from "effect"
import type { PgError, PgSession } from "./session"
import { ident, qualified, type TableName } from "./sql"

const BOOKKEEPING_LOCK = "airspec.bookkeeping"

/** Runs DDL in its own short transaction, serialised across concurrent first runs by an advisory lock. */
const inDdlTransaction = <A, E>(session: PgSession, body: Effect.Effect<A, E>) =>
  Effect.gen(function* () {
    yield* session.query("BEGIN")
    yield* session.query("SELECT pg_advisory_xact_lock(hashtext($1))", [BOOKKEEPING_LOCK])
    const result = yield* body
    yield* session.query("COMMIT")
    return result
  })

/** Creates the ledger and watermark tables (before the load's transaction begins). */
export const ensureBookkeeping = (session: PgSession) =>
  inDdlTransaction(
    session,
    session.query(`
      CREATE SCHEMA IF NOT EXISTS airspec;
      CREATE TABLE IF NOT EXISTS airspec.load_ledger (
        id bigserial PRIMARY KEY,
        pipeline text NOT NULL,
        task text NOT NULL,
        target_table text NOT NULL,
        interval_start timestamptz,
        interval_end timestamptz,
        dag_run_id text NOT NULL,
        try_number integer NOT NULL,
        write_mode text NOT NULL,
        full_refresh boolean NOT NULL,
        rows_written bigint NOT NULL,
        rows_quarantined bigint NOT NULL,
        checksum text NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS load_ledger_interval
        ON airspec.load_ledger (pipeline, task, target_table, interval_start, interval_end);
      CREATE TABLE IF NOT EXISTS airspec.watermarks (
        pipeline text NOT NULL,
        task text NOT NULL,
        target_table text NOT NULL,
        loaded_through timestamptz,
        dag_run_id text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pipeline, task, target_table)
      )`),
  )

export interface LoadKey {
  readonly pipeline: string
  readonly task: string
  readonly targetTable: string
  readonly interval: { readonly start: Date; readonly end: Date } | null
}

/**
 * Whether this append has committed before: in the same Airflow run (a retry after a commit, say when a
 * later target or required metrics failed), or for exactly this interval in any run.
 */
export const alreadyLoaded = (session: PgSession, key: LoadKey, dagRunId: string) =>
  Effect.map(
    session.query(
      `SELECT 1 FROM airspec.load_ledger
       WHERE pipeline = $1 AND task = $2 AND target_table = $3
         AND (dag_run_id = $4 OR (interval_start = $5 AND interval_end = $6))
       LIMIT 1`,
      [
        key.pipeline,
        key.task,
        key.targetTable,
        dagRunId,
        key.interval?.start ?? null,
        key.interval?.end ?? null,
      ],
    ),
    (result) => (result.rowCount ?? 0) > 0,
  )

export interface LedgerEntry extends LoadKey {
  readonly dagRunId: string
  readonly tryNumber: number
  readonly writeMode: string
  readonly fullRefresh: boolean
  readonly rowsWritten: number
  readonly rowsQuarantined: number
  readonly checksum: string
}

/** The ledger row and the watermark, inside the load's transaction. */
export const recordLoad = (session: PgSession, entry: LedgerEntry): Effect.Effect<void, PgError> =>
  Effect.gen(function* () {
    yield* session.query(
      `INSERT INTO airspec.load_ledger (pipeline, task, target_table, interval_start, interval_end, dag_run_id,
         try_number, write_mode, full_refresh, rows_written, rows_quarantined, checksum)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        entry.pipeline,
        entry.task,
        entry.targetTable,
        entry.interval?.start ?? null,
        entry.interval?.end ?? null,
        entry.dagRunId,
        entry.tryNumber,
        entry.writeMode,
        entry.fullRefresh,
        entry.rowsWritten,
        entry.rowsQuarantined,
        entry.checksum,
      ],
    )
    yield* session.query(
      `INSERT INTO airspec.watermarks AS w (pipeline, task, target_table, loaded_through, dag_run_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (pipeline, task, target_table) DO UPDATE SET
         loaded_through = GREATEST(w.loaded_through, EXCLUDED.loaded_through),
         dag_run_id = EXCLUDED.dag_run_id,
         updated_at = now()`,
      [entry.pipeline, entry.task, entry.targetTable, entry.interval?.end ?? null, entry.dagRunId],
    )
  })

export interface QuarantinedRow {
  readonly row: number
  readonly reason: string
  readonly raw: string
}

/** The target's schema, committed before the load's transaction so that no other load waits on it. */
export const ensureSchema = (session: PgSession, schema: string) =>
  inDdlTransaction(session, session.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`))

export const ensureQuarantine = (session: PgSession, table: TableName) =>
  inDdlTransaction(
    session,
    Effect.gen(function* () {
      if (table.schema !== null) yield* session.query(`CREATE SCHEMA IF NOT EXISTS ${ident(table.schema)}`)
      yield* session.query(`
      CREATE TABLE IF NOT EXISTS ${qualified(table)} (
        pipeline text NOT NULL,
        task text NOT NULL,
        target_table text NOT NULL,
        dag_run_id text NOT NULL,
        try_number integer NOT NULL,
        interval_start timestamptz,
        interval_end timestamptz,
        source_row bigint NOT NULL,
        reason text NOT NULL,
        raw text NOT NULL,
        quarantined_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (pipeline, task, target_table, dag_run_id, source_row)
      )`)
    }),
  )

/**
 * Quarantined rows are committed on their own, so that they survive the load failing on them; a retry of
 * the same run records each row once.
 */
export const quarantine = (
  session: PgSession,
  table: TableName,
  key: LoadKey & { readonly dagRunId: string; readonly tryNumber: number },
  rows: ReadonlyArray<QuarantinedRow>,
) =>
  session.query(
    `INSERT INTO ${qualified(table)} (pipeline, task, target_table, dag_run_id, try_number, interval_start,
       interval_end, source_row, reason, raw)
     SELECT $1, $2, $3, $4, $5, $6, $7, r.source_row, r.reason, r.raw
     FROM unnest($8::bigint[], $9::text[], $10::text[]) AS r (source_row, reason, raw)
     ON CONFLICT DO NOTHING`,
    [
      key.pipeline,
      key.task,
      key.targetTable,
      key.dagRunId,
      key.tryNumber,
      key.interval?.start ?? null,
      key.interval?.end ?? null,
      rows.map((row) => row.row),
      rows.map((row) => row.reason),
      rows.map((row) => row.raw.replaceAll("\u0000", "\\u0000")),
    ],
  )
