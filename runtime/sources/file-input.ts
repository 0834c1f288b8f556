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
import { httpEndpoint, joinUrl } from "../connections"
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
  if (location.url !== null) return download(location.url, {}, location.timeoutSeconds)
  const path = location.path ?? ""
  const connection = location.connection
  if (connection !== null && connection.plan.kind === "http") {
    return Effect.flatMap(httpEndpoint(connection.uri, connection.plan), (endpoint) =>
      download(joinUrl(endpoint.base, path), endpoint.headers, location.timeoutSeconds),
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

const download = (
  url: string,
  headers: Readonly<Record<string, Redacted.Redacted<string>>>,
  timeoutSeconds: number,
): Effect.Effect<AsyncIterable<Buffer>, TaskFailed> =>
  Effect.tryPromise({
    try: async () => {
      // undici loads on first use: most tasks never download anything
      const { Agent, interceptors, request } = await loadUndici()
      const redirecting = new Agent().compose(interceptors.redirect({ maxRedirections: 5 }))
      const response = await request(url, {
        headers: Object.fromEntries(
          Object.entries(headers).map(([name, value]) => [name, Redacted.value(value)]),
        ),
        headersTimeout: timeoutSeconds * 1000,
        bodyTimeout: timeoutSeconds * 1000,
        dispatcher: redirecting,
      })
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

/** A URL for messages: no credentials, no query string (tokens hide there). */
export const safeUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return "(invalid URL)"
  }
}
