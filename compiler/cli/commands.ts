/** The `airspec` command line: compile, check, schema, run, draft, metrics. Exit codes: 0 ok, 1 findings, 2 usage or internal error. */
import { Args, Command, Options } from "@effect/cli"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { Console, Effect } from "effect"
import { jsonSchemas, SCHEMA_DIR } from "../json-schemas"
import { draft } from "./draft-command"
import { metrics } from "./metrics-command"
import { compileInParallel } from "./parallel"
import { DEFAULT_OUT, findSpecs, outputDrift, readSpecs, writeOutputs } from "./project-files"
import { FindingsReported, FORMATS, type Format, formatReport } from "./report"
import { review } from "./review-command"
import { runArgs, runTask } from "./run-command"
import { serve } from "./serve-command"
import { worker } from "./worker-command"

const paths = Args.text({ name: "paths" }).pipe(
  Args.withDescription("Spec files or directories (searched recursively for *.yaml / *.yml). Default: specs"),
  Args.repeated,
)
const out = Options.text("out").pipe(
  Options.withDescription("Directory of generated DAGs and plans."),
  Options.withDefault(DEFAULT_OUT),
)
const format = Options.choice("format", FORMATS).pipe(
  Options.withDescription("text for people, json for tools, github for workflow annotations."),
  Options.withDefault<Format>("text"),
)

const compileAll = (specPaths: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sources = yield* readSpecs(yield* findSpecs(specPaths))
    const outcome = yield* compileInParallel(sources)
    return { sources, outcome }
  })

const compile = Command.make("compile", { paths, out, format }, ({ paths, out, format }) =>
  Effect.gen(function* () {
    const { sources, outcome } = yield* compileAll(paths)
    const drift = yield* outputDrift(out, outcome)
    yield* writeOutputs(out, drift)
    yield* Console.log(
      formatReport({ specs: sources.length, diagnostics: outcome.diagnostics, out }, format).trimEnd(),
    )
    if (format === "text") {
      const written = drift.missing.length + drift.stale.length
      yield* Console.error(
        `wrote ${written} file(s), removed ${drift.orphaned.length} orphaned file(s) in ${out}`,
      )
    }
    if (outcome.diagnostics.length > 0)
      return yield* new FindingsReported({ count: outcome.diagnostics.length })
  }),
).pipe(
  Command.withDescription(
    "Compile specs into static Airflow DAGs and task plans. Writes only files that changed and removes generated files whose spec is gone. Invalid specs are reported and their previous output is left as it was.",
  ),
)

const check = Command.make("check", { paths, out, format }, ({ paths, out, format }) =>
  Effect.gen(function* () {
    const { sources, outcome } = yield* compileAll(paths)
    const drift = yield* outputDrift(out, outcome)
    const report = { specs: sources.length, diagnostics: outcome.diagnostics, drift, out }
    const text = formatReport(report, format).trimEnd()
    if (text !== "") yield* Console.log(text)
    const count =
      outcome.diagnostics.length + drift.missing.length + drift.stale.length + drift.orphaned.length
    if (count > 0) return yield* new FindingsReported({ count })
  }),
).pipe(
  Command.withDescription(
    "Validate specs and verify that generated files are present and up to date. Writes nothing; exits 1 on any invalid spec or missing, stale or orphaned generated file.",
  ),
)

const schemaDir = Options.text("dir").pipe(
  Options.withDescription("Directory for the JSON Schemas."),
  Options.withDefault(SCHEMA_DIR),
)

const schema = Command.make("schema", { dir: schemaDir }, ({ dir }) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    yield* fs.makeDirectory(dir, { recursive: true })
    for (const { name, text } of jsonSchemas()) yield* fs.writeFileString(path.join(dir, name), text)
  }),
).pipe(
  Command.withDescription(
    "Write the JSON Schemas of the spec language (airspec.schema.json, for editors and yaml-language-server), of the plan (airspec-plan.schema.json) and of the runtime's metric events (airspec-metrics.schema.json).",
  ),
)

const run = Command.make("run", runArgs, runTask).pipe(
  Command.withDescription(
    "Run one task of a spec on this machine, without Airflow: connections from AIRSPEC_CONN_<NAME> variables or a .env file. Exits with the runtime's code: 0 done, 75 retryable failure, 3 permanent failure.",
  ),
)

export const airspec = Command.make("airspec").pipe(
  Command.withDescription(
    "Compile declarative YAML pipeline specs into static Airflow 3 DAGs, and run their tasks.",
  ),
  Command.withSubcommands([compile, check, schema, run, draft, metrics, review, serve, worker]),
)
