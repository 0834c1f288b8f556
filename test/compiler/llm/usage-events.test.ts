/**
 * Token usage as `llm_call` metric events on the real Kafka broker: with a model and
 * AIRSPEC_METRICS_BROKERS configured, every call (answered, cached, failed) is one event, which the
 * ClickHouse sink's decoder turns into rows; without the brokers variable nothing is sent.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { ConfigProvider, Effect, Either, Layer, Logger } from "effect"
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest"
import { Llm } from "../../../compiler/llm/service"
import { decodeMessage } from "../../../runtime/metrics/metric-rows"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { readEvents } from "../../runtime/kafka-harness"

const API_KEY = "sk-airspec-usage-test-SECRET-91ab"

let server: FakeOpenAi
let cacheDir: string

beforeEach(async () => {
  server = await startFakeOpenAi()
  cacheDir = mkdtempSync(join(tmpdir(), "airspec-usage-cache-"))
})
afterEach(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

const calls = (env: Record<string, string>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const llm = yield* Llm
      const ask = (user: string) =>
        Effect.either(llm.complete({ system: "s", user, purpose: "draft", pipeline: "shop_orders" }))
      return [yield* ask("first"), yield* ask("first"), yield* ask("second")]
    }).pipe(
      Effect.provide(Llm.layer.pipe(Layer.provide(NodeContext.layer))),
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
      Effect.provide(Logger.remove(Logger.defaultLogger)),
    ),
  )

const modelEnv = () => ({
  AIRSPEC_LLM_BASE_URL: server.baseUrl,
  AIRSPEC_LLM_MODEL: "fake-model",
  AIRSPEC_LLM_API_KEY: API_KEY,
  AIRSPEC_LLM_CACHE_DIR: cacheDir,
})

describe("llm_call events", () => {
  it("sends one event per call, answered, cached or failed, with its tokens", async () => {
    const topic = `airspec.metrics.llm.${Date.now()}`
    server.script(reply.json({ ok: true }), reply.status(400))
    const results = await calls({
      ...modelEnv(),
      AIRSPEC_METRICS_BROKERS: `kafka://${inject("kafkaBrokers")}`,
      AIRSPEC_METRICS_TOPIC: topic,
    })
    expect(results.map(Either.isRight)).toEqual([true, true, false])
    expect(server.requests).toHaveLength(2)
    const events = await readEvents(topic, 3)
    expect(events.map((event) => event.key)).toEqual(["shop_orders", "shop_orders", "shop_orders"])
    const values = events.map((event) => event.value as Record<string, unknown>)
    expect(values.map((value) => [value.event, value.outcome, value.cached])).toEqual([
      ["llm_call", "ok", false],
      ["llm_call", "ok", true],
      ["llm_call", "bad_request", false],
    ])
    expect(values[0]).toMatchObject({ pipeline: "shop_orders", task: "draft", model: "fake-model" })
    expect(values[0]?.prompt_tokens).toBeGreaterThan(0)
    // the cached answer reports the tokens of the call that produced it
    expect(values[1]?.prompt_tokens).toBe(values[0]?.prompt_tokens)
    expect(new Set(values.map((value) => value.dag_run_id)).size).toBe(1)
    expect(JSON.stringify(values)).not.toContain(API_KEY)
    for (const event of events) {
      const decoded = decodeMessage(Buffer.from(JSON.stringify(event.value)))
      expect(Either.isRight(decoded)).toBe(true)
      if (Either.isRight(decoded))
        expect(decoded.right.rows.map((row) => row.metric)).toEqual([
          "llm_calls",
          "llm_prompt_tokens",
          "llm_completion_tokens",
          "llm_ms",
        ])
    }
  })

  it("answers as usual with the broker unreachable", async () => {
    server.script(reply.json({ ok: true }), reply.json({ ok: true }))
    const results = await calls({ ...modelEnv(), AIRSPEC_METRICS_BROKERS: "127.0.0.1:1" })
    expect(results.map(Either.isRight)).toEqual([true, true, true])
  }, 30_000)
})
