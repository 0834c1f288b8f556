/**
 * The outermost middleware: a request id on every response (`x-request-id`, the client's own when it is a
 * sane token, else a new UUID), one JSON log line per request (method, path without the query, status,
 * milliseconds, request id: never headers or bodies, so never the token), and JSON bodies for the errors
 * the platform answers with an empty body (unknown route, internal error, shutdown).
 */
import { randomUUID } from "node:crypto"
import * as HttpApp from "@effect/platform/HttpApp"
import * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import { Cause, Effect, Exit, Logger, Option } from "effect"

const SANE_ID = /^[A-Za-z0-9._:/+=-]{1,128}$/

export const requestIdOf = (given: string | undefined): string =>
  given !== undefined && SANE_ID.test(given) ? given : randomUUID()

/** What the platform's empty error responses say, as JSON like the API's own errors. */
const emptyErrorBody = (status: number, method: string, path: string, requestId: string) => {
  switch (status) {
    case 404:
      return { _tag: "NotFound", message: `no route for ${method} ${path}` }
    case 503:
      return { _tag: "Unavailable", message: "the server is shutting down" }
    default:
      return { _tag: "InternalError", message: `internal error (request id ${requestId})` }
  }
}

export interface RequestLogOptions {
  /** True while the server drains for shutdown: responses then ask clients to close the connection. */
  readonly draining: () => boolean
}

export const requestLog =
  (options: RequestLogOptions) =>
  (app: HttpApp.Default): HttpApp.Default =>
    Effect.gen(function* () {
      const request = yield* HttpServerRequest.HttpServerRequest
      const started = performance.now()
      const requestId = requestIdOf(request.headers["x-request-id"])
      const path = request.url.split("?", 1)[0] ?? request.url
      yield* HttpApp.appendPreResponseHandler((_, response) =>
        Effect.sync(() => {
          let out = response
          if (response.status >= 400 && response.body._tag === "Empty" && request.method !== "HEAD") {
            out = HttpServerResponse.unsafeJson(
              emptyErrorBody(response.status, request.method, path, requestId),
              { status: response.status, headers: response.headers },
            )
          }
          out = HttpServerResponse.setHeader(out, "x-request-id", requestId)
          return options.draining() ? HttpServerResponse.setHeader(out, "connection", "close") : out
        }),
      )
      const exit = yield* app.pipe(Effect.annotateLogs("request_id", requestId), Effect.exit)
      const [response, unexpected] = Exit.isSuccess(exit)
        ? [exit.value, Option.none()]
        : HttpServerError.causeResponseStripped(exit.cause)
      const fields = {
        method: request.method,
        path,
        status: response.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        request_id: requestId,
      }
      // 4xx answers (unknown routes included) are the client's business: only 5xx log their cause
      const failure = Option.filter(
        unexpected,
        (cause) => response.status >= 500 && !Cause.isInterruptedOnly(cause),
      )
      if (Option.isNone(failure)) yield* Effect.logInfo("request").pipe(Effect.annotateLogs(fields))
      else yield* Effect.logError("request failed", failure.value).pipe(Effect.annotateLogs(fields))
      return yield* exit
    })

/** The request fields first, in this order; other annotations after them. */
const FIELD_ORDER = ["method", "path", "status", "ms", "request_id"]

/** One JSON object per line on stdout: time, level, msg, the log's annotations, and a cause if any. */
export const jsonLogger = Logger.make(({ logLevel, message, annotations, cause, date }) => {
  const text = (Array.isArray(message) ? message : [message]).map(String).join(" ")
  const line: Record<string, unknown> = {
    time: date.toISOString(),
    level: logLevel.label.toLowerCase(),
    msg: text,
  }
  const fields = Object.fromEntries(annotations)
  for (const key of FIELD_ORDER) if (key in fields) line[key] = fields[key]
  Object.assign(line, fields)
  if (!Cause.isEmpty(cause)) line.error = Cause.pretty(cause, { renderErrorCause: true })
  process.stdout.write(`${JSON.stringify(line)}\n`)
})

export const jsonLogs = Logger.replace(Logger.defaultLogger, jsonLogger)
