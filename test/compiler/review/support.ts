/** Helpers of the review tests: base and head specs from text, and the findings of one rule. */
import { Effect } from "effect"
import { pairSpecs, type SpecPair, specVersion } from "../../../compiler/review/diff"
import type { Finding, ReviewContext, RuleId } from "../../../compiler/review/finding"
import { type ReviewResult, review, runRules } from "../../../compiler/review/review"
import { Workspace } from "../../../compiler/workspace"

export const PATH = "specs/test.yaml"

export interface Side {
  readonly [path: string]: string
}

const versions = (side: Side, sqlFiles: Readonly<Record<string, string>> = {}) =>
  Object.entries(side).map(([path, text]) => specVersion(path, text, new Map(Object.entries(sqlFiles))))

/** Pairs from base and head texts; a plain string is the spec at PATH, `undefined` means no spec. */
export const pairs = (
  base: string | Side | undefined,
  head: string | Side | undefined,
  sqlFiles: Readonly<Record<string, string>> = {},
): ReadonlyArray<SpecPair> => {
  const side = (value: string | Side | undefined): Side =>
    value === undefined ? {} : typeof value === "string" ? { [PATH]: value } : value
  return pairSpecs(versions(side(base)), versions(side(head), sqlFiles))
}

/** The findings of one rule (pure, no compiler, no suppression). */
export const ruleFindings = (
  rule: RuleId,
  base: string | Side | undefined,
  head: string | Side | undefined,
  context: ReviewContext = {},
  sqlFiles: Readonly<Record<string, string>> = {},
): ReadonlyArray<Finding> =>
  runRules(pairs(base, head, sqlFiles), context).filter((found) => found.rule === rule)

/** The whole of stage A, compiler included, with SQL files in memory. */
export const reviewAll = (
  base: string | Side | undefined,
  head: string | Side | undefined,
  files: Readonly<Record<string, string>> = {},
  context: ReviewContext = {},
): ReviewResult =>
  Effect.runSync(review(pairs(base, head, files), context).pipe(Effect.provide(Workspace.memory(files))))

/** `file:line:col rule` of each finding, the form most assertions compare. */
export const at = (findings: ReadonlyArray<Finding>) =>
  findings.map((found) => `${found.line}:${found.col} ${found.rule}`)

/** The 1-based line of the first line of `text` containing `needle`. */
export const lineOf = (text: string, needle: string, from = 1): number => {
  const index = text.split("\n").findIndex((line, number) => number + 1 >= from && line.includes(needle))
  if (index === -1) throw new Error(`no line contains ${needle}`)
  return index + 1
}

/** A valid spec that the rules have nothing to say about; tests edit copies of it. */
export const BASE = `pipeline: shop
owner: data
start_date: 2025-01-01
schedule: "@daily"
defaults:
  retries: 3
connections:
  shop: { kind: postgres, conn_id: shop_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
  olap: { kind: clickhouse, conn_id: ch }
tasks:
  orders:
    source:
      kind: postgres
      connection: shop
      query: |
        select id, customer_id, status, total_amount, updated_at
        from public.orders
      incremental: { cursor: updated_at }
    targets:
      - connection: dwh
        table: raw.orders
        write: merge
        primary_key: [id]
      - connection: olap
        table: analytics.orders
        write: merge
        primary_key: [id]
        order_by: [id]
  orders_checks:
    depends_on: [orders]
    checks:
      - not_null: { connection: dwh, table: raw.orders, columns: [id, customer_id] }
      - freshness: { connection: dwh, table: raw.orders, column: updated_at, max_age: 2d }
  mart:
    depends_on: [orders]
    sql:
      connection: dwh
      query: "insert into mart.revenue select customer_id, sum(total_amount) from raw.orders group by 1"
`
