/**
 * When a spec has shape errors, the checks of meaning can still run on the parts that decoded: this
 * removes the tasks, params and connections that have errors and keeps their names, so that references
 * to them are not reported a second time. Any other broken part (the schedule, an unknown top-level key
 * that may be a misspelt one, …) changes what the checks would conclude, so then nothing is salvaged.
 */
const ENTRIES = new Set(["tasks", "params", "connections"])

export interface Salvaged {
  readonly value: Record<string, unknown>
  readonly broken: { readonly tasks: ReadonlySet<string>; readonly connections: ReadonlySet<string> }
}

export const salvage = (
  value: unknown,
  errorPaths: ReadonlyArray<ReadonlyArray<PropertyKey>>,
): Salvaged | undefined => {
  if (!isRecord(value)) return undefined
  const copy: Record<string, unknown> = { ...value }
  const broken = { tasks: new Set<string>(), connections: new Set<string>() }
  for (const [head, name] of errorPaths) {
    if (typeof head !== "string") return undefined
    const entries = copy[head]
    if (ENTRIES.has(head) && typeof name === "string" && isRecord(entries)) {
      const { [name]: _removed, ...rest } = entries
      copy[head] = rest
      if (head === "tasks") broken.tasks.add(name)
      if (head === "connections") broken.connections.add(name)
    } else {
      return undefined
    }
  }
  return { value: copy, broken }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
