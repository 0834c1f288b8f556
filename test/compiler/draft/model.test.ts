/**
 * Drafting with a model, through the real `Llm` service and the `openai` SDK against the local fake
 * server: the answer is parsed, written as YAML by code, checked by the real compiler and the profile's
 * columns, and repaired at most 3 times; a failing model leaves the skeleton.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { Duration, Effect, Layer, Logger, Option, Redacted } from "effect"
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { draftWithModel, type ModelDraft } from "../../../compiler/draft/model"
import { type DraftRequest, skeletonSpec } from "../../../compiler/draft/skeleton"
import { Llm, type LlmTuning } from "../../../compiler/llm/service"
import { profileTable } from "../../../compiler/profile/profile"
import { readSample } from "../../../compiler/profile/sample"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { compileText } from "../../support"

const API_KEY = "sk-airspec-draft-test-SECRET-0b5e"
const PATH = "specs/weather.yaml"
const FAST: Partial<LlmTuning> = { backoff: "5 millis", breaker: { threshold: 100, cooldown: "1 minute" } }

let server: FakeOpenAi
let cacheDir: string
let request: DraftRequest

beforeAll(async () => {
  const sample = await Effect.runPromise(readSample("node_modules/vega-datasets/data/seattle-weather.csv"))
  request = {
    pipeline: "weather",
    owner: "data",
    target: "postgres",
    schema: "raw",
    startDate: "2025-01-01",
    request: "Daily Seattle weather, merged on the date.",
    samples: [{ source: { kind: "file", info: sample.info }, profile: profileTable(sample.table) }],
  }
})

beforeEach(async () => {
  server = await startFakeOpenAi()
  cacheDir = mkdtempSync(join(tmpdir(), "airspec-draft-cache-"))
})

afterEach(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

const layer = () =>
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

const draft = (includeExamples = false, llm = layer()): Promise<ModelDraft> =>
  Effect.runPromise(
    draftWithModel(request, { path: PATH, includeExamples }).pipe(
      Effect.provide(llm),
      Effect.provide(Logger.remove(Logger.defaultLogger)),
    ),
  )

/** The skeleton as the model would answer it, changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the spec as JSON, edited freely
type Json = any

const answer = (edit: (spec: Json) => void = () => {}) => {
  const spec: Json = parse(skeletonSpec(request))
  edit(spec)
  return reply.json(spec)
}
const target = (spec: Json) => spec.tasks.seattle_weather.targets[0]

const userOf = (index: number): string => {
  const body = JSON.parse(server.requests[index]?.body ?? "{}") as {
    messages: ReadonlyArray<{ role: string; content: string }>
  }
  return body.messages.find((message) => message.role === "user")?.content ?? ""
}

describe("drafting with a model", () => {
  it("writes a valid first answer after one call, with the spec's schema non-strict", async () => {
    server.script(
      answer((spec) => {
        spec.description = "Seattle weather, by day."
      }),
    )
    const result = await draft()
    expect(result).toMatchObject({ _tag: "Drafted", calls: 1 })
    expect(result.text).toContain("with a model")
    expect(result.text).toContain("description: Seattle weather, by day.")
    expect(compileText(result.text, {}, PATH).diagnostics).toEqual([])
    expect(server.requests).toHaveLength(1)
    const body = JSON.parse(server.requests[0]?.body ?? "{}")
    expect(body.response_format.json_schema).toMatchObject({ name: "airspec_spec", strict: false })
    expect(body.response_format.json_schema.schema).toMatchObject({ type: "object" })
    expect(body.response_format.json_schema.schema.$defs).toBeDefined()
  })

  it("feeds the compiler's errors back and takes the repaired answer", async () => {
    server.script(
      answer((spec) => {
        target(spec).write = "upsert"
      }),
      answer(),
    )
    const result = await draft()
    expect(result).toMatchObject({ _tag: "Drafted", calls: 2 })
    expect(server.requests).toHaveLength(2)
    const repair = userOf(1)
    expect(repair).toContain("It has these errors")
    expect(repair).toMatch(/- \d+:\d+ .*upsert/)
    expect(repair).toContain("write: upsert")
  })

  it("stops early when the same errors come back", async () => {
    const bad = answer((spec) => {
      target(spec).write = "upsert"
    })
    server.script(bad, bad, bad, bad)
    const result = await draft()
    expect(server.requests).toHaveLength(2)
    expect(result._tag).toBe("Failed")
    if (result._tag !== "Failed") return
    expect(result.calls).toBe(2)
    expect(result.errors.length).toBeGreaterThan(0)
    expect(result.errors.join("\n")).toContain("upsert")
    expect(result.text).toContain("write: upsert")
  })

  it("gives up after 3 repairs when the errors keep changing", async () => {
    server.script(
      answer((spec) => {
        target(spec).write = "upsert1"
      }),
      answer((spec) => {
        target(spec).write = "upsert2"
      }),
      answer((spec) => {
        target(spec).write = "upsert3"
      }),
      answer((spec) => {
        target(spec).write = "upsert4"
      }),
      answer(),
    )
    const result = await draft()
    expect(result).toMatchObject({ _tag: "Failed", calls: 4 })
    expect(server.requests).toHaveLength(4)
  })

  it("counts prose as a failed attempt and takes the next answer", async () => {
    server.script(reply.text("Sure! Here is a pipeline that loads the weather."), answer())
    const result = await draft()
    expect(result).toMatchObject({ _tag: "Drafted", calls: 2 })
    expect(userOf(1)).toContain("the answer is not JSON")
    expect(userOf(1)).toContain("Sure! Here is a pipeline")
  })

  it("falls back to the skeleton, with the reason, when the answer is truncated", async () => {
    server.script(reply.truncated('{"pipeline": "wea'))
    const result = await draft()
    expect(result._tag).toBe("Skipped")
    expect(result.text).toBe(skeletonSpec(request))
    if (result._tag === "Skipped") expect(result.reason).toContain("truncated")
    expect(server.requests).toHaveLength(1)
  })

  it("keeps the skeleton without a model, and makes no request", async () => {
    const result = await draft(false, Llm.layerWith(Option.none()).pipe(Layer.provide(NodeContext.layer)))
    expect(result).toMatchObject({ _tag: "Skipped", reason: "no endpoint configured", calls: 0 })
    expect(result.text).toBe(skeletonSpec(request))
    expect(server.requests).toHaveLength(0)
  })

  it("rejects columns the profile lacks, with a suggestion", async () => {
    const bad = answer((spec) => {
      target(spec).primary_key = ["dat"]
      target(spec).columns.windspeed = "double precision"
    })
    server.script(bad, bad)
    const result = await draft()
    expect(result._tag).toBe("Failed")
    if (result._tag !== "Failed") return
    const errors = result.errors.join("\n")
    expect(errors).toMatch(
      /\d+:\d+ column "dat" is not in the sample seattle-weather\.csv; did you mean "date"\?/,
    )
    expect(errors).toContain('column "windspeed" is not in the sample seattle-weather.csv')
    expect(userOf(1)).toContain('did you mean "date"')
  })

  it("sends metadata only by default, and example values only when asked", async () => {
    server.script(reply.text("not json"), answer())
    await draft()
    server.script(answer())
    await draft(true)
    expect(server.requests).toHaveLength(3)
    for (const [index, recorded] of server.requests.entries()) {
      expect(recorded.body).not.toContain(API_KEY)
      const user = userOf(index)
      expect(user).toContain("temp_max")
      if (index < 2) {
        expect(user).not.toContain("drizzle")
        expect(user).not.toContain("2012-01-01")
        expect(user).not.toContain('"examples"')
      } else {
        expect(user).toContain('"examples"')
        expect(user).toContain("drizzle")
      }
    }
  })
})
