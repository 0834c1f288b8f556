/** Rules about tasks as a whole: retries that went away, and full reloads of large tables every day. */
import { CronExpressionParser } from "cron-parser"
import { isCronExpression } from "../../spec/calendar"
import { changed, locateIn, specValue } from "../diff"
import { type Finding, finding, type Rule } from "../finding"
import {
  connectionOf,
  cursorOf,
  effectiveRetries,
  effectiveWrite,
  isDatabaseSource,
  recordOf,
  type SpecPath,
  targetsOf,
  tasksOf,
  textOf,
} from "../spec-view"
import { fromTable } from "../sql"

export const retriesRemoved: Rule = ({ pairs }) =>
  pairs.flatMap((pair): Finding[] => {
    if (pair.base === undefined || pair.head === undefined) return []
    const base = specValue(pair.base)
    const head = specValue(pair.head)
    const baseTasks = new Map(tasksOf(base))
    const baseDefault = recordOf(recordOf(base).defaults).retries
    const headDefault = recordOf(recordOf(head).defaults).retries
    return tasksOf(head).flatMap(([id, task]): Finding[] => {
      const old = baseTasks.get(id)
      if (old === undefined) return []
      const before = effectiveRetries(base, old)
      const after = effectiveRetries(head, task)
      if (after >= before) return []
      const ownRemoved = old.retries !== undefined && task.retries === undefined
      const defaultRemoved =
        baseDefault !== undefined && headDefault === undefined && task.retries === undefined
      if (after > 0 && !ownRemoved && !defaultRemoved) return []
      const path: SpecPath =
        task.retries !== undefined
          ? ["tasks", id, "retries"]
          : headDefault !== undefined
            ? ["defaults", "retries"]
            : ["tasks", id]
      return [
        finding(
          "retries_removed",
          locateIn(pair, path),
          `task ${id} now gets ${after} retr${after === 1 ? "y" : "ies"} instead of ${before}: a transient failure (a network blip, a lock timeout) now fails the run; keep retries unless the task must not run twice`,
        ),
      ]
    })
  })

const FREQUENT_PRESETS = new Set(["@hourly", "@daily", "@continuous"])
/** Four weeks of a cron schedule, counted from a fixed Monday so that the answer never depends on today. */
const WINDOW_START = Date.UTC(2025, 0, 6)
const WINDOW_DAYS = 28
/** Five runs a week or more counts as daily: a weekdays-only schedule reloads just as often. */
const DAILY_RUNS = 20

/** Whether a schedule runs at least about once a day. */
export const runsDaily = (schedule: unknown): boolean => {
  const text = textOf(schedule)?.trim()
  if (text === undefined) return false
  if (text.startsWith("@")) return FREQUENT_PRESETS.has(text)
  if (!isCronExpression(text)) return false
  try {
    const interval = CronExpressionParser.parse(text, {
      currentDate: new Date(WINDOW_START),
      endDate: new Date(WINDOW_START + WINDOW_DAYS * 86_400_000),
      tz: "UTC",
      strict: false,
    })
    let runs = 0
    while (runs < DAILY_RUNS && interval.hasNext()) {
      interval.next()
      runs++
    }
    return runs >= DAILY_RUNS
  } catch {
    return false
  }
}

export const LARGE_TABLE_ROWS = 1_000_000

export const dailyFullRefreshLargeTable: Rule = ({ pairs, context }) =>
  pairs.flatMap((pair): Finding[] => {
    if (pair.head === undefined) return []
    const spec = specValue(pair.head)
    const schedule = recordOf(spec).schedule
    if (!runsDaily(schedule)) return []
    const fullRefreshDefault = recordOf(recordOf(recordOf(spec).params).full_refresh).default === true
    return tasksOf(spec).flatMap(([id, task]): Finding[] => {
      const source = recordOf(task.source)
      if (!isDatabaseSource(source)) return []
      const replaced = targetsOf(id, task).find((view) => effectiveWrite(view.target) === "replace")
      const reloads = (cursorOf(source) === undefined && replaced !== undefined) || fullRefreshDefault
      if (!reloads) return []
      const subjects: ReadonlyArray<SpecPath> = [["schedule"], ["params", "full_refresh"], ["tasks", id]]
      if (!subjects.some((path) => changed(pair, path))) return []
      const query = textOf(source.query)
      const table = textOf(source.table) ?? (query === undefined ? undefined : fromTable(query))
      const connId = connectionOf(spec, source.connection).connId
      const rows = table === undefined ? undefined : context.tableRows?.(connId, table)
      if (rows !== undefined && rows < LARGE_TABLE_ROWS) return []
      const size =
        rows === undefined
          ? "its size is unknown (no row count available)"
          : `it has ${rows.toLocaleString("en-US")} rows`
      const how =
        replaced !== undefined && cursorOf(source) === undefined
          ? "with write: replace and no incremental cursor"
          : "because the full_refresh param defaults to true"
      const path: SpecPath =
        replaced !== undefined && cursorOf(source) === undefined
          ? [...replaced.path, "write"]
          : ["params", "full_refresh", "default"]
      return [
        finding(
          "daily_full_refresh_large_table",
          locateIn(pair, path),
          `task ${id} reloads ${table ?? "its source"} in full ${how} on schedule ${JSON.stringify(schedule)}; ${size}: load incrementally (incremental: { cursor } with write merge or window)`,
        ),
      ]
    })
  })
