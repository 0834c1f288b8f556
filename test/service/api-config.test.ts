/** The service's configuration from the environment: the required token, body sizes, and errors said plainly. */
import { ConfigProvider, Effect, Either, Option, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { DEFAULT_MAX_BODY, describeConfigError, ServiceConfig, scrubSecrets } from "../../service/config"

const load = (env: Record<string, string>) =>
  Effect.runSync(
    Effect.either(ServiceConfig).pipe(
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
    ),
  )

const problem = (env: Record<string, string>) => {
  const loaded = load(env)
  if (Either.isRight(loaded)) throw new Error("expected a configuration error")
  return describeConfigError(loaded.left)
}

describe("ServiceConfig", () => {
  it("needs a token that is not blank", () => {
    expect(problem({})).toMatch(/^AIRSPEC_SERVICE_TOKEN is not set: /)
    expect(problem({ AIRSPEC_SERVICE_TOKEN: " \t" })).toMatch(/^AIRSPEC_SERVICE_TOKEN is empty: /)
  })

  it("reads the body limit in bytes or with a unit, 1 MiB by default", () => {
    const sizes = [
      [{}, DEFAULT_MAX_BODY],
      [{ AIRSPEC_SERVICE_MAX_BODY: "2048" }, 2048],
      [{ AIRSPEC_SERVICE_MAX_BODY: "2MiB" }, 2 * 1024 * 1024],
      [{ AIRSPEC_SERVICE_MAX_BODY: "500KB" }, 500_000],
    ] as const
    for (const [env, bytes] of sizes) {
      const loaded = load({ AIRSPEC_SERVICE_TOKEN: "t", ...env })
      expect(Either.getOrThrow(loaded).maxBody).toBe(bytes)
    }
    for (const bad of ["0", "-1", "lots", "1.5"])
      expect(problem({ AIRSPEC_SERVICE_TOKEN: "t", AIRSPEC_SERVICE_MAX_BODY: bad })).toMatch(
        /^AIRSPEC_SERVICE_MAX_BODY must be a positive number of bytes/,
      )
  })

  it("keeps the token and the database URL redacted, and reads the brokers", () => {
    const settings = Either.getOrThrow(
      load({
        AIRSPEC_SERVICE_TOKEN: "s3cret",
        AIRSPEC_DATABASE_URL: "postgresql://svc:pa%40ss@db/airspec",
        AIRSPEC_KAFKA_BROKERS: "kafka://a:9092,b:9092",
      }),
    )
    expect(String(settings.token)).not.toContain("s3cret")
    expect(Redacted.value(settings.token)).toBe("s3cret")
    expect(settings.kafkaBrokers).toEqual(["a:9092", "b:9092"])
    expect(Option.isNone(settings.llm)).toBe(true)
    const scrub = scrubSecrets(settings)
    expect(scrub("auth failed for postgresql://svc:pa%40ss@db/airspec (password pa@ss, token s3cret)")).toBe(
      "auth failed for <redacted> (password <redacted>, token <redacted>)",
    )
  })

  it("refuses a half-configured model and says what is missing", () => {
    expect(problem({ AIRSPEC_SERVICE_TOKEN: "t", AIRSPEC_LLM_MODEL: "m" })).toContain(
      "missing AIRSPEC_LLM_BASE_URL, AIRSPEC_LLM_API_KEY",
    )
  })
})
