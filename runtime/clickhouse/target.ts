/**
 * A ClickHouse target. ClickHouse has no transactions, so a load never writes into the table directly:
 * rows stream into a stage table of the same structure (one INSERT per batch, TabSeparated, each batch a
 * single block, so a rejected row leaves nothing of its batch behind), and the commit publishes the stage
 * in steps that can be repeated after a crash:
 *
 *   append   each partition the stage touches = the table's partition + the stage's rows (hard links)
 *   merge    the same, into a ReplacingMergeTree keyed by the primary key: a key's newest row wins
 *   window   each partition the stage or the interval touches = the table's rows outside the interval
 *            + the stage's rows
 *   replace  the stage becomes the table (RENAME of both in one statement)
 *
 * The new partitions are built in a work table, recorded in the ledger (`prepared`), then swapped in
 * with REPLACE PARTITION, which gives the same result however often it runs; the ledger's `done` ends the
 * load. A retry of a run that crashed after `prepared` finishes the swap instead of loading again.
 */
import { createHash, type Hash } from "node:crypto"
import { once } from "node:events"
import { PassThrough } from "node:stream"
import type { ClickHouseSettings } from "@clickhouse/client"
import { Cause, Effect, Exit, Option, type Redacted, type Scope } from "effect"
import type { TargetPlan } from "../../compiler/plan/plan"
import { TaskFailed } from "../errors"
import { faultPoint } from "../faults"
import { type BadRow, type RowChunk, rowStart, type SourceColumn } from "../rows"
import { type BatchOutcome, skippedTarget, type Target, type TargetOutcome, type TargetRun } from "../target"
import * as Bookkeeping from "./bookkeeping"
import { RowChecks, rowJson } from "./checks"
import {
  bodyOf,
  type ClickHouseError,
  type ClickHouseSession,
  connectClickHouse,
  isDataError,
  rejectedRow,
  rejectReason,
} from "./session"
import { ident, literal, qualified, systemFilter, type TableName, tableName, utcLiteral } from "./sql"
import { engineFor, keyColumnsOf, prepareTable, type TableInfo } from "./table"
import { parseType, typeForSource } from "./types"

/** How long a load waits for the parts its REPLACE PARTITIONs replaced to leave the disk. */
const SETTLE_TIMEOUT_MS = 120_000

/** A partition ID no table has (a valid ID: letters and digits), for a DROP PARTITION that drops nothing. */
const NO_PARTITION = "airspecnopartition0"

const failed = (error: ClickHouseError, what: string) =>
  new TaskFailed({ reason: "target", retryable: error.retryable, message: `${what}: ${error.message}` })

/** One row of the batch: its chunk and index. */
interface RowRef {
  readonly chunk: RowChunk
  readonly row: number
}

/** The bytes of consecutive rows, one slice per run of rows from the same chunk. */
const slicesOf = (rows: ReadonlyArray<RowRef>): Buffer[] => {
  const out: Buffer[] = []
  let i = 0
  while (i < rows.length) {
    const first = rows[i] as RowRef
    let j = i + 1
    while (j < rows.length && rows[j]?.chunk === first.chunk && rows[j]?.row === (rows[j - 1]?.row ?? 0) + 1)
      j++
    const last = rows[j - 1] as RowRef
    out.push(first.chunk.data.subarray(rowStart(first.chunk, first.row), first.chunk.rowEnds[last.row]))
    i = j
  }
  return out
}

/** `cursor` lies in the interval; NULL or unreadable cursors lie in none (coalesce to false). */
const inInterval = (column: string, type: string, interval: { start: Date; end: Date }): string => {
  const family = parseType(type).family
  const value =
    family === "DateTime" || family === "DateTime64"
      ? ident(column)
      : family === "Date" || family === "Date32"
        ? `toDateTime(${ident(column)}, 'UTC')`
        : `parseDateTimeBestEffortOrNull(toString(${ident(column)}), 'UTC')`
  return `coalesce(${value} >= ${utcLiteral(interval.start)} AND ${value} < ${utcLiteral(interval.end)}, 0)`
}

/** A load's own tables, beside the target: named after the load, so that a retry finds them. */
interface LoadTables {
  readonly stage: TableName
  readonly work: TableName
  readonly old: TableName
}

const loadTables = (table: TableName, run: TargetRun): LoadTables => {
  const id = createHash("sha1")
    .update([run.pipeline, run.task, table.database ?? "", table.name, run.dagRunId].join("\u0000"))
    .digest("hex")
    .slice(0, 16)
  return tablesWithId(table.database, id)
}

const tablesWithId = (database: string | null, id: string): LoadTables => ({
  stage: { database, name: `airspec_stage_${id}` },
  work: { database, name: `airspec_work_${id}` },
  old: { database, name: `airspec_old_${id}` },
})

/** The tables of the load a ledger row's work table belongs to. */
const tablesOf = (work: TableName): LoadTables => tablesWithId(work.database, work.name.replace(/^.*_/, ""))

const runOf = (run: TargetRun) => ({ dagRunId: run.dagRunId, tryNumber: run.tryNumber })

interface Partition {
  readonly id: string
  /** The partition's value as a literal, e.g. `202401` or `'2024-01-01'`. */
  readonly value: string
}

const partitionsOf = (session: ClickHouseSession, table: TableName) =>
  session.rows<{ partition_id: string; partition: string }>(
    `SELECT DISTINCT partition_id, partition FROM system.parts WHERE ${systemFilter(table, "table")} AND active ORDER BY partition_id`,
  )

export const openClickHouseTarget = (
  plan: TargetPlan,
  uri: Redacted.Redacted<string>,
  run: TargetRun,
  columns: ReadonlyArray<SourceColumn>,
  batchRows: number,
): Effect.Effect<Target, TaskFailed, Scope.Scope> =>
  Effect.gen(function* () {
    const wrap = <A, R>(what: string, effect: Effect.Effect<A, ClickHouseError | TaskFailed, R>) =>
      Effect.mapError(effect, (error) => (error._tag === "ClickHouseError" ? failed(error, what) : error))
    const session = yield* wrap(
      `connecting to ${plan.connection}`,
      connectClickHouse(uri, `airspec ${run.pipeline}.${run.task}`),
    )
    const table = tableName(plan.table)
    const target = qualified(table)
    const mode = run.fullRefresh ? "replace" : plan.write
    const key: Bookkeeping.LoadKey = {
      pipeline: run.pipeline,
      task: run.task,
      targetTable: plan.table,
      interval: run.interval,
    }
    const own = loadTables(table, run)
    const { stage, work } = own
    const drop = (name: TableName) => session.command(`DROP TABLE IF EXISTS ${qualified(name)}`)

    const quarantineTable = tableName(run.quarantineTable)
    yield* wrap("creating airspec's tables", Bookkeeping.ensureBookkeeping(session))
    yield* wrap(`creating ${run.quarantineTable}`, Bookkeeping.ensureQuarantine(session, quarantineTable))
    const quarantine = (rows: ReadonlyArray<BadRow>) =>
      rows.length === 0
        ? Effect.void
        : wrap(
            `quarantining rows in ${run.quarantineTable}`,
            Bookkeeping.quarantine(
              session,
              quarantineTable,
              { ...key, dagRunId: run.dagRunId, tryNumber: run.tryNumber },
              rows,
            ),
          )

    const replacePartitions = (from: TableName, partitions: ReadonlyArray<string>) =>
      Effect.forEach(
        partitions,
        (id) =>
          session.command(
            `ALTER TABLE ${target} REPLACE PARTITION ID ${literal(id)} FROM ${qualified(from)}`,
          ),
        { discard: true },
      )
    /**
     * The parts a REPLACE PARTITION replaced stay on disk until a background cleanup deletes them (seconds
     * later; once no query reads them), and a server restart before that loads them as active again beside
     * their replacement: the replaced rows come back (ClickHouse issue #107605, fixed in 26.6). So a
     * load is `done` only once they are gone, and until then the ledger says `prepared`: whoever finishes it
     * after a restart replaces the partitions again, resurrected parts and all. A DROP PARTITION of a
     * partition that does not exist removes no rows but makes the server delete such parts at once, which
     * REPLACE PARTITION leaves to the cleanup (on 18.16 it also interrupts the table's running merges,
     * which start again). A part is safe once an active part covers its blocks.
     */
    const settleReplaced = (partitions: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        if (partitions.length === 0) return
        const deadline = Date.now() + SETTLE_TIMEOUT_MS
        for (let wait = 50; ; wait = Math.min(wait * 2, 1000)) {
          yield* Effect.either(
            session.command(`ALTER TABLE ${target} DROP PARTITION ID ${literal(NO_PARTITION)}`),
          )
          const parts = yield* session.rows<{
            partition_id: string
            name: string
            active: number
            min_block_number: string
            max_block_number: string
          }>(
            `SELECT partition_id, name, active, min_block_number, max_block_number FROM system.parts
             WHERE ${systemFilter(table, "table")} AND partition_id IN (${partitions.map(literal).join(", ")})`,
          )
          const covers = (part: (typeof parts)[number], other: (typeof parts)[number]) =>
            other.partition_id === part.partition_id &&
            Number(other.min_block_number) <= Number(part.min_block_number) &&
            Number(other.max_block_number) >= Number(part.max_block_number)
          const left = parts.filter(
            (part) => !part.active && !parts.some((other) => other.active && covers(part, other)),
          )
          if (left.length === 0) return
          if (Date.now() > deadline) {
            return yield* Effect.fail(
              new TaskFailed({
                reason: "target",
                retryable: true,
                message: `${plan.table}: the replaced parts ${left.map((part) => part.name).join(", ")} are still on disk after ${SETTLE_TIMEOUT_MS / 1000} s (a query still reads them?); a server restart would bring their rows back, so the load is not finished`,
              }),
            )
          }
          yield* Effect.sleep(wait)
        }
      })
    const exists = (name: TableName) =>
      Effect.map(
        session.rows(`SELECT 1 FROM system.tables WHERE ${systemFilter(name)}`),
        (rows) => rows.length > 0,
      )
    const swapIn = (from: TableName, old: TableName) =>
      Effect.gen(function* () {
        yield* session.command(
          (yield* exists(table))
            ? `RENAME TABLE ${target} TO ${qualified(old)}, ${qualified(from)} TO ${target}`
            : `RENAME TABLE ${qualified(from)} TO ${target}`,
        )
      })
    /** Records a load's `done` and drops its stage, work and old tables. */
    const finish = (
      tables: LoadTables,
      entry: Omit<Bookkeeping.LedgerEntry, "state" | "fullRefresh">,
      interval = key.interval,
    ) =>
      Effect.gen(function* () {
        yield* Bookkeeping.record(
          session,
          { ...key, interval },
          { ...entry, state: "done", fullRefresh: run.fullRefresh },
        )
        faultPoint("clickhouse.done")
        yield* Effect.forEach([tables.work, tables.old, tables.stage], drop, { discard: true })
      })

    // Publications a crashed try prepared and nobody finished, this run's or an earlier run's: finish them
    // first, oldest first, so that this load builds on them (the earlier run's retry then finds it done).
    // The work table holds the partitions as they were before any later load, and none has run since.
    const pending = yield* wrap("reading the ledger", Bookkeeping.unfinished(session, key))
    let resumed = false
    for (const prepared of pending) {
      yield* wrap(
        `finishing the interrupted load of ${plan.table} by run ${prepared.dagRunId}`,
        Effect.gen(function* () {
          const from = tableName(prepared.workTable)
          const tables = tablesOf(from)
          if (prepared.writeMode === "replace") {
            // no stage left: the swap happened before the crash
            if (yield* exists(from)) yield* swapIn(from, tables.old)
          } else if (yield* exists(from)) {
            yield* replacePartitions(from, prepared.partitions)
            yield* settleReplaced(prepared.partitions)
          } else {
            yield* Effect.logWarning(
              `${plan.table}: the work table ${prepared.workTable} is gone; the load of run ${prepared.dagRunId} is not published`,
            )
          }
          yield* finish(tables, prepared, prepared.interval)
        }),
      )
      yield* Effect.logInfo(
        `${plan.table}: finished the publication try ${prepared.tryNumber} of run ${prepared.dagRunId} prepared`,
      )
      if (prepared.dagRunId === run.dagRunId) resumed = true
    }
    if (resumed) return skippedTarget(plan.table, mode, quarantine)
    if (
      mode === "append" &&
      (yield* wrap("reading the ledger", Bookkeeping.alreadyLoaded(session, key, run.dagRunId)))
    ) {
      // A try of this run that crashed after its `done` left its tables behind: nothing else drops them.
      yield* wrap(
        "dropping this run's stage",
        Effect.forEach([stage, work, own.old], drop, { discard: true }),
      )
      return skippedTarget(plan.table, mode, quarantine)
    }

    const needsInterval = mode === "window" || run.filterCursor !== null
    const interval = run.interval
    if (needsInterval && interval === null) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `${plan.table}: ${mode === "window" ? "window mode" : "an incremental source"} needs a data interval, and the run has none`,
      })
    }

    // The cursor is the default version, if it is a number or a time: ReplacingMergeTree takes no String.
    const cursorColumn = columns.find((column) => column.name === run.cursor)
    const cursorType =
      cursorColumn === undefined
        ? null
        : (plan.columns[cursorColumn.name] ??
          (cursorColumn.type === null && cursorColumn.clickhouseType == null
            ? null
            : typeForSource(cursorColumn, session.features)))
    const version =
      plan.version ??
      (plan.write === "merge" && cursorType !== null && !/String/.test(parseType(cursorType).family)
        ? run.cursor
        : null)
    const warnings: string[] = []
    const info: TableInfo = yield* wrap(
      `preparing ${plan.table}`,
      prepareTable(
        session,
        { table, plan, keyColumns: keyColumnsOf(plan, columns, version) },
        columns,
        engineFor(plan.write, version),
        (message) => warnings.push(message),
      ),
    )
    for (const warning of warnings) yield* Effect.logWarning(`${plan.table}: ${warning}`)
    if (plan.write === "merge" && !info.engine.startsWith("Replacing")) {
      return yield* new TaskFailed({
        reason: "config",
        retryable: false,
        message: `${plan.table}: write: merge needs a ReplacingMergeTree table (it keeps a key's newest row), and this one is ${info.engine}`,
      })
    }
    const typeOf = (name: string) => info.columns.find((column) => column.name === name)?.type ?? "String"
    const checks = new RowChecks(
      columns.map((column) => ({
        name: column.name,
        type: typeOf(column.name),
        sourceType: column.type,
        clickhouseSourceType: column.clickhouseType ?? null,
      })),
      session.features,
    )
    const insertColumns = columns.map((column) => ident(column.name))
    const settings: ClickHouseSettings = {
      date_time_input_format: "best_effort",
      // One block per batch makes each INSERT all-or-nothing.
      max_insert_block_size: String(Math.max(batchRows, 1048576)),
      min_insert_block_size_rows: String(Math.max(batchRows, 1048576)),
      min_insert_block_size_bytes: String(2 ** 40),
      ...(session.version.major >= 20 ? { input_format_parallel_parsing: 0 } : {}),
    }

    yield* wrap(
      "creating the stage",
      Effect.gen(function* () {
        yield* Effect.forEach([stage, work, own.old], drop, { discard: true })
        yield* session.command(`CREATE TABLE ${qualified(stage)} AS ${target}`)
      }),
    )
    // Where the server has insert deduplication tokens (22.2+), a batch whose INSERT broke off (network,
    // timeout) is sent once more under the same token: the server drops it if the first one landed.
    // Elsewhere the try fails and its retry starts from a new stage.
    const dedup =
      session.features.dedupTokens &&
      (yield* Effect.either(
        session.command(
          `ALTER TABLE ${qualified(stage)} MODIFY SETTING non_replicated_deduplication_window = 1000`,
        ),
      ))._tag === "Right"
    let inserts = 0
    /** Every INSERT its own token: equal blocks are rows, not repeats. */
    const insertSettings = (): ClickHouseSettings =>
      dedup
        ? { ...settings, insert_deduplication_token: `${run.dagRunId}/${run.tryNumber}/${++inserts}` }
        : settings

    // ------------------------------------------------------------------------------------------ batches
    const hash: Hash = createHash("sha256")
    let rowsSent = 0
    let retained: RowChunk[] = []
    let rejected: BadRow[] = []
    let body: PassThrough | null = null
    let inflight: Promise<Exit.Exit<void, ClickHouseError>> | null = null
    let batchSettings = settings

    const reject = (ref: RowRef, reason: string) => {
      const row = ref.chunk.data.subarray(rowStart(ref.chunk, ref.row), ref.chunk.rowEnds[ref.row])
      rejected.push({ row: ref.chunk.rowNumbers[ref.row] ?? 0, reason, raw: rowJson(columns, row) })
    }

    const sent = (rows: ReadonlyArray<RowRef>) => {
      for (const slice of slicesOf(rows)) hash.update(slice)
      rowsSent += rows.length
    }

    /**
     * Sends rows again after the server refused their batch. It names the row at fault for unparsable
     * input: the rows before it go in, it is set aside, the rest is tried. Other value errors name no row:
     * the rows are halved until the culprit is alone.
     */
    const resend = (rows: ReadonlyArray<RowRef>): Effect.Effect<void, ClickHouseError> =>
      Effect.gen(function* () {
        let rest = rows
        while (rest.length > 0) {
          const result = yield* Effect.either(
            session.insert(qualified(stage), insertColumns, bodyOf(slicesOf(rest)), insertSettings()),
          )
          if (result._tag === "Right") {
            sent(rest)
            return
          }
          const error = result.left
          if (!isDataError(error)) return yield* Effect.fail(error)
          const at = rejectedRow(error)
          if (at !== null && at >= 1 && at <= rest.length) {
            yield* resend(rest.slice(0, at - 1))
            reject(rest[at - 1] as RowRef, rejectReason(error))
            rest = rest.slice(at)
          } else if (rest.length === 1) {
            reject(rest[0] as RowRef, rejectReason(error))
            return
          } else {
            const half = rest.length >> 1
            yield* resend(rest.slice(0, half))
            rest = rest.slice(half)
          }
        }
      })

    const startBatch = Effect.sync(() => {
      retained = []
      rejected = []
      const stream = new PassThrough()
      body = stream
      batchSettings = insertSettings()
      inflight = Effect.runPromiseExit(session.insert(qualified(stage), insertColumns, stream, batchSettings))
    })

    const push = (chunk: RowChunk) =>
      Effect.promise(async () => {
        const checked = checks.apply(chunk)
        rejected.push(...checked.rejected)
        if (checked.chunk.rows === 0) return
        retained.push(checked.chunk)
        const stream = body
        const result = inflight
        if (stream === null || result === null) return
        // A refused INSERT stops reading: stop writing then, and let endBatch deal with it.
        if (!stream.write(checked.chunk.data)) await Promise.race([once(stream, "drain"), result])
      })

    const endBatch = wrap(
      `loading ${plan.table}`,
      Effect.gen(function* () {
        const stream = body
        const result = inflight
        body = null
        inflight = null
        if (stream === null || result === null) return { rows: 0, bytes: 0, rejected: [] }
        stream.end()
        let exit = yield* Effect.promise(() => result)
        const before = rowsSent
        const broken = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none()
        if (dedup && Option.isSome(broken) && broken.value.retryable && !isDataError(broken.value)) {
          yield* Effect.logWarning(
            `${plan.table}: a batch's INSERT broke off, sending it again under its token`,
          )
          exit = yield* Effect.exit(
            session.insert(
              qualified(stage),
              insertColumns,
              bodyOf(retained.map((chunk) => chunk.data)),
              batchSettings,
            ),
          )
        }
        if (Exit.isSuccess(exit)) {
          for (const chunk of retained) hash.update(chunk.data)
          rowsSent += retained.reduce((sum, chunk) => sum + chunk.rows, 0)
        } else {
          const error = Cause.failureOption(exit.cause)
          if (Option.isNone(error)) return yield* Effect.failCause(exit.cause)
          if (!isDataError(error.value)) return yield* Effect.fail(error.value)
          const rows: RowRef[] = []
          for (const chunk of retained) for (let row = 0; row < chunk.rows; row++) rows.push({ chunk, row })
          yield* resend(rows)
        }
        const bytes = retained.reduce((sum, chunk) => sum + chunk.data.length, 0)
        retained = []
        return { rows: rowsSent - before, bytes, rejected } satisfies BatchOutcome
      }),
    )

    // ------------------------------------------------------------------------------------------ commit
    const commit = (rowsQuarantined: number) =>
      wrap(
        `publishing ${plan.table}`,
        Effect.gen(function* () {
          const checksum = hash.digest("hex")
          const filter =
            run.filterCursor !== null && interval !== null
              ? inInterval(run.filterCursor, typeOf(run.filterCursor), interval)
              : null
          let rowsFiltered = 0
          if (filter !== null) {
            const outside = yield* session.rows<{ n: string }>(
              `SELECT count() AS n FROM ${qualified(stage)} WHERE NOT ${filter}`,
            )
            rowsFiltered = Number(outside[0]?.n ?? 0)
          }
          const rowsWritten = rowsSent - rowsFiltered
          const entry = { writeMode: mode, rowsWritten, rowsQuarantined, checksum }

          if (mode === "replace") {
            let from = stage
            if (filter !== null) {
              yield* session.command(`CREATE TABLE ${qualified(work)} AS ${target}`)
              yield* session.command(
                `INSERT INTO ${qualified(work)} SELECT * FROM ${qualified(stage)} WHERE ${filter}`,
              )
              from = work
            }
            const workTable = `${from.database === null ? "" : `${from.database}.`}${from.name}`
            yield* Bookkeeping.record(session, key, {
              ...entry,
              state: "prepared",
              workTable,
              partitions: [],
              dagRunId: run.dagRunId,
              tryNumber: run.tryNumber,
              fullRefresh: run.fullRefresh,
            })
            faultPoint("clickhouse.prepared")
            yield* swapIn(from, own.old)
            faultPoint("clickhouse.partly_published")
            yield* finish(own, { ...entry, ...runOf(run), workTable, partitions: [] })
          } else {
            const touched = new Map<string, Partition>()
            for (const part of yield* partitionsOf(session, stage)) {
              touched.set(part.partition_id, { id: part.partition_id, value: part.partition })
            }
            const windowFilter =
              mode === "window" && interval !== null && run.cursor !== null
                ? inInterval(run.cursor, typeOf(run.cursor), interval)
                : null
            yield* session.command(`CREATE TABLE ${qualified(work)} AS ${target}`)
            if (windowFilter !== null) {
              // The partitions holding the interval's current rows, found by copying those rows aside.
              yield* session.command(
                `INSERT INTO ${qualified(work)} SELECT * FROM ${target} WHERE ${windowFilter}`,
              )
              for (const part of yield* partitionsOf(session, work)) {
                touched.set(part.partition_id, { id: part.partition_id, value: part.partition })
              }
              yield* session.command(`TRUNCATE TABLE ${qualified(work)}`)
              const partitions = [...touched.values()]
              if (partitions.length > 0) {
                const only =
                  info.partitionKey === ""
                    ? ""
                    : ` AND (${info.partitionKey}) IN (${partitions.map((partition) => partition.value).join(", ")})`
                yield* session.command(
                  `INSERT INTO ${qualified(work)} SELECT * FROM ${target} WHERE NOT ${windowFilter}${only}`,
                )
              }
            } else {
              for (const partition of touched.values()) {
                yield* session.command(
                  `ALTER TABLE ${qualified(work)} ATTACH PARTITION ID ${literal(partition.id)} FROM ${target}`,
                )
              }
            }
            if (filter !== null) {
              yield* session.command(
                `INSERT INTO ${qualified(work)} SELECT * FROM ${qualified(stage)} WHERE ${filter}`,
              )
            } else {
              for (const part of yield* partitionsOf(session, stage)) {
                yield* session.command(
                  `ALTER TABLE ${qualified(work)} ATTACH PARTITION ID ${literal(part.partition_id)} FROM ${qualified(stage)}`,
                )
              }
            }
            const partitions = [...touched.keys()].sort()
            const workTable = `${work.database === null ? "" : `${work.database}.`}${work.name}`
            yield* Bookkeeping.record(session, key, {
              ...entry,
              state: "prepared",
              workTable,
              partitions,
              dagRunId: run.dagRunId,
              tryNumber: run.tryNumber,
              fullRefresh: run.fullRefresh,
            })
            faultPoint("clickhouse.prepared")
            yield* replacePartitions(work, partitions.slice(0, 1))
            faultPoint("clickhouse.partly_published")
            yield* replacePartitions(work, partitions.slice(1))
            yield* settleReplaced(partitions)
            yield* finish(own, { ...entry, ...runOf(run), workTable, partitions })
          }
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
