/**
 * A draft job's work, as `airspec draft` does it for files: the uploaded samples are written to a
 * private temporary directory, read and profiled, and drafted by the model when one is configured (the
 * skeleton otherwise), then checked by the compiler (compiler/draft/draft.ts). A model whose draft still
 * has errors gives a *completed* job with outcome "failed"; only input that cannot be drafted at all (a
 * sample that cannot be read, say) fails the job, with the reason.
 */
import { FileSystem, Path } from "@effect/platform"
import { Data, Effect } from "effect"
import {
  DEFAULT_OWNER,
  DEFAULT_START_DATE,
  defaultSchema,
  draftSpec,
  fileSample,
  specPathOf,
} from "../../compiler/draft/draft"
import type { DraftSample } from "../../compiler/draft/skeleton"
import type { Llm } from "../../compiler/llm/service"
import type { DraftJobInput, DraftResult } from "./jobs"

export class DraftJobFailed extends Data.TaggedError("DraftJobFailed")<{
  /** input: the request cannot be drafted as given (a bad file name, an unreadable sample). */
  readonly reason: "input" | "internal"
  readonly message: string
}> {}

/** Names that would leave the job's directory or clash with each other are refused. */
const badFileName = (names: ReadonlyArray<string>): string | undefined => {
  const seen = new Set<string>()
  for (const name of names) {
    if (name === "." || name === ".." || name.includes("\0"))
      return `the sample name ${JSON.stringify(name)} is not a file name`
    if (seen.has(name)) return `two samples are named ${name}`
    seen.add(name)
  }
  return undefined
}

const noteOf = (outcome: DraftResult["outcome"], errors: number, calls: number, reason: string | null) => {
  switch (outcome) {
    case "drafted":
      return null
    case "failed":
      return `the model's draft still has ${errors} error(s) after ${calls} call(s): fix them by hand`
    case "skipped":
      return `LLM drafting skipped: ${reason}; this is the profile skeleton`
  }
}

export const runDraft = (
  input: DraftJobInput,
): Effect.Effect<DraftResult, DraftJobFailed, Llm | FileSystem.FileSystem | Path.Path> =>
  Effect.scoped(
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const bad = badFileName(input.samples.map((sample) => sample.file))
      if (bad !== undefined) return yield* new DraftJobFailed({ reason: "input", message: bad })
      const internal = (what: string) => (error: { readonly message: string }) =>
        new DraftJobFailed({ reason: "internal", message: `${what}: ${error.message}` })
      const dir = yield* fs
        .makeTempDirectoryScoped({ prefix: "airspec-job-" })
        .pipe(Effect.mapError(internal("cannot make a temporary directory")))
      const samples: DraftSample[] = []
      for (const upload of input.samples) {
        const file = path.join(dir, upload.file)
        yield* fs
          .writeFileString(file, upload.content)
          .pipe(Effect.mapError(internal(`cannot store ${upload.file}`)))
        // the reader names the file by its base name only: the directory never shows in a message
        const sample = yield* fileSample(file, { recordPath: input.record_path }).pipe(
          Effect.mapError((error) => new DraftJobFailed({ reason: "input", message: error.message })),
        )
        samples.push(sample)
      }
      const target = input.target ?? "postgres"
      const { draft, errors } = yield* draftSpec(
        {
          pipeline: input.name,
          owner: DEFAULT_OWNER,
          target,
          schema: input.schema ?? defaultSchema(target),
          startDate: DEFAULT_START_DATE,
          request: input.request ?? null,
          samples,
        },
        { path: specPathOf(input.name), includeExamples: input.include_examples === true },
      )
      const outcome = draft._tag === "Drafted" ? "drafted" : draft._tag === "Failed" ? "failed" : "skipped"
      return {
        spec: draft.text,
        outcome,
        errors,
        model_calls: draft.calls,
        note: noteOf(outcome, errors.length, draft.calls, draft._tag === "Skipped" ? draft.reason : null),
      } satisfies DraftResult
    }),
  )
