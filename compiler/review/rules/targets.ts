/** Rules about load targets: keys and write modes of existing tables, ClickHouse sort keys, merge keys. */
import { changed, locateIn, type SpecPair, specValue } from "../diff"
import { type Finding, finding, type Rule } from "../finding"
import {
  allTargets,
  connectionOf,
  effectiveWrite,
  listText,
  sameList,
  stringsOf,
  type TargetView,
  tableKey,
  tableLabel,
} from "../spec-view"

/** Targets present at base and head (the same conn_id and table), as [base, head]. */
const existingTargets = (pair: SpecPair): ReadonlyArray<readonly [TargetView, TargetView]> => {
  if (pair.base === undefined || pair.head === undefined) return []
  const base = specValue(pair.base)
  const head = specValue(pair.head)
  const before = new Map<string, TargetView>()
  for (const view of allTargets(base)) {
    const key = tableKey(base, view.target.connection, view.target.table)
    if (!before.has(key)) before.set(key, view)
  }
  return allTargets(head).flatMap((view) => {
    const old = before.get(tableKey(head, view.target.connection, view.target.table))
    return old === undefined ? [] : [[old, view] as const]
  })
}

const label = (pair: SpecPair, view: TargetView) =>
  tableLabel(specValue(pair.head), view.target.connection, view.target.table)

export const keyChanged: Rule = ({ pairs }) =>
  pairs.flatMap((pair) =>
    existingTargets(pair).flatMap(([old, now]) =>
      (["primary_key", "order_by"] as const).flatMap((key): Finding[] => {
        const before = stringsOf(old.target[key])
        const after = stringsOf(now.target[key])
        if (sameList(before, after)) return []
        return [
          finding(
            "key_changed",
            locateIn(pair, [...now.path, key]),
            `${key} of ${label(pair, now)} changed from ${listText(before)} to ${listText(after)}: rows already loaded were written under the old key (duplicates or lost updates); migrate the table in the same change`,
          ),
        ]
      }),
    ),
  )

export const writeModeChanged: Rule = ({ pairs }) =>
  pairs.flatMap((pair) =>
    existingTargets(pair).flatMap(([old, now]) => {
      const before = effectiveWrite(old.target)
      const after = effectiveWrite(now.target)
      if (before === after) return []
      return [
        finding(
          "write_mode_changed",
          locateIn(pair, [...now.path, "write"]),
          `write mode of ${label(pair, now)} changed from ${before} to ${after}: the rows already in the table were loaded with ${before} semantics; check what the next run does to them`,
        ),
      ]
    }),
  )

/** Head targets whose element (or the connection it names) changed, with the spec they are in. */
const changedTargets = (pair: SpecPair): ReadonlyArray<TargetView> => {
  if (pair.head === undefined) return []
  return allTargets(specValue(pair.head)).filter(
    (view) =>
      changed(pair, view.path) || changed(pair, ["connections", String(view.target.connection ?? "")]),
  )
}

export const clickhouseWithoutOrderBy: Rule = ({ pairs }) =>
  pairs.flatMap((pair) =>
    changedTargets(pair).flatMap((view) => {
      const head = specValue(pair.head)
      if (connectionOf(head, view.target.connection).kind !== "clickhouse") return []
      if (stringsOf(view.target.order_by).length > 0 || stringsOf(view.target.primary_key).length > 0)
        return []
      return [
        finding(
          "clickhouse_without_order_by",
          locateIn(pair, view.path),
          `ClickHouse table ${label(pair, view)} has neither order_by nor primary_key, so it is created with ORDER BY tuple(): every query scans it in full; set order_by to the columns it is filtered by`,
        ),
      ]
    }),
  )

export const mergeWithoutPrimaryKey: Rule = ({ pairs }) =>
  pairs.flatMap((pair) =>
    changedTargets(pair).flatMap((view) => {
      if (effectiveWrite(view.target) !== "merge" || stringsOf(view.target.primary_key).length > 0) return []
      return [
        finding(
          "merge_without_primary_key",
          locateIn(pair, [...view.path, "write"]),
          `${label(pair, view)} is written with merge but has no primary_key: there is nothing to upsert on; add primary_key or use another write mode`,
        ),
      ]
    }),
  )
