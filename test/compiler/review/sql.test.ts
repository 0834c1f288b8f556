/** The little SQL reading the rules need: select lists, the table read, whole-word mentions. */
import { describe, expect, it } from "vitest"
import { fromTable, mentions, selectList } from "../../../compiler/review/sql"

describe("selectList", () => {
  it("reads plain, qualified, quoted and aliased columns, and expressions with an alias", () => {
    expect(
      selectList(
        `select distinct o.id, "Status", total as amount, count(*) as n, coalesce(a, b) as c, 'x' as kind -- note, here
         from public.orders o where x in (select y from z)`,
      ),
    ).toEqual({
      items: [
        { source: "id", output: "id" },
        { source: "Status", output: "Status" },
        { source: "total", output: "amount" },
        { source: undefined, output: "n" },
        { source: undefined, output: "c" },
        { source: undefined, output: "kind" },
      ],
      open: false,
    })
  })

  it("says when the query may produce more than it names", () => {
    expect(selectList("select *, id from t")?.open).toBe(true)
    expect(selectList("select t.* from t")?.open).toBe(true)
    expect(selectList("select a::int from t")?.open).toBe(true)
    expect(selectList("with x as (select a from b) select a, b from x")?.items.map((i) => i.output)).toEqual([
      "a",
      "b",
    ])
    expect(selectList("values (1)")).toBeUndefined()
  })
})

describe("fromTable and mentions", () => {
  it("find the table of the outer query, and whole identifiers outside comments and strings", () => {
    expect(fromTable("select a, (select 1 from y) from raw.orders o")).toBe("raw.orders")
    expect(fromTable('select a from "raw"."orders"')).toBe("raw.orders")
    expect(fromTable("select a from (select 1) s")).toBeUndefined()
    expect(mentions("select customer_id from raw.orders", "customer_id")).toBe(true)
    expect(mentions('select "customer_id" from "raw"."orders"', "raw.orders")).toBe(true)
    expect(mentions("select customer_id_hash from raw.orders", "customer_id")).toBe(false)
    expect(mentions("select 1 -- customer_id\nfrom t where x = 'customer_id'", "customer_id")).toBe(false)
  })
})
