/**
 * removed_column_used_downstream: a column that a load target got at base and no longer gets at head,
 * while a check, a SQL task or another load still reads it. What a target gets is known from the spec
 * alone: its column overrides and keys, the incremental cursor, and a query's plain select list. A source
 * that reads every column (a table, a file, `select *`) produces an unknown set, so nothing counts as
 * removed from it unless the table is not loaded at all any more.
 */
import { type Location, locateIn, type SpecPair, type SpecVersion, specValue } from "../diff"
import { type Finding, finding, quoteName, type Rule } from "../finding"
import {
  allTargets,
  connectionOf,
  cursorOf,
  isDatabaseSource,
  isRecord,
  type Json,
  recordOf,
  type SpecPath,
  stringsOf,
  type TargetView,
  tableKey,
  tableLabel,
  tasksOf,
  textOf,
} from "../spec-view"
import { mentions, selectList } from "../sql"

interface Producer {
  readonly pair: SpecPair
  readonly view: TargetView
}

interface Produced {
  readonly columns: Set<string>
  /** Whether the target may get columns the spec does not name. */
  open: boolean
  readonly producers: Producer[]
}

const sourceColumns = (source: Json): { readonly names: ReadonlyArray<string>; readonly open: boolean } => {
  const query = textOf(source.query)
  if (isDatabaseSource(source) && query !== undefined) {
    const list = selectList(query)
    return list === undefined
      ? { names: [], open: true }
      : { names: list.items.map((item) => item.output), open: list.open }
  }
  const csv = recordOf(source.csv)
  if (source.kind === "file" && csv.header === false && Array.isArray(csv.columns))
    return { names: stringsOf(csv.columns), open: false }
  return { names: [], open: true }
}

/** Columns each table gets, by table key, over every spec on one side of the diff. */
const produced = (
  pairs: ReadonlyArray<SpecPair>,
  side: (pair: SpecPair) => SpecVersion | undefined,
): Map<string, Produced> => {
  const tables = new Map<string, Produced>()
  for (const pair of pairs) {
    const spec = specValue(side(pair))
    const tasks = new Map(tasksOf(spec))
    for (const view of allTargets(spec)) {
      const source = recordOf(tasks.get(view.taskId)?.source)
      const fromSource = sourceColumns(source)
      const names = [
        ...fromSource.names,
        ...Object.keys(recordOf(view.target.columns)),
        ...stringsOf(view.target.primary_key),
        ...stringsOf(view.target.order_by),
        ...stringsOf([view.target.version, cursorOf(source)]),
      ]
      const key = tableKey(spec, view.target.connection, view.target.table)
      const entry = tables.get(key) ?? { columns: new Set<string>(), open: false, producers: [] }
      for (const name of names) entry.columns.add(name.toLowerCase())
      entry.open ||= fromSource.open
      entry.producers.push({ pair, view })
      tables.set(key, entry)
    }
  }
  return tables
}

interface Use {
  readonly file: string
  readonly what: string
}

/** Where head specs read `column` of the table `key` (conn_id/table). */
const usesOf = (pairs: ReadonlyArray<SpecPair>, key: string, table: string, column: string): Use[] => {
  const uses: Use[] = []
  const connId = key.slice(0, key.length - table.length - 1)
  for (const pair of pairs) {
    const head = pair.head
    if (head === undefined) continue
    const spec = specValue(head)
    const onConnection = (name: unknown) => connectionOf(spec, name).connId === connId
    for (const [id, task] of tasksOf(spec)) {
      if (Array.isArray(task.checks)) {
        const reads = task.checks.some((check) =>
          Object.values(recordOf(check)).some((body) => {
            if (!isRecord(body) || tableKey(spec, body.connection, body.table) !== key) return false
            const named = [...stringsOf(body.columns), ...stringsOf([body.column])]
            const where = textOf(body.where)
            return (
              named.some((name) => name.toLowerCase() === column) ||
              (where !== undefined && mentions(where, column))
            )
          }),
        )
        if (reads) uses.push({ file: head.path, what: `check task ${id}` })
      }
      const sql = recordOf(task.sql)
      if (Object.keys(sql).length > 0 && onConnection(sql.connection)) {
        const file = textOf(sql.file)
        const text = textOf(sql.query) ?? (file === undefined ? undefined : head.sqlFiles.get(file))
        if (text !== undefined && mentions(text, table) && mentions(text, column))
          uses.push({ file: head.path, what: `sql task ${id}${file === undefined ? "" : ` (${file})`}` })
      }
      const source = recordOf(task.source)
      if (isDatabaseSource(source) && onConnection(source.connection)) {
        const query = textOf(source.query)
        const readsTable = textOf(source.table)?.toLowerCase() === table
        const reads =
          (readsTable && cursorOf(source)?.toLowerCase() === column) ||
          (query !== undefined && mentions(query, table) && mentions(query, column))
        if (reads) uses.push({ file: head.path, what: `load task ${id}` })
      }
    }
  }
  return uses
}

/** The head element to report on: a head target that still loads the table, else the task, else the file. */
const whereRemoved = (head: Produced | undefined, base: Produced): Location => {
  const first = base.producers[0]
  const survivor =
    head?.producers.find((producer) => producer.pair.path === first?.pair.path) ?? head?.producers[0]
  if (survivor !== undefined) return locateIn(survivor.pair, survivor.view.path)
  if (first === undefined) return { file: "", line: 1, col: 1 }
  const path: SpecPath = ["tasks", first.view.taskId]
  return locateIn(first.pair, path)
}

export const removedColumnUsedDownstream: Rule = ({ pairs }) => {
  const before = produced(pairs, (pair) => pair.base)
  const after = produced(pairs, (pair) => pair.head)
  return [...before.entries()].flatMap(([key, base]): Finding[] => {
    const head = after.get(key)
    if (head?.open) return []
    const first = base.producers[0]
    if (first === undefined) return []
    const baseSpec = specValue(first.pair.base)
    const table = (textOf(first.view.target.table) ?? "").toLowerCase()
    const label = tableLabel(baseSpec, first.view.target.connection, first.view.target.table)
    return [...base.columns]
      .filter((column) => head === undefined || !head.columns.has(column))
      .sort()
      .flatMap((column): Finding[] => {
        const uses = usesOf(pairs, key, table, column)
        if (uses.length === 0) return []
        const at = whereRemoved(head, base)
        const users = uses.map((use) => (use.file === at.file ? use.what : `${use.what} in ${use.file}`))
        const loss = head === undefined ? "no task loads the table any more" : "the spec no longer loads it"
        return [
          finding(
            "removed_column_used_downstream",
            at,
            `column ${quoteName(column)} of ${label} is gone (${loss}), but ${users.join(", ")} still use${uses.length === 1 ? "s" : ""} it`,
          ),
        ]
      })
  })
}
