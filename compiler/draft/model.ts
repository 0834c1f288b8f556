/**
 * A spec drafted by a model: it gets the request, the sample profiles (metadata only: no example values
 * unless asked for) and the skeleton, and answers with the spec as JSON (structured output). Code writes
 * the YAML, the real compiler checks it, and the errors go back to the model for at most 3 repairs,
 * stopping early when they repeat. Without a model, or when it fails, the skeleton stands.
 *
 * Structured output: the spec's JSON Schema uses `$ref`/`$defs`, patterns and optional properties, which
 * strict mode rejects, so it is sent with `strict: false` as guidance; the compiler is the real check.
 */
import { Effect, JSONSchema } from "effect"
import { stringify } from "yaml"
import { compileSpec } from "../compile"
import type { LlmError } from "../llm/error"
import { Llm } from "../llm/service"
import { parseYaml } from "../parse/yaml"
import { Spec } from "../spec/schema"
import { didYouMean } from "../validate/suggest"
import { Workspace } from "../workspace"
import {
  type DraftRequest,
  type DraftSample,
  describeSource,
  readsSample,
  sampleName,
  skeletonSpec,
} from "./skeleton"

export const MAX_REPAIRS = 3

export interface ModelDraftOptions {
  /** Where the spec will live, for the compiler's checks and the messages. */
  readonly path: string
  /** Send the profiles' example values (data) too; off by default. */
  readonly includeExamples?: boolean
}

export type ModelDraft =
  /** The model's spec, which the compiler accepts. */
  | { readonly _tag: "Drafted"; readonly text: string; readonly calls: number }
  /** The last spec the model gave (or the skeleton if none parsed), with the errors still in it. */
  | {
      readonly _tag: "Failed"
      readonly text: string
      readonly calls: number
      readonly errors: ReadonlyArray<string>
    }
  /** No model, or the model failed: the skeleton, and why. */
  | { readonly _tag: "Skipped"; readonly text: string; readonly reason: string; readonly calls: number }

const SYSTEM = [
  "You draft airspec pipeline specs. An airspec spec is a YAML file (here written as JSON) that describes",
  "an Airflow DAG of load tasks (source -> targets), SQL tasks and checks; the JSON Schema you are given",
  "is its grammar. You get a request in plain words, profiles of samples (files, existing tables with",
  "their declared types and keys, or API responses: column names, inferred types, null counts, candidate",
  "keys, cursors and partitions) and a deterministic draft made from the profiles alone. Improve that",
  "draft to fit the request: keep what is right, use only columns the profiles list, and keep the",
  "connection names. Answer with the whole spec as one JSON object and nothing else: no prose, no Markdown.",
].join("\n")

/** The spec's JSON Schema with its root definition inlined: endpoints want an object at the root, not a `$ref`. */
const specSchema = (): object => {
  const {
    $ref,
    $defs,
    $schema: _,
    ...rest
  } = JSONSchema.make(Spec) as {
    $ref?: string
    $defs?: Record<string, object>
    $schema?: string
  }
  const root = $ref?.startsWith("#/$defs/") ? $defs?.[$ref.slice("#/$defs/".length)] : undefined
  return root === undefined ? { ...rest, $defs } : { ...root, $defs }
}

/** The profiles as the model sees them: without example values unless asked for, since those are data. */
const profilesFor = (samples: ReadonlyArray<DraftSample>, includeExamples: boolean) =>
  samples.map(({ source, profile }) => ({
    source: describeSource(source),
    ...profile,
    columns: profile.columns.map(({ examples, ...column }) =>
      includeExamples ? { ...column, examples } : column,
    ),
  }))

export const draftPrompt = (request: DraftRequest, options: ModelDraftOptions): string =>
  [
    `Request: ${request.request ?? "(none: load the samples as they are)"}`,
    `Pipeline name: ${request.pipeline}; target database: ${request.target}; schema: ${request.schema}; owner: ${request.owner}; start date: ${request.startDate}.`,
    "",
    "Sample profiles (JSON):",
    JSON.stringify(profilesFor(request.samples, options.includeExamples === true), null, 1),
    "",
    "Deterministic draft (YAML), the baseline to improve:",
    skeletonSpec(request),
  ].join("\n")

const repairPrompt = (first: string, answer: string, errors: ReadonlyArray<string>): string =>
  [
    first,
    "",
    "Your previous answer:",
    answer,
    "",
    "It has these errors (line:col refer to the YAML written from it):",
    ...errors.map((error) => `- ${error}`),
    "",
    "Answer again with the whole corrected spec as one JSON object.",
  ].join("\n")

/** The YAML written from the model's answer: code, not the model, writes the file. */
export const modelSpecText = (spec: unknown): string =>
  [
    "# yaml-language-server: $schema=../schema/airspec.schema.json",
    "# Drafted by `airspec draft` with a model, from sample profiles and the request: review every line,",
    "# above all the keys, the cursor and the write mode, which neither a sample nor a model can prove.",
    stringify(spec, { lineWidth: 0 }),
  ].join("\n")

type Parsed = { readonly ok: true; readonly spec: object } | { readonly ok: false; readonly error: string }

const parseAnswer = (text: string): Parsed => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      error: `1:1 the answer is not JSON (${error instanceof Error ? error.message : String(error)}): answer with one JSON object and nothing else`,
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, error: "1:1 the answer must be one JSON object: the spec" }
  return { ok: true, spec: value }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * Every column a load task names (primary_key, order_by, version, the columns' keys, the cursor) must be
 * one its sample has: the task's sample is the one whose file the source reads, or the only one.
 */
export const columnErrors = (
  path: string,
  text: string,
  samples: ReadonlyArray<DraftSample>,
): ReadonlyArray<string> => {
  const parsed = parseYaml(path, text)
  if (!parsed.ok) return []
  const { value, locate } = parsed.yaml
  if (!isRecord(value) || !isRecord(value.tasks)) return []
  const errors: string[] = []
  for (const [id, task] of Object.entries(value.tasks)) {
    if (!isRecord(task) || !isRecord(task.source)) continue
    const source = task.source
    const sample =
      samples.find((sample) => readsSample(sample.source, source)) ??
      (samples.length === 1 ? samples[0] : undefined)
    if (sample === undefined) continue
    const known = sample.profile.columns.map((column) => column.name)
    const check = (name: unknown, at: ReadonlyArray<PropertyKey>, part: "key" | "value" = "value") => {
      if (typeof name !== "string" || known.includes(name)) return
      const { line, col } = locate(at, part)
      errors.push(
        `${line}:${col} column "${name}" is not in the sample ${sampleName(sample.source)}${didYouMean(name, known)}`,
      )
    }
    if (isRecord(source.incremental))
      check(source.incremental.cursor, ["tasks", id, "source", "incremental", "cursor"])
    if (!Array.isArray(task.targets)) continue
    task.targets.forEach((target, index) => {
      if (!isRecord(target)) return
      const at = ["tasks", id, "targets", index]
      for (const field of ["primary_key", "order_by"] as const) {
        const names = target[field]
        if (Array.isArray(names))
          names.forEach((name, i) => {
            check(name, [...at, field, i])
          })
      }
      check(target.version, [...at, "version"])
      if (isRecord(target.columns))
        for (const name of Object.keys(target.columns)) check(name, [...at, "columns", name], "key")
    })
  }
  return errors
}

/** The compiler's errors and the column check, as `line:col message`. */
const specErrors = (path: string, text: string, samples: ReadonlyArray<DraftSample>) =>
  Effect.map(compileSpec({ path, text }).pipe(Effect.provide(Workspace.memory({}))), (outcome) => [
    ...outcome.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`),
    ...columnErrors(path, text, samples),
  ])

const sameErrors = (a: ReadonlyArray<string>, b: ReadonlyArray<string> | null) =>
  b !== null && a.length === b.length && [...a].sort().every((error, i) => error === [...b].sort()[i])

export const draftWithModel = (
  request: DraftRequest,
  options: ModelDraftOptions,
): Effect.Effect<ModelDraft, never, Llm> =>
  Effect.gen(function* () {
    const llm = yield* Llm
    const skeleton = skeletonSpec(request)
    if (!llm.configured)
      return { _tag: "Skipped", text: skeleton, reason: "no endpoint configured", calls: 0 } as const
    const schema = { name: "airspec_spec", schema: specSchema(), strict: false }
    const first = draftPrompt(request, options)
    let user = first
    let calls = 0
    // the spec to write when no answer passes: the last one that parsed, else the skeleton
    let written: { text: string; errors: ReadonlyArray<string> } | null = null
    let previous: ReadonlyArray<string> | null = null
    for (let round = 0; round <= MAX_REPAIRS; round++) {
      calls += 1
      const reply = yield* Effect.either(
        llm.complete({
          system: SYSTEM,
          user,
          schema,
          purpose: round === 0 ? "draft" : "repair",
          pipeline: request.pipeline,
        }),
      )
      if (reply._tag === "Left") return skipped(skeleton, reply.left, calls)
      const parsed = parseAnswer(reply.right.text)
      let errors: ReadonlyArray<string>
      let shown: string
      if (parsed.ok) {
        const text = modelSpecText(parsed.spec)
        shown = text
        errors = yield* specErrors(options.path, text, request.samples)
        if (errors.length === 0) return { _tag: "Drafted", text, calls } as const
        written = { text, errors }
      } else {
        shown = reply.right.text
        errors = [parsed.error]
      }
      if (sameErrors(errors, previous) || round === MAX_REPAIRS)
        return { _tag: "Failed", calls, ...(written ?? { text: skeleton, errors }) } as const
      previous = errors
      user = repairPrompt(first, shown, errors)
    }
    // not reached: the last round returns
    return { _tag: "Failed", calls, ...(written ?? { text: skeleton, errors: previous ?? [] }) } as const
  })

const skipped = (skeleton: string, error: LlmError, calls: number): ModelDraft => ({
  _tag: "Skipped",
  text: skeleton,
  reason: `the model failed (${error.reason}: ${error.message})`,
  calls,
})
