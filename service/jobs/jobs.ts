/**
 * Draft jobs, as the HTTP API sees them: submitted, then pending → processing → completed | failed, run by
 * `airspec worker`. The store is PostgreSQL (jobs survive restarts); Kafka carries the job ids to workers.
 * This module is the contract between the API handlers and the job machinery; `JobsLive` (store +
 * dispatch, service/jobs/layer.ts) implements it.
 */
import { Context, Data, type Effect, type Option, Schema as S } from "effect"

export const JobStatus = S.Literal("pending", "processing", "completed", "failed")
export type JobStatus = typeof JobStatus.Type

/** One sample file, inline: its name (the extension picks the reader) and its text. */
export const SampleUpload = S.Struct({
  file: S.String.pipe(S.pattern(/^[^/\\]{1,200}$/)),
  content: S.String,
})

/** What `POST /v1/drafts` takes: the same inputs as `airspec draft` with files. */
export const DraftJobInput = S.Struct({
  name: S.String.pipe(S.pattern(/^[a-z][a-z0-9_]*$/)),
  request: S.optional(S.String),
  target: S.optional(S.Literal("postgres", "clickhouse")),
  schema: S.optional(S.String),
  record_path: S.optional(S.String),
  include_examples: S.optional(S.Boolean),
  samples: S.NonEmptyArray(SampleUpload),
})
export type DraftJobInput = typeof DraftJobInput.Type

export const JobView = S.Struct({
  id: S.String,
  kind: S.Literal("draft"),
  status: JobStatus,
  attempts: S.Int,
  /** Why the job failed; null otherwise. */
  error: S.NullOr(S.String),
  created_at: S.String,
  updated_at: S.String,
})
export type JobView = typeof JobView.Type

/** A completed draft: the spec text, whether the compiler accepts it, and how it was drafted. */
export const DraftResult = S.Struct({
  spec: S.String,
  /** drafted: by a model and valid; failed: the model's spec still has errors; skipped: the skeleton (no model or it failed). */
  outcome: S.Literal("drafted", "failed", "skipped"),
  errors: S.Array(S.String),
  model_calls: S.Int,
  note: S.NullOr(S.String),
})
export type DraftResult = typeof DraftResult.Type

export class JobsError extends Data.TaggedError("JobsError")<{
  readonly reason: "store" | "dispatch"
  readonly message: string
}> {}

export interface JobsService {
  readonly submit: (input: DraftJobInput) => Effect.Effect<JobView, JobsError>
  readonly get: (id: string) => Effect.Effect<Option.Option<JobView>, JobsError>
  /** Some only for a completed job. */
  readonly result: (id: string) => Effect.Effect<Option.Option<DraftResult>, JobsError>
  /** For /readyz: the store answers. */
  readonly ping: Effect.Effect<void, JobsError>
}

export class Jobs extends Context.Tag("airspec/Jobs")<Jobs, JobsService>() {}
