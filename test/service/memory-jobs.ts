/**
 * An in-memory `Jobs` service for the API's tests: jobs live in a map, and the test moves them along
 * (complete, fail) or makes the store misbehave (slow submits, a failing ping).
 */
import { randomUUID } from "node:crypto"
import { Duration, Effect, Layer, Option } from "effect"
import { type DraftJobInput, type DraftResult, Jobs, JobsError, type JobView } from "../../service/jobs/jobs"

export interface MemoryJobs {
  readonly layer: Layer.Layer<Jobs>
  readonly submitted: ReadonlyArray<DraftJobInput>
  readonly start: (id: string) => void
  readonly complete: (id: string, result: DraftResult) => void
  readonly fail: (id: string, reason: string) => void
  /** Submits take this long from now on (for requests still in flight at shutdown). */
  readonly slowSubmits: (delay: Duration.DurationInput) => void
  /** The store stops answering pings with this message, or answers again with null. */
  readonly breakPing: (message: string | null) => void
}

export const memoryJobs = (): MemoryJobs => {
  const views = new Map<string, JobView>()
  const results = new Map<string, DraftResult>()
  const submitted: DraftJobInput[] = []
  let delay = Duration.zero
  let pingError: string | null = null
  const update = (id: string, change: Partial<JobView>) => {
    const view = views.get(id)
    if (view === undefined) throw new Error(`no job ${id}`)
    views.set(id, { ...view, ...change, updated_at: new Date().toISOString() })
  }
  const layer = Layer.succeed(Jobs, {
    submit: (input) =>
      Effect.sleep(delay).pipe(
        Effect.map(() => {
          const now = new Date().toISOString()
          const view: JobView = {
            id: randomUUID(),
            kind: "draft",
            status: "pending",
            attempts: 0,
            error: null,
            created_at: now,
            updated_at: now,
          }
          views.set(view.id, view)
          submitted.push(input)
          return view
        }),
      ),
    get: (id) => Effect.succeed(Option.fromNullable(views.get(id))),
    result: (id) =>
      Effect.succeed(
        views.get(id)?.status === "completed" ? Option.fromNullable(results.get(id)) : Option.none(),
      ),
    ping: Effect.suspend(() =>
      pingError === null ? Effect.void : Effect.fail(new JobsError({ reason: "store", message: pingError })),
    ),
  })
  return {
    layer,
    submitted,
    start: (id) => update(id, { status: "processing", attempts: 1 }),
    complete: (id, result) => {
      results.set(id, result)
      update(id, { status: "completed" })
    },
    fail: (id, reason) => update(id, { status: "failed", error: reason }),
    slowSubmits: (given) => {
      delay = Duration.decode(given)
    },
    breakPing: (message) => {
      pingError = message
    },
  }
}
