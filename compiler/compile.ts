/**
 * The compiler: spec texts in, generated files and diagnostics out. Pure apart from reading the SQL
 * files a spec names, which goes through the `Workspace` service.
 */
import { createHash } from "node:crypto"
import { posix } from "node:path"
import { Effect, Option } from "effect"
import { compareDiagnostics, compareStrings, type Diagnostic, type Position, quote } from "./diagnostics"
import { capped, type Locate, parseYaml } from "./parse/yaml"
import { buildPlan } from "./plan/build"
import type { Plan } from "./plan/plan"
import { type OutputFile, renderPipeline } from "./render/render"
import type { Spec } from "./spec/schema"
import { decode } from "./validate/decode"
import { salvage } from "./validate/salvage"
import { checkSemantics } from "./validate/semantic"
import { type SqlFileLookup, type SqlFiles, Workspace } from "./workspace"

export interface SpecSource {
  /** Relative to the project root, `/`-separated; it is written into the generated files. */
  readonly path: string
  readonly text: string
  /** Set when the file's bytes are not UTF-8; `text` is then empty. */
  readonly notUtf8?: true
}

export interface SpecOutcome {
  readonly path: string
  readonly diagnostics: ReadonlyArray<Diagnostic>
  readonly plan: Plan | undefined
  readonly files: ReadonlyArray<OutputFile>
  readonly pipelineAt: Position | undefined
}

export interface ProjectOutcome {
  readonly specs: ReadonlyArray<SpecOutcome>
  readonly diagnostics: ReadonlyArray<Diagnostic>
  /** Files of the specs that compiled, sorted by name. */
  readonly files: ReadonlyArray<OutputFile>
}

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex")

export const compileSpec = (source: SpecSource): Effect.Effect<SpecOutcome, never, Workspace> =>
  Effect.gen(function* () {
    const failed = (diagnostics: ReadonlyArray<Diagnostic>, pipelineAt?: Position): SpecOutcome => ({
      path: source.path,
      diagnostics: capped(source.path, [...diagnostics].sort(compareDiagnostics)),
      plan: undefined,
      files: [],
      pipelineAt,
    })
    if (source.notUtf8) {
      return failed([
        {
          file: source.path,
          line: 1,
          col: 1,
          code: "yaml_encoding",
          message: "a spec must be UTF-8 text",
          path: "",
        },
      ])
    }
    const parsed = parseYaml(source.path, source.text)
    if (!parsed.ok)
      return {
        path: source.path,
        diagnostics: parsed.errors,
        plan: undefined,
        files: [],
        pipelineAt: undefined,
      }
    const { value, locate } = parsed.yaml
    const decoded = decode(source.path, value, locate)
    if (!decoded.ok) {
      return failed([...decoded.errors, ...(yield* checkSalvaged(source.path, value, decoded.paths, locate))])
    }
    const spec = decoded.spec
    const sqlFiles = yield* readSqlFiles(source.path, spec)
    const errors = checkSemantics({ file: source.path, spec, locate, sqlFiles })
    const pipelineAt = locate(["pipeline"])
    if (errors.length > 0) return failed(errors, pipelineAt)
    const plan = buildPlan({ specPath: source.path, specSha256: sha256(source.text), spec, sqlFiles })
    return { path: source.path, diagnostics: [], plan, files: renderPipeline(plan), pipelineAt }
  })

/** Checks of meaning on what decoded of a spec with shape errors, so that one run reports everything. */
const checkSalvaged = (
  file: string,
  value: unknown,
  errorPaths: ReadonlyArray<ReadonlyArray<PropertyKey>>,
  locate: Locate,
): Effect.Effect<ReadonlyArray<Diagnostic>, never, Workspace> =>
  Effect.gen(function* () {
    const salvaged = salvage(value, errorPaths)
    if (salvaged === undefined) return []
    const decoded = decode(file, salvaged.value, locate)
    if (!decoded.ok) return []
    const sqlFiles = yield* readSqlFiles(file, decoded.spec)
    return checkSemantics({ file, spec: decoded.spec, locate, sqlFiles, broken: salvaged.broken })
  })

export const compileProject = (
  sources: ReadonlyArray<SpecSource>,
): Effect.Effect<ProjectOutcome, never, Workspace> =>
  Effect.map(Effect.forEach(sources, compileSpec), projectOutcome)

/** What only the whole project shows (pipeline ids used twice), over specs compiled one by one. */
export const projectOutcome = (outcomes: ReadonlyArray<SpecOutcome>): ProjectOutcome => {
  const specs = [...outcomes].sort((a, b) => compareStrings(a.path, b.path))
  const duplicates = duplicatePipelines(specs)
  const clashing = new Set(duplicates.map((diagnostic) => diagnostic.file))
  const diagnostics = [...specs.flatMap((spec) => spec.diagnostics), ...duplicates].sort(compareDiagnostics)
  const files = specs
    .filter((spec) => !clashing.has(spec.path))
    .flatMap((spec) => spec.files)
    .sort((a, b) => compareStrings(a.name, b.name))
  return { specs, diagnostics, files }
}

/** Two specs compiling to one dag_id would overwrite each other's files: both are reported. */
const duplicatePipelines = (specs: ReadonlyArray<SpecOutcome>): Diagnostic[] => {
  const byPipeline = new Map<string, SpecOutcome[]>()
  for (const spec of specs) {
    if (spec.plan === undefined) continue
    byPipeline.set(spec.plan.pipeline, [...(byPipeline.get(spec.plan.pipeline) ?? []), spec])
  }
  return [...byPipeline.entries()]
    .filter(([, owners]) => owners.length > 1)
    .flatMap(([pipeline, owners]) =>
      owners.map((spec) => ({
        file: spec.path,
        ...(spec.pipelineAt ?? { line: 1, col: 1 }),
        code: "duplicate_pipeline" as const,
        message: `pipeline ${quote(pipeline)} is also defined in ${owners
          .filter((other) => other !== spec)
          .map((other) => other.path)
          .join(", ")}`,
        path: "pipeline",
      })),
    )
}

const sqlFileRefs = (spec: Spec): ReadonlyArray<string> =>
  Object.values(spec.tasks).flatMap((task) =>
    "sql" in task && task.sql.file !== undefined ? [task.sql.file] : [],
  )

/** SQL file paths are relative to the spec; outside the project they are never read. */
const resolveSqlPath = (specPath: string, written: string): string | undefined => {
  const resolved = posix.normalize(posix.join(posix.dirname(specPath), written))
  return posix.isAbsolute(written) || resolved.startsWith("../") || resolved === ".." ? undefined : resolved
}

const readSqlFiles = (specPath: string, spec: Spec): Effect.Effect<SqlFiles, never, Workspace> =>
  Effect.gen(function* () {
    const workspace = yield* Workspace
    const entries = yield* Effect.forEach(sqlFileRefs(spec), (written) => {
      const path = resolveSqlPath(specPath, written)
      if (path === undefined) return Effect.succeed([written, { kind: "outside" }] as const)
      return workspace
        .readText(path)
        .pipe(
          Effect.map((text): readonly [string, SqlFileLookup] => [
            written,
            Option.isSome(text) ? { kind: "found", path, text: text.value } : { kind: "missing", path },
          ]),
        )
    })
    return new Map(entries)
  })
