/**
 * Optional model advice on an existing table, after the deterministic recommendations: the model gets the
 * table's description (columns, types, keys, indexes or sorting and partitioning, size) and the sample's
 * statistics without example values, never rows. At most MAX_TABLE_ADVICE items, each about a column the
 * table has (or the table as a whole); anything else is dropped. A failure skips the stage with its reason.
 */
import { Effect, Either, Schema as S } from "effect"
import type { TableDescription } from "../introspect/table"
import { Llm } from "../llm/service"
import type { Profile } from "../profile/profile"
import type { Recommendation } from "./recommend"

export const MAX_TABLE_ADVICE = 5
const MAX_MESSAGE = 300

export interface TableAdvice {
  readonly column: string | null
  readonly message: string
}

export interface TableAdvisory {
  readonly skipped: string | null
  readonly findings: ReadonlyArray<TableAdvice>
}

const SYSTEM = [
  "You review the design of one existing database table (PostgreSQL or ClickHouse) that data pipelines",
  "load into or read from incrementally. You get its columns and types, keys, indexes or ClickHouse",
  "sorting and partitioning, its approximate size, statistics of a sample of its rows, and the",
  "recommendations deterministic rules already made. Add only what they missed and matters for",
  "correctness, query cost or load cost: keys, types, ORDER BY, partitioning, indexes for incremental",
  "reads. No naming or style remarks. At most 5 items, the most important first.",
  'Answer with JSON only: {"findings": [{"column": "<a column name, or empty for the table>", "message":',
  '"<one sentence>"}]}, an empty list when nothing is worth saying.',
].join("\n")

const SCHEMA = {
  name: "airspec_table_review",
  schema: {
    type: "object",
    properties: {
      findings: {
        type: "array",
        items: {
          type: "object",
          properties: { column: { type: "string" }, message: { type: "string" } },
          required: ["column", "message"],
          additionalProperties: false,
        },
      },
    },
    required: ["findings"],
    additionalProperties: false,
  },
  strict: true,
} as const

/** Metadata only: the profile's example values are data and stay here. */
export const tablePrompt = (
  table: TableDescription,
  profile: Profile | null,
  recommendations: ReadonlyArray<Recommendation>,
): string =>
  [
    "Table (JSON):",
    JSON.stringify(table, null, 1),
    "",
    profile === null
      ? "No rows were sampled (the table comes from a DDL file)."
      : `Sample statistics (JSON, ${profile.rows} rows):\n${JSON.stringify(
          {
            ...profile,
            columns: profile.columns.map(({ examples: _, ...column }) => column),
          },
          null,
          1,
        )}`,
    "",
    "Already recommended (do not repeat):",
    ...(recommendations.length === 0
      ? ["- none"]
      : recommendations.map((r) => `- ${r.column ?? "table"}: ${r.rule}: ${r.message}`)),
  ].join("\n")

const Answer = S.Struct({ findings: S.Array(S.Struct({ column: S.String, message: S.String })) })

export const adviseOnTable = (
  table: TableDescription,
  profile: Profile | null,
  recommendations: ReadonlyArray<Recommendation>,
): Effect.Effect<TableAdvisory, never, Llm> =>
  Effect.gen(function* () {
    const llm = yield* Llm
    if (!llm.configured) return { skipped: "no endpoint configured", findings: [] }
    const reply = yield* Effect.either(
      llm.complete({
        system: SYSTEM,
        user: tablePrompt(table, profile, recommendations),
        schema: SCHEMA,
        purpose: "table review",
      }),
    )
    if (Either.isLeft(reply))
      return { skipped: `the model failed (${reply.left.reason}): ${reply.left.message}`, findings: [] }
    const answer = Either.flatMap(
      Either.try(() => JSON.parse(reply.right.text) as unknown),
      S.decodeUnknownEither(Answer),
    )
    if (Either.isLeft(answer))
      return { skipped: `the model's answer is not the JSON asked for`, findings: [] }
    const columns = new Set(table.columns.map((column) => column.name))
    const seen = new Set<string>()
    const findings: TableAdvice[] = []
    for (const item of answer.right.findings) {
      const column = item.column.trim() === "" ? null : item.column.trim()
      const message = item.message.replace(/\s+/g, " ").trim().slice(0, MAX_MESSAGE)
      const key = `${column}:${message.toLowerCase()}`
      if (message === "" || (column !== null && !columns.has(column)) || seen.has(key)) continue
      seen.add(key)
      findings.push({ column, message })
      if (findings.length === MAX_TABLE_ADVICE) break
    }
    return { skipped: null, findings }
  })
