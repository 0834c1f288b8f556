/**
 * Read-only views of a raw spec value (what the YAML parser gave, before decoding). Review rules work on
 * raw values so that they still see specs the decoder would reject, and keys the schema does not know yet.
 */
import { DEFAULTS } from "../plan/defaults"

export type Json = Readonly<Record<string, unknown>>
export type SpecPath = ReadonlyArray<string | number>

export const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)

export const textOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

export const recordOf = (value: unknown): Json => (isRecord(value) ? value : {})

export const stringsOf = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []

export const tasksOf = (spec: unknown): ReadonlyArray<readonly [string, Json]> =>
  Object.entries(recordOf(recordOf(spec).tasks)).flatMap(([id, task]) =>
    isRecord(task) ? [[id, task] as const] : [],
  )

export interface TargetView {
  readonly taskId: string
  readonly index: number
  readonly target: Json
  readonly path: SpecPath
}

export const targetsOf = (taskId: string, task: Json): ReadonlyArray<TargetView> =>
  Array.isArray(task.targets)
    ? task.targets.flatMap((target, index) =>
        isRecord(target) ? [{ taskId, index, target, path: ["tasks", taskId, "targets", index] }] : [],
      )
    : []

export const allTargets = (spec: unknown): ReadonlyArray<TargetView> =>
  tasksOf(spec).flatMap(([id, task]) => targetsOf(id, task))

export interface ConnectionView {
  readonly kind: string | undefined
  /** The Airflow conn_id; the logical name when the spec does not declare it. */
  readonly connId: string
}

export const connectionOf = (spec: unknown, name: unknown): ConnectionView => {
  const logical = textOf(name) ?? ""
  const declared = recordOf(recordOf(recordOf(spec).connections)[logical])
  return { kind: textOf(declared.kind), connId: textOf(declared.conn_id) ?? logical }
}

/** One physical table across specs: the same conn_id and table name mean the same table. */
export const tableKey = (spec: unknown, connection: unknown, table: unknown): string =>
  `${connectionOf(spec, connection).connId}/${(textOf(table) ?? "").toLowerCase()}`

export const tableLabel = (spec: unknown, connection: unknown, table: unknown): string =>
  `${textOf(table) ?? "?"} (connection ${connectionOf(spec, connection).connId})`

export const effectiveWrite = (target: Json): string => textOf(target.write) ?? "append"

export const effectiveRetries = (spec: unknown, task: Json): number => {
  if (typeof task.retries === "number") return task.retries
  const defaults = recordOf(recordOf(spec).defaults)
  return typeof defaults.retries === "number" ? defaults.retries : DEFAULTS.retries
}

export const isDatabaseSource = (source: Json): boolean =>
  source.kind === "postgres" || source.kind === "clickhouse"

export const cursorOf = (source: Json): string | undefined => textOf(recordOf(source.incremental).cursor)

export const sameList = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

export const listText = (items: ReadonlyArray<string>): string =>
  items.length === 0 ? "none" : `[${items.join(", ")}]`
