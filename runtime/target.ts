/**
 * What a load task sees of a target, whatever the database: batches of rows in, rejected rows out, one
 * commit at the end that makes the rows, the ledger row and the watermark visible together.
 */
import { Effect } from "effect"
import type { TaskFailed } from "./errors"
import type { BadRow, RowChunk } from "./rows"

export interface TargetRun {
  readonly pipeline: string
  readonly task: string
  readonly dagRunId: string
  readonly tryNumber: number
  readonly interval: { readonly start: Date; readonly end: Date } | null
  readonly fullRefresh: boolean
  /** Keep only rows whose cursor lies in the interval (sources that cannot filter themselves). */
  readonly filterCursor: string | null
  /** The source's incremental cursor, which window mode deletes by. */
  readonly cursor: string | null
  readonly quarantineTable: string
}

export interface BatchOutcome {
  readonly rows: number
  readonly bytes: number
  readonly rejected: ReadonlyArray<BadRow>
}

export interface TargetOutcome {
  readonly table: string
  readonly mode: string
  readonly skipped: "already_loaded" | null
  readonly rowsWritten: number
  /** Rows outside the interval that a filtering stage dropped. */
  readonly rowsFiltered: number
  readonly checksum: string
}

export interface Target {
  readonly table: string
  readonly skipped: boolean
  readonly startBatch: Effect.Effect<void, TaskFailed>
  readonly push: (chunk: RowChunk) => Effect.Effect<void, TaskFailed>
  readonly endBatch: Effect.Effect<BatchOutcome, TaskFailed>
  /** Records bad rows in the quarantine table, committed on their own. */
  readonly quarantine: (rows: ReadonlyArray<BadRow>) => Effect.Effect<void, TaskFailed>
  /** Commits the rows with the ledger row (which records how many rows were quarantined) and the watermark. */
  readonly commit: (rowsQuarantined: number) => Effect.Effect<TargetOutcome, TaskFailed>
}

/** A target with nothing to do (its load is in the ledger already): it takes rows and writes none. */
export const skippedTarget = (table: string, mode: string, quarantine: Target["quarantine"]): Target => ({
  table,
  skipped: true,
  startBatch: Effect.void,
  push: () => Effect.void,
  endBatch: Effect.succeed({ rows: 0, bytes: 0, rejected: [] }),
  quarantine,
  commit: () =>
    Effect.succeed({ table, mode, skipped: "already_loaded", rowsWritten: 0, rowsFiltered: 0, checksum: "" }),
})
