/**
 * Stage A of `airspec review`: deterministic rules over the semantic diff of base and head specs, plus
 * the compiler's errors in head specs. These findings alone decide pass or fail. A finding is dropped
 * when its line, or the line above, says `# airspec-review: allow <rule_id>`.
 */
import { posix } from "node:path"
import { Effect, Option } from "effect"
import { compileProject } from "../compile"
import { Workspace } from "../workspace"
import { type SpecPair, type SpecVersion, specChanged, specVersion } from "./diff"
import { compareFindings, type Finding, finding, type ReviewContext, type RULES, type Rule } from "./finding"
import { piiUnmasked } from "./pii"
import { removedColumnUsedDownstream } from "./rules/columns"
import {
  clickhouseWithoutOrderBy,
  keyChanged,
  mergeWithoutPrimaryKey,
  writeModeChanged,
} from "./rules/targets"
import { dailyFullRefreshLargeTable, retriesRemoved } from "./rules/tasks"
import { literalSecret } from "./secrets"
import { recordOf, tasksOf, textOf } from "./spec-view"

export const STAGE_A_RULES: ReadonlyArray<Rule> = [
  removedColumnUsedDownstream,
  keyChanged,
  writeModeChanged,
  retriesRemoved,
  dailyFullRefreshLargeTable,
  clickhouseWithoutOrderBy,
  mergeWithoutPrimaryKey,
  piiUnmasked,
  literalSecret,
]

export interface ReviewResult {
  readonly findings: ReadonlyArray<Finding>
  /** Findings a `# airspec-review: allow` comment acknowledged. */
  readonly suppressed: ReadonlyArray<Finding>
  /** Specs added, deleted or changed in meaning. */
  readonly changedSpecs: number
}

const SUPPRESSION = /#\s*airspec-review:\s*allow\s+([a-z_,\s]+)/g

/** Rule ids allowed on each line (1-based) of a text. */
const allowedRules = (text: string): ReadonlyMap<number, ReadonlySet<string>> => {
  const allowed = new Map<number, Set<string>>()
  text.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(SUPPRESSION)) {
      const rules = allowed.get(index + 1) ?? new Set<string>()
      for (const rule of (match[1] ?? "").split(/[\s,]+/)) if (rule !== "") rules.add(rule)
      allowed.set(index + 1, rules)
    }
  })
  return allowed
}

/** Whether a finding is acknowledged by a comment on its line or the line above, in the head spec. */
export const suppressor = (heads: ReadonlyArray<SpecVersion>) => {
  const byFile = new Map(heads.map((head) => [head.path, allowedRules(head.text)]))
  return (found: Finding): boolean => {
    const allowed = byFile.get(found.file)
    return [found.line, found.line - 1].some((line) => allowed?.get(line)?.has(found.rule) === true)
  }
}

/** The compiler reports some of what a rule reports: one finding per problem is enough. */
const SAME_AS_RULE: Readonly<Record<string, keyof typeof RULES>> = {
  merge_requires_primary_key: "merge_without_primary_key",
}

/** The rules alone, pure: base and head specs in, findings (not yet suppressed) out. */
export const runRules = (pairs: ReadonlyArray<SpecPair>, context: ReviewContext = {}): Finding[] =>
  STAGE_A_RULES.flatMap((rule) => rule({ pairs, context }))

/** Stage A: the rules, the compiler's errors in head specs, suppression, sorted. */
export const review = (
  pairs: ReadonlyArray<SpecPair>,
  context: ReviewContext = {},
): Effect.Effect<ReviewResult, never, Workspace> =>
  Effect.gen(function* () {
    const ruled = runRules(pairs, context)
    const heads = pairs.flatMap((pair) => (pair.head === undefined ? [] : [pair.head]))
    const compiled = yield* compileProject(heads.map(({ path, text }) => ({ path, text })))
    const seen = new Set<string>()
    const compileErrors = compiled.diagnostics.flatMap((diagnostic) => {
      const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}:${diagnostic.code}:${diagnostic.message}`
      const rule = SAME_AS_RULE[diagnostic.code]
      const covered = ruled.some(
        (found) => found.rule === rule && found.file === diagnostic.file && found.line === diagnostic.line,
      )
      if (seen.has(key) || covered) return []
      seen.add(key)
      return [finding("compile_error", diagnostic, `${diagnostic.code}: ${diagnostic.message}`)]
    })
    const suppressed = suppressor(heads)
    const all = [...ruled, ...compileErrors].sort(compareFindings)
    return {
      findings: all.filter((found) => !suppressed(found)),
      suppressed: all.filter(suppressed),
      changedSpecs: pairs.filter(specChanged).length,
    }
  })

/** SQL file paths are relative to the spec; outside the project they are never read. */
const sqlPath = (specPath: string, written: string): string | undefined => {
  const resolved = posix.normalize(posix.join(posix.dirname(specPath), written))
  return posix.isAbsolute(written) || resolved.startsWith("../") ? undefined : resolved
}

/** A head spec with the text of the SQL files its sql tasks name, read through the workspace. */
export const headVersion = (path: string, text: string): Effect.Effect<SpecVersion, never, Workspace> =>
  Effect.gen(function* () {
    const workspace = yield* Workspace
    const plain = specVersion(path, text)
    const sqlFiles = new Map<string, string>()
    for (const [, task] of tasksOf(plain.yaml?.value)) {
      const written = textOf(recordOf(task.sql).file)
      const resolved = written === undefined ? undefined : sqlPath(path, written)
      if (written === undefined || resolved === undefined) continue
      const read = yield* workspace.readText(resolved)
      if (Option.isSome(read)) sqlFiles.set(written, read.value)
    }
    return { ...plain, sqlFiles }
  })
