/**
 * The effects around table analysis: describe live tables through their connections or read DDL files,
 * profile the sampled rows, recommend, and ask a model for advice when one is configured. Also the row
 * counts `airspec review` uses to tell large tables from small ones.
 */
import { readFile } from "node:fs/promises"
import { Effect, type Redacted } from "effect"
import { parseDdl } from "../introspect/ddl"
import { describeTable } from "../introspect/describe"
import { IntrospectError, parseTableRef, type TableDescription } from "../introspect/table"
import type { Llm } from "../llm/service"
import { type Profile, profileTable } from "../profile/profile"
import { DEFAULT_MAX_ROWS } from "../profile/sample"
import { type SpecPair, specValue } from "../review/diff"
import type { TableRows } from "../review/finding"
import { connectionOf, isDatabaseSource, recordOf, tasksOf, textOf } from "../review/spec-view"
import { fromTable } from "../review/sql"
import { adviseOnTable } from "./advice"
import { recommend } from "./recommend"
import type { TableReview } from "./report"

export type ConnectionUris = (connection: string) => Redacted.Redacted<string> | undefined

const missingUri = (connection: string) =>
  new IntrospectError({
    reason: "usage",
    message: `set AIRSPEC_CONN_${connection.toUpperCase()} to the connection's URI (environment or --env-file)`,
  })

const reviewOf = (
  table: TableDescription,
  profile: Profile | null,
  origin: TableReview["origin"],
): Effect.Effect<TableReview, never, Llm> =>
  Effect.gen(function* () {
    const recommendations = recommend(table, profile)
    const advisory = yield* adviseOnTable(table, profile, recommendations)
    return { table, origin, recommendations, advisory }
  })

/** `--table <connection>.<schema>.<table>`: the table's catalogue entry and the profile of its first rows. */
export const reviewLiveTable = (
  text: string,
  uris: ConnectionUris,
): Effect.Effect<TableReview, IntrospectError, Llm> =>
  Effect.gen(function* () {
    const ref = parseTableRef(text)
    if (ref instanceof IntrospectError) return yield* ref
    const uri = uris(ref.connection)
    if (uri === undefined) return yield* missingUri(ref.connection)
    const sample = yield* describeTable(uri, ref, DEFAULT_MAX_ROWS)
    const profile = profileTable(sample.rows)
    return yield* reviewOf(sample.description, profile, { kind: "connection", sampledRows: profile.rows })
  })

/** `--ddl <file>`: every CREATE TABLE in it, without data. */
export const reviewDdlFile = (
  path: string,
): Effect.Effect<ReadonlyArray<TableReview>, IntrospectError, Llm> =>
  Effect.gen(function* () {
    const sql = yield* Effect.tryPromise({
      try: () => readFile(path, "utf8"),
      catch: () => new IntrospectError({ reason: "usage", message: `cannot read ${path}` }),
    })
    const tables = parseDdl(sql, "ddl")
    if (tables.length === 0)
      return yield* new IntrospectError({
        reason: "usage",
        message: `${path} holds no CREATE TABLE statement`,
      })
    return yield* Effect.forEach(tables, (parsed) =>
      reviewOf(parsed.description, null, {
        kind: "ddl",
        file: path,
        line: parsed.line,
        columnLines: parsed.columnLines,
      }),
    )
  })

/**
 * Row estimates of the tables that head specs reload in full from a database, for the connections whose
 * URIs are known; the rest stay unknown. A table that cannot be reached is unknown too, with a warning.
 */
export const reloadedTableRows = (
  pairs: ReadonlyArray<SpecPair>,
  uris: ConnectionUris,
): Effect.Effect<TableRows> =>
  Effect.gen(function* () {
    const rows = new Map<string, number>()
    const key = (connId: string, table: string) => `${connId}\u0000${table}`
    for (const pair of pairs) {
      const spec = specValue(pair.head)
      for (const [, task] of tasksOf(spec)) {
        const source = recordOf(task.source)
        const name = textOf(source.connection)
        if (!isDatabaseSource(source) || name === undefined) continue
        const query = textOf(source.query)
        const table = textOf(source.table) ?? (query === undefined ? undefined : fromTable(query))
        const uri = uris(name)
        const { connId } = connectionOf(spec, name)
        if (table === undefined || uri === undefined || rows.has(key(connId, table))) continue
        const described = yield* Effect.either(describeTable(uri, { connection: name, table }, 0))
        if (described._tag === "Left") {
          yield* Effect.logWarning(`cannot count the rows of ${name}.${table}: ${described.left.message}`)
          continue
        }
        const estimate = described.right.description.estimatedRows
        if (estimate !== null) rows.set(key(connId, table), estimate)
      }
    }
    return (connId, table) => rows.get(key(connId, table))
  })
