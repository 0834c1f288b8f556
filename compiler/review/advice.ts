/**
 * Stage B of `airspec review`: advice from a model on the changed parts only, never deciding pass or
 * fail. Per changed spec file the model gets the changed lines with some context (line numbers are the
 * head file's, literal secrets replaced by `<redacted>`) and stage A's findings, and answers with JSON.
 * Advice is kept only when it is pinned to a changed line; at most MAX_ADVICE in all. Any failure skips
 * the stage with the reason.
 */
import { Effect, Either, Schema as S } from "effect"
import { Llm } from "../llm/service"
import { changedLines, type Location, type SpecPair, specChanged } from "./diff"
import type { Finding } from "./finding"
import { findSecrets, redactSecrets } from "./secrets"

export const MAX_ADVICE = 5
/** Model calls per review (one per changed spec, in path order): a review of everything stays cheap. */
export const MAX_CALLS = 10
export const NOT_CONFIGURED = "no endpoint configured"
/** Lines of unchanged context shown around each changed line. */
const CONTEXT = 3
/** A huge change is cut here: the model gets the first lines, and can only be pinned to those. */
const MAX_EXCERPT_LINES = 400
const MAX_MESSAGE = 300

export interface Advice extends Location {
  readonly message: string
}

export interface Advisory {
  /** Why the stage did not run or gave up; null when it ran. */
  readonly skipped: string | null
  readonly findings: ReadonlyArray<Advice>
}

export const ADVICE_SYSTEM = [
  "You review changes to airspec pipeline specs: YAML files compiled into Airflow DAGs that load data from",
  "databases, files and HTTP APIs into PostgreSQL and ClickHouse (load tasks with source, targets and write",
  "modes append, replace, merge or window; sql tasks; check tasks).",
  "Look only at the changed lines, marked with '>'. Report real risks to data correctness (lost,",
  "duplicated or wrong rows, keys, incremental cursors, time zones), cost (full reloads, scans of large",
  "tables, schedules that run too often) and reliability (retries, timeouts, dependencies).",
  "No style, naming, formatting, comment or documentation remarks. Do not repeat the findings already",
  "reported. At most 5 findings, the most important first, each on the line number of a changed line.",
  'Answer with JSON only: {"findings": [{"line": <line number>, "message": "<one sentence>"}]}, an empty',
  "list when nothing is worth saying.",
].join("\n")

export const ADVICE_SCHEMA = {
  name: "airspec_review",
  schema: {
    type: "object",
    properties: {
      findings: {
        type: "array",
        items: {
          type: "object",
          properties: { line: { type: "integer" }, message: { type: "string" } },
          required: ["line", "message"],
          additionalProperties: false,
        },
      },
    },
    required: ["findings"],
    additionalProperties: false,
  },
  strict: true,
} as const

export interface AdvicePrompt {
  readonly file: string
  readonly user: string
  /** Changed lines shown to the model: the only lines advice may be pinned to. */
  readonly lines: ReadonlySet<number>
  readonly text: string
}

/** Not even the two characters of a secret that the finding's message shows go to the model. */
const promptMessage = (found: Finding) =>
  found.rule === "literal_secret" ? "a literal secret (redacted) is written here" : found.message

/** The prompt for one spec, or undefined when nothing in it changed. */
export const advicePrompt = (pair: SpecPair, findings: ReadonlyArray<Finding>): AdvicePrompt | undefined => {
  const head = pair.head
  if (head === undefined || !specChanged(pair)) return undefined
  const changed = changedLines(pair)
  if (changed.size === 0) return undefined
  const lines = redactSecrets(head.text, findSecrets(head)).split(/\r?\n/)
  const shown = new Set<number>()
  for (const line of changed)
    for (let near = line - CONTEXT; near <= line + CONTEXT; near++)
      if (near >= 1 && near <= lines.length) shown.add(near)
  const numbers = [...shown].sort((a, b) => a - b).slice(0, MAX_EXCERPT_LINES)
  const width = String(lines.length).length
  const excerpt: string[] = []
  numbers.forEach((line, index) => {
    if (index > 0 && line !== (numbers[index - 1] ?? 0) + 1) excerpt.push("  …")
    const mark = changed.has(line) ? ">" : " "
    excerpt.push(`${mark} ${String(line).padStart(width)} | ${lines[line - 1] ?? ""}`)
  })
  if (shown.size > numbers.length) excerpt.push("  … (the rest of the change is not shown)")
  const own = findings.filter((found) => found.file === head.path)
  const user = [
    `Spec file: ${head.path} (${pair.base === undefined ? "added" : "changed"})`,
    "Changed lines are marked with '>'; numbers are the file's line numbers; other lines are context.",
    "",
    ...excerpt,
    "",
    "Already reported by the deterministic rules (do not repeat):",
    ...(own.length === 0
      ? ["- none"]
      : own.map((found) => `- line ${found.line}: ${found.rule}: ${promptMessage(found)}`)),
  ].join("\n")
  const pinned = new Set(numbers.filter((line) => changed.has(line)))
  return { file: head.path, user, lines: pinned, text: head.text }
}

const Answer = S.Struct({ findings: S.Array(S.Struct({ line: S.Number, message: S.String })) })

const parseAnswer = (file: string, text: string) => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return Either.left(`the model's answer for ${file} is not JSON`)
  }
  return Either.mapLeft(
    S.decodeUnknownEither(Answer)(value),
    () => `the model's answer for ${file} is not the JSON asked for ({"findings": [{"line", "message"}]})`,
  )
}

const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat
}

const firstColumn = (text: string, line: number) => {
  const content = text.split(/\r?\n/)[line - 1] ?? ""
  return content.length - content.trimStart().length + 1
}

/** Stage B over every changed spec: advice pinned to changed lines, or why there is none. */
export const advise = (
  pairs: ReadonlyArray<SpecPair>,
  findings: ReadonlyArray<Finding>,
): Effect.Effect<Advisory, never, Llm> =>
  Effect.gen(function* () {
    const llm = yield* Llm
    if (!llm.configured) return { skipped: NOT_CONFIGURED, findings: [] }
    const kept: Advice[] = []
    const seen = new Set<string>()
    let calls = 0
    for (const pair of pairs) {
      if (kept.length >= MAX_ADVICE || calls >= MAX_CALLS) break
      const prompt = advicePrompt(pair, findings)
      if (prompt === undefined) continue
      calls += 1
      const reply = yield* Effect.either(
        llm.complete({ system: ADVICE_SYSTEM, user: prompt.user, schema: ADVICE_SCHEMA, purpose: "review" }),
      )
      if (Either.isLeft(reply))
        return { skipped: `the model failed (${reply.left.reason}): ${reply.left.message}`, findings: [] }
      const answer = parseAnswer(prompt.file, reply.right.text)
      if (Either.isLeft(answer)) return { skipped: answer.left, findings: [] }
      for (const item of answer.right.findings) {
        const message = oneLine(item.message)
        const key = `${prompt.file}:${item.line}:${message.toLowerCase()}`
        if (!prompt.lines.has(item.line) || message === "" || seen.has(key)) continue
        seen.add(key)
        kept.push({ file: prompt.file, line: item.line, col: firstColumn(prompt.text, item.line), message })
        if (kept.length >= MAX_ADVICE) break
      }
    }
    return { skipped: null, findings: kept }
  })
