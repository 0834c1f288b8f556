/**
 * A PostgreSQL target: one connection, one transaction per load. Rows arrive as COPY text chunks and go
 * straight into `COPY … FROM STDIN`, one COPY per batch under a savepoint. When the server rejects a row
 * (bad number, bad date, NULL in a NOT NULL column, …) its error names the row's line: the batch rolls
 * back to the savepoint, the rows before it are sent again under a new savepoint, the row is set aside
 * with the server's reason and the rest follows: each row is sent at most three times, however many are
 * rejected, and the server stays the judge of types.
 *
 * Write modes, all committed together with the ledger row and the watermark:
 *   append   COPY into the table (a load of an interval already in the ledger is skipped)
 *   replace  COPY into a temporary stage, then TRUNCATE the table and INSERT the stage
 *   merge    COPY into a temporary stage, then INSERT … ON CONFLICT (primary key) DO UPDATE
 *   window   delete the interval, then insert the rows (through a stage when rows need filtering)
 * A full refresh replaces whatever the mode.
 */
import { createHash, type Hash } from "node:crypto"
import { Effect, type Redacted, Scope } from "effect"
import type { TargetPlan } from "../../compiler/plan/plan"
import { TaskFailed } from "../errors"
import { type BadRow, copyRowValues, type RowChunk, rowStart, type SourceColumn } from "../rows"
import { type BatchOutcome, skippedTarget, type Target, type TargetOutcome, type TargetRun } from "../target"
import * as Bookkeeping from "./bookkeeping"
import { type CopyIn, connect, type PgError, type PgSession, taskPgOptions } from "./session"
import { columnList, ident, qualified, type TableName, tableName } from "./sql"
import { prepareTable, type TableColumn, tableColumns } from "./table"

const STAGE: TableName = { schema: null, name: "airspec_stage" }
const STAGE_ORDER = "airspec_row"

const failed = (error: PgError, what: string) =>
  new TaskFailed({ reason: "target", retryable: error.retryable, message: `${what}: ${error.message}` })

/** Row-level errors: data exceptions (22) and integrity violations (23) that name a COPY line. */
const rejectedLine = (error: PgError): number | null => {
  if (error.code === null || !["22", "23"].includes(error.code.slice(0, 2))) return null
  const match = /, line (\d+)/.exec(error.where ?? "")
  return match === null ? null : Number(match[1])
}

const rejectReason = (error: PgError): string => {
  const column = /, line \d+, column ([^:]+)/.exec(error.where ?? "")
  return column === null ? error.message : `column ${column[1]}: ${error.message}`
}

const isTemporal = (type: string) => /^(date|timestamp)/.test(type)

export const openPostgresTarget = (
  plan: TargetPlan,
  uri: Redacted.Redacted<string>,
  run: TargetRun,
  columns: ReadonlyArray<SourceColumn>,
): Effect.Effect<Target, TaskFailed, Scope.Scope> =>
  Effect.gen(function* () {
    const table = tableName(plan.table)
    const mode = run.fullRefresh ? "replace" : plan.write
    const wrap = <A, R>(what: string, effect: Effect.Effect<A, PgError | TaskFailed, R>) =>
      Effect.mapError(effect, (error) => (error._tag === "PgError" ? failed(error, what) : error))
    const options = taskPgOptions(run.pipeline, run.task)
    const session = yield* wrap(`connecting to ${plan.connection}`, connect(uri, options))
    const key: Bookkeeping.LoadKey = {
      pipeline: run.pipeline,
      task: run.task,
      targetTable: plan.table,
      interval: run.interval,
    }

    // airspec's own tables are created before the load's transaction, so that the quarantine, written on
    // its own connection, never waits for it.
    const quarantineTable = tableName(run.quarantineTable)
    yield* wrap("creating airspec's tables", Bookkeeping.ensureBookkeeping(session))
    yield* wrap(`creating ${run.quarantineTable}`, Bookkeeping.ensureQuarantine(session, quarantineTable))
    if (table.schema !== null) {
      yield* wrap(`creating the schema ${table.schema}`, Bookkeeping.ensureSchema(session, table.schema))
    }
    yield* wrap("starting the load", session.query("BEGIN"))
    // One load of a table per task at a time: concurrent runs wait here instead of interleaving.
    yield* wrap(
      "locking the target",
      session.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
        `${run.pipeline}.${run.task}.${plan.table}`,
      ]),
    )
    const skipped =
      mode === "append" &&
      (yield* wrap("reading the ledger", Bookkeeping.alreadyLoaded(session, key, run.dagRunId)))
    let quarantineSession: PgSession | null = null
    const scope = yield* Effect.scope

    const quarantine = (rows: ReadonlyArray<BadRow>) =>
      rows.length === 0
        ? Effect.void
        : wrap(
            `quarantining rows in ${run.quarantineTable}`,
            Effect.gen(function* () {
              if (quarantineSession === null) {
                quarantineSession = yield* Effect.provideService(connect(uri, options), Scope.Scope, scope)
              }
              yield* Bookkeeping.quarantine(
                quarantineSession,
                quarantineTable,
                { ...key, dagRunId: run.dagRunId, tryNumber: run.tryNumber },
                rows,
              )
            }),
          )

    if (skipped) {
      yield* wrap("ending the load", session.query("ROLLBACK"))
      return skippedTarget(plan.table, mode, quarantine)
    }

    const shape = {
      table,
      overrides: plan.columns,
      primaryKey: plan.primary_key,
      onSchemaDrift: plan.on_schema_drift,
    }
    yield* wrap(`preparing ${plan.table}`, prepareTable(session, shape, columns))
    const targetColumns = (yield* wrap("reading the table", tableColumns(session, table))) ?? []
    const names = columns.map((column) => column.name)
    const needsInterval = mode === "window" || run.filterCursor !== null
    if (needsInterval && run.interval === null) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `${plan.table}: ${mode === "window" ? "window mode" : "an incremental source"} needs a data interval, and the run has none`,
      })
    }
    const cursorExpression = (cursor: string, types: ReadonlyArray<TableColumn>) => {
      const type = types.find((column) => column.name === cursor)?.type ?? "text"
      return isTemporal(type) ? ident(cursor) : `${ident(cursor)}::timestamptz`
    }
    const intervalParams = run.interval === null ? [] : [run.interval.start, run.interval.end]

    // Where COPY writes, by mode.
    let copyInto = table
    const staged = mode === "merge" || mode === "replace" || run.filterCursor !== null
    if (staged) {
      copyInto = STAGE
      yield* wrap(
        "creating the stage",
        session.query(
          `CREATE TEMPORARY TABLE ${qualified(STAGE)} (LIKE ${qualified(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) ON COMMIT DROP;
           ALTER TABLE ${qualified(STAGE)} ADD COLUMN ${STAGE_ORDER} bigint GENERATED ALWAYS AS IDENTITY`,
        ),
      )
    } else if (mode === "window") {
      const cursor = run.cursor ?? ""
      yield* wrap(
        "deleting the interval",
        session.query(
          `DELETE FROM ${qualified(table)} WHERE ${cursorExpression(cursor, targetColumns)} >= $1::timestamptz AND ${cursorExpression(cursor, targetColumns)} < $2::timestamptz`,
          intervalParams,
        ),
      )
    }
    const copySql = `COPY ${qualified(copyInto)} (${columnList(names)}) FROM STDIN`

    // The batch being written: its chunks stay until the batch commits, for resending after a rejection.
    const hash: Hash = createHash("sha256")
    let rowsCopied = 0
    let retained: RowChunk[] = []
    let skippedRows = new Map<number, number[]>()
    let rejected: BadRow[] = []
    let copy: CopyHandle | null = null
    /** Where the rows not yet safe under the savepoint start. */
    let checkpoint: Position = { chunk: 0, row: 0 }

    const openCopy = Effect.map(session.copyIn(copySql), (stream): CopyHandle => ({ stream, sent: [] }))

    /** The batch's rows from `from` up to `to` (exclusive; null: the end), leaving out the skipped ones. */
    const rowsBetween = (from: Position, to: Position | null): Array<SentRange> => {
      const out: SentRange[] = []
      const last = to === null ? retained.length - 1 : to.chunk
      for (let index = from.chunk; index <= last; index++) {
        const chunk = retained[index] as RowChunk
        const start = index === from.chunk ? from.row : 0
        const end = to !== null && index === to.chunk ? to.row : chunk.rows
        for (const [low, high] of ranges(chunk, skippedRows.get(index) ?? [])) {
          const lo = Math.max(low, start)
          const hi = Math.min(high, end)
          if (lo < hi) out.push({ chunk: index, from: lo, to: hi })
        }
      }
      return out
    }

    const send = (handle: CopyHandle, rows: ReadonlyArray<SentRange>) =>
      Effect.forEach(rows, (range) => {
        handle.sent.push(range)
        return handle.stream.write(rowSlice(retained[range.chunk] as RowChunk, range.from, range.to))
      })

    /**
     * After the server rejected the row at `at`: roll back to the savepoint, send again the rows between
     * the savepoint and `at` (the server accepted them) and set a new savepoint after them, then reopen
     * the COPY with the rest. Rows before a savepoint are never sent again.
     */
    const resume = (at: Position) =>
      Effect.gen(function* () {
        yield* session.query("ROLLBACK TO SAVEPOINT airspec_batch")
        const good = rowsBetween(checkpoint, at)
        if (good.length > 0) {
          const handle = yield* openCopy
          copy = handle
          yield* send(handle, good)
          yield* handle.stream.end
          yield* session.query("RELEASE SAVEPOINT airspec_batch; SAVEPOINT airspec_batch")
        }
        checkpoint = { chunk: at.chunk, row: at.row + 1 }
        const rest = yield* openCopy
        copy = rest
        yield* send(rest, rowsBetween(checkpoint, null))
      })

    /** Sets each rejected row aside with the server's reason and carries on, as often as the server objects. */
    const recover = (first: PgError): Effect.Effect<void, TaskFailed> =>
      Effect.gen(function* () {
        let error: PgError | null = first
        while (error !== null) {
          const line = rejectedLine(error)
          const at = line === null || copy === null ? null : rowAt(copy, line)
          if (at === null) return yield* failed(error, `loading ${plan.table}`)
          const chunk = retained[at.chunk] as RowChunk
          const skip = skippedRows.get(at.chunk) ?? []
          skip.push(at.row)
          skip.sort((x, y) => x - y)
          skippedRows.set(at.chunk, skip)
          const values = copyRowValues(rowSlice(chunk, at.row, at.row + 1))
          rejected.push({
            row: chunk.rowNumbers[at.row] ?? 0,
            reason: rejectReason(error),
            raw: JSON.stringify(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null]))),
          })
          error = yield* Effect.flip(Effect.as(resume(at), null)).pipe(Effect.orElseSucceed(() => null))
        }
      })

    const attempt = <A>(effect: Effect.Effect<A, PgError>) =>
      Effect.catchAll(effect, (error) => Effect.zipRight(recover(error), Effect.succeed(undefined)))

    const startBatch = wrap(
      "starting a batch",
      Effect.gen(function* () {
        retained = []
        skippedRows = new Map()
        rejected = []
        checkpoint = { chunk: 0, row: 0 }
        yield* session.query("SAVEPOINT airspec_batch")
        copy = yield* openCopy
      }),
    )

    const push = (chunk: RowChunk) =>
      Effect.gen(function* () {
        retained.push(chunk)
        const handle = copy
        if (handle === null) return
        yield* attempt(send(handle, rowsBetween({ chunk: retained.length - 1, row: 0 }, null)))
      })

    const endBatch = Effect.gen(function* () {
      for (;;) {
        const handle = copy
        if (handle === null) break
        const ended = yield* Effect.either(handle.stream.end)
        if (ended._tag === "Right") break
        yield* recover(ended.left)
      }
      copy = null
      yield* wrap("ending a batch", session.query("RELEASE SAVEPOINT airspec_batch"))
      let rows = 0
      let bytes = 0
      retained.forEach((chunk, index) => {
        for (const [from, to] of ranges(chunk, skippedRows.get(index) ?? [])) {
          const slice = rowSlice(chunk, from, to)
          hash.update(slice)
          rows += to - from
          bytes += slice.length
        }
      })
      rowsCopied += rows
      const outcome: BatchOutcome = { rows, bytes, rejected }
      retained = []
      return outcome
    })

    const commit = (rowsQuarantined: number) =>
      wrap(
        `committing ${plan.table}`,
        Effect.gen(function* () {
          let rowsWritten = rowsCopied
          let rowsFiltered = 0
          // A NULL cursor belongs to no interval: such rows count as filtered, they do not vanish.
          const inInterval =
            run.filterCursor === null
              ? "true"
              : `coalesce(${cursorExpression(run.filterCursor, targetColumns)} >= $1::timestamptz AND ${cursorExpression(run.filterCursor, targetColumns)} < $2::timestamptz, false)`
          const filterParams = run.filterCursor === null ? [] : intervalParams
          if (run.filterCursor !== null) {
            const outside = yield* session.query(
              `SELECT count(*)::bigint AS n FROM ${qualified(copyInto)} WHERE NOT (${inInterval})`,
              filterParams,
            )
            rowsFiltered = Number(outside.rows[0]?.n ?? 0)
          }
          if (mode === "merge") {
            const keys = columnList(plan.primary_key)
            const updates = names.filter((name) => !plan.primary_key.includes(name))
            const onConflict =
              updates.length === 0
                ? "DO NOTHING"
                : `DO UPDATE SET ${updates.map((name) => `${ident(name)} = EXCLUDED.${ident(name)}`).join(", ")}`
            const result = yield* session.query(
              `INSERT INTO ${qualified(table)} (${columnList(names)})
             SELECT DISTINCT ON (${keys}) ${columnList(names)} FROM ${qualified(STAGE)}
             WHERE ${inInterval} ORDER BY ${keys}, ${STAGE_ORDER} DESC
             ON CONFLICT (${keys}) ${onConflict}`,
              filterParams,
            )
            rowsWritten = result.rowCount ?? 0
          } else if (staged) {
            // replace: the table keeps its grants, views, sequences and indexes; readers see the old rows
            // until TRUNCATE, which happens only once every row is staged
            if (mode === "replace") yield* session.query(`TRUNCATE ${qualified(table)}`)
            if (mode === "window") {
              const cursor = run.cursor ?? ""
              yield* session.query(
                `DELETE FROM ${qualified(table)} WHERE ${cursorExpression(cursor, targetColumns)} >= $1::timestamptz AND ${cursorExpression(cursor, targetColumns)} < $2::timestamptz`,
                intervalParams,
              )
            }
            const result = yield* session.query(
              `INSERT INTO ${qualified(table)} (${columnList(names)}) SELECT ${columnList(names)} FROM ${qualified(STAGE)} WHERE ${inInterval} ORDER BY ${STAGE_ORDER}`,
              filterParams,
            )
            rowsWritten = result.rowCount ?? 0
          }
          const checksum = hash.digest("hex")
          yield* Bookkeeping.recordLoad(session, {
            ...key,
            dagRunId: run.dagRunId,
            tryNumber: run.tryNumber,
            writeMode: mode,
            fullRefresh: run.fullRefresh,
            rowsWritten,
            rowsQuarantined,
            checksum,
          })
          yield* session.query("COMMIT")
          return {
            table: plan.table,
            mode,
            skipped: null,
            rowsWritten,
            rowsFiltered,
            checksum,
          } satisfies TargetOutcome
        }),
      )

    return { table: plan.table, skipped: false, startBatch, push, endBatch, quarantine, commit }
  })

/** The row ranges [from, to) of a chunk, leaving out the skipped rows (sorted). */
const ranges = (chunk: RowChunk, skipped: ReadonlyArray<number>): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  let from = 0
  for (const row of skipped) {
    if (row > from) out.push([from, row])
    from = row + 1
  }
  if (from < chunk.rows) out.push([from, chunk.rows])
  return out
}

/** A row of the batch: its chunk and its index in the chunk. */
interface Position {
  readonly chunk: number
  readonly row: number
}

interface SentRange {
  readonly chunk: number
  readonly from: number
  readonly to: number
}

/** An open COPY and the retained rows it has been sent, in order, to map the server's line numbers back. */
interface CopyHandle {
  readonly stream: CopyIn
  readonly sent: Array<SentRange>
}

/** Which retained row the COPY's `line` (1-based) was. */
const rowAt = (handle: CopyHandle, line: number): { chunk: number; row: number } | null => {
  let remaining = line - 1
  for (const range of handle.sent) {
    const size = range.to - range.from
    if (remaining < size) return { chunk: range.chunk, row: range.from + remaining }
    remaining -= size
  }
  return null
}

const rowSlice = (chunk: RowChunk, from: number, to: number): Buffer =>
  chunk.data.subarray(rowStart(chunk, from), chunk.rowEnds[to - 1])
