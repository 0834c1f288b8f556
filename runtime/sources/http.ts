/**
 * An HTTP JSON API as records. Every request to the connection's origin carries its auth header (requests
 * elsewhere, e.g. a next link or an export's download on another host, carry none), retries 429 and 5xx
 * answers and network errors with exponential backoff (honouring Retry-After), and times out. Pages are
 * read one at a time (page/offset numbers, a cursor token from the body, or a next link from the body or
 * the Link header); an export is requested, polled until ready and its result streamed.
 */
import { Redacted } from "effect"
import { parse } from "lossless-json"
import type { HttpSourcePlan } from "../../compiler/plan/plan"
import { credentialsFor, type HttpEndpoint, joinUrl } from "../connections"
import { TaskFailed } from "../errors"
import { loadUndici } from "../lazy-modules"
import { safeUrl } from "./file-input"
import { jsonArrayRecords } from "./json"
import type { RecordItem } from "./records"

export interface HttpOptions {
  readonly attempts: number
  /** First backoff; it doubles per retry, up to `maxDelayMs`. */
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** Stop after this many pages: a server that never stops paging is a bug, not data. */
  readonly maxPages: number
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxPages: 100_000,
}

interface Answer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: AsyncIterable<Buffer> & { dump?: () => Promise<void>; text: () => Promise<string> }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const failure = (retryable: boolean, message: string) =>
  new TaskFailed({ reason: "source", retryable, message })

/** Seconds or an HTTP date; null when absent or unreadable. */
export const retryAfterMs = (value: string | string[] | undefined, now = Date.now()): number | null => {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text.trim() === "") return null
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** The value at a dot path (`paging.next.after`), or undefined. */
export const atPath = (value: unknown, path: string | null): unknown => {
  if (path === null || path === "") return value
  let current: unknown = value
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

const textOf = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === "object"
      ? String(value.toString())
      : String(value)

export class HttpClient {
  constructor(
    private readonly endpoint: HttpEndpoint,
    private readonly extraHeaders: Readonly<Record<string, string>>,
    private readonly timeoutMs: number,
    private readonly options: HttpOptions,
  ) {}

  /** One request with retries; the answer's body is left to the caller (a 2xx only). */
  async send(method: string, url: string, body: unknown): Promise<Answer> {
    const { request } = await loadUndici()
    const headers: Record<string, string> = {
      "user-agent": "airspec",
      accept: "application/json",
      ...this.extraHeaders,
    }
    for (const [name, value] of Object.entries(credentialsFor(this.endpoint, url)))
      headers[name] = Redacted.value(value)
    let payload: string | undefined
    if (body !== null && body !== undefined && method !== "GET") {
      headers["content-type"] = "application/json"
      payload = JSON.stringify(body)
    }
    for (let attempt = 1; ; attempt++) {
      let answer: Answer | null = null
      let problem: string
      try {
        const response = await request(url, {
          method: method as "GET" | "POST",
          headers,
          ...(payload === undefined ? {} : { body: payload }),
          headersTimeout: this.timeoutMs,
          bodyTimeout: this.timeoutMs,
        })
        answer = { status: response.statusCode, headers: response.headers, body: response.body }
        if (answer.status < 300) return answer
        problem = `HTTP ${answer.status}`
      } catch (error) {
        problem = (error as Error).message
      }
      const retryable = answer === null || answer.status === 429 || answer.status >= 500
      const wait = Math.min(
        retryAfterMs(answer?.headers["retry-after"]) ?? this.options.baseDelayMs * 2 ** (attempt - 1),
        this.options.maxDelayMs,
      )
      await answer?.body.dump?.()
      if (!retryable || attempt >= this.options.attempts) {
        throw failure(retryable, `${method} ${safeUrl(url)} failed after ${attempt} attempt(s): ${problem}`)
      }
      await sleep(wait)
    }
  }

  async json(
    method: string,
    url: string,
    body: unknown,
  ): Promise<{ value: unknown; headers: Answer["headers"] }> {
    const answer = await this.send(method, url, body)
    const text = await answer.body.text()
    try {
      return { value: parse(text), headers: answer.headers }
    } catch {
      throw failure(false, `${method} ${safeUrl(url)} did not answer JSON`)
    }
  }
}

const withQuery = (url: string, query: Readonly<Record<string, string | number | boolean>>): string => {
  const parsed = new URL(url)
  for (const [name, value] of Object.entries(query)) parsed.searchParams.set(name, String(value))
  return parsed.toString()
}

/** `<https://api/x?page=2>; rel="next", …` → the next URL. */
const linkNext = (header: string | string[] | undefined): string | null => {
  const text = Array.isArray(header) ? header.join(",") : header
  const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(text ?? "")
  return match?.[1] ?? null
}

function* recordsOf(value: unknown, path: string | null, url: string): Generator<RecordItem, number> {
  const records = atPath(value, path)
  if (!Array.isArray(records)) {
    throw failure(
      false,
      `${safeUrl(url)}: no array of records at ${path === null ? "the top level" : JSON.stringify(path)}`,
    )
  }
  for (const record of records) yield { kind: "record", value: record }
  return records.length
}

export async function* httpRecords(
  source: HttpSourcePlan,
  client: HttpClient,
  base: string,
  interval: { readonly start: Date; readonly end: Date } | null,
  options: HttpOptions = DEFAULT_HTTP_OPTIONS,
): AsyncGenerator<RecordItem> {
  const query: Record<string, string | number | boolean> = { ...source.query }
  if (interval !== null && source.incremental !== null) {
    if (source.incremental.start_param) query[source.incremental.start_param] = interval.start.toISOString()
    if (source.incremental.end_param) query[source.incremental.end_param] = interval.end.toISOString()
  }

  if (source.export !== null) {
    yield* exportRecords(source, client, base)
    return
  }

  const pagination = source.pagination
  let url = withQuery(joinUrl(base, source.path), query)
  const seen = new Set<string>()
  for (let page = 0; page < options.maxPages; page++) {
    let requestUrl = url
    if (pagination.type === "page") {
      requestUrl = withQuery(url, {
        [pagination.page_param]: pagination.start + page,
        [pagination.size_param]: pagination.size,
      })
    } else if (pagination.type === "offset") {
      requestUrl = withQuery(url, {
        [pagination.offset_param]: page * pagination.limit,
        [pagination.limit_param]: pagination.limit,
      })
    }
    const { value, headers } = await client.json(source.method, requestUrl, source.body)
    const count = yield* recordsOf(value, source.records_path, requestUrl)
    switch (pagination.type) {
      case "none":
        return
      case "page":
        if (count < pagination.size) return
        break
      case "offset":
        if (count < pagination.limit) return
        break
      case "cursor": {
        const cursor = textOf(atPath(value, pagination.cursor_path))
        if (cursor === null || cursor === "" || count === 0) return
        if (seen.has(cursor))
          throw failure(false, `${safeUrl(url)}: the cursor ${JSON.stringify(cursor)} came back twice`)
        seen.add(cursor)
        url = withQuery(url, { [pagination.cursor_param]: cursor })
        break
      }
      case "next_link": {
        const next =
          pagination.next_path === null ? linkNext(headers.link) : textOf(atPath(value, pagination.next_path))
        if (next === null || next === "") return
        const absolute = new URL(next, requestUrl).toString()
        if (seen.has(absolute)) throw failure(false, `${safeUrl(absolute)}: the next link came back twice`)
        seen.add(absolute)
        url = absolute
        break
      }
    }
  }
  throw failure(false, `${safeUrl(url)}: more than ${options.maxPages} pages`)
}

async function* exportRecords(
  source: HttpSourcePlan,
  client: HttpClient,
  base: string,
): AsyncGenerator<RecordItem> {
  const plan = source.export
  if (plan === null) return
  const started = Date.now()
  const created = await client.json(plan.request.method, joinUrl(base, plan.request.path), plan.request.body)
  const id = textOf(atPath(created.value, plan.job_id_path))
  if (id === null)
    throw failure(false, `the export request answered no job id at ${JSON.stringify(plan.job_id_path)}`)
  const statusUrl = joinUrl(base, plan.status_path.replaceAll("{id}", encodeURIComponent(id)))
  for (;;) {
    const status = await client.json("GET", statusUrl, null)
    const state = textOf(atPath(status.value, plan.state_path)) ?? ""
    if (plan.ready_values.includes(state)) {
      const result = textOf(atPath(status.value, plan.result_url_path))
      if (result === null)
        throw failure(false, `the ready export has no result URL at ${JSON.stringify(plan.result_url_path)}`)
      const download = await client.send("GET", new URL(result, joinUrl(base, "/")).toString(), null)
      yield* jsonArrayRecords(download.body, source.records_path)
      return
    }
    if (plan.failed_values.includes(state))
      throw failure(false, `the export ${id} ended as ${JSON.stringify(state)}`)
    if (Date.now() - started > plan.timeout_seconds * 1000) {
      throw failure(
        true,
        `the export ${id} was not ready within ${plan.timeout_seconds} s (last state ${JSON.stringify(state)})`,
      )
    }
    await sleep(plan.poll_interval_seconds * 1000)
  }
}
