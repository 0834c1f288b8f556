/** How `airspec review` prints: markdown for a PR comment, GitHub workflow annotations, or JSON. */
import { data, property } from "../cli/report"
import type { Advisory } from "./advice"
import type { Finding } from "./finding"
import type { ReviewResult } from "./review"

export type ReviewFormat = "markdown" | "github" | "json"
export const REVIEW_FORMATS: ReadonlyArray<ReviewFormat> = ["markdown", "github", "json"]

export interface ReviewReport {
  /** The git ref compared with; null when every spec counts as added. */
  readonly base: string | null
  readonly result: ReviewResult
  readonly advisory: Advisory
}

export const formatReview = (report: ReviewReport, format: ReviewFormat): string => {
  switch (format) {
    case "markdown":
      return markdown(report)
    case "github":
      return github(report)
    case "json":
      return `${JSON.stringify(json(report), null, 2)}\n`
  }
}

export const skippedLine = (reason: string) => `LLM review skipped: ${reason}`

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Model and user text must not turn into links, images, code or HTML in a PR comment. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`[\]<>]/g, (char) => `\\${char}`)

const markdown = ({ base, result, advisory }: ReviewReport): string => {
  const blocking = result.findings.filter((found) => found.severity === "blocking")
  const warnings = result.findings.filter((found) => found.severity === "warning")
  const against = base === null ? "without a base (every spec counts as added)" : `against \`${base}\``
  const acknowledged =
    result.suppressed.length === 0 ? "" : `; ${result.suppressed.length} acknowledged by a comment`
  const lines = [
    "## airspec review",
    "",
    `**${blocking.length > 0 ? "Fails" : "Passes"}**: ${count(blocking.length, "blocking finding")}, ${count(warnings.length, "warning")}, ${count(advisory.findings.length, "advisory note")} in ${count(result.changedSpecs, "changed spec")} ${against}${acknowledged}.`,
  ]
  const section = (title: string, items: ReadonlyArray<string>, empty = "No findings.") => {
    lines.push("", `### ${title}`, "")
    if (items.length === 0) lines.push(empty)
    else lines.push(...items)
  }
  const item = (found: Finding) =>
    `- \`${found.file}:${found.line}:${found.col}\` **${found.rule}** ${escapeMarkdown(found.message)}`
  section("Blocking", blocking.map(item))
  section("Warnings", warnings.map(item))
  section(
    "Advisory",
    advisory.findings.map(
      (advice) =>
        `- \`${advice.file}:${advice.line}:${advice.col}\` **llm** ${escapeMarkdown(advice.message)}`,
    ),
    advisory.skipped === null ? "No findings." : skippedLine(escapeMarkdown(advisory.skipped)),
  )
  return `${lines.join("\n")}\n`
}

/** A workflow annotation; without a place (a live table is no file) it shows on the run's summary. */
export const annotation = (
  command: "error" | "warning" | "notice",
  at: { file: string; line: number; col: number } | null,
  title: string,
  message: string,
) =>
  `::${command} ${at === null ? "" : `file=${property(at.file)},line=${at.line},col=${at.col},`}title=${property(title)}::${data(message)}`

const github = ({ result, advisory }: ReviewReport): string => {
  const lines = result.findings.map((found) =>
    annotation(
      found.severity === "blocking" ? "error" : "warning",
      found,
      `airspec review ${found.rule}`,
      found.message,
    ),
  )
  for (const advice of advisory.findings)
    lines.push(annotation("notice", advice, "airspec review (LLM advice)", advice.message))
  if (advisory.skipped !== null) lines.push(skippedLine(advisory.skipped).replace(/[\r\n]+/g, " "))
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`
}

const json = ({ base, result, advisory }: ReviewReport) => ({
  ok: !result.findings.some((found) => found.severity === "blocking"),
  base,
  changed_specs: result.changedSpecs,
  findings: result.findings,
  suppressed: result.suppressed,
  advisory: { skipped: advisory.skipped, findings: advisory.findings },
})
