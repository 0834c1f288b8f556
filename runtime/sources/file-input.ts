/**
 * The bytes of a file source: a local path (relative to a `file` connection's directory, else to the
 * working directory) or an http(s) URL (a `url`, or a path under an `http` connection's base URL), as a
 * stream of large buffers.
 */
import { createReadStream } from "node:fs"
import { access } from "node:fs/promises"
import { isAbsolute, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect, Redacted } from "effect"
import type { ConnectionPlan } from "../../compiler/plan/plan"
import { credentialsFor, type HttpEndpoint, httpEndpoint, joinUrl } from "../connections"
import { TaskFailed } from "../errors"
import { loadUndici } from "../lazy-modules"

const READ_SIZE = 1 << 20

export interface FileLocation {
  readonly path: string | null
  readonly url: string | null
  readonly connection: { readonly plan: ConnectionPlan; readonly uri: Redacted.Redacted<string> } | null
  readonly timeoutSeconds: number
}

export const openFileInput = (location: FileLocation): Effect.Effect<AsyncIterable<Buffer>, TaskFailed> => {
  if (location.url !== null) return download(location.url, null, location.timeoutSeconds)
  const path = location.path ?? ""
  const connection = location.connection
  if (connection !== null && connection.plan.kind === "http") {
    return Effect.flatMap(httpEndpoint(connection.uri, connection.plan), (endpoint) =>
      download(joinUrl(endpoint.base, path), endpoint, location.timeoutSeconds),
    )
  }
  let base = process.cwd()
  if (connection !== null) {
    const uri = Redacted.value(connection.uri)
    base = uri.startsWith("file:") ? fileURLToPath(uri) : uri
  }
  const file = isAbsolute(path) ? path : resolve(base, path)
  return Effect.tryPromise({
    try: async () => {
      await access(file)
      return createReadStream(file, { highWaterMark: READ_SIZE })
    },
    catch: () =>
      new TaskFailed({
        reason: "source",
        retryable: false,
        message: `cannot read the file ${JSON.stringify(path)}`,
      }),
  })
}

const MAX_REDIRECTS = 5

/**
 * GET `url`, following up to 5 redirects. The connection's credentials go only to its own origin
 * (`credentialsFor`), hop by hop: undici's redirect interceptor drops `Authorization` on a cross-origin
 * redirect but would forward a custom header such as `X-Api-Key`.
 */
const download = (
  url: string,
  endpoint: HttpEndpoint | null,
  timeoutSeconds: number,
): Effect.Effect<AsyncIterable<Buffer>, TaskFailed> =>
  Effect.tryPromise({
    try: async () => {
      // undici loads on first use: most tasks never download anything
      const { request } = await loadUndici()
      let current = url
      let response: Awaited<ReturnType<typeof request>>
      for (let hop = 0; ; hop++) {
        const credentials = endpoint === null ? {} : credentialsFor(endpoint, current)
        response = await request(current, {
          headers: Object.fromEntries(
            Object.entries(credentials).map(([name, value]) => [name, Redacted.value(value)]),
          ),
          headersTimeout: timeoutSeconds * 1000,
          bodyTimeout: timeoutSeconds * 1000,
        })
        const location = response.headers.location
        if (response.statusCode < 300 || response.statusCode >= 400 || location === undefined) break
        await response.body.dump()
        if (hop === MAX_REDIRECTS)
          throw new TaskFailed({
            reason: "source",
            retryable: false,
            message: `downloading ${safeUrl(url)}: more than ${MAX_REDIRECTS} redirects`,
          })
        current = new URL(String(location), current).toString()
      }
      if (response.statusCode >= 400) {
        await response.body.dump()
        throw new TaskFailed({
          reason: "source",
          retryable: response.statusCode === 429 || response.statusCode >= 500,
          message: `downloading ${safeUrl(url)} answered HTTP ${response.statusCode}`,
        })
      }
      return response.body as AsyncIterable<Buffer>
    },
    catch: (error) =>
      error instanceof TaskFailed
        ? error
        : new TaskFailed({
            reason: "source",
            retryable: true,
            message: `downloading ${safeUrl(url)}: ${String(error)}`,
          }),
  })

/** A URL for messages: no credentials, no query string (tokens hide there), nothing of a non-HTTP URI. */
export const safeUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "(a URL that is not http(s))"
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return "(invalid URL)"
  }
}
