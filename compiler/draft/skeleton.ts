/**
 * A spec drafted from sample profiles alone, without a model: one load task per sample into one database,
 * every column's type declared from the profile (columns whose names a spec cannot hold load as text), the first candidate key and cursor chosen, the write mode
 * following from them. Pure and deterministic: the same profiles give the same bytes.
 */
import { stringify } from "yaml"
import type { ColumnProfile, Profile } from "../profile/profile"
import type { SampleInfo } from "../profile/sample"

export type TargetKind = "postgres" | "clickhouse"

export interface DraftSample {
  readonly info: SampleInfo
  readonly profile: Profile
}

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
const postgresType = (column: ColumnProfile): string => {
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

const clickhouseType = (column: ColumnProfile, key: boolean): string =>
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

const sourceOf = (info: SampleInfo, cursor: string | null) => ({
  kind: "file",
  connection: "files",
  path: info.file,
  format: info.format,
  ...(info.format === "csv" && info.delimiter !== null && info.delimiter !== ","
    ? { csv: { delimiter: info.delimiter } }
    : {}),
  ...(info.format === "json" && info.recordPath !== null ? { json: { records_path: info.recordPath } } : {}),
  ...(info.format === "xml" && info.recordPath !== null ? { xml: { record_path: info.recordPath } } : {}),
  ...(cursor === null ? {} : { incremental: { cursor } }),
})

/** Names a spec can declare: others (`US Gross`) load as text, and are never keys or cursors. */
const SPEC_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

const taskOf = (request: DraftRequest, sample: DraftSample) => {
  const { profile, info } = sample
  const key = profile.candidateKeys.find((columns) => columns.every((name) => SPEC_NAME.test(name))) ?? null
  const cursor = profile.cursorCandidates.find((name) => SPEC_NAME.test(name)) ?? null
  const write = key !== null ? "merge" : cursor !== null ? "window" : "replace"
  const keys = new Set(key ?? [])
  const clickhouse = request.target === "clickhouse"
  const partition = clickhouse
    ? (profile.partitionCandidates.find((candidate) => candidate.column === cursor) ?? null)
    : null
  if (partition !== null) keys.add(partition.column)
  const columns = Object.fromEntries(
    profile.columns
      .filter((column) => SPEC_NAME.test(column.name))
      .map((column) => [
        column.name,
        clickhouse ? clickhouseType(column, keys.has(column.name)) : postgresType(column),
      ]),
  )
  const target = {
    connection: "warehouse",
    table: `${request.schema}.${identifierOf(info.file)}`,
    write,
    ...(key === null ? {} : { primary_key: [...key] }),
    ...(clickhouse && key === null && cursor !== null ? { order_by: [cursor] } : {}),
    ...(partition === null ? {} : { partition_by: partition.clickhouse }),
    ...(clickhouse && write === "merge" && cursor !== null ? { version: cursor } : {}),
    columns,
  }
  return {
    description: `${info.file}: ${profile.rows} sample row(s), ${profile.columns.length} column(s).`,
    source: sourceOf(info, cursor),
    targets: [target],
  }
}

/** The drafted spec's text. */
export const skeletonSpec = (request: DraftRequest): string => {
  const tasks: Record<string, unknown> = {}
  for (const sample of request.samples) tasks[identifierOf(sample.info.file)] = taskOf(request, sample)
  const spec = {
    pipeline: request.pipeline,
    description:
      request.request ??
      `Loads ${request.samples.map((sample) => sample.info.file).join(", ")} into ${request.target}.`,
    owner: request.owner,
    schedule: "@daily",
    start_date: request.startDate,
    catchup: false,
    max_active_runs: 1,
    connections: {
      files: { kind: "file", conn_id: `${request.pipeline}_files` },
      warehouse: { kind: request.target, conn_id: `${request.pipeline}_${request.target}` },
    },
    tasks,
  }
  return [
    "# yaml-language-server: $schema=../schema/airspec.schema.json",
    "# Drafted by `airspec draft` from sample profiles, without a model: review every line, above all",
    "# the keys, the cursor and the write mode, which a sample suggests but cannot prove.",
    stringify(spec, { lineWidth: 0 }),
  ].join("\n")
}
