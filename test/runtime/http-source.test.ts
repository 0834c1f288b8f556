/**
 * The HTTP API source against a local HTTP server: pagination styles, retries with Retry-After, the auth
 * header, export polling, and a real load through the runtime process.
 */
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { HttpSourcePlan } from "../../compiler/plan/plan"
import { TaskFailed } from "../../runtime/errors"
import { HttpClient, httpRecords, retryAfterMs } from "../../runtime/sources/http"
import type { RecordItem } from "../../runtime/sources/records"
import { freshDatabase, project, query, runRuntime, writePlan } from "./harness"

type Handler = (
  request: IncomingMessage,
  url: URL,
  body: string,
) => { status?: number; headers?: Record<string, string>; json?: unknown }

let server: Server
let base: string
let handler: Handler = () => ({ status: 404 })
const seen: Array<{ method: string; url: string; auth: string | undefined; key: unknown; body: string }> = []

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ""
    request.on("data", (data) => {
      body += data
    })
    request.on("end", () => {
      const url = new URL(request.url ?? "/", base)
      seen.push({
        method: request.method ?? "",
        url: url.pathname + url.search,
        auth: request.headers.authorization,
        key: request.headers["x-api-key"],
        body,
      })
      const answer = handler(request, url, body)
      response.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers })
      response.end(
        answer.json === undefined
          ? ""
          : typeof answer.json === "string"
            ? answer.json
            : JSON.stringify(answer.json),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const source = (overrides: Partial<HttpSourcePlan>): HttpSourcePlan => ({
  kind: "http",
  connection: "api",
  path: "/items",
  method: "GET",
  query: {},
  headers: {},
  body: null,
  records_path: "data",
  pagination: { type: "none" },
  export: null,
  incremental: null,
  timeout_seconds: 5,
  ...overrides,
})

const fast = { attempts: 3, baseDelayMs: 5, maxDelayMs: 50, maxPages: 50 }
const client = (token = "t0ken") =>
  new HttpClient(
    { base, headers: { authorization: Redacted.make(`Bearer ${token}`) } },
    { "x-team": "data" },
    2000,
    fast,
  )

const collect = async (items: AsyncIterable<RecordItem>) => {
  const out: unknown[] = []
  for await (const item of items)
    out.push(item.kind === "record" ? (item.value as { id: unknown }).id?.toString() : item)
  return out
}

describe("HTTP source", () => {
  it("pages by number and by offset until a short page", async () => {
    seen.length = 0
    handler = (_request, url) => {
      const page = Number(url.searchParams.get("page") ?? url.searchParams.get("offset"))
      const ids = url.searchParams.has("page") ? [[1, 2], [3, 4], [5]][page - 1] : [[1, 2], [3]][page / 2]
      return { json: { data: (ids ?? []).map((id) => ({ id })) } }
    }
    const paged = source({
      pagination: { type: "page", page_param: "page", size_param: "per_page", size: 2, start: 1 },
    })
    expect(await collect(httpRecords(paged, client(), base, null, fast))).toEqual(["1", "2", "3", "4", "5"])
    expect(seen.map((request) => request.url)).toEqual([
      "/items?page=1&per_page=2",
      "/items?page=2&per_page=2",
      "/items?page=3&per_page=2",
    ])
    const offset = source({
      pagination: { type: "offset", offset_param: "offset", limit_param: "limit", limit: 2 },
    })
    expect(await collect(httpRecords(offset, client(), base, null, fast))).toEqual(["1", "2", "3"])
  })

  it("follows next links from the body or the Link header", async () => {
    handler = (_request, url) =>
      url.pathname === "/items"
        ? {
            headers: { link: `<${base}/items2?x=1>; rel="next"` },
            json: { data: [{ id: 1 }], next: "/items2?x=1" },
          }
        : { json: { data: [{ id: 2 }] } }
    expect(
      await collect(
        httpRecords(
          source({ pagination: { type: "next_link", next_path: "next" } }),
          client(),
          base,
          null,
          fast,
        ),
      ),
    ).toEqual(["1", "2"])
    expect(
      await collect(
        httpRecords(
          source({ pagination: { type: "next_link", next_path: null } }),
          client(),
          base,
          null,
          fast,
        ),
      ),
    ).toEqual(["1", "2"])
  })

  it("retries 429 and 5xx, honouring Retry-After, and gives up on other errors at once", async () => {
    seen.length = 0
    let calls = 0
    handler = () => {
      calls++
      if (calls === 1) return { status: 429, headers: { "retry-after": "0" } }
      if (calls === 2) return { status: 503 }
      return { json: { data: [{ id: 7 }] } }
    }
    expect(await collect(httpRecords(source({}), client(), base, null, fast))).toEqual(["7"])
    expect(calls).toBe(3)
    expect(seen.every((request) => request.auth === "Bearer t0ken")).toBe(true)

    handler = () => ({ status: 401 })
    const denied = await collect(httpRecords(source({}), client(), base, null, fast)).catch((error) => error)
    expect(denied).toBeInstanceOf(TaskFailed)
    expect(denied).toMatchObject({ reason: "source", retryable: false })
    expect(denied.message).not.toContain("t0ken")

    handler = () => ({ status: 502 })
    expect(
      await collect(httpRecords(source({}), client(), base, null, fast)).catch((error) => error),
    ).toMatchObject({ retryable: true })
    expect(retryAfterMs("120")).toBe(120_000)
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000)
  })

  it("times out a server that does not answer, and retries it as a retryable failure", async () => {
    handler = () => ({ status: 200, json: { data: [] } })
    const silent = createServer(() => {}) // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    const silentBase = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    const impatient = new HttpClient({ base: silentBase, headers: {} }, {}, 200, { ...fast, attempts: 2 })
    const error = await collect(httpRecords(source({}), impatient, silentBase, null, fast)).catch((e) => e)
    silent.closeAllConnections()
    silent.close()
    expect(error).toMatchObject({ reason: "source", retryable: true })
    expect(error.message).toMatch(/after 2 attempt/)
  })

  it("requests an export, polls it until ready and streams the result", async () => {
    let polls = 0
    handler = (request, url, body) => {
      if (request.method === "POST") return { json: { id: "job 1", echo: JSON.parse(body) } }
      if (url.pathname === "/exports/job%201") {
        polls++
        return {
          json: polls < 2 ? { status: "running" } : { status: "done", download_url: "/files/result.json" },
        }
      }
      return { json: { data: [{ id: 1 }, { id: 2 }] } }
    }
    const exported = source({
      export: {
        request: { path: "/exports", method: "POST", body: { object: "deals" } },
        job_id_path: "id",
        status_path: "/exports/{id}",
        state_path: "status",
        ready_values: ["done"],
        failed_values: ["failed"],
        result_url_path: "download_url",
        poll_interval_seconds: 0,
        timeout_seconds: 10,
      },
    })
    expect(await collect(httpRecords(exported, client(), base, null, fast))).toEqual(["1", "2"])
    expect(polls).toBe(2)
  })
})

describe("HTTP source through the runtime", () => {
  let dwh: string
  beforeAll(async () => {
    dwh = await freshDatabase("http_src")
  })

  it("loads cursor-paged records of the interval with the connection's token, through a 429", async () => {
    seen.length = 0
    let first = true
    handler = (_request, url) => {
      if (first) {
        first = false
        return { status: 429, headers: { "retry-after": "1" } }
      }
      const after = url.searchParams.get("after")
      const pages: Record<string, unknown> = {
        "": {
          data: [{ id: 1, amount: 10.1, updated_at: "2025-03-01T10:00:00Z" }],
          paging: { next: { after: "c1" } },
        },
        c1: {
          data: [
            { id: 2, amount: 0.05, updated_at: "2025-03-01T11:00:00Z" },
            { id: 3, amount: 1, updated_at: "2025-02-01T00:00:00Z" },
          ],
          paging: {},
        },
      }
      return { json: pages[after ?? ""] }
    }
    const dir = project({})
    const plan = writePlan(
      dir,
      `pipeline: api
owner: me
schedule: "@daily"
start_date: 2025-01-01
connections:
  crm: { kind: http, conn_id: crm, auth: bearer }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  contacts:
    source:
      kind: http
      connection: crm
      path: /v2/contacts
      records_path: data
      pagination: { type: cursor, cursor_param: after, cursor_path: paging.next.after }
      incremental: { cursor: updated_at, start_param: updated_since, end_param: updated_before }
    targets: [{ connection: dwh, table: contacts, write: merge, primary_key: [id], columns: { id: int, amount: "numeric(8,2)" } }]
`,
    )
    const result = await runRuntime({
      plan,
      task: "contacts",
      cwd: dir,
      env: {
        AIRSPEC_CONN_DWH: dwh,
        AIRSPEC_CONN_CRM: `${base.replace("http://", "http://:s3cr3t-token@")}/api`,
        AIRSPEC_DATA_INTERVAL_START: "2025-03-01T00:00:00Z",
        AIRSPEC_DATA_INTERVAL_END: "2025-03-02T00:00:00Z",
      },
    })
    expect(result.log).not.toContain("s3cr3t-token")
    expect(result.code).toBe(0)
    expect(await query(dwh, "SELECT id, amount::text FROM contacts ORDER BY id")).toEqual([
      { id: 1, amount: "10.10" },
      { id: 2, amount: "0.05" },
    ])
    expect(result.summary).toMatchObject({ rows_read: 3, targets: [{ rows_written: 2, rows_filtered: 1 }] })
    expect(seen.map((request) => request.url)).toEqual([
      "/api/v2/contacts?updated_since=2025-03-01T00%3A00%3A00.000Z&updated_before=2025-03-02T00%3A00%3A00.000Z",
      "/api/v2/contacts?updated_since=2025-03-01T00%3A00%3A00.000Z&updated_before=2025-03-02T00%3A00%3A00.000Z",
      "/api/v2/contacts?updated_since=2025-03-01T00%3A00%3A00.000Z&updated_before=2025-03-02T00%3A00%3A00.000Z&after=c1",
    ])
    expect(seen.every((request) => request.auth === "Bearer s3cr3t-token")).toBe(true)
  })
})

describe("file sources over HTTP", () => {
  let dwh: string
  beforeAll(async () => {
    dwh = await freshDatabase("http_file")
  })

  it("downloads a CSV from a URL, and one under an http connection's base with its auth header", async () => {
    seen.length = 0
    handler = (_request, url) =>
      url.pathname.endsWith(".csv")
        ? { json: "id,name\n1,a\n2,b\n" }
        : { status: 404, json: { error: "nope" } }
    const spec = (source: string) => `pipeline: files
owner: me
schedule: null
start_date: 2025-01-01
connections:
  feeds: { kind: http, conn_id: feeds, auth: header, auth_header: X-Api-Key }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  load:
    source: ${source}
    targets: [{ connection: dwh, table: downloaded, write: replace }]
`
    const dir = project({})
    const env = {
      AIRSPEC_CONN_DWH: dwh,
      AIRSPEC_CONN_FEEDS: `${base.replace("http://", "http://:k3y@")}/exports`,
    }
    const byUrl = writePlan(dir, spec(`{ kind: file, url: "${base}/public/names.csv", format: csv }`))
    expect((await runRuntime({ plan: byUrl, task: "load", cwd: dir, env })).code).toBe(0)
    expect(await query(dwh, "SELECT id, name FROM downloaded ORDER BY id")).toEqual([
      { id: "1", name: "a" },
      { id: "2", name: "b" },
    ])
    const byConnection = writePlan(
      dir,
      spec("{ kind: file, connection: feeds, path: daily/names.csv, format: csv }"),
    )
    expect((await runRuntime({ plan: byConnection, task: "load", cwd: dir, env })).code).toBe(0)
    expect(seen.at(-1)).toMatchObject({ url: "/exports/daily/names.csv", key: "k3y" })
    const missing = writePlan(dir, spec("{ kind: file, connection: feeds, path: gone.json, format: json }"))
    const failed = await runRuntime({ plan: missing, task: "load", cwd: dir, env })
    expect(failed.code).toBe(3)
    expect(failed.log).not.toContain("k3y")
  })
})
