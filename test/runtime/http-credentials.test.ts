/**
 * A connection's credentials go only to the connection's own origin (found by the security suite): a next
 * link, an export's download URL, an absolute path in the spec or a redirect that leads to another server
 * used to get the connection's Authorization / X-Api-Key header too. Two local servers: the API (which
 * checks the credentials) and "elsewhere" (which records what it was sent). The runtime runs as a process.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { credentialsFor } from "../../runtime/connections"
import { safeUrl } from "../../runtime/sources/file-input"
import { freshDatabase, project, runRuntime, writePlan } from "./harness"

const TOKEN = "cred-token-5be1"
const KEY = "cred-key-77a0"

interface Listening {
  readonly server: Server
  readonly url: string
  readonly seen: Array<{ path: string; headers: IncomingHttpHeaders }>
}

const listen = async (
  answer: (
    path: string,
    headers: IncomingHttpHeaders,
  ) => { status: number; body?: string; location?: string },
): Promise<Listening> => {
  const seen: Listening["seen"] = []
  const server = createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      seen.push({ path: request.url ?? "", headers: request.headers })
      const { status, body, location } = answer(request.url ?? "", request.headers)
      response.writeHead(status, location === undefined ? {} : { location })
      response.end(body ?? "")
    })
  })
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

let api: Listening
let elsewhere: Listening
let dwh: string

const authorized = (headers: IncomingHttpHeaders) =>
  headers.authorization === `Bearer ${TOKEN}` || headers["x-api-key"] === KEY

beforeAll(async () => {
  elsewhere = await listen((path) =>
    path.endsWith(".csv")
      ? { status: 200, body: "code,rate\nEUR,1\n" }
      : { status: 200, body: JSON.stringify({ items: [{ id: 2 }] }) },
  )
  api = await listen((path, headers) => {
    if (!authorized(headers)) return { status: 401 }
    if (path.startsWith("/v1/pages"))
      return { status: 200, body: JSON.stringify({ items: [{ id: 1 }], next: `${elsewhere.url}/v1/page2` }) }
    if (path === "/v1/exports") return { status: 200, body: JSON.stringify({ id: "j1" }) }
    if (path === "/v1/exports/j1")
      return { status: 200, body: JSON.stringify({ state: "ready", url: `${elsewhere.url}/files/j1.json` }) }
    if (path === "/export/moved.csv") return { status: 302, location: `${elsewhere.url}/files/rates.csv` }
    if (path === "/export/old.csv") return { status: 301, location: "/export/rates.csv" }
    if (path === "/export/rates.csv") return { status: 200, body: "code,rate\nUSD,2\n" }
    return { status: 404 }
  })
  dwh = await freshDatabase("http_credentials")
})
afterAll(async () => {
  for (const { server } of [api, elsewhere]) await new Promise<void>((done) => server.close(() => done()))
})

const spec = (source: string) => `pipeline: credentials
owner: data
start_date: 2025-01-01
connections:
  api: { kind: http, conn_id: api, auth: bearer }
  keyed: { kind: http, conn_id: keyed, auth: header, auth_header: X-Api-Key }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  load:
    source: ${source}
    targets: [{ connection: dwh, table: t_${Math.random().toString(36).slice(2, 8)}, write: replace }]
`

const load = async (source: string) => {
  const dir = project({})
  const result = await runRuntime({
    plan: writePlan(dir, spec(source)),
    task: "load",
    cwd: dir,
    env: {
      AIRSPEC_CONN_API: `http://:${TOKEN}@${api.url.slice("http://".length)}`,
      AIRSPEC_CONN_KEYED: `http://:${KEY}@${api.url.slice("http://".length)}`,
      AIRSPEC_CONN_DWH: dwh,
    },
  })
  expect(result.code, result.log).toBe(0)
  return result
}

const leakedElsewhere = () =>
  elsewhere.seen.filter(
    ({ headers }) => headers.authorization !== undefined || headers["x-api-key"] !== undefined,
  )

describe("credentials stay on the connection's origin", () => {
  it("a next link to another host is followed without them", async () => {
    await load(
      "{ kind: http, connection: api, path: /v1/pages, records_path: items, pagination: { type: next_link, next_path: next } }",
    )
    expect(elsewhere.seen.map((s) => s.path)).toContain("/v1/page2")
    expect(leakedElsewhere()).toEqual([])
  })

  it("an export's download on another host is fetched without them", async () => {
    await load(`{ kind: http, connection: api, path: /v1/exports, records_path: items, export: { request: { path: /v1/exports, method: POST },
      job_id_path: id, status_path: "/v1/exports/{id}", state_path: state, ready_values: [ready], result_url_path: url } }`)
    expect(elsewhere.seen.map((s) => s.path)).toContain("/files/j1.json")
    expect(leakedElsewhere()).toEqual([])
  })

  it("an absolute path to another host in the spec gets none", async () => {
    await load(`{ kind: http, connection: api, path: "${elsewhere.url}/v1/items", records_path: items }`)
    expect(leakedElsewhere()).toEqual([])
  })

  it("a file download redirected to another host loses X-Api-Key; one redirected on the same host keeps it", async () => {
    await load("{ kind: file, connection: keyed, path: /export/moved.csv, format: csv }")
    expect(elsewhere.seen.map((s) => s.path)).toContain("/files/rates.csv")
    expect(leakedElsewhere()).toEqual([])
    await load("{ kind: file, connection: keyed, path: /export/old.csv, format: csv }")
    expect(
      api.seen.filter((s) => s.path === "/export/rates.csv").every((s) => s.headers["x-api-key"] === KEY),
    ).toBe(true)
  })

  it("compares origins, scheme and port included", () => {
    const endpoint = {
      base: "https://api.example.com/v2",
      headers: { authorization: Redacted.make("Bearer x") },
    }
    expect(Object.keys(credentialsFor(endpoint, "https://api.example.com/v2/items?page=2"))).toEqual([
      "authorization",
    ])
    for (const url of [
      "http://api.example.com/v2/items",
      "https://api.example.com:8443/v2/items",
      "https://files.example.com/x",
      "https://api.example.com.evil.test/x",
      "not a url",
    ])
      expect(credentialsFor(endpoint, url), url).toEqual({})
  })

  it("never names a URI that is not http(s) in messages", () => {
    expect(safeUrl("mailto:secret-token")).not.toContain("secret-token")
    expect(safeUrl("https://u:p@h.example/x?token=t")).toBe("https://h.example/x")
  })
})
