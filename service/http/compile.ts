/**
 * POST /v1/compile and /v1/check: the compiler on spec text from the request, with an in-memory
 * workspace of the files sent along (SQL files), exactly as `airspec compile` compiles a spec on disk.
 */
import { posix } from "node:path"
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Effect } from "effect"
import { compileSpec } from "../../compiler/compile"
import { Workspace } from "../../compiler/workspace"
import { AirspecApi, type CompileRequest, DEFAULT_SPEC_PATH, SpecInvalid } from "../api"

/** Project-relative paths as the compiler writes them: `./specs//x.yaml` is `specs/x.yaml`. */
export const normalizeFiles = (files: Readonly<Record<string, string>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(files ?? {}).map(([path, text]) => [posix.normalize(path), text]))

export const compileRequest = (request: CompileRequest) => {
  const path = posix.normalize(request.path ?? DEFAULT_SPEC_PATH)
  return compileSpec({ path, text: request.text }).pipe(
    Effect.provide(Workspace.memory(normalizeFiles(request.files))),
  )
}

export const CompileLive = HttpApiBuilder.group(AirspecApi, "compile", (handlers) =>
  handlers
    .handle("compile", ({ payload }) =>
      Effect.gen(function* () {
        const outcome = yield* compileRequest(payload)
        const dag = outcome.files.find((file) => file.name.endsWith(".py"))
        const plan = outcome.files.find((file) => file.name.endsWith(".plan.json"))
        if (outcome.diagnostics.length > 0 || outcome.plan === undefined || !dag || !plan)
          return yield* new SpecInvalid({
            message: `${outcome.diagnostics.length} error(s) in ${outcome.path}`,
            diagnostics: outcome.diagnostics,
          })
        return { pipeline: outcome.plan.pipeline, dag, plan }
      }),
    )
    .handle("check", ({ payload }) =>
      Effect.map(compileRequest(payload), (outcome) => ({
        ok: outcome.diagnostics.length === 0,
        diagnostics: outcome.diagnostics,
      })),
    ),
)
