/**
 * The semantic diff: whitespace, comments, flow-versus-block style and key order are not changes, so a
 * spec full of problems reviewed against a reformatted copy of itself gives no findings at all.
 */
import { describe, expect, it } from "vitest"
import { changed, changedLines, specChanged } from "../../../compiler/review/diff"
import { PATH, pairs, reviewAll } from "./support"

/** A spec that, added, breaks several rules: personal data, a literal secret, a daily full reload, a ClickHouse table without ORDER BY. */
const BAD = `pipeline: crm
owner: data
start_date: 2025-01-01
schedule: "@daily"
connections:
  crm: { kind: http, conn_id: crm_api }
  shop: { kind: postgres, conn_id: shop_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
  olap: { kind: clickhouse, conn_id: ch }
tasks:
  contacts:
    source:
      kind: http
      connection: crm
      path: /v1/contacts
      headers: { X-Api-Key: "correct-horse-battery" }
    targets:
      - { connection: dwh, table: raw.contacts, columns: { email: text } }
  products:
    retries: 0
    source: { kind: postgres, connection: shop, table: public.products }
    targets:
      - { connection: olap, table: analytics.products, write: replace }
`

const REFORMATTED = `# yaml-language-server: $schema=../schema/airspec.schema.json
pipeline:   crm
owner: data
start_date: 2025-01-01
schedule:   "@daily"     # every night

connections:
  crm:  {kind: http, conn_id: crm_api}
  shop: {kind: postgres, conn_id: shop_pg}
  dwh:  {kind: postgres, conn_id: dwh_pg}
  olap:
    kind: clickhouse
    conn_id: ch
tasks:
    contacts:
        source:
            kind: http
            connection: crm
            path: /v1/contacts
            headers:
                X-Api-Key: "correct-horse-battery"
        targets:
            -   connection: dwh
                table: raw.contacts
                columns: {email: text}
    products:
        retries: 0
        source: {kind: postgres, connection: shop, table: public.products}
        targets:
            - {connection: olap, table: analytics.products, write: replace}
`

const REORDERED = `owner: data
pipeline: crm
schedule: "@daily"
start_date: 2025-01-01
tasks:
  products:
    targets:
      - { write: replace, table: analytics.products, connection: olap }
    source: { table: public.products, connection: shop, kind: postgres }
    retries: 0
  contacts:
    targets:
      - { columns: { email: text }, table: raw.contacts, connection: dwh }
    source:
      headers: { X-Api-Key: "correct-horse-battery" }
      path: /v1/contacts
      connection: crm
      kind: http
connections:
  olap: { conn_id: ch, kind: clickhouse }
  dwh: { conn_id: dwh_pg, kind: postgres }
  shop: { kind: postgres, conn_id: shop_pg }
  crm: { kind: http, conn_id: crm_api }
`

const COMMENTED = BAD.replace(
  "tasks:\n",
  "# the tasks\ntasks:\n  # contacts from the CRM, hourly soon\n",
).replace("retries: 0", "retries: 0   # reviewed in PR 12")

describe("a diff without meaning", () => {
  it("the spec alone, added, breaks rules", () => {
    expect(reviewAll(undefined, BAD).findings.map((f) => f.rule)).toEqual([
      "literal_secret",
      "pii_unmasked",
      "clickhouse_without_order_by",
      "daily_full_refresh_large_table",
    ])
  })

  it.each([
    ["whitespace and flow/block style", REFORMATTED],
    ["comments", COMMENTED],
    ["key order", REORDERED],
  ])("of %s gives zero findings and no changed lines", (_, head) => {
    const result = reviewAll(BAD, head)
    expect(result.findings).toEqual([])
    expect(result.changedSpecs).toBe(0)
    const [pair] = pairs(BAD, head)
    expect(pair && specChanged(pair)).toBe(false)
    expect(pair && changedLines(pair).size).toBe(0)
  })

  it("the reverse direction, too", () => {
    expect(reviewAll(REFORMATTED, BAD).findings).toEqual([])
    expect(reviewAll(REORDERED, COMMENTED).findings).toEqual([])
  })
})

describe("changed elements and lines", () => {
  it("an edited value is a change of its element and its parents only", () => {
    const head = BAD.replace("path: /v1/contacts", "path: /v2/contacts")
    const [pair] = pairs(BAD, head)
    if (pair === undefined) throw new Error("no pair")
    expect(changed(pair, ["tasks", "contacts", "source", "path"])).toBe(true)
    expect(changed(pair, ["tasks", "contacts"])).toBe(true)
    expect(changed(pair, ["tasks", "contacts", "targets", 0])).toBe(false)
    expect(changed(pair, ["tasks", "products"])).toBe(false)
    expect([...changedLines(pair)]).toEqual([15])
  })

  it("every non-blank line of an added spec is changed; a deleted spec has none", () => {
    const [added] = pairs(undefined, `${BAD}\n`)
    expect(added && changedLines(added).size).toBe(BAD.trimEnd().split("\n").length)
    const [deleted] = pairs(BAD, undefined)
    expect(deleted?.path).toBe(PATH)
    expect(deleted && changedLines(deleted).size).toBe(0)
  })
})
