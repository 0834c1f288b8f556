/**
 * One response of an HTTP API, fetched for `airspec draft --api <url>` and read as a JSON sample. The URL
 * ends up in the drafted spec and in what a model sees, so it may carry no credentials: a URL with a user
 * or password, or a query parameter named like a key or token, is refused before any request.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { isLosslessNumber, parse } from "lossless-json"
import { loadUndici } from "../../runtime/lazy-modules"
import { readSample, type Sample, type SampleError } from "../profile/sample"
import { IntrospectError } from "./table"

const MAX_BYTES = 64 * 1024 * 1024
const TIMEOUT_MS = 30_000
const SECRET_PARAM = /key|token|secret|passw|signature|^sig$|auth|credential|session/i

export const checkApiUrl = (text: string): URL | IntrospectError => {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return new IntrospectError({
      reason: "usage",
      message: `--api must be an http(s) URL (got ${JSON.stringify(text)})`,
    })
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return new IntrospectError({ reason: "usage", message: "--api must be an http(s) URL" })
  const secret = [...url.searchParams.keys()].find((name) => SECRET_PARAM.test(name))
  if (url.username !== "" || url.password !== "" || secret !== undefined)
    return new IntrospectError({
      reason: "usage",
      message: `--api: the URL carries credentials${secret === undefined ? "" : ` (${secret})`}; an API that needs them is drafted from a saved response file instead, and its credentials go into the Airflow connection`,
    })
  url.hash = ""
  return url
}

/**
 * The dotted path of the records array: the body itself when it is an array, else the first array of
 * objects found breadth-first, keys in the body's order (`data.items`). Null when there is none.
 */
export const recordsPathOf = (body: unknown): string | null | undefined => {
  if (Array.isArray(body)) return null
  const queue: Array<{ value: unknown; path: ReadonlyArray<string> }> = [{ value: body, path: [] }]
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const { value, path } = item
    if (typeof value !== "object" || value === null || isLosslessNumber(value)) continue
    if (Array.isArray(value)) {
      if (value.some((element) => typeof element === "object" && element !== null && !Array.isArray(element)))
        return path.join(".")
      continue
    }
    for (const [key, child] of Object.entries(value)) queue.push({ value: child, path: [...path, key] })
  }
  return undefined
}

const failed = (message: string) => new IntrospectError({ reason: "query", message })

/** Fetches the response (GET), finds its records and reads them as a sample. */
export const fetchApiSample = (
  url: URL,
  options: { readonly recordPath?: string | undefined; readonly maxRows: number },
): Effect.Effect<Sample, IntrospectError> =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: async (signal) => {
        const { request } = await loadUndici()
        const response = await request(url, {
          method: "GET",
          headers: { accept: "application/json" },
          signal,
          headersTimeout: TIMEOUT_MS,
          bodyTimeout: TIMEOUT_MS,
        })
        const parts: Buffer[] = []
        let size = 0
        for await (const part of response.body) {
          size += (part as Buffer).length
          if (size > MAX_BYTES) throw new Error(`the response is larger than ${MAX_BYTES / 1024 / 1024} MiB`)
          parts.push(part as Buffer)
        }
        // undici's request follows no redirects: a 3xx is refused like an error
        if (response.statusCode >= 300) throw new Error(`the API answered HTTP ${response.statusCode}`)
        return Buffer.concat(parts).toString("utf8")
      },
      catch: (error) =>
        failed(`--api ${url.origin}${url.pathname}: ${(error as Error)?.message ?? String(error)}`),
    })
    const body = yield* Effect.try({
      try: () => parse(text),
      catch: () => failed(`--api ${url.origin}${url.pathname}: the response is not JSON`),
    })
    const recordPath = options.recordPath ?? recordsPathOf(body)
    if (recordPath === undefined)
      return yield* failed(
        `--api ${url.origin}${url.pathname}: the response holds no array of records; name one with --record-path`,
      )
    // the runtime's JSON reader streams from a file: hand it the response through one
    return yield* Effect.acquireUseRelease(
      Effect.promise(() => mkdtemp(join(tmpdir(), "airspec-api-"))),
      (dir) =>
        Effect.gen(function* () {
          const file = join(dir, "response.json")
          yield* Effect.promise(() => writeFile(file, text))
          return yield* readSample(file, {
            format: "json",
            recordPath: recordPath ?? undefined,
            maxRows: options.maxRows,
          })
        }),
      (dir) => Effect.promise(() => rm(dir, { recursive: true, force: true })),
    ).pipe(Effect.mapError((error: SampleError) => failed(error.message)))
  })
