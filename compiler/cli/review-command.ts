/**
 * `airspec review [paths…] [--base <ref>] [--format markdown|github|json]`: reviews the change from the
 * specs at a git ref (none: every spec counts as added) to the specs on disk. Stage A (review/review.ts)
 * decides the exit code: 1 on any blocking finding. Stage B (review/advice.ts) asks a model for advice
 * on the changed lines when AIRSPEC_LLM_* is set, and never changes the exit code.
 *
 * `airspec review --table <connection.schema.table>… --ddl <file>…` analyses existing tables instead
 * (analyze/): recommendations and optional model advice, which never fail the command.
 */
import { relative, resolve, sep } from "node:path"
import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Either, Option } from "effect"
import { reloadedTableRows, reviewDdlFile, reviewLiveTable } from "../analyze/analyze"
import { formatTableReviews } from "../analyze/report"
import { IntrospectError } from "../introspect/table"
import { LlmConfig } from "../llm/config"
import { Llm } from "../llm/service"
import { type Advisory, advise } from "../review/advice"
import { pairSpecs, type SpecPair, specVersion } from "../review/diff"
import type { Finding, ReviewContext } from "../review/finding"
import { specsAt } from "../review/git"
import { formatReview, REVIEW_FORMATS, type ReviewFormat } from "../review/report"
import { headVersion, review as reviewSpecs } from "../review/review"
import { Workspace } from "../workspace"
import { commandEnv, connectionUriIn, envFileOption } from "./connection-env"
import { DEFAULT_SPECS, findSpecs, readSpecs } from "./project-files"
import { FindingsReported } from "./report"
import { UsageError } from "./run-command"
import { logsToStderr } from "./stderr-logs"

const paths = Args.text({ name: "paths" }).pipe(
  Args.withDescription("Spec files or directories (searched recursively for *.yaml / *.yml). Default: specs"),
  Args.repeated,
)

const options = {
  base: Options.text("base").pipe(
    Options.withDescription(
      "Git ref to compare with, e.g. origin/main: only what changed since is reviewed, and specs deleted since count too. Without it every spec counts as added.",
    ),
    Options.optional,
  ),
  format: Options.choice("format", REVIEW_FORMATS).pipe(
    Options.withDescription("markdown for a PR comment, github for workflow annotations, json for tools."),
    Options.withDefault<ReviewFormat>("markdown"),
  ),
  table: Options.text("table").pipe(
    Options.withDescription(
      "Analyse an existing table instead of specs, <connection>.<schema>.<table>; the URI comes from AIRSPEC_CONN_<CONNECTION>. Repeatable.",
    ),
    Options.repeated,
  ),
  ddl: Options.file("ddl", { exists: "yes" }).pipe(
    Options.withDescription(
      "Analyse the CREATE TABLE statements of a DDL file instead of specs. Repeatable.",
    ),
    Options.repeated,
  ),
  envFile: envFileOption,
}

/** The spec roots as project-relative paths, for git: the files and directories `findSpecs` searches. */
const projectRoots = (given: ReadonlyArray<string>) =>
  (given.length === 0 ? [DEFAULT_SPECS] : given).map((path) =>
    relative(process.cwd(), resolve(path)).split(sep).join("/"),
  )

/** Runs `effect` with the model from the environment; a bad configuration becomes `onBadConfig`'s answer. */
const withModel = <A, E>(effect: Effect.Effect<A, E, Llm>, onBadConfig: (reason: string) => A) =>
  Effect.gen(function* () {
    const settings = yield* Effect.either(LlmConfig)
    if (Either.isLeft(settings)) return onBadConfig(`bad LLM configuration: ${settings.left}`)
    return yield* effect.pipe(Effect.provide(Llm.layerWith(settings.right)))
  }).pipe(Effect.provide(logsToStderr))

const adviseFromEnvironment = (pairs: ReadonlyArray<SpecPair>, findings: ReadonlyArray<Finding>) =>
  withModel(advise(pairs, findings), (skipped): Advisory => ({ skipped, findings: [] }))

const reviewTables = (input: {
  readonly table: ReadonlyArray<string>
  readonly ddl: ReadonlyArray<string>
  readonly envFile: string
  readonly format: ReviewFormat
}) =>
  Effect.gen(function* () {
    const env = input.table.length === 0 ? {} : commandEnv(input.envFile)
    const uris = (connection: string) => connectionUriIn(env, connection)
    const analyse = Effect.gen(function* () {
      const live = yield* Effect.forEach(input.table, (text) => reviewLiveTable(text, uris))
      const files = yield* Effect.forEach(input.ddl, reviewDdlFile)
      return [...live, ...files.flat()]
    })
    // unlike stage B, a table review has nothing to fall back on when the model's configuration is half done
    const reviews = yield* withModel(Effect.either(analyse), (reason) =>
      Either.left(new IntrospectError({ reason: "usage", message: reason })),
    )
    if (Either.isLeft(reviews)) return yield* new UsageError({ message: reviews.left.message })
    const text = formatTableReviews(reviews.right, input.format).trimEnd()
    if (text !== "") yield* Console.log(text)
  })

export const review = Command.make("review", { paths, ...options }, (input) =>
  Effect.gen(function* () {
    if (input.table.length + input.ddl.length > 0) return yield* reviewTables(input)
    const sources = yield* readSpecs(yield* findSpecs(input.paths))
    const heads = yield* Effect.forEach(sources, (source) => headVersion(source.path, source.text))
    const base = Option.getOrNull(input.base)
    const bases =
      base === null
        ? []
        : yield* specsAt(base, projectRoots(input.paths)).pipe(
            Effect.mapError((error) => new UsageError({ message: error.message })),
          )
    const pairs = pairSpecs(
      bases.map((spec) => specVersion(spec.path, spec.text)),
      heads,
    )
    const env = commandEnv(input.envFile)
    const context: ReviewContext = {
      tableRows: yield* reloadedTableRows(pairs, (connection) => connectionUriIn(env, connection)).pipe(
        Effect.provide(logsToStderr),
      ),
    }
    const result = yield* reviewSpecs(pairs, context)
    const advisory = yield* adviseFromEnvironment(pairs, result.findings)
    const text = formatReview({ base, result, advisory }, input.format).trimEnd()
    if (text !== "") yield* Console.log(text)
    const blocking = result.findings.filter((found) => found.severity === "blocking").length
    if (blocking > 0) return yield* new FindingsReported({ count: blocking })
  }).pipe(Effect.provide(Workspace.disk)),
).pipe(
  Command.withDescription(
    "Review spec changes against a git ref: deterministic rules (removed columns still used, key and write-mode changes, lost retries, daily full reloads, ClickHouse sort keys, merge keys, unmasked personal data, literal secrets, compile errors) decide the exit code; a model, when configured, adds at most 5 advisory notes on changed lines. With --table or --ddl, recommendations for existing tables instead.",
  ),
)
