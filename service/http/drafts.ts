/**
 * /v1/drafts: submit a draft job (202 with the job), its status, and its result. A result asked for before
 * the job completed is 409 with the job's status (and the reason when it failed); store or dispatch
 * failures are 503 and logged, with any configured secret scrubbed from the driver's message.
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Effect, Option } from "effect"
import { AirspecApi, DraftNotReady, NotFound, Unavailable } from "../api"
import { Service, scrubSecrets } from "../config"
import { Jobs, type JobsError } from "../jobs/jobs"

export const DraftsLive = HttpApiBuilder.group(AirspecApi, "drafts", (handlers) =>
  Effect.gen(function* () {
    const jobs = yield* Jobs
    const scrub = scrubSecrets(yield* Service)
    const unavailable = (error: JobsError) =>
      Effect.logWarning(`draft jobs: ${error.reason} failed: ${scrub(error.message)}`).pipe(
        Effect.zipRight(
          Effect.fail(
            new Unavailable({ message: `the draft job ${error.reason} is unavailable; retry later` }),
          ),
        ),
      )
    const job = (id: string) =>
      jobs.get(id).pipe(
        Effect.catchAll(unavailable),
        Effect.flatMap(
          Option.match({
            onNone: () => Effect.fail(new NotFound({ message: `no draft job ${id}` })),
            onSome: Effect.succeed,
          }),
        ),
      )
    return handlers
      .handle("submit", ({ payload }) => jobs.submit(payload).pipe(Effect.catchAll(unavailable)))
      .handle("status", ({ path }) => job(path.id))
      .handle("result", ({ path }) =>
        Effect.gen(function* () {
          const view = yield* job(path.id)
          if (view.status !== "completed")
            return yield* new DraftNotReady({
              message:
                view.status === "failed"
                  ? `draft job ${view.id} failed: ${view.error ?? "no reason recorded"}`
                  : `draft job ${view.id} is ${view.status}; ask again later`,
              status: view.status,
              error: view.error,
            })
          const result = yield* jobs.result(path.id).pipe(Effect.catchAll(unavailable))
          if (Option.isNone(result))
            return yield* new Unavailable({
              message: `draft job ${view.id} completed but its result is missing`,
            })
          return result.value
        }),
      )
  }),
)
