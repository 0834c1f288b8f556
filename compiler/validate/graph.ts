/** Dependency graph helpers. Iteration order follows the given ids, so results are deterministic. */

/** The first cycle found, as ids with the first repeated at the end (a → b → a), or undefined. */
export const findCycle = (
  ids: ReadonlyArray<string>,
  upstream: (id: string) => ReadonlyArray<string>,
): ReadonlyArray<string> | undefined => {
  const state = new Map<string, "visiting" | "done">()
  const stack: string[] = []
  const visit = (id: string): ReadonlyArray<string> | undefined => {
    if (state.get(id) === "done") return undefined
    if (state.get(id) === "visiting") return [...stack.slice(stack.indexOf(id)), id]
    state.set(id, "visiting")
    stack.push(id)
    for (const next of upstream(id)) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(id, "done")
    return undefined
  }
  for (const id of ids) {
    const cycle = visit(id)
    if (cycle) return cycle
  }
  return undefined
}

/** Kahn's algorithm; among ready tasks the spec order wins. Assumes no cycle. */
export const topologicalOrder = (
  ids: ReadonlyArray<string>,
  upstream: (id: string) => ReadonlyArray<string>,
): ReadonlyArray<string> => {
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < ids.length) {
    const ready = ids.find(
      (id) => !placed.has(id) && upstream(id).every((dependency) => placed.has(dependency)),
    )
    if (ready === undefined) break
    order.push(ready)
    placed.add(ready)
  }
  return order
}
