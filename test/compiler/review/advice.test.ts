/**
 * Stage B through the real `Llm` service and `openai` SDK over HTTP, against the local fake server: only
 * changed lines (secrets redacted) and stage A's findings are sent; advice pinned to changed lines is
 * kept, the rest dropped, at most 5; a model that fails or answers prose skips the stage with a reason.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { Duration, Effect, Layer, Logger, Option, Redacted } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Llm, type LlmTuning } from "../../../compiler/llm/service"
import { type Advisory, advise, MAX_ADVICE, NOT_CONFIGURED } from "../../../compiler/review/advice"
import type { SpecPair } from "../../../compiler/review/diff"
import type { Finding } from "../../../compiler/review/finding"
import { formatReview } from "../../../compiler/review/report"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { BASE, lineOf, PATH, pairs, reviewAll } from "./support"

const API_KEY = "sk-airspec-review-test-SECRET-91aa"
const PASSWORD = "s3cr3t-Passw0rd-for-the-warehouse"
const FAST: Partial<LlmTuning> = { backoff: "5 millis", breaker: { threshold: 100, cooldown: "1 minute" } }

let server: FakeOpenAi
let cacheDir: string

beforeEach(async () => {
  server = await startFakeOpenAi()
  cacheDir = mkdtempSync(join(tmpdir(), "airspec-review-cache-"))
})

afterEach(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

const configured = () =>
  Llm.layerWith(
    Option.some({
      baseUrl: server.baseUrl,
      model: "fake-model",
      apiKey: Redacted.make(API_KEY),
      timeout: Duration.seconds(1),
      cacheDir,
    }),
    FAST,
  ).pipe(Layer.provide(NodeContext.layer))

const run = (
  specs: ReadonlyArray<SpecPair>,
  findings: ReadonlyArray<Finding> = [],
  llm = configured(),
): Promise<Advisory> =>
  Effect.runPromise(
    advise(specs, findings).pipe(Effect.provide(llm), Effect.provide(Logger.remove(Logger.defaultLogger))),
  )

/** Rows of the sample file the spec loads: data, which must never reach the model. */
const ROWS = ["1,ada@example.com,+44 20 7946 0958", "2,grace@example.com,+1 202 555 0143"]

/** BASE with one changed line (the retries) and one added task that loads a CSV with a literal DB password. */
const HEAD = BASE.replace("  retries: 3", "  retries: 1").concat(`  people:
    # sample rows look like: ${"<"}id>,<email>,<phone>
    source: { kind: file, path: data/people.csv, format: csv }
    targets:
      - connection: dwh
        table: raw.people
        write: append
    description: "copy of postgres://loader:${PASSWORD}@db.internal/people"
`)

const userPrompt = (index: number): string => {
  const body = JSON.parse(server.requests[index]?.body ?? "{}") as {
    messages: ReadonlyArray<{ role: string; content: string }>
  }
  return body.messages.find((message) => message.role === "user")?.content ?? ""
}

describe("LLM advice", () => {
  it("keeps advice on changed lines and drops advice on other lines", async () => {
    const retries = lineOf(HEAD, "retries: 1")
    const write = lineOf(HEAD, "write: append")
    server.script(
      reply.json({
        findings: [
          { line: retries, message: "Fewer retries make the nightly load fail on a transient error." },
          { line: 1, message: "The pipeline name is unchanged; this is not a changed line." },
          { line: write, message: "An append without a key duplicates rows when a run is retried." },
          { line: write, message: "An append  without a key duplicates rows when a run is retried. " },
          { line: 10_000, message: "Past the end of the file." },
        ],
      }),
    )
    const advisory = await run(pairs(BASE, HEAD))
    expect(advisory.skipped).toBeNull()
    expect(advisory.findings).toEqual([
      {
        file: PATH,
        line: retries,
        col: 3,
        message: "Fewer retries make the nightly load fail on a transient error.",
      },
      {
        file: PATH,
        line: write,
        col: 9,
        message: "An append without a key duplicates rows when a run is retried.",
      },
    ])
    expect(server.requests).toHaveLength(1)
  })

  it("sends the changed lines with line numbers, the findings and a strict schema, never a secret or a data row", async () => {
    server.script(reply.json({ findings: [] }))
    const findings = reviewAll(BASE, HEAD, {
      "data/people.csv": `id,email,phone\n${ROWS.join("\n")}\n`,
    }).findings
    expect(findings.map((f) => f.rule)).toContain("literal_secret")
    await run(pairs(BASE, HEAD), findings)
    expect(server.requests).toHaveLength(1)
    const request = server.requests[0]
    const body = request?.body ?? ""
    expect(body).not.toContain(PASSWORD)
    expect(body).not.toContain(`${PASSWORD.slice(0, 2)}…`)
    expect(body).not.toContain(API_KEY)
    for (const row of ROWS) expect(body).not.toContain(row)
    expect(body).not.toContain("ada@example.com")
    const parsed = JSON.parse(body)
    expect(parsed.response_format.json_schema).toMatchObject({ name: "airspec_review", strict: true })
    const user = userPrompt(0)
    expect(user).toMatch(new RegExp(`^> +${lineOf(HEAD, "retries: 1")} \\|   retries: 1$`, "m"))
    expect(user).toContain("postgres://loader:<redacted>@db.internal/people")
    expect(user).toContain("literal_secret")
    // an unchanged part far from every change is not sent
    expect(user).not.toContain("not_null")
    expect(JSON.stringify(request?.headers)).not.toContain(PASSWORD)
  })

  it("asks once per changed spec, none for unchanged ones, and caps the advice at 5", async () => {
    const other = "specs/other.yaml"
    const changed = lineOf(HEAD, "retries: 1")
    const many = Array.from({ length: 8 }, (_, index) => ({
      line: changed,
      message: `Risk number ${index}.`,
    }))
    server.script(reply.json({ findings: many }))
    const advisory = await run(pairs({ [PATH]: BASE, [other]: BASE }, { [PATH]: HEAD, [other]: BASE }))
    expect(advisory.findings).toHaveLength(MAX_ADVICE)
    expect(advisory.findings.map((f) => f.message)).toEqual(many.slice(0, 5).map((f) => f.message))
    expect(server.requests).toHaveLength(1)
    expect(userPrompt(0)).toContain(`Spec file: ${PATH} (changed)`)
  })

  it("stops asking once 5 are kept", async () => {
    const first = "specs/a.yaml"
    const second = "specs/b.yaml"
    const line = lineOf(HEAD, "retries: 1")
    server.script(
      reply.json({ findings: Array.from({ length: 5 }, (_, i) => ({ line, message: `Note ${i}.` })) }),
    )
    const advisory = await run(pairs({ [first]: BASE, [second]: BASE }, { [first]: HEAD, [second]: HEAD }))
    expect(advisory.findings.map((f) => f.file)).toEqual(Array(5).fill(first))
    expect(server.requests).toHaveLength(1)
  })

  it.each([
    ["prose", reply.text("Looks good to me! The retries change seems fine."), "is not JSON"],
    ["JSON of another shape", reply.json({ advice: "none" }), "is not the JSON asked for"],
    ["a refusal", reply.refusal("I cannot help with that."), "the model failed (refused)"],
    ["a rejected request", reply.status(400), "the model failed (bad_request)"],
  ])("skips the stage with a reason when the model answers %s", async (_, answer, reason) => {
    server.script(answer)
    const advisory = await run(pairs(BASE, HEAD))
    expect(advisory.findings).toEqual([])
    expect(advisory.skipped).toContain(reason)
    const markdown = formatReview(
      { base: "main", result: { findings: [], suppressed: [], changedSpecs: 1 }, advisory },
      "markdown",
    )
    expect(markdown).toContain(`LLM review skipped: ${advisory.skipped?.slice(0, 20)}`)
  })

  it("without a model: no request, and the report says so", async () => {
    const advisory = await run(
      pairs(BASE, HEAD),
      [],
      Llm.layerWith(Option.none()).pipe(Layer.provide(NodeContext.layer)),
    )
    expect(advisory).toEqual({ skipped: NOT_CONFIGURED, findings: [] })
    expect(server.requests).toHaveLength(0)
    const markdown = formatReview(
      { base: null, result: { findings: [], suppressed: [], changedSpecs: 1 }, advisory },
      "markdown",
    )
    expect(markdown.split("\n")).toContain("LLM review skipped: no endpoint configured")
  })

  it("with nothing changed, makes no request", async () => {
    const advisory = await run(pairs(BASE, BASE.replace("owner: data", "owner:   data  # same")))
    expect(advisory).toEqual({ skipped: null, findings: [] })
    expect(server.requests).toHaveLength(0)
  })
})
