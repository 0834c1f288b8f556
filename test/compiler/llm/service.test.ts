/**
 * The LLM service with the real `openai` SDK over real HTTP, against a local fake server that scripts its
 * replies: answers, truncation, rate limits, hangs, the breaker, the cache, and the API key kept out of
 * logs, cache files and errors.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { ConfigProvider, Duration, Effect, Either, Layer, Logger, Option, Redacted } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { LlmSettings } from "../../../compiler/llm/config"
import type { LlmError } from "../../../compiler/llm/error"
import { Llm, type LlmReply, type LlmRequest, type LlmTuning } from "../../../compiler/llm/service"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../../fakes/fake-openai"

const API_KEY = "sk-airspec-test-7d41c0ffee-SECRET"

let server: FakeOpenAi
let cacheDir: string
let logs: string[]

beforeEach(async () => {
  server = await startFakeOpenAi()
  cacheDir = mkdtempSync(join(tmpdir(), "airspec-llm-cache-"))
  logs = []
})

afterEach(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

const settings = (overrides: Partial<LlmSettings> = {}): Option.Option<LlmSettings> =>
  Option.some({
    baseUrl: server.baseUrl,
    model: "fake-model",
    apiKey: Redacted.make(API_KEY),
    timeout: Duration.seconds(1),
    cacheDir,
    ...overrides,
  })

// Fast retries and a breaker that stays out of the way unless a test wants it.
const FAST: Partial<LlmTuning> = { backoff: "10 millis", breaker: { threshold: 100, cooldown: "1 minute" } }

const capture = Logger.map(Logger.logfmtLogger, (line) => {
  logs.push(line)
})

const run = <A, E>(effect: Effect.Effect<A, E, Llm>, layer: Layer.Layer<Llm, unknown, never> = llmLayer()) =>
  Effect.runPromise(
    effect.pipe(Effect.provide(layer), Effect.provide(Logger.replace(Logger.defaultLogger, capture))),
  )

const llmLayer = (tuning: Partial<LlmTuning> = FAST, options: Option.Option<LlmSettings> = settings()) =>
  Llm.layerWith(options, tuning).pipe(Layer.provide(NodeContext.layer))

const ask = (request: Partial<LlmRequest> = {}) =>
  Effect.flatMap(Llm, (llm) =>
    Effect.either(
      llm.complete({
        system: "You write airspec specs.",
        user: "columns: id, amount",
        purpose: "test",
        ...request,
      }),
    ),
  )

const ok = (result: Either.Either<LlmReply, LlmError>): LlmReply => {
  if (Either.isLeft(result))
    throw new Error(`expected an answer, got ${result.left.reason}: ${result.left.message}`)
  return result.right
}

const failure = (result: Either.Either<LlmReply, LlmError>): LlmError => {
  if (Either.isRight(result)) throw new Error(`expected a failure, got ${JSON.stringify(result.right)}`)
  return result.left
}

const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.endsWith(".json"))

const bodyOf = (index: number) =>
  JSON.parse(server.requests[index]?.body ?? "null") as Record<string, unknown>

describe("answers", () => {
  it("asks for strict JSON with the schema and returns the text", async () => {
    const spec = { pipeline: "orders", tasks: [] }
    server.script(reply.json(spec))
    const schema = { name: "spec", schema: { type: "object", properties: {}, additionalProperties: false } }
    const answer = ok(await run(ask({ schema })))
    expect(JSON.parse(answer.text)).toEqual(spec)
    expect(answer).toMatchObject({ cached: false, usage: { prompt: 11 } })
    expect(answer.usage.completion).toBeGreaterThan(0)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toMatchObject({ method: "POST", url: "/v1/chat/completions" })
    expect(bodyOf(0)).toEqual({
      model: "fake-model",
      temperature: 0,
      messages: [
        { role: "system", content: "You write airspec specs." },
        { role: "user", content: "columns: id, amount" },
      ],
      response_format: { type: "json_schema", json_schema: { ...schema, strict: true } },
    })
    expect(
      logs.some((line) => line.includes("llm test: model fake-model") && line.includes("prompt_tokens=11")),
    ).toBe(true)
  })

  it("returns prose as it is: parsing is the caller's business", async () => {
    server.script(reply.text("Sure! Here is your pipeline: it loads orders."))
    const answer = ok(await run(ask()))
    expect(answer.text).toBe("Sure! Here is your pipeline: it loads orders.")
    expect(bodyOf(0)).not.toHaveProperty("response_format")
  })

  it("fails a truncated answer and never caches it", async () => {
    server.script(reply.truncated('{"pipeline": "ord'), reply.truncated('{"pipeline": "ord'))
    expect(failure(await run(ask()))).toMatchObject({ reason: "truncated", retryable: false })
    expect(failure(await run(ask()))).toMatchObject({ reason: "truncated" })
    expect(server.requests).toHaveLength(2)
    expect(cacheFiles()).toEqual([])
  })

  it("fails a refusal", async () => {
    server.script(reply.refusal("I cannot help with that."))
    expect(failure(await run(ask()))).toMatchObject({ reason: "refused" })
  })
})

describe("retries", () => {
  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    server.script(reply.status(429, { "retry-after": "1" }), reply.text("ok"))
    expect(ok(await run(ask())).text).toBe("ok")
    expect(server.requests).toHaveLength(2)
    // the backoff alone is 10 ms: the gap is the server's second
    const [first, second] = server.requests
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900)
  })

  it("retries a 500 but not a 400", async () => {
    server.script(reply.status(500), reply.text("ok"), reply.status(400))
    expect(ok(await run(ask())).text).toBe("ok")
    expect(failure(await run(ask({ user: "other" })))).toMatchObject({
      reason: "bad_request",
      retryable: false,
    })
    expect(server.requests).toHaveLength(3)
  })

  it("gives up after the attempts", async () => {
    server.script(reply.status(503), reply.status(503), reply.status(503), reply.text("too late"))
    expect(failure(await run(ask()))).toMatchObject({ reason: "unavailable", retryable: true })
    expect(server.requests).toHaveLength(3)
    expect(server.pending()).toBe(1)
  })

  it("times out a server that never answers", async () => {
    server.script(reply.hang(), reply.hang())
    const error = failure(await run(ask(), llmLayer({ ...FAST, attempts: 2 })))
    expect(error).toMatchObject({ reason: "timeout", retryable: true })
    expect(server.requests).toHaveLength(2)
  })
})

describe("circuit breaker", () => {
  const touchy: Partial<LlmTuning> = {
    ...FAST,
    attempts: 1,
    breaker: { threshold: 3, cooldown: "300 millis" },
  }

  it("opens after consecutive failures, fails fast, and closes after a good probe", async () => {
    server.script(reply.status(500), reply.status(500), reply.status(500))
    const reasons = await run(
      Effect.gen(function* () {
        const reasons: string[] = []
        for (let call = 0; call < 5; call++) {
          const result = yield* ask({ user: `call ${call}` })
          reasons.push(Either.isLeft(result) ? result.left.reason : "ok")
        }
        const requestsWhileOpen = server.requests.length
        yield* Effect.sleep("400 millis")
        server.script(reply.text("probe"), reply.text("after"))
        reasons.push(Either.isLeft(yield* ask({ user: "probe" })) ? "failed" : "ok")
        reasons.push(Either.isLeft(yield* ask({ user: "after" })) ? "failed" : "ok")
        return { reasons, requestsWhileOpen }
      }),
      llmLayer(touchy),
    )
    expect(reasons.reasons).toEqual([
      "unavailable",
      "unavailable",
      "unavailable",
      "circuit_open",
      "circuit_open",
      "ok",
      "ok",
    ])
    expect(reasons.requestsWhileOpen).toBe(3)
    expect(server.requests).toHaveLength(5)
  })

  it("reopens when the probe fails", async () => {
    server.script(reply.status(500), reply.status(500), reply.status(500), reply.status(500))
    const reasons = await run(
      Effect.gen(function* () {
        const reasons: string[] = []
        for (let call = 0; call < 3; call++) reasons.push(failureReason(yield* ask({ user: `call ${call}` })))
        yield* Effect.sleep("400 millis")
        reasons.push(failureReason(yield* ask({ user: "probe" })))
        reasons.push(failureReason(yield* ask({ user: "again" })))
        return reasons
      }),
      llmLayer(touchy),
    )
    expect(reasons).toEqual(["unavailable", "unavailable", "unavailable", "unavailable", "circuit_open"])
    expect(server.requests).toHaveLength(4)
  })

  it("does not count answers the server gave on purpose", async () => {
    server.script(reply.status(400), reply.status(400), reply.status(400), reply.text("ok"))
    const reasons = await run(
      Effect.gen(function* () {
        const reasons: string[] = []
        for (let call = 0; call < 4; call++) reasons.push(failureReason(yield* ask({ user: `call ${call}` })))
        return reasons
      }),
      llmLayer(touchy),
    )
    expect(reasons).toEqual(["bad_request", "bad_request", "bad_request", "ok"])
  })
})

const failureReason = (result: Either.Either<LlmReply, LlmError>) =>
  Either.isLeft(result) ? result.left.reason : "ok"

describe("cache", () => {
  it("answers the same request from disk, across service instances, without a request", async () => {
    server.script(reply.json({ pipeline: "orders" }), reply.json({ pipeline: "other" }))
    const [first, second, otherPurpose] = await run(
      Effect.all([ask(), ask(), ask({ purpose: "repair" })]).pipe(Effect.map((results) => results.map(ok))),
    )
    expect(first?.cached).toBe(false)
    expect(second).toEqual({ ...first, cached: true })
    expect(otherPurpose?.cached).toBe(true)
    expect(server.requests).toHaveLength(1)
    expect(cacheFiles()).toHaveLength(1)
    expect(cacheFiles()[0]).toMatch(/^[0-9a-f]{64}\.json$/)

    // a new process (a CI run) with the same cache directory
    const again = ok(await run(ask(), llmLayer()))
    expect(again).toMatchObject({ cached: true, text: first?.text })
    expect(server.requests).toHaveLength(1)
    expect(logs.some((line) => line.includes("(cached)") && line.includes("cached=true"))).toBe(true)

    // a different prompt, schema or model is a different request
    ok(await run(ask({ user: "columns: id" })))
    expect(server.requests).toHaveLength(2)
    expect(cacheFiles()).toHaveLength(2)
  })

  it("treats an unreadable cache file as a miss", async () => {
    server.script(reply.text("first"), reply.text("second"))
    ok(await run(ask()))
    const [file] = cacheFiles()
    rmSync(join(cacheDir, file ?? ""))
    ok(await run(ask()))
    expect(server.requests).toHaveLength(2)
  })
})

describe("secrets", () => {
  it("sends the API key only as the Authorization header", async () => {
    server.script(
      reply.json({ pipeline: "orders" }),
      reply.status(429, { "retry-after": "0" }),
      reply.text("after a 429"),
      reply.truncated("cut"),
      reply.status(401, {}, { error: { message: `Incorrect API key provided: ${API_KEY}`, type: "auth" } }),
      reply.status(500),
      reply.status(500),
      reply.status(500),
    )
    const results = await run(
      Effect.all([
        ask({ user: "one" }),
        ask({ user: "two" }),
        ask({ user: "three" }),
        ask({ user: "four" }),
        ask({ user: "five" }),
        ask({ user: "one" }),
      ]),
    )
    expect(results.map(failureReason)).toEqual(["ok", "ok", "truncated", "bad_request", "unavailable", "ok"])
    expect(server.requests).toHaveLength(8)
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
      expect(request.body).not.toContain(API_KEY)
    }
    const errors = results.filter(Either.isLeft).map((result) => result.left)
    expect(errors.find((error) => error.reason === "bad_request")?.message).toContain("<redacted>")
    for (const error of errors) {
      expect(error.message).not.toContain(API_KEY)
      expect(JSON.stringify(error)).not.toContain(API_KEY)
      expect(String(error)).not.toContain(API_KEY)
    }
    expect(logs.length).toBeGreaterThan(0)
    for (const line of logs) expect(line).not.toContain(API_KEY)
    expect(cacheFiles().length).toBeGreaterThan(0)
    for (const file of cacheFiles()) {
      expect(file).not.toContain(API_KEY)
      expect(readFileSync(join(cacheDir, file), "utf8")).not.toContain(API_KEY)
    }
  })
})

describe("configuration", () => {
  const fromEnv = (env: Record<string, string>) =>
    Llm.layer.pipe(
      Layer.provide(NodeContext.layer),
      Layer.provide(Layer.setConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))),
    )

  it("without a model, every call fails with not_configured", async () => {
    for (const layer of [
      llmLayer(FAST, Option.none()),
      fromEnv({}),
      fromEnv({ AIRSPEC_LLM_BASE_URL: " " }),
    ]) {
      const { configured, result } = await run(
        Effect.gen(function* () {
          return { configured: (yield* Llm).configured, result: yield* ask() }
        }),
        layer,
      )
      expect(configured).toBe(false)
      expect(failure(result)).toMatchObject({ reason: "not_configured", retryable: false })
    }
    expect(server.requests).toHaveLength(0)
  })

  it("reads the endpoint, model, key and timeout from the environment", async () => {
    server.script(reply.text("from env"))
    const layer = fromEnv({
      AIRSPEC_LLM_BASE_URL: server.baseUrl,
      AIRSPEC_LLM_MODEL: "env-model",
      AIRSPEC_LLM_API_KEY: API_KEY,
      AIRSPEC_LLM_TIMEOUT: "2",
      AIRSPEC_LLM_CACHE_DIR: cacheDir,
    })
    expect(ok(await run(ask(), layer)).text).toBe("from env")
    expect(bodyOf(0)).toMatchObject({ model: "env-model" })
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(cacheFiles()).toHaveLength(1)
  })

  it("refuses a half-done configuration without showing the key", async () => {
    const exit = await Effect.runPromiseExit(
      ask().pipe(Effect.provide(fromEnv({ AIRSPEC_LLM_API_KEY: API_KEY, AIRSPEC_LLM_MODEL: "m" }))),
    )
    expect(exit._tag).toBe("Failure")
    const text = JSON.stringify(exit)
    expect(text).toContain("AIRSPEC_LLM_BASE_URL")
    expect(text).not.toContain(API_KEY)
  })
})
