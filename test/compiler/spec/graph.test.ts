import { describe, expect, it } from "vitest"
import { findCycle, topologicalOrder } from "../../../compiler/spec/graph"

const graph = (edges: Record<string, ReadonlyArray<string>>) => (id: string) => edges[id] ?? []

describe("dependency graph", () => {
  it("finds a cycle and names it", () => {
    expect(findCycle(["a", "b", "c"], graph({ a: ["b"], b: ["c"], c: ["a"] }))).toEqual(["a", "b", "c", "a"])
    expect(findCycle(["a", "b"], graph({ a: ["b"] }))).toBeUndefined()
  })

  it("orders dependencies first and otherwise keeps the given order", () => {
    expect(topologicalOrder(["d", "c", "b", "a"], graph({ d: ["a"], b: ["a"] }))).toEqual([
      "c",
      "a",
      "d",
      "b",
    ])
  })

  it("handles long chains without recursion", () => {
    const ids = Array.from({ length: 50_000 }, (_, index) => `t${index}`)
    const upstream = (id: string) => {
      const index = Number(id.slice(1))
      return index + 1 < ids.length ? [`t${index + 1}`] : []
    }
    expect(findCycle(ids, upstream)).toBeUndefined()
    const order = topologicalOrder(ids, upstream)
    expect(order[0]).toBe("t49999")
    expect(order.at(-1)).toBe("t0")
  })
})
