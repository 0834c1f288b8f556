/**
 * How `airspec review --table/--ddl` prints its recommendations: markdown (a section per table, each
 * recommendation with the statement that would apply it), GitHub annotations (warnings, on the DDL file's
 * lines when the table came from one) or JSON. Recommendations advise: they never fail the command.
 */
import type { TableDescription } from "../introspect/table"
import { annotation, escapeMarkdown, type ReviewFormat, skippedLine } from "../review/report"
import type { TableAdvisory } from "./advice"
import type { Recommendation } from "./recommend"

export interface TableReview {
  readonly table: TableDescription
  /** Where the table was described: a DDL file (with the statement's and columns' lines) or a connection. */
  readonly origin:
    | {
        readonly kind: "ddl"
        readonly file: string
        readonly line: number
        readonly columnLines: Readonly<Record<string, number>>
      }
    | { readonly kind: "connection"; readonly sampledRows: number }
  readonly recommendations: ReadonlyArray<Recommendation>
  readonly advisory: TableAdvisory
}

const name = (review: TableReview) =>
  review.origin.kind === "ddl"
    ? `${review.origin.file}: ${review.table.table}`
    : `${review.table.connection}.${review.table.table}`

/** The DDL line of a recommendation (its column's, else the statement's); null for a live table. */
const placeOf = (review: TableReview, column: string | null) =>
  review.origin.kind === "ddl"
    ? {
        file: review.origin.file,
        line: (column === null ? undefined : review.origin.columnLines[column]) ?? review.origin.line,
        col: 1,
      }
    : null

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`

const markdown = (reviews: ReadonlyArray<TableReview>): string => {
  const lines = ["## airspec table review"]
  for (const review of reviews) {
    const { table, origin } = review
    const size =
      table.estimatedRows === null
        ? "size unknown"
        : `about ${table.estimatedRows.toLocaleString("en-US")} rows`
    const sampled =
      origin.kind === "connection" ? `, ${count(origin.sampledRows, "sampled row")}` : ", no rows (DDL)"
    lines.push(
      "",
      `### \`${escapeMarkdown(name(review))}\``,
      "",
      `${table.database}, ${count(table.columns.length, "column")}, ${size}${sampled}.`,
      "",
    )
    if (review.recommendations.length === 0) lines.push("No recommendations.")
    for (const recommendation of review.recommendations) {
      const place = placeOf(review, recommendation.column)
      const where = place === null ? "" : `\`${place.file}:${place.line}\` `
      lines.push(`- ${where}**${recommendation.rule}** ${escapeMarkdown(recommendation.message)}`)
      if (recommendation.sql !== null) lines.push("", "  ```sql", `  ${recommendation.sql}`, "  ```")
    }
    lines.push("", "#### Advisory", "")
    if (review.advisory.skipped !== null) lines.push(skippedLine(escapeMarkdown(review.advisory.skipped)))
    else if (review.advisory.findings.length === 0) lines.push("No findings.")
    for (const advice of review.advisory.findings)
      lines.push(
        `- **llm** ${advice.column === null ? "" : `\`${escapeMarkdown(advice.column)}\` `}${escapeMarkdown(advice.message)}`,
      )
  }
  return `${lines.join("\n")}\n`
}

const github = (reviews: ReadonlyArray<TableReview>): string => {
  const lines: string[] = []
  for (const review of reviews) {
    for (const recommendation of review.recommendations)
      lines.push(
        annotation(
          "warning",
          placeOf(review, recommendation.column),
          `airspec table review ${recommendation.rule}`,
          `${name(review)}: ${recommendation.message}${recommendation.sql === null ? "" : ` — ${recommendation.sql}`}`,
        ),
      )
    for (const advice of review.advisory.findings)
      lines.push(
        annotation(
          "notice",
          placeOf(review, advice.column),
          "airspec table review (LLM advice)",
          `${name(review)}: ${advice.message}`,
        ),
      )
    if (review.advisory.skipped !== null)
      lines.push(`${name(review)}: ${skippedLine(review.advisory.skipped).replace(/[\r\n]+/g, " ")}`)
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`
}

const json = (reviews: ReadonlyArray<TableReview>) => ({
  tables: reviews.map((review) => ({
    table: review.table,
    origin: review.origin,
    recommendations: review.recommendations.map((recommendation) => ({
      ...recommendation,
      at: placeOf(review, recommendation.column),
    })),
    advisory: review.advisory,
  })),
})

export const formatTableReviews = (reviews: ReadonlyArray<TableReview>, format: ReviewFormat): string => {
  switch (format) {
    case "markdown":
      return markdown(reviews)
    case "github":
      return github(reviews)
    case "json":
      return `${JSON.stringify(json(reviews), null, 2)}\n`
  }
}
