/**
 * The model, as an Effect service over the `openai` SDK, for any OpenAI-compatible endpoint. The SDK
 * neither retries (`maxRetries: 0`) nor decides alone when to give up: this module holds the one retry
 * policy, a circuit breaker and a content-addressed cache of answers. Callers build the prompts (metadata
 * only) and parse the answers.
 */
import type { FileSystem, Path } from "@effect/platform"
import {
  Clock,
  type ConfigError,
  Context,
  Duration,
  Effect,
  Layer,
  Option,
  Redacted,
  Schedule,
  type Scope,
} from "effect"
import type OpenAI from "openai"
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from "openai/resources/chat/completions"
import { type BreakerSettings, makeBreaker } from "./breaker"
import { cacheKey, makeReplyCache } from "./cache"
import { LlmConfig, type LlmSettings } from "./config"
import { fromSdkError, type LlmError, llmError } from "./error"
import { kafkaUsageReporter, noUsageReporter, UsageMetricsConfig, type UsageReporter } from "./usage"

export interface LlmRequest {
  readonly system: string
  readonly user: string
  /** Asks for JSON that fits this schema (structured output); the answer is still returned as text. */
  readonly schema?:
    | {
        readonly name: string
        readonly schema: object
        /** Strict structured output (the default); off for schemas strict mode cannot express. */
        readonly strict?: boolean
      }
    | undefined
  /** What the call is for, in logs ("draft", "repair", …); not part of the cache key. */
  readonly purpose: string
  /** The spec the call is about, for the usage events; not part of the cache key. */
  readonly pipeline?: string | undefined
}

export interface LlmUsage {
  readonly prompt: number
  readonly completion: number
}

export interface LlmReply {
  readonly text: string
  /** The tokens of the call that produced the answer, also when it comes from the cache. */
  readonly usage: LlmUsage
  readonly cached: boolean
}

export interface LlmTuning {
  /** Attempts per call, the first included; only timeouts, rate limits and unavailability are retried. */
  readonly attempts: number
  /** Delay before the first retry, doubled each time, with jitter. */
  readonly backoff: Duration.DurationInput
  /** A server asking to wait longer than this (`Retry-After`) is not retried. */
  readonly maxRetryAfter: Duration.DurationInput
  readonly breaker: BreakerSettings
}

export const DEFAULT_TUNING: LlmTuning = {
  attempts: 3,
  backoff: "1 second",
  maxRetryAfter: "30 seconds",
  breaker: { threshold: 5, cooldown: "30 seconds" },
}

export interface LlmService {
  /** Without a model, every call fails with `not_configured`: callers fall back to what needs none. */
  readonly configured: boolean
  readonly complete: (request: LlmRequest) => Effect.Effect<LlmReply, LlmError>
}

const TEMPERATURE = 0

const notConfigured: LlmService = {
  configured: false,
  complete: () =>
    Effect.fail(
      llmError(
        "not_configured",
        "no model configured: set AIRSPEC_LLM_BASE_URL, AIRSPEC_LLM_MODEL and AIRSPEC_LLM_API_KEY",
      ),
    ),
}

// The SDK loads only when a model is configured, so commands without one start as fast as before.
const loadOpenAi = async (): Promise<typeof OpenAI> => (await import("openai")).OpenAI

/** The endpoint without credentials a URL may carry, for the cache key and the logs. */
const publicEndpoint = (baseUrl: string): string => {
  const url = new URL(baseUrl)
  url.username = ""
  url.password = ""
  return url.href.replace(/\/+$/, "")
}

const retryPolicy = (tuning: LlmTuning) => {
  const maxRetryAfter = Duration.toMillis(tuning.maxRetryAfter)
  return Schedule.exponential(tuning.backoff).pipe(
    Schedule.jittered,
    Schedule.intersect(Schedule.recurs(Math.max(0, tuning.attempts - 1))),
    Schedule.intersect(Schedule.identity<LlmError>()),
    Schedule.whileInput((error: LlmError) => error.retryable && (error.retryAfterMs ?? 0) <= maxRetryAfter),
    Schedule.modifyDelay(([, error], delay) =>
      error.retryAfterMs === null ? delay : Duration.max(delay, Duration.millis(error.retryAfterMs)),
    ),
  )
}

const replyOf = (completion: ChatCompletion, scrub: (text: string) => string) => {
  const choice = completion.choices[0]
  if (choice === undefined) return Effect.fail(llmError("unavailable", "the model answered without a choice"))
  if (choice.finish_reason === "length")
    return Effect.fail(llmError("truncated", "the answer was cut off at the model's token limit"))
  const refusal = choice.message.refusal
  if (choice.finish_reason === "content_filter" || (refusal !== null && refusal !== undefined))
    return Effect.fail(llmError("refused", `the model refused: ${scrub(refusal ?? "content filter")}`))
  return Effect.succeed({
    text: choice.message.content ?? "",
    usage: {
      prompt: completion.usage?.prompt_tokens ?? 0,
      completion: completion.usage?.completion_tokens ?? 0,
    },
  })
}

const makeConfigured = (settings: LlmSettings, tuning: LlmTuning, report: UsageReporter) =>
  Effect.gen(function* () {
    const Sdk = yield* Effect.promise(loadOpenAi)
    const apiKey = Redacted.value(settings.apiKey)
    // Servers may echo the request; nothing they say reaches a log or an error with the key in it.
    const scrub = (text: string) => (apiKey === "" ? text : text.split(apiKey).join("<redacted>"))
    const client = new Sdk({
      apiKey,
      baseURL: settings.baseUrl,
      maxRetries: 0,
      timeout: Duration.toMillis(settings.timeout),
      // never forward OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment to some other endpoint
      organization: null,
      project: null,
      logLevel: "off",
    })
    const cache = yield* makeReplyCache(settings.cacheDir)
    const breaker = yield* makeBreaker(tuning.breaker)
    const endpoint = publicEndpoint(settings.baseUrl)
    const policy = retryPolicy(tuning)

    const attempt = (body: ChatCompletionCreateParamsNonStreaming) =>
      Effect.tryPromise({
        try: (signal) => client.chat.completions.create(body, { signal }),
        catch: (error) => fromSdkError(Sdk, error, scrub, Date.now()),
      }).pipe(
        // The SDK's timeout ends when the headers arrive; this one also covers a body that stalls.
        Effect.timeoutFail({
          duration: settings.timeout,
          onTimeout: () => llmError("timeout", "the model did not answer in time", true),
        }),
      )

    const complete = (request: LlmRequest): Effect.Effect<LlmReply, LlmError> =>
      Effect.flatMap(Clock.currentTimeMillis, (started) =>
        answer(request).pipe(
          Effect.tapBoth({
            onSuccess: (reply) => usage(request, started, "ok", reply),
            onFailure: (error) => usage(request, started, error.reason, null),
          }),
        ),
      )

    const usage = (request: LlmRequest, started: number, outcome: string, reply: LlmReply | null) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        report({
          purpose: request.purpose,
          pipeline: request.pipeline ?? null,
          model: settings.model,
          outcome,
          cached: reply?.cached ?? false,
          promptTokens: reply?.usage.prompt ?? 0,
          completionTokens: reply?.usage.completion ?? 0,
          ms: now - started,
        }),
      )

    const answer = (request: LlmRequest): Effect.Effect<LlmReply, LlmError> =>
      Effect.gen(function* () {
        const messages = [
          { role: "system" as const, content: request.system },
          { role: "user" as const, content: request.user },
        ]
        const key = cacheKey({
          baseUrl: endpoint,
          model: settings.model,
          messages,
          schema: request.schema ?? null,
          temperature: TEMPERATURE,
        })
        const hit = yield* cache.read(key)
        if (Option.isSome(hit)) return { text: hit.value.text, usage: hit.value.usage, cached: true }
        const body: ChatCompletionCreateParamsNonStreaming = {
          model: settings.model,
          messages,
          temperature: TEMPERATURE,
          ...(request.schema === undefined
            ? {}
            : {
                response_format: {
                  type: "json_schema",
                  json_schema: {
                    name: request.schema.name,
                    schema: request.schema.schema as Record<string, unknown>,
                    strict: request.schema.strict ?? true,
                  },
                },
              }),
        }
        const completion = yield* breaker
          .guard(
            attempt(body),
            (error) => error.retryable,
            () => llmError("circuit_open", "the model failed repeatedly: not calling it for a while"),
          )
          .pipe(Effect.retry(policy))
        const reply = yield* replyOf(completion, scrub)
        yield* cache.write(key, { model: settings.model, ...reply })
        return { ...reply, cached: false }
      }).pipe(
        Effect.tap((reply) =>
          Effect.logInfo(
            `llm ${request.purpose}: model ${settings.model}, ${reply.usage.prompt} prompt + ${reply.usage.completion} completion tokens${reply.cached ? " (cached)" : ""}`,
          ).pipe(
            Effect.annotateLogs({
              model: settings.model,
              purpose: request.purpose,
              prompt_tokens: reply.usage.prompt,
              completion_tokens: reply.usage.completion,
              cached: reply.cached,
            }),
          ),
        ),
        Effect.tapError((error) =>
          Effect.logWarning(`llm ${request.purpose}: ${error.reason}: ${error.message}`).pipe(
            Effect.annotateLogs({ model: settings.model, purpose: request.purpose, reason: error.reason }),
          ),
        ),
      )

    return { configured: true, complete } satisfies LlmService
  })

export const makeLlm = (
  settings: Option.Option<LlmSettings>,
  tuning: Partial<LlmTuning> = {},
  report: UsageReporter = noUsageReporter,
): Effect.Effect<LlmService, never, FileSystem.FileSystem | Path.Path> =>
  Option.match(settings, {
    onNone: () => Effect.succeed(notConfigured),
    onSome: (settings) => makeConfigured(settings, { ...DEFAULT_TUNING, ...tuning }, report),
  })

/** Usage events go to Kafka only when both a model and AIRSPEC_METRICS_BROKERS are configured. */
const reporterFor = (
  settings: Option.Option<LlmSettings>,
): Effect.Effect<UsageReporter, ConfigError.ConfigError, Scope.Scope> =>
  Option.isNone(settings)
    ? Effect.succeed(noUsageReporter)
    : Effect.flatMap(UsageMetricsConfig, (metrics) =>
        Option.match(metrics, { onNone: () => Effect.succeed(noUsageReporter), onSome: kafkaUsageReporter }),
      )

export class Llm extends Context.Tag("airspec/Llm")<Llm, LlmService>() {
  /** From the environment (config.ts, usage.ts); with no model configured, a service whose calls say so. */
  static readonly layer: Layer.Layer<Llm, ConfigError.ConfigError, FileSystem.FileSystem | Path.Path> =
    Layer.scoped(
      Llm,
      Effect.gen(function* () {
        const settings = yield* LlmConfig
        return yield* makeLlm(settings, {}, yield* reporterFor(settings))
      }),
    )

  /** Explicit settings, e.g. a local server in tests, with faster retries or a touchier breaker. */
  static readonly layerWith = (
    settings: Option.Option<LlmSettings>,
    tuning: Partial<LlmTuning> = {},
    report: UsageReporter = noUsageReporter,
  ) => Layer.effect(Llm, makeLlm(settings, tuning, report))
}
