/**
 * Where the model lives, from the environment. No LLM at all is a normal state (`Option.none()`): every
 * command works without one. A half-done configuration (a base URL without a model, say) is an error.
 */
import { Config, ConfigError, Duration, Either, Option, Redacted } from "effect"

export interface LlmSettings {
  /** Any OpenAI-compatible endpoint, e.g. `https://api.openai.com/v1` or `http://localhost:11434/v1`. */
  readonly baseUrl: string
  readonly model: string
  readonly apiKey: Redacted.Redacted<string>
  /** For one HTTP request, the whole answer included. */
  readonly timeout: Duration.Duration
  readonly cacheDir: string
}

const REQUIRED = ["AIRSPEC_LLM_BASE_URL", "AIRSPEC_LLM_MODEL", "AIRSPEC_LLM_API_KEY"] as const

// An empty variable counts as unset, as shells and .env files often leave them.
const optionalText = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((text) => text.trim() !== "")))

export const LlmConfig: Config.Config<Option.Option<LlmSettings>> = Config.all({
  baseUrl: optionalText("AIRSPEC_LLM_BASE_URL"),
  model: optionalText("AIRSPEC_LLM_MODEL"),
  apiKey: Config.option(Config.redacted("AIRSPEC_LLM_API_KEY")).pipe(
    Config.map(Option.filter((key) => Redacted.value(key).trim() !== "")),
  ),
  timeoutSeconds: Config.number("AIRSPEC_LLM_TIMEOUT").pipe(
    Config.validate({ message: "must be a positive number of seconds", validation: (n) => n > 0 }),
    Config.withDefault(60),
  ),
  cacheDir: Config.string("AIRSPEC_LLM_CACHE_DIR").pipe(Config.withDefault(".cache/llm")),
}).pipe(
  Config.mapOrFail(({ baseUrl, model, apiKey, timeoutSeconds, cacheDir }) => {
    const given = [Option.isSome(baseUrl), Option.isSome(model), Option.isSome(apiKey)]
    if (!given.includes(true)) return Either.right(Option.none())
    const missing = REQUIRED.filter((_, index) => !given[index])
    if (missing.length > 0)
      return Either.left(
        ConfigError.MissingData(
          [missing[0] ?? ""],
          `an LLM needs ${REQUIRED.join(", ")}; missing ${missing.join(", ")}`,
        ),
      )
    const url = Option.getOrThrow(baseUrl)
    // a URL with user info may carry a key: a malformed one is not quoted back
    if (!URL.canParse(url))
      return Either.left(
        ConfigError.InvalidData(
          ["AIRSPEC_LLM_BASE_URL"],
          url.includes("@") ? "not a URL (not shown: it may hold credentials)" : `not a URL: ${url}`,
        ),
      )
    return Either.right(
      Option.some({
        baseUrl: url,
        model: Option.getOrThrow(model),
        apiKey: Option.getOrThrow(apiKey),
        timeout: Duration.seconds(timeoutSeconds),
        cacheDir,
      }),
    )
  }),
)
