/**
 * `airspec draft [files…] [--table <connection.schema.table>]… [--api <url>]… --name <pipeline>`: profiles
 * the samples (files, existing tables, API responses) and writes a spec drafted from the profiles, which
 * the real compiler must accept. With a model configured (AIRSPEC_LLM_*), the model
 * drafts from the request and the profiles (draft/model.ts); without one, or when it fails, the
 * deterministic skeleton is written, and the command says why.
 */
import { Args, Command, Options } from "@effect/cli"
import * as FileSystem from "@effect/platform/FileSystem"
import { Console, Effect, Option } from "effect"
import {
  DEFAULT_OWNER,
  DEFAULT_START_DATE,
  defaultSchema,
  draftSpec,
  fileSample,
  specPathOf,
} from "../draft/draft"
import { type DraftSample, describeSource, type TargetKind } from "../draft/skeleton"
import { checkApiUrl, fetchApiSample } from "../introspect/api"
import { describeTable } from "../introspect/describe"
import { IntrospectError, parseTableRef } from "../introspect/table"
import { Llm } from "../llm/service"
import { profileJson, profileTable } from "../profile/profile"
import { DEFAULT_MAX_ROWS } from "../profile/sample"
import { commandEnv, connectionUriIn, envFileOption } from "./connection-env"
import { FindingsReported } from "./report"
import { UsageError } from "./run-command"
import { logsToStderr } from "./stderr-logs"

const PIPELINE_NAME = /^[a-z][a-z0-9_]*$/

const samples = Args.file({ name: "samples", exists: "yes" }).pipe(
  Args.withDescription("Sample files: CSV/TSV, JSON (an array), NDJSON or XML."),
  Args.repeated,
)
const options = {
  table: Options.text("table").pipe(
    Options.withDescription(
      "An existing table to load from, <connection>.<schema>.<table>; the connection's URI comes from AIRSPEC_CONN_<CONNECTION> (environment or --env-file). Repeatable.",
    ),
    Options.repeated,
  ),
  api: Options.text("api").pipe(
    Options.withDescription(
      "An HTTP API URL to fetch one sample response from (GET, no credentials); the draft reads it through an http connection. Repeatable.",
    ),
    Options.repeated,
  ),
  envFile: envFileOption,
  name: Options.text("name").pipe(Options.withDescription("The pipeline's name (its dag_id), snake_case.")),
  target: Options.choice("target", ["postgres", "clickhouse"] as const).pipe(
    Options.withDescription("The database the samples are loaded into."),
    Options.withDefault<TargetKind>("postgres"),
  ),
  schema: Options.text("schema").pipe(
    Options.withDescription(
      "Schema (PostgreSQL) or database (ClickHouse) of the tables. Default: raw / analytics.",
    ),
    Options.optional,
  ),
  owner: Options.text("owner").pipe(Options.withDefault(DEFAULT_OWNER)),
  startDate: Options.text("start-date").pipe(Options.withDefault(DEFAULT_START_DATE)),
  request: Options.text("request").pipe(
    Options.withDescription("What the pipeline is for, in plain words; it becomes the description."),
    Options.optional,
  ),
  recordPath: Options.text("record-path").pipe(
    Options.withDescription("JSON: the dotted path of the records array; XML: of one record element."),
    Options.optional,
  ),
  out: Options.text("out").pipe(
    Options.withDescription("Where to write the spec. Default: specs/<name>.yaml; `-` prints it."),
    Options.optional,
  ),
  profile: Options.boolean("profile").pipe(
    Options.withDescription("Print the profiles (JSON) instead of drafting."),
  ),
  includeExamples: Options.boolean("include-examples").pipe(
    Options.withDescription(
      "Send the profiles' example values (sample data) to the model too; by default only metadata goes.",
    ),
  ),
}

export const draft = Command.make("draft", { samples, ...options }, (input) =>
  Effect.gen(function* () {
    if (!PIPELINE_NAME.test(input.name)) {
      return yield* new UsageError({
        message: `--name must be snake_case, like shop_orders (got ${input.name})`,
      })
    }
    if (input.samples.length + input.table.length + input.api.length === 0)
      return yield* new UsageError({ message: "name at least one sample file, --table or --api" })
    const recordPath = Option.getOrUndefined(input.recordPath)
    const usage = (error: { readonly message: string }) => new UsageError({ message: error.message })
    const drafted: DraftSample[] = []
    for (const path of input.samples)
      drafted.push(yield* Effect.mapError(fileSample(path, { recordPath }), usage))
    const env = input.table.length === 0 ? {} : commandEnv(input.envFile)
    for (const text of input.table) {
      const ref = parseTableRef(text)
      if (ref instanceof IntrospectError) return yield* usage(ref)
      const uri = connectionUriIn(env, ref.connection)
      if (uri === undefined)
        return yield* new UsageError({
          message: `--table ${text}: set AIRSPEC_CONN_${ref.connection.toUpperCase()} to the connection's URI (environment or ${input.envFile})`,
        })
      const sample = yield* Effect.mapError(describeTable(uri, ref, DEFAULT_MAX_ROWS), usage)
      drafted.push({
        source: {
          kind: "table",
          table: sample.description,
          rows: sample.rows.rows.length,
          truncated: sample.truncated,
        },
        profile: profileTable(sample.rows),
      })
    }
    for (const text of input.api) {
      const url = checkApiUrl(text)
      if (url instanceof IntrospectError) return yield* usage(url)
      const sample = yield* Effect.mapError(
        fetchApiSample(url, { recordPath, maxRows: DEFAULT_MAX_ROWS }),
        usage,
      )
      const file =
        url.pathname
          .split("/")
          .filter((part) => part !== "")
          .at(-1) ?? url.hostname
      drafted.push({
        source: { kind: "http", url: url.href, info: { ...sample.info, file } },
        profile: profileTable(sample.table),
      })
    }
    if (input.profile) {
      yield* Console.log(
        profileJson(
          drafted.map((sample) => ({ source: describeSource(sample.source), ...sample.profile })),
        ).trimEnd(),
      )
      return
    }
    const out = Option.getOrElse(input.out, () => specPathOf(input.name))
    const path = out === "-" ? specPathOf(input.name) : out
    const { draft: result, errors } = yield* draftSpec(
      {
        pipeline: input.name,
        owner: input.owner,
        target: input.target,
        schema: Option.getOrElse(input.schema, () => defaultSchema(input.target)),
        startDate: input.startDate,
        request: Option.getOrNull(input.request),
        samples: drafted,
      },
      { path, includeExamples: input.includeExamples },
    ).pipe(Effect.provide(Llm.layer), Effect.provide(logsToStderr))
    const { text } = result
    for (const error of errors) yield* Console.error(`${path}:${error.replace(/^(\d+:\d+) /, "$1: ")}`)
    if (out === "-") yield* Console.log(text.trimEnd())
    else {
      const fs = yield* FileSystem.FileSystem
      yield* fs.writeFileString(out, text)
      yield* Console.error(
        result._tag === "Skipped"
          ? `wrote ${out}: ${drafted.length} load task(s) drafted from the sample profiles`
          : `wrote ${out}: drafted with a model in ${result.calls} call(s)`,
      )
    }
    if (result._tag === "Skipped")
      yield* Console.error(`LLM drafting skipped: ${result.reason}; this is the profile skeleton`)
    else if (result._tag === "Failed")
      yield* Console.error(
        `the model's draft still has ${errors.length} error(s) after ${result.calls} call(s): fix them by hand`,
      )
    if (errors.length > 0) return yield* new FindingsReported({ count: errors.length })
  }),
).pipe(
  Command.withDescription(
    "Profile samples (files, existing tables, an API's response) and draft a spec from the profiles (types, keys, cursor, write mode); the compiler checks the draft.",
  ),
)
