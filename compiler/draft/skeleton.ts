/**
 * A spec drafted from sample profiles alone, without a model: one load task per sample (a file, an existing
 * table or an API response) into one database, the first candidate key and cursor chosen, the write mode
 * following from them. Files' and APIs' columns get types declared from the profile (columns whose names a
 * spec cannot hold load as text); a table's columns keep the types the database gives them. Pure and
 * deterministic: the same profiles give the same bytes.
 */
import { stringify } from "yaml"
import type { TableDescription } from "../introspect/table"
import type { ColumnProfile, Profile } from "../profile/profile"
import type { SampleInfo } from "../profile/sample"

export type TargetKind = "postgres" | "clickhouse"

/** Where a sample came from, which decides the drafted task's source. */
export type DraftSource =
  | { readonly kind: "file"; readonly info: SampleInfo }
  /** An existing table; the profile is of its first rows. */
  | {
      readonly kind: "table"
      readonly table: TableDescription
      readonly rows: number
      readonly truncated: boolean
    }
  /** One response of an HTTP API (`info` describes it read as JSON). */
  | { readonly kind: "http"; readonly url: string; readonly info: SampleInfo }

export interface DraftSample {
  readonly source: DraftSource
  readonly profile: Profile
}

/** The sample as profiles show it and a model reads it: metadata only, never rows. */
export const describeSource = (source: DraftSource) => {
  switch (source.kind) {
    case "file":
      return { kind: "file", ...source.info }
    case "http":
      return { kind: "http", url: source.url, ...source.info }
    case "table":
      return { kind: "table", ...source.table, sampleRows: source.rows, truncated: source.truncated }
  }
}

/** Whether a drafted task's (parsed) source reads this sample. */
export const readsSample = (source: DraftSource, taskSource: Readonly<Record<string, unknown>>): boolean => {
  switch (source.kind) {
    case "file":
      return taskSource.path === source.info.file
    case "table":
      return taskSource.table === source.table.table
    case "http":
      return taskSource.path === new URL(source.url).pathname
  }
}

/** How the sample is named in the spec's descriptions and messages. */
export const sampleName = (source: DraftSource): string =>
  source.kind === "file" ? source.info.file : source.kind === "table" ? source.table.table : source.url

export interface DraftRequest {
  readonly pipeline: string
  readonly owner: string
  readonly target: TargetKind
  /** Schema (PostgreSQL) or database (ClickHouse) of the tables. */
  readonly schema: string
  readonly startDate: string
  /** What the person asked for, kept as the description. */
  readonly request: string | null
  readonly samples: ReadonlyArray<DraftSample>
}

/** Integers are widened to 64 bits and decimals to at least 18 digits: a sample shows no maximum. */
export const postgresType = (column: ColumnProfile): string => {
  switch (column.type) {
    case "boolean":
      return "boolean"
    case "integer":
    case "bigint":
      return "bigint"
    case "decimal": {
      const { precision, scale } = column.decimal ?? { precision: 38, scale: 10 }
      return `numeric(${Math.max(precision, 18)},${scale})`
    }
    case "float":
      return "double precision"
    case "date":
      return "date"
    case "timestamp":
      return "timestamp"
    case "timestamptz":
      return "timestamptz"
    case "json":
      return "jsonb"
    case "text":
      return "text"
  }
}

const clickhouseBase = (column: ColumnProfile): string => {
  switch (column.type) {
    case "boolean":
      return "UInt8"
    case "integer":
    case "bigint":
      return "Int64"
    case "decimal": {
      const { precision, scale } = column.decimal ?? { precision: 38, scale: 10 }
      return `Decimal(${Math.min(Math.max(precision, 18), 38)}, ${scale})`
    }
    case "float":
      return "Float64"
    case "date":
      return "Date"
    case "timestamp":
    case "timestamptz":
      return "DateTime('UTC')"
    case "json":
    case "text":
      return "String"
  }
}

export const clickhouseType = (column: ColumnProfile, key: boolean): string =>
  column.nullable && !key ? `Nullable(${clickhouseBase(column)})` : clickhouseBase(column)

/** A task id or table name from a file name: lower snake case, starting with a letter. */
export const identifierOf = (file: string): string => {
  const stem = file
    .replace(/\.[^.]*$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
  return /^[a-z]/.test(stem) ? stem : `t_${stem}`
}

/** The task id and table name a sample suggests. */
const baseName = (source: DraftSource): string => {
  switch (source.kind) {
    case "file":
      return identifierOf(source.info.file)
    case "table":
      return identifierOf(source.table.table.split(".").at(-1) ?? "table")
    case "http": {
      const segments = new URL(source.url).pathname.split("/").filter((part) => /[A-Za-z]/.test(part))
      return identifierOf(segments.at(-1) ?? "api")
    }
  }
}

/** The connection an API sample's pipeline reads through: the URL's origin is its base. */
const API_CONNECTION = "api"

const sourceOf = (source: DraftSource, cursor: string | null) => {
  const incremental = cursor === null ? {} : { incremental: { cursor } }
  switch (source.kind) {
    case "file": {
      const { info } = source
      return {
        kind: "file",
        connection: "files",
        path: info.file,
        format: info.format,
        ...(info.format === "csv" && info.delimiter !== null && info.delimiter !== ","
          ? { csv: { delimiter: info.delimiter } }
          : {}),
        ...(info.format === "json" && info.recordPath !== null
          ? { json: { records_path: info.recordPath } }
          : {}),
        ...(info.format === "xml" && info.recordPath !== null
          ? { xml: { record_path: info.recordPath } }
          : {}),
        ...incremental,
      }
    }
    case "table":
      return {
        kind: source.table.database,
        connection: source.table.connection,
        table: source.table.table,
        ...incremental,
      }
    case "http": {
      const url = new URL(source.url)
      const query = Object.fromEntries(
        [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      )
      return {
        kind: "http",
        connection: API_CONNECTION,
        path: url.pathname,
        ...(Object.keys(query).length === 0 ? {} : { query }),
        ...(source.info.recordPath === null ? {} : { records_path: source.info.recordPath }),
        ...incremental,
      }
    }
  }
}

/** Names a spec can declare: others (`US Gross`) load as text, and are never keys or cursors. */
const SPEC_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

const taskOf = (request: DraftRequest, sample: DraftSample, name: string) => {
  const { profile, source } = sample
  const tableKey =
    source.kind === "table" && source.table.primaryKey.length > 0 ? source.table.primaryKey : null
  const key =
    (tableKey?.every((column) => SPEC_NAME.test(column)) ? tableKey : null) ??
    profile.candidateKeys.find((columns) => columns.every((name) => SPEC_NAME.test(name))) ??
    null
  const cursor = profile.cursorCandidates.find((name) => SPEC_NAME.test(name)) ?? null
  const write = key !== null ? "merge" : cursor !== null ? "window" : "replace"
  const keys = new Set(key ?? [])
  const clickhouse = request.target === "clickhouse"
  const partition = clickhouse
    ? (profile.partitionCandidates.find((candidate) => candidate.column === cursor) ?? null)
    : null
  if (partition !== null) keys.add(partition.column)
  // a table's own types carry over; only a ClickHouse partition column is declared, since it may not be Nullable
  const declared = profile.columns.filter((column) =>
    source.kind === "table" ? column.name === partition?.column : SPEC_NAME.test(column.name),
  )
  const columns = Object.fromEntries(
    declared.map((column) => [
      column.name,
      clickhouse ? clickhouseType(column, keys.has(column.name)) : postgresType(column),
    ]),
  )
  const target = {
    connection: "warehouse",
    table: `${request.schema}.${name}`,
    write,
    ...(key === null ? {} : { primary_key: [...key] }),
    ...(clickhouse && key === null && cursor !== null ? { order_by: [cursor] } : {}),
    ...(partition === null ? {} : { partition_by: partition.clickhouse }),
    ...(clickhouse && write === "merge" && cursor !== null ? { version: cursor } : {}),
    ...(declared.length === 0 ? {} : { columns }),
  }
  return {
    description: `${sampleName(source)}: ${profile.rows} sample row(s), ${profile.columns.length} column(s).`,
    source: sourceOf(source, cursor),
    targets: [target],
  }
}

/** Task ids per sample: its base name, numbered when two samples would share one. */
export const taskIds = (samples: ReadonlyArray<DraftSample>): ReadonlyArray<string> => {
  const used = new Set<string>()
  return samples.map((sample) => {
    const base = baseName(sample.source)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`
    used.add(id)
    return id
  })
}

const connectionsOf = (request: DraftRequest) => {
  const connections: Record<string, unknown> = {}
  for (const { source } of request.samples) {
    if (source.kind === "file") connections.files = { kind: "file", conn_id: `${request.pipeline}_files` }
    else if (source.kind === "http")
      connections[API_CONNECTION] = { kind: "http", conn_id: `${request.pipeline}_api` }
    else
      connections[source.table.connection] = { kind: source.table.database, conn_id: source.table.connection }
  }
  connections.warehouse = { kind: request.target, conn_id: `${request.pipeline}_${request.target}` }
  return connections
}

/** The drafted spec's text. */
export const skeletonSpec = (request: DraftRequest): string => {
  const tasks: Record<string, unknown> = {}
  const ids = taskIds(request.samples)
  request.samples.forEach((sample, index) => {
    const id = ids[index] as string
    tasks[id] = taskOf(request, sample, id)
  })
  const spec = {
    pipeline: request.pipeline,
    description:
      request.request ??
      `Loads ${request.samples.map((sample) => sampleName(sample.source)).join(", ")} into ${request.target}.`,
    owner: request.owner,
    schedule: "@daily",
    start_date: request.startDate,
    catchup: false,
    max_active_runs: 1,
    connections: connectionsOf(request),
    tasks,
  }
  return [
    "# yaml-language-server: $schema=../schema/airspec.schema.json",
    "# Drafted by `airspec draft` from sample profiles, without a model: review every line, above all",
    "# the keys, the cursor and the write mode, which a sample suggests but cannot prove.",
    stringify(spec, { lineWidth: 0 }),
  ].join("\n")
}
