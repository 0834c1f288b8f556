/**
 * POST /v1/reviews: `airspec review --format json` on project files sent in the request instead of a git
 * ref. Spec files (*.yaml, *.yml) of base and head are paired by path; the other files (SQL) are what
 * their sql tasks read. Stage A decides ok; stage B asks the configured model unless `llm: false`.
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Effect } from "effect"
import { type Advisory, advise } from "../../compiler/review/advice"
import { pairSpecs } from "../../compiler/review/diff"
import { formatReview } from "../../compiler/review/report"
import { headVersion, review } from "../../compiler/review/review"
import { Workspace } from "../../compiler/workspace"
import { AirspecApi } from "../api"
import { normalizeFiles } from "./compile"

const SPEC_FILE = /\.ya?ml$/

const versions = (files: Record<string, string>) =>
  Effect.forEach(
    Object.keys(files)
      .filter((path) => SPEC_FILE.test(path))
      .sort(),
    (path) => headVersion(path, files[path] ?? ""),
  ).pipe(Effect.provide(Workspace.memory(files)))

export const ReviewsLive = HttpApiBuilder.group(AirspecApi, "reviews", (handlers) =>
  handlers.handle("review", ({ payload }) =>
    Effect.gen(function* () {
      const head = normalizeFiles(payload.head)
      const base = normalizeFiles(payload.base)
      const pairs = pairSpecs(yield* versions(base), yield* versions(head))
      const result = yield* review(pairs, { tableRows: undefined }).pipe(
        Effect.provide(Workspace.memory(head)),
      )
      const advisory: Advisory =
        payload.llm === false
          ? { skipped: "not requested (llm: false)", findings: [] }
          : yield* advise(pairs, result.findings)
      const report = formatReview(
        { base: payload.base === undefined ? null : "request", result, advisory },
        "json",
      )
      return JSON.parse(report)
    }),
  ),
)
