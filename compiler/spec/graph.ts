/**
 * Dependency graph helpers, iterative (a spec with thousands of tasks must not overflow the stack) and
 * linear in tasks plus edges. Iteration follows the given ids, so results are deterministic.
 */

/** The first cycle found, as ids with the first repeated at the end (a → b → a), or undefined. */
export const findCycle = (
  ids: ReadonlyArray<string>,
  upstream: (id: string) => ReadonlyArray<string>,
): ReadonlyArray<string> | undefined => {
  const state = new Map<string, "visiting" | "done">()
  for (const start of ids) {
    if (state.has(start)) continue
    const path: string[] = [start]
    const pending: Array<ReadonlyArray<string>> = [upstream(start)]
    const next: number[] = [0]
    state.set(start, "visiting")
    while (path.length > 0) {
      const depth = path.length - 1
      const children = pending[depth] as ReadonlyArray<string>
      const child = children[next[depth] as number]
      if (child === undefined) {
        state.set(path.pop() as string, "done")
        pending.pop()
        next.pop()
        continue
      }
      next[depth] = (next[depth] as number) + 1
      const seen = state.get(child)
      if (seen === "visiting") return [...path.slice(path.indexOf(child)), child]
      if (seen === "done") continue
      state.set(child, "visiting")
      path.push(child)
      pending.push(upstream(child))
      next.push(0)
    }
  }
  return undefined
}

/**
 * Kahn's algorithm; among the tasks that are ready, the one written first in the spec goes first.
 * Assumes no cycle and that every upstream id is in `ids`.
 */
export const topologicalOrder = (
  ids: ReadonlyArray<string>,
  upstream: (id: string) => ReadonlyArray<string>,
): ReadonlyArray<string> => {
  const position = new Map(ids.map((id, index) => [id, index]))
  const waitingOn = ids.map((id) => new Set(upstream(id)).size)
  const downstream = ids.map((): number[] => [])
  for (const [index, id] of ids.entries()) {
    for (const dependency of new Set(upstream(id)))
      downstream[position.get(dependency) as number]?.push(index)
  }
  const ready = new MinHeap()
  for (const [index, count] of waitingOn.entries()) if (count === 0) ready.push(index)
  const order: string[] = []
  for (let index = ready.pop(); index !== undefined; index = ready.pop()) {
    order.push(ids[index] as string)
    for (const next of downstream[index] ?? []) {
      waitingOn[next] = (waitingOn[next] as number) - 1
      if (waitingOn[next] === 0) ready.push(next)
    }
  }
  return order
}

/** Smallest number first. */
class MinHeap {
  private readonly items: number[] = []

  push(value: number) {
    const items = this.items
    items.push(value)
    for (let at = items.length - 1; at > 0; ) {
      const parent = (at - 1) >> 1
      if ((items[parent] as number) <= value) break
      items[at] = items[parent] as number
      items[parent] = value
      at = parent
    }
  }

  pop(): number | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    for (let at = 0; ; ) {
      const left = 2 * at + 1
      const right = left + 1
      let smallest = at
      if (left < items.length && (items[left] as number) < (items[smallest] as number)) smallest = left
      if (right < items.length && (items[right] as number) < (items[smallest] as number)) smallest = right
      if (smallest === at) break
      ;[items[at], items[smallest]] = [items[smallest] as number, items[at] as number]
      at = smallest
    }
    return top
  }
}
