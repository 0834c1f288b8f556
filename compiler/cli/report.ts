/** How `compile` and `check` print findings: for people (text), for tools (json), for GitHub (annotations). */
import { structuredPatch } from "diff"
import { Data } from "effect"
import type { Diagnostic } from "../diagnostics"
import type { OutputDrift } from "./project-files"

/** Findings were printed; the process must exit 1. */
export class FindingsReported extends Data.TaggedError("FindingsReported")<{ readonly count: number }> {}

export type Format = "text" | "json" | "github"
export const FORMATS: ReadonlyArray<Format> = ["text", "json", "github"]

export interface Report {
  readonly specs: number
  readonly diagnostics: ReadonlyArray<Diagnostic>
  /** Present for `check`: how the output directory differs from a fresh compile. */
  readonly drift?: OutputDrift
  readonly out: string
}

const DIFF_LINES = 12

export const staleSummary = (current: string, expected: string) => {
  const patch = structuredPatch("on disk", "compiled", current, expected, "", "", { context: 0 })
  const changed = patch.hunks.flatMap((hunk) => hunk.lines)
  return {
    changedLines: changed.length,
    firstLine: patch.hunks[0]?.oldStart ?? 1,
    excerpt: changed.slice(0, DIFF_LINES),
  }
}

export const formatReport = (report: Report, format: Format): string => {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(report), null, 2)}\n`
    case "github":
      return githubReport(report)
    case "text":
      return textReport(report)
  }
}

const driftEntries = (report: Report) => {
  const drift = report.drift
  if (drift === undefined) return []
  const file = (name: string) => `${report.out}/${name}`
  return [
    ...drift.missing.map((entry) => ({
      file: file(entry.name),
      state: "missing" as const,
      message: "not generated yet",
    })),
    ...drift.stale.map((entry) => {
      const summary = staleSummary(entry.current, entry.file.text)
      return {
        file: file(entry.file.name),
        state: "stale" as const,
        message: `differs from a fresh compile (${summary.changedLines} changed lines, first at line ${summary.firstLine})`,
        line: summary.firstLine,
        excerpt: summary.excerpt,
      }
    }),
    ...drift.orphaned.map((name) => ({
      file: file(name),
      state: "orphaned" as const,
      message: "its spec no longer produces it",
    })),
  ]
}

/** One diagnostic, one line: control characters that slipped into a message or path are shown escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g

const oneLine = (text: string) =>
  text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)

const textReport = (report: Report): string => {
  const lines = report.diagnostics.map((d) =>
    oneLine(
      `${d.file}:${d.line}:${d.col}: error[${d.code}] ${d.message}${d.path === "" ? "" : `  (at ${d.path})`}`,
    ),
  )
  const files = driftEntries(report)
  for (const entry of files) {
    lines.push(`${entry.file}: ${entry.state}: ${entry.message}`)
    if ("excerpt" in entry) lines.push(...entry.excerpt.map((line) => `    ${line}`))
  }
  const problems = report.diagnostics.length + files.length
  lines.push(
    problems === 0
      ? `airspec: ${report.specs} spec(s) OK`
      : `airspec: ${report.diagnostics.length} error(s), ${problems - report.diagnostics.length} file problem(s) in ${report.specs} spec(s)`,
  )
  return `${lines.join("\n")}\n`
}

const jsonReport = (report: Report) => {
  const files = driftEntries(report)
  return {
    ok: report.diagnostics.length === 0 && files.length === 0,
    specs: report.specs,
    diagnostics: report.diagnostics,
    files,
  }
}

/** Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
const githubReport = (report: Report): string => {
  const lines = report.diagnostics.map(
    (d) =>
      `::error file=${property(d.file)},line=${d.line},col=${d.col},title=${property(`airspec ${d.code}`)}::${data(d.message)}`,
  )
  for (const entry of driftEntries(report)) {
    const line = "line" in entry ? `,line=${entry.line}` : ""
    lines.push(
      `::error file=${property(entry.file)}${line},title=${property(`airspec ${entry.state}`)}::${data(`${entry.message}; run npx airspec compile`)}`,
    )
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`
}

/** Escaping of a workflow command's message (data) and of its properties (file, title, …). */
export const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
export const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C")
