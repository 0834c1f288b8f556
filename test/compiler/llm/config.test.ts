/**
 * A malformed AIRSPEC_LLM_BASE_URL is reported without quoting credentials it may carry (found by the
 * security suite: `https://user:key@host:99999/v1` came back whole in the configuration error).
 */
import { ConfigProvider, Effect, Either } from "effect"
import { describe, expect, it } from "vitest"
import { LlmConfig } from "../../../compiler/llm/config"

const load = (baseUrl: string) =>
  Effect.runSync(
    Effect.either(
      Effect.withConfigProvider(
        Effect.gen(function* () {
          return yield* LlmConfig
        }),
        ConfigProvider.fromMap(
          new Map([
            ["AIRSPEC_LLM_BASE_URL", baseUrl],
            ["AIRSPEC_LLM_MODEL", "m"],
            ["AIRSPEC_LLM_API_KEY", "k"],
          ]),
        ),
      ),
    ),
  )

describe("AIRSPEC_LLM_BASE_URL", () => {
  it("is not quoted back when it is malformed and has user info", () => {
    const result = load("https://user:sk-planted-key-1f3a@api.example.com:99999/v1")
    expect(Either.isLeft(result)).toBe(true)
    expect(String(Either.isLeft(result) ? result.left : "")).not.toContain("sk-planted-key-1f3a")
  })

  it("is quoted back when it is malformed without user info", () => {
    const result = load("api.example.com/v1")
    expect(String(Either.isLeft(result) ? result.left : "")).toContain("not a URL: api.example.com/v1")
  })
})
