/**
 * Request bodies, bounded. A body whose Content-Length is over the limit is refused without reading
 * it; a body sent in chunks is counted as it arrives and refused at the first byte over the limit.
 * Either way the endpoint fails with 413 before anything parses the body, and what the client still
 * sends is read and dropped (up to a cap, then the connection is closed), so the client gets to read the
 * 413 instead of a reset connection. JSON that does not parse is a 400 of ours, not a 500.
 *
 * The platform reads bodies lazily, after routing and authorization, through the request's `text`,
 * `json`, `arrayBuffer` and `stream`. This middleware hands the router a view of the request whose body
 * accessors read through the bounded reader instead; everything else is the request itself.
 */
import { IncomingMessage, type ServerResponse } from "node:http"
import type * as HttpApp from "@effect/platform/HttpApp"
import * as HttpMethod from "@effect/platform/HttpMethod"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import { Effect, Stream } from "effect"
import { MalformedRequest, PayloadTooLarge } from "../api"

/** After a 413, what the client still sends is dropped up to this many bytes; then its connection is closed. */
const DRAIN_CAP = 16 * 1024 * 1024
/** …or after this long, whichever comes first. */
const DRAIN_MS = 10_000

const utf8 = new TextDecoder("utf-8", { fatal: true })

const tooLarge = (limit: number) =>
  new PayloadTooLarge({
    message: `the request body is larger than the limit of ${limit} bytes (AIRSPEC_SERVICE_MAX_BODY)`,
    limit,
  })

/** Reads and drops the rest of a refused body, then lets the connection go on or closes it. */
const discardRest = (incoming: IncomingMessage, response: ServerResponse) => {
  const close = () => {
    if (response.writableFinished) incoming.socket?.destroy()
    else response.once("finish", () => incoming.socket?.destroy())
  }
  let drained = 0
  incoming.removeAllListeners("data")
  incoming.on("data", (chunk: Buffer) => {
    drained += chunk.length
    if (drained > DRAIN_CAP) close()
  })
  incoming.on("error", () => {})
  const timer = setTimeout(close, DRAIN_MS)
  timer.unref()
  incoming.once("end", () => clearTimeout(timer))
  incoming.resume()
}

const readBounded = (
  incoming: IncomingMessage,
  response: ServerResponse,
  limit: number,
): Effect.Effect<Uint8Array, PayloadTooLarge | MalformedRequest> =>
  Effect.async((resume) => {
    const declared = Number(incoming.headers["content-length"])
    if (Number.isFinite(declared) && declared > limit) {
      discardRest(incoming, response)
      return resume(Effect.fail(tooLarge(limit)))
    }
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      incoming.off("data", onData)
      incoming.off("end", onEnd)
      incoming.off("error", onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      cleanup()
      chunks.length = 0
      discardRest(incoming, response)
      resume(Effect.fail(tooLarge(limit)))
    }
    const onEnd = () => {
      cleanup()
      resume(Effect.succeed(Buffer.concat(chunks, size)))
    }
    const onError = () => {
      cleanup()
      resume(Effect.fail(new MalformedRequest({ message: "the request body could not be read" })))
    }
    incoming.on("data", onData)
    incoming.once("end", onEnd)
    incoming.once("error", onError)
    return Effect.sync(cleanup)
  })

const decodeText = (bytes: Uint8Array) =>
  Effect.try({
    try: () => utf8.decode(bytes),
    catch: () => new MalformedRequest({ message: "the request body is not UTF-8 text" }),
  })

const parseJson = (text: string) =>
  Effect.try({
    // an empty body is null, as the platform has it: the schema then says what was expected
    try: (): unknown => (text === "" ? null : JSON.parse(text)),
    catch: (error) =>
      new MalformedRequest({
        message: `the request body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      }),
  })

const noMultipart = Effect.fail(
  new MalformedRequest({ message: "multipart bodies are not accepted: send JSON" }),
)

/** The request with body accessors that read at most `limit` bytes, once. */
const bounded = (
  request: HttpServerRequest.HttpServerRequest,
  bytes: Effect.Effect<Uint8Array, PayloadTooLarge | MalformedRequest>,
): HttpServerRequest.HttpServerRequest => {
  const text = Effect.flatMap(bytes, decodeText)
  return Object.create(request, {
    arrayBuffer: {
      value: Effect.map(bytes, (body) =>
        body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
      ),
    },
    text: { value: text },
    json: { value: Effect.flatMap(text, parseJson) },
    urlParamsBody: { value: Effect.flatMap(text, () => noMultipart) },
    stream: { value: Stream.fromEffect(bytes) },
    multipart: { value: noMultipart },
    multipartStream: { value: Stream.fromEffect(noMultipart) },
    modify: {
      value: (options: Parameters<HttpServerRequest.HttpServerRequest["modify"]>[0]) =>
        bounded(request.modify(options), bytes),
    },
  })
}

/** Middleware for the API's router: bodies over `limit` bytes fail with 413 when an endpoint reads them. */
export const boundedBodies =
  (limit: number) =>
  (app: HttpApp.Default): HttpApp.Default =>
    Effect.gen(function* () {
      const request = yield* HttpServerRequest.HttpServerRequest
      if (!HttpMethod.hasBody(request.method)) return yield* app
      const incoming = NodeHttpServerRequest.toIncomingMessage(request)
      if (!(incoming instanceof IncomingMessage)) return yield* app
      const response = NodeHttpServerRequest.toServerResponse(request)
      const bytes = yield* Effect.cached(readBounded(incoming, response, limit))
      return yield* Effect.provideService(app, HttpServerRequest.HttpServerRequest, bounded(request, bytes))
    })
