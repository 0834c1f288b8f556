/**
 * Drafting a spec from profiled samples, shared by `airspec draft` and the service's draft jobs: a model
 * drafts when one is configured (model.ts), the skeleton stands otherwise, and the real compiler checks
 * whatever text comes out. Errors are `line:col message`, as model.ts reports them.
 */
import { Effect } from "effect"
import { compileSpec } from "../compile"
import type { Llm } from "../llm/service"
import { profileTable } from "../profile/profile"
import { readSample, type SampleError } from "../profile/sample"
import { Workspace } from "../workspace"
import { draftWithModel, type ModelDraft, type ModelDraftOptions } from "./model"
import type { DraftRequest, DraftSample, TargetKind } from "./skeleton"

export const DEFAULT_OWNER = "data"
export const DEFAULT_START_DATE = "2025-01-01"

/** Where the tables go when no schema (PostgreSQL) or database (ClickHouse) is named. */
export const defaultSchema = (target: TargetKind): string => (target === "postgres" ? "raw" : "analytics")

/** Where a drafted spec lives by default, and the path its errors are reported against. */
export const specPathOf = (pipeline: string): string => `specs/${pipeline}.yaml`

/** One sample file, read and profiled. */
export const fileSample = (
  path: string,
  options: { readonly recordPath?: string | undefined } = {},
): Effect.Effect<DraftSample, SampleError> =>
  Effect.map(readSample(path, { recordPath: options.recordPath }), (sample) => ({
    source: { kind: "file", info: sample.info },
    profile: profileTable(sample.table),
  }))

export interface DraftOutcome {
  readonly draft: ModelDraft
  /** What is still wrong with `draft.text`, as `line:col message`; empty when the compiler accepts it. */
  readonly errors: ReadonlyArray<string>
}

/** The draft and the compiler's verdict on it (a failed model draft carries its own errors). */
export const draftSpec = (
  request: DraftRequest,
  options: ModelDraftOptions,
): Effect.Effect<DraftOutcome, never, Llm> =>
  Effect.gen(function* () {
    const draft = yield* draftWithModel(request, options)
    if (draft._tag === "Failed") return { draft, errors: draft.errors }
    const checked = yield* compileSpec({ path: options.path, text: draft.text }).pipe(
      Effect.provide(Workspace.memory({})),
    )
    return { draft, errors: checked.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`) }
  })
