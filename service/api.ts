/**
 * The HTTP API of `airspec serve`, as data: groups, endpoints, and the effect/Schema of every request,
 * response and error. The handlers live in service/http/ (one module per group); the OpenAPI document at
 * /openapi.json and the docs page at /docs are generated from this definition.
 *
 * Status codes: 400 malformed JSON or a body that does not fit the schema, 401 no or a wrong bearer token,
 * 404 unknown route or draft, 409 a draft result asked for too early, 413 a body over the limit, 422 a
 * spec the compiler rejects (compile only; check answers 200 with ok false), 503 a dependency is down.
 */
import { posix } from "node:path"
import * as HttpApi from "@effect/platform/HttpApi"
import * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as HttpApiMiddleware from "@effect/platform/HttpApiMiddleware"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as HttpApiSecurity from "@effect/platform/HttpApiSecurity"
import * as OpenApi from "@effect/platform/OpenApi"
import { Schema as S } from "effect"
import packageJson from "../package.json" with { type: "json" }
import { DraftJobInput, DraftResult, JobStatus, JobView } from "./jobs/jobs"

// ------------------------------------------------------------------------------------------- errors

export class Unauthorized extends S.TaggedError<Unauthorized>()(
  "Unauthorized",
  { message: S.String },
  HttpApiSchema.annotations({ status: 401, description: "No bearer token, or not the configured one." }),
) {}

export class MalformedRequest extends S.TaggedError<MalformedRequest>()(
  "MalformedRequest",
  { message: S.String },
  HttpApiSchema.annotations({ status: 400, description: "The body is not JSON." }),
) {}

export class PayloadTooLarge extends S.TaggedError<PayloadTooLarge>()(
  "PayloadTooLarge",
  { message: S.String, limit: S.Int },
  HttpApiSchema.annotations({
    status: 413,
    description: "The body is larger than AIRSPEC_SERVICE_MAX_BODY bytes (declared or as sent).",
  }),
) {}

export class NotFound extends S.TaggedError<NotFound>()(
  "NotFound",
  { message: S.String },
  HttpApiSchema.annotations({ status: 404 }),
) {}

export class Unavailable extends S.TaggedError<Unavailable>()(
  "Unavailable",
  { message: S.String },
  HttpApiSchema.annotations({
    status: 503,
    description: "The job store or dispatch failed; retry later.",
  }),
) {}

// ---------------------------------------------------------------------------------------- security

export class Authorization extends HttpApiMiddleware.Tag<Authorization>()("Authorization", {
  failure: Unauthorized,
  security: {
    bearer: HttpApiSecurity.bearer.pipe(
      HttpApiSecurity.annotate(
        OpenApi.Description,
        "The token configured in AIRSPEC_SERVICE_TOKEN, as `Authorization: Bearer <token>`.",
      ),
    ),
  },
}) {}

// ------------------------------------------------------------------------------------------ compile

const isProjectPath = (path: string) =>
  path !== "" &&
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  !/[\u0000-\u001f\u007f\\]/.test(path) &&
  !posix.isAbsolute(path) &&
  !posix.normalize(path).startsWith("../") &&
  posix.normalize(path) !== ".."

/** Relative to the project root, `/`-separated, inside the project, like the paths the CLI records. */
export const ProjectPath = S.String.pipe(
  S.maxLength(1000),
  S.filter(isProjectPath, {
    message: () => "a project-relative path: not absolute, no backslashes, not outside the project",
  }),
).annotations({ identifier: "ProjectPath", examples: ["specs/shop_orders.yaml"] })

export const DEFAULT_SPEC_PATH = "specs/spec.yaml"

export const CompileRequest = S.Struct({
  path: S.optional(ProjectPath).annotations({
    description: `Where the spec lives in the project (default ${DEFAULT_SPEC_PATH}); it is written into the generated files, and SQL file paths are resolved from its directory.`,
  }),
  text: S.String.annotations({ description: "The spec's YAML text." }),
  files: S.optional(S.Record({ key: ProjectPath, value: S.String })).annotations({
    description:
      "Other project files the spec reads (SQL files of sql tasks), by project-relative path, e.g. specs/sql/mart.sql for `file: sql/mart.sql` in specs/x.yaml.",
  }),
}).annotations({ identifier: "CompileRequest" })
export type CompileRequest = typeof CompileRequest.Type

export const Diagnostic = S.Struct({
  file: S.String,
  line: S.Int,
  col: S.Int,
  code: S.String.annotations({ description: "Stable code, e.g. unknown_key (see docs/spec-language.md)." }),
  message: S.String,
  path: S.String.annotations({ description: "Dotted path inside the spec, e.g. tasks.orders.source." }),
}).annotations({ identifier: "Diagnostic" })

export const GeneratedFile = S.Struct({ name: S.String, text: S.String }).annotations({
  identifier: "GeneratedFile",
})

export const CompileResponse = S.Struct({
  pipeline: S.String,
  dag: GeneratedFile.annotations({ description: "airflow/dags/<pipeline>.py" }),
  plan: GeneratedFile.annotations({ description: "airflow/dags/<pipeline>.plan.json" }),
}).annotations({ identifier: "CompileResponse" })

export class SpecInvalid extends S.TaggedError<SpecInvalid>()(
  "SpecInvalid",
  { message: S.String, diagnostics: S.Array(Diagnostic) },
  HttpApiSchema.annotations({ status: 422, description: "The compiler's located errors." }),
) {}

export const CheckResponse = S.Struct({
  ok: S.Boolean,
  diagnostics: S.Array(Diagnostic),
}).annotations({ identifier: "CheckResponse" })

export const CompileGroup = HttpApiGroup.make("compile")
  .add(
    HttpApiEndpoint.post("compile", "/compile")
      .setPayload(CompileRequest)
      .addSuccess(CompileResponse)
      .addError(SpecInvalid)
      .annotate(OpenApi.Summary, "Compile a spec into its DAG and plan")
      .annotate(
        OpenApi.Description,
        "The same compiler as `airspec compile`, in memory: the DAG text is byte-identical to the CLI's for the same path and text. A spec with errors answers 422 with every located error.",
      ),
  )
  .add(
    HttpApiEndpoint.post("check", "/check")
      .setPayload(CompileRequest)
      .addSuccess(CheckResponse)
      .annotate(OpenApi.Summary, "Check a spec")
      .annotate(
        OpenApi.Description,
        "Validates a spec and answers 200 with ok and the located errors, ok false included: a check's findings are its normal answer.",
      ),
  )
  .addError(MalformedRequest)
  .addError(PayloadTooLarge)
  .middleware(Authorization)
  .prefix("/v1")
  .annotate(OpenApi.Description, "The compiler, on spec text sent in the request.")

// ------------------------------------------------------------------------------------------- drafts

export const JobId = S.String.pipe(S.pattern(/^[A-Za-z0-9_-]{1,128}$/)).annotations({
  identifier: "JobId",
})

export class DraftNotReady extends S.TaggedError<DraftNotReady>()(
  "DraftNotReady",
  {
    message: S.String,
    status: JobStatus,
    error: S.NullOr(S.String).annotations({ description: "Why the job failed; null while it runs." }),
  },
  HttpApiSchema.annotations({
    status: 409,
    description: "The job has no result: it is pending or processing (ask again later), or it failed.",
  }),
) {}

export const DraftsGroup = HttpApiGroup.make("drafts")
  .add(
    HttpApiEndpoint.post("submit", "/drafts")
      .setPayload(DraftJobInput)
      .addSuccess(JobView, { status: 202 })
      .addError(Unavailable)
      .annotate(OpenApi.Summary, "Submit a draft job")
      .annotate(
        OpenApi.Description,
        "Queues `airspec draft` on the samples sent; a worker runs it. Answers 202 with the job: poll GET /v1/drafts/{id}.",
      ),
  )
  .add(
    HttpApiEndpoint.get("status", "/drafts/:id")
      .setPath(S.Struct({ id: JobId }))
      .addSuccess(JobView)
      .addError(NotFound)
      .addError(Unavailable)
      .annotate(OpenApi.Summary, "A draft job's status"),
  )
  .add(
    HttpApiEndpoint.get("result", "/drafts/:id/result")
      .setPath(S.Struct({ id: JobId }))
      .addSuccess(DraftResult)
      .addError(NotFound)
      .addError(DraftNotReady)
      .addError(Unavailable)
      .annotate(OpenApi.Summary, "A completed draft job's spec")
      .annotate(
        OpenApi.Description,
        "200 with the drafted spec once the job completed; 409 with the job's status while it is pending or processing, and with the reason when it failed.",
      ),
  )
  .addError(MalformedRequest)
  .addError(PayloadTooLarge)
  .middleware(Authorization)
  .prefix("/v1")
  .annotate(OpenApi.Description, "Spec drafts from sample files, run as jobs by `airspec worker`.")

// ------------------------------------------------------------------------------------------ reviews

const ProjectFiles = S.Record({ key: ProjectPath, value: S.String })

export const ReviewRequest = S.Struct({
  base: S.optional(ProjectFiles).annotations({
    description:
      "The project before the change: spec files (*.yaml, *.yml) and the SQL files they read, by project-relative path. Without it every head spec counts as added.",
  }),
  head: ProjectFiles.annotations({ description: "The project after the change, the same way." }),
  llm: S.optional(S.Boolean).annotations({
    description: "Ask the configured model for advice (stage B); default true. Never changes ok.",
  }),
}).annotations({ identifier: "ReviewRequest" })
export type ReviewRequest = typeof ReviewRequest.Type

const Location = { file: S.String, line: S.Int, col: S.Int }

export const ReviewFinding = S.Struct({
  ...Location,
  rule: S.String,
  severity: S.Literal("blocking", "warning"),
  message: S.String.annotations({ description: "One line; never quotes a secret." }),
}).annotations({ identifier: "ReviewFinding" })

export const ReviewResponse = S.Struct({
  ok: S.Boolean.annotations({ description: "false when any finding is blocking." }),
  base: S.NullOr(S.String).annotations({
    description: 'null when no base was sent (every spec counts as added), else "request".',
  }),
  changed_specs: S.Int,
  findings: S.Array(ReviewFinding),
  suppressed: S.Array(ReviewFinding),
  advisory: S.Struct({
    skipped: S.NullOr(S.String).annotations({
      description: "Why there is no model advice; null when it ran.",
    }),
    findings: S.Array(S.Struct({ ...Location, message: S.String })),
  }),
}).annotations({ identifier: "ReviewResponse" })

export const ReviewsGroup = HttpApiGroup.make("reviews")
  .add(
    HttpApiEndpoint.post("review", "/reviews")
      .setPayload(ReviewRequest)
      .addSuccess(ReviewResponse)
      .annotate(OpenApi.Summary, "Review a spec change")
      .annotate(
        OpenApi.Description,
        "`airspec review --format json` on files sent in the request: deterministic rules decide ok; a configured model adds at most 5 advisory notes on changed lines.",
      ),
  )
  .addError(MalformedRequest)
  .addError(PayloadTooLarge)
  .middleware(Authorization)
  .prefix("/v1")

// ---------------------------------------------------------------------------------------- pipelines

export const PipelineStatus = S.Struct({
  pipeline: S.NullOr(S.String).annotations({
    description: "The dag_id; null when the spec does not compile.",
  }),
  path: S.String,
  ok: S.Boolean,
  errors: S.Array(Diagnostic),
  spec_sha256: S.String,
  generated: S.Literal("current", "stale", "missing").annotations({
    description:
      "current: the generated files equal a fresh compile; stale: they differ (or the spec no longer compiles and old output remains); missing: not generated.",
  }),
}).annotations({ identifier: "PipelineStatus" })

export const PipelinesResponse = S.Struct({ pipelines: S.Array(PipelineStatus) }).annotations({
  identifier: "PipelinesResponse",
})

export const PipelinesGroup = HttpApiGroup.make("pipelines")
  .add(
    HttpApiEndpoint.get("list", "/pipelines")
      .addSuccess(PipelinesResponse)
      .annotate(OpenApi.Summary, "The repository's specs with their compile status"),
  )
  .middleware(Authorization)
  .prefix("/v1")

// ------------------------------------------------------------------------------------------- health

export const Liveness = S.Struct({ status: S.Literal("ok") }).annotations({ identifier: "Liveness" })

export const DependencyCheck = S.Struct({
  ok: S.Boolean,
  configured: S.Boolean,
  ms: S.NullOr(S.Number).annotations({ description: "How long the probe took; null when not probed." }),
  error: S.NullOr(S.String),
}).annotations({ identifier: "DependencyCheck" })

const readiness = {
  checks: S.Struct({
    database: DependencyCheck.annotations({ description: "The draft job store answers." }),
    kafka: DependencyCheck.annotations({
      description:
        "The brokers answer a metadata request; ok and not configured without AIRSPEC_KAFKA_BROKERS.",
    }),
    llm: DependencyCheck.annotations({ description: "Whether a model is configured; never called." }),
  }),
}

export const Ready = S.Struct({ status: S.Literal("ready"), ...readiness }).annotations({
  identifier: "Ready",
})

export const NotReady = S.Struct({ status: S.Literal("not_ready"), ...readiness }).annotations({
  identifier: "NotReady",
  ...HttpApiSchema.annotations({ status: 503 }),
})
export type NotReady = typeof NotReady.Type

export const HealthGroup = HttpApiGroup.make("health")
  .add(
    HttpApiEndpoint.get("healthz", "/healthz")
      .addSuccess(Liveness)
      .annotate(OpenApi.Summary, "Liveness: 200 while the process runs"),
  )
  .add(
    HttpApiEndpoint.get("readyz", "/readyz")
      .addSuccess(Ready)
      .addError(NotReady)
      .annotate(OpenApi.Summary, "Readiness: 200 when the database and Kafka answer, else 503"),
  )
  .annotate(OpenApi.Description, "Probes for orchestrators; no token needed.")

// ---------------------------------------------------------------------------------------------- API

export class AirspecApi extends HttpApi.make("airspec")
  .add(HealthGroup)
  .add(CompileGroup)
  .add(DraftsGroup)
  .add(ReviewsGroup)
  .add(PipelinesGroup)
  .annotateContext(
    OpenApi.annotations({
      title: "airspec",
      version: packageJson.version,
      description:
        "Compile, check and review airspec pipeline specs, draft specs from samples, and list the repository's pipelines. Every /v1 endpoint needs `Authorization: Bearer <AIRSPEC_SERVICE_TOKEN>`. Every response carries `x-request-id`.",
      license: { name: packageJson.license },
    }),
  ) {}
