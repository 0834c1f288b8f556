/** Why a model call failed, reduced to what a caller can act on: retry, repair the prompt, or go without. */
import { Data } from "effect"
import type OpenAI from "openai"

export type LlmReason =
  | "timeout"
  | "rate_limited"
  /** 5xx, network trouble, or an answer without a choice. */
  | "unavailable"
  | "circuit_open"
  /** The model stopped at its token limit (`finish_reason: "length"`). */
  | "truncated"
  | "refused"
  | "bad_request"
  | "not_configured"

export class LlmError extends Data.TaggedError("LlmError")<{
  readonly reason: LlmReason
  readonly message: string
  readonly retryable: boolean
  /** What the server's `Retry-After` asked for, in milliseconds. */
  readonly retryAfterMs: number | null
}> {}

export const llmError = (
  reason: LlmReason,
  message: string,
  retryable = false,
  retryAfterMs: number | null = null,
) => new LlmError({ reason, message, retryable, retryAfterMs })

/** `Retry-After` is either seconds or an HTTP date; `retry-after-ms` is OpenAI's own, more precise one. */
export const retryAfterMs = (headers: Headers | undefined, now: number): number | null => {
  const millis = Number.parseFloat(headers?.get("retry-after-ms") ?? "")
  if (Number.isFinite(millis) && millis >= 0) return millis
  const text = headers?.get("retry-after")?.trim() ?? ""
  if (text === "") return null
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/**
 * An error of the `openai` SDK (or of fetch underneath it). `scrub` removes the API key from any text a
 * server may have echoed back.
 */
export const fromSdkError = (
  sdk: typeof OpenAI,
  error: unknown,
  scrub: (text: string) => string,
  now: number,
): LlmError => {
  if (error instanceof LlmError) return error
  if (error instanceof sdk.APIConnectionTimeoutError)
    return llmError("timeout", "the model did not answer in time", true)
  if (error instanceof sdk.APIError) {
    const message = scrub(error.message)
    const status = error.status
    if (status === undefined) return llmError("unavailable", `cannot reach the model: ${message}`, true)
    if (status === 429)
      return llmError("rate_limited", `rate limited: ${message}`, true, retryAfterMs(error.headers, now))
    if (status === 408) return llmError("timeout", `the server timed out: ${message}`, true)
    if (status === 409 || status >= 500)
      return llmError("unavailable", `model server error: ${message}`, true)
    return llmError("bad_request", `the model server rejected the request: ${message}`)
  }
  const text = error instanceof Error ? error.message : String(error)
  return llmError("unavailable", `calling the model failed: ${scrub(text)}`)
}
