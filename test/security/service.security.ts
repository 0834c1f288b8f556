/**
 * Check 5: the service. `airspec serve` runs as users run it (the bundled binary, real job store and Kafka,
 * a model configured), with its secrets planted: the bearer token, the database password, the model's key.
 * Every /v1 route the OpenAPI document lists, with every method, refuses every wrong credential with 401
 * (before reading a body); bodies over the limit get 413, headers over Node's limit 431; nothing of the
 * secrets shows in any response or log line, failures of the store included; no permissive CORS. The
 * token comparison is checked to go through `timingSafeEqual` (in-process, with a spy).
 */
import type { ChildProcess } from "node:child_process"
import { spawn } from "node:child_process"
import * as crypto from "node:crypto"
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from "node:net"
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest"
import { freshDatabase } from "../runtime/harness"
import { send, startServer } from "../service/api-support"
import { CLI, figures, type Planted, plant, scan } from "./support"

vi.mock("node:crypto", async (original) => {
  const actual = await original<typeof import("node:crypto")>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

const S = {
  token: plant("service token", (core) => `svc-${core}`),
  database: plant("job store password", (core) => `db-${core}`),
  llm: plant("LLM API key", (core) => `sk-llm-${core}`),
  wrong: plant("a wrong token a client sent", (core) => `wrong-${core}`),
}
const SECRETS: ReadonlyArray<Planted> = Object.values(S)
const MAX_BODY = 64 * 1024
const UUID = "0b6f3f2c-1d1e-4c59-9f55-4f1a2b3c4d5e"
const SPEC = `pipeline: demo
owner: data
start_date: 2025-01-01
connections: { dwh: { kind: postgres, conn_id: dwh_pg } }
tasks: { t: { sql: { connection: dwh, query: "select 1" } } }
`

interface Serving {
  readonly url: string
  readonly child: ChildProcess
  readonly output: () => string
}

const serve = (env: Record<string, string>) =>
  new Promise<Serving>((ready, fail) => {
    const child = spawn(process.execPath, [CLI, "serve", "--port", "0"], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/", ...env },
    })
    let output = ""
    const collect = (chunk: Buffer) => {
      output += chunk
      const url = /"url":"(http:[^"]+)"/.exec(output)?.[1]
      if (url !== undefined && /listening/.test(output)) ready({ url, child, output: () => output })
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.once("exit", (code) => fail(new Error(`serve exited ${code}: ${output}`)))
  })

/**
 * `send` for a body the server refuses: the server may close the connection while the client still writes
 * the rest, and the client can see EPIPE before it reads the answer that was sent; such a try is repeated.
 */
const sendBig = async (...args: Parameters<typeof send>) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(...args)
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt === 3 || (code !== "EPIPE" && code !== "ECONNRESET")) throw error
    }
  }
}

/** A TCP proxy to PostgreSQL on loopback that can be cut: every connection closed, new ones refused. */
const tcpProxy = async (target: number) => {
  const sockets = new Set<Socket>()
  const server = createNetServer((client) => {
    const upstream = connect(target, "127.0.0.1")
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on("error", () => {})
      socket.on("close", () => sockets.delete(socket))
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready))
  return {
    port: (server.address() as AddressInfo).port,
    cut: () => {
      server.close()
      for (const socket of sockets) socket.destroy()
    },
  }
}

describe("5 the service", () => {
  let server: Serving
  let broken: Serving
  let proxy: Awaited<ReturnType<typeof tcpProxy>>
  const answers: string[] = []
  const keep = (reply: { status: number; headers: object; text: string }) => {
    answers.push(`${reply.status} ${JSON.stringify(reply.headers)} ${reply.text}`)
    return reply
  }
  let routes: Array<{ method: string; path: string }> = []

  beforeAll(async () => {
    const db = new URL(await freshDatabase("sec_serve"))
    db.username = "postgres"
    db.password = S.database.value
    const common = {
      AIRSPEC_SERVICE_TOKEN: S.token.value,
      AIRSPEC_SERVICE_MAX_BODY: String(MAX_BODY),
      AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers"),
      AIRSPEC_JOBS_TOPIC: `airspec.jobs.security.${S.token.core.slice(0, 8)}`,
      AIRSPEC_LLM_BASE_URL: "http://127.0.0.1:9/v1",
      AIRSPEC_LLM_MODEL: "nobody",
      AIRSPEC_LLM_API_KEY: S.llm.value,
    }
    server = await serve({ ...common, AIRSPEC_DATABASE_URL: db.toString() })
    // the same service, its job store behind a proxy that the check cuts: errors must not name the password
    proxy = await tcpProxy(Number(db.port))
    const proxied = new URL(db)
    proxied.port = String(proxy.port)
    broken = await serve({ ...common, AIRSPEC_DATABASE_URL: proxied.toString() })
    const document = JSON.parse((await send(`${server.url}/openapi.json`, { token: null })).text) as {
      paths: Record<string, Record<string, unknown>>
    }
    routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/v1"))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => ({
          method: method.toUpperCase(),
          path: path.replace("{id}", UUID),
        })),
      )
  })
  afterAll(() => {
    server?.child.kill("SIGKILL")
    broken?.child.kill("SIGKILL")
  })

  const WRONG: ReadonlyArray<[string, Record<string, string>]> = [
    ["no header", {}],
    ["a wrong token", { authorization: `Bearer ${S.wrong.value}` }],
    ["the token plus one character", { authorization: `Bearer ${S.token.value}x` }],
    ["the token minus its last character", { authorization: `Bearer ${S.token.value.slice(0, -1)}` }],
    ["the token upper-cased", { authorization: `Bearer ${S.token.value.toUpperCase()}` }],
    ["the token with the Basic scheme", { authorization: `Basic ${S.token.value}` }],
    ["the token without a scheme", { authorization: S.token.value }],
    ["Bearer and nothing", { authorization: "Bearer " }],
    ["two tokens", { authorization: `Bearer ${S.token.value} ${S.token.value}` }],
    ["a 8 KB token", { authorization: `Bearer ${"x".repeat(8192)}` }],
    ["the token in the query string only", {}],
    ["the token in another header", { "x-api-key": S.token.value, "x-auth-token": S.token.value }],
  ]

  it("5.1 every /v1 route (from the OpenAPI document), every method, refuses every wrong credential with 401, before reading the body", async ({
    task,
  }) => {
    expect(routes.length).toBeGreaterThanOrEqual(7)
    let requests = 0
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    for (const { method, path } of routes) {
      for (const [what, headers] of WRONG) {
        const query = what.includes("query") ? `?access_token=${S.token.value}&token=${S.token.value}` : ""
        const body =
          method === "POST"
            ? { text: SPEC, name: "x", samples: [{ file: "a.csv", content: "a\n1\n" }] }
            : undefined
        const reply = keep(await send(`${server.url}${path}${query}`, { method, body, token: null, headers }))
        requests++
        expect(reply.status, `${method} ${path} with ${what}`).toBe(401)
        expect(JSON.parse(reply.text)._tag).toBe("Unauthorized")
      }
    }
    // other methods on the same paths are never served without the token
    for (const path of new Set(routes.map((route) => route.path))) {
      for (const method of methods) {
        const reply = keep(await send(`${server.url}${path}`, { method, token: null }))
        requests++
        expect([401, 404, 405], `${method} ${path}`).toContain(reply.status)
      }
    }
    // a huge body without the token: 401, not 413 and not a read body
    const huge = keep(
      await sendBig(`${server.url}/v1/compile`, {
        body: Buffer.alloc(4 * MAX_BODY, 0x20),
        token: null,
        chunked: 16_384,
      }),
    )
    expect(huge.status).toBe(401)
    const right = await sendBig(`${server.url}/v1/check`, { body: { text: SPEC }, token: S.token.value })
    expect(right.status).toBe(200)
    figures(
      task,
      `${routes.length} routes × ${WRONG.length} wrong credentials, plus unlisted methods: ${requests + 1} requests, all refused`,
    )
  })

  it("5.2 bodies over AIRSPEC_SERVICE_MAX_BODY get 413 (declared or chunked) on every POST route; oversized headers 431; the service keeps serving", async ({
    task,
  }) => {
    const posts = routes.filter((route) => route.method === "POST")
    const big = {
      text: `# ${"x".repeat(MAX_BODY)}\n`,
      name: "x",
      samples: [{ file: "a.csv", content: "a\n" }],
    }
    for (const { path } of posts) {
      for (const chunked of [undefined, 4096]) {
        const reply = keep(
          await sendBig(`${server.url}${path}`, {
            body: big,
            token: S.token.value,
            ...(chunked ? { chunked } : {}),
          }),
        )
        expect(reply.status, `${path} ${chunked ? "chunked" : "declared"}`).toBe(413)
        expect(JSON.parse(reply.text)).toMatchObject({ _tag: "PayloadTooLarge", limit: MAX_BODY })
      }
    }
    const far = keep(
      await sendBig(`${server.url}/v1/check`, {
        body: Buffer.alloc(64 * MAX_BODY, 0x20),
        token: S.token.value,
        chunked: 65_536,
      }),
    )
    expect(far.status).toBe(413)
    const deep = keep(
      await sendBig(`${server.url}/v1/check`, { body: "[".repeat(MAX_BODY - 10), token: S.token.value }),
    )
    expect(deep.status).toBe(400)
    const headers = await sendBig(`${server.url}/v1/check`, {
      body: { text: SPEC },
      token: S.token.value,
      headers: { "x-padding": "x".repeat(64 * 1024) },
    }).catch((error: Error) => ({ status: 0, headers: {}, text: error.message }))
    expect(headers.status).toBe(431)
    expect((await sendBig(`${server.url}/healthz`, { token: null })).status).toBe(200)
    expect(
      (await sendBig(`${server.url}/v1/check`, { body: { text: SPEC }, token: S.token.value })).status,
    ).toBe(200)
    figures(
      task,
      `${posts.length} POST routes × declared and chunked bodies of ${MAX_BODY + 100} bytes, a 4 MiB chunked body, 64 KiB of nested JSON, a 64 KiB header`,
    )
  })

  it("5.3 no secret in any response or log line: wrong and right tokens, the token in a query string, store failures", async ({
    task,
  }) => {
    // the configured service at work, and the one whose store is down
    keep(await send(`${server.url}/readyz`, { token: null }))
    keep(
      await send(`${server.url}/v1/drafts`, {
        body: { name: "x", samples: [{ file: "a.csv", content: "a\n1\n" }] },
        token: S.token.value,
      }),
    )
    keep(
      await send(`${server.url}/v1/reviews`, {
        body: { head: { "specs/x.yaml": SPEC } },
        token: S.token.value,
      }),
    )
    keep(
      await send(`${server.url}/v1/check?token=${S.token.value}`, {
        body: { text: SPEC },
        token: S.token.value,
      }),
    )
    proxy.cut()
    const down = keep(await send(`${broken.url}/readyz`, { token: null }))
    expect(down.status).toBe(503)
    const refused = keep(
      await send(`${broken.url}/v1/drafts`, {
        body: { name: "x", samples: [{ file: "a.csv", content: "a\n1\n" }] },
        token: S.token.value,
      }),
    )
    expect(refused.status).toBe(503)
    keep(await send(`${broken.url}/v1/drafts/${UUID}`, { token: S.token.value }))
    for (const path of ["/openapi.json", "/docs", "/healthz"])
      keep(await send(`${server.url}${path}`, { token: null }))
    await new Promise((settle) => setTimeout(settle, 300))
    const logs = server.output() + broken.output()
    const leaks = [
      ...scan(
        answers.join("\n"),
        "responses",
        SECRETS.filter((s) => s !== S.wrong),
      ),
      ...scan(logs, "log lines", SECRETS),
    ]
    const lines = logs.split("\n").filter((line) => line.trim() !== "").length
    figures(task, `${answers.length} responses and ${lines} log lines searched for ${SECRETS.length} secrets`)
    expect(leaks).toEqual([])
  })

  it("5.4 the token is compared in constant time: every check goes through timingSafeEqual on equal-length digests", async ({
    task,
  }) => {
    const spy = vi.mocked(crypto.timingSafeEqual)
    const own = await startServer()
    try {
      spy.mockClear()
      const tokens = ["a", "x".repeat(1000), S.wrong.value, "test-token-0123456789abcdef"]
      for (const token of tokens) await send(`${own.url}/v1/pipelines`, { token })
      expect(spy).toHaveBeenCalledTimes(tokens.length)
      for (const [a, b] of spy.mock.calls) {
        expect((a as Buffer).length).toBe(32)
        expect((b as Buffer).length).toBe(32)
      }
      figures(
        task,
        `${tokens.length} tokens of 1 to 1000 characters: ${spy.mock.calls.length} timingSafeEqual calls on 32-byte SHA-256 digests`,
      )
    } finally {
      await own.stop()
    }
  })

  it("5.5 no permissive CORS: no Access-Control-Allow-Origin for a foreign origin, never * with credentials", async ({
    task,
  }) => {
    const origin = "https://evil.example"
    const seen: string[] = []
    for (const path of [
      ...new Set(routes.map((route) => route.path)),
      "/healthz",
      "/readyz",
      "/openapi.json",
      "/docs",
    ]) {
      const preflight = await send(`${server.url}${path}`, {
        method: "OPTIONS",
        token: null,
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      })
      const simple = await send(`${server.url}${path}`, { token: S.token.value, headers: { origin } })
      for (const reply of [preflight, simple]) {
        const allow = reply.headers["access-control-allow-origin"]
        const credentials = reply.headers["access-control-allow-credentials"]
        if (allow !== undefined) seen.push(`${path}: ${allow}`)
        expect(allow === "*" && credentials === "true", path).toBe(false)
        expect(allow, path).not.toBe(origin)
        expect(allow, path).not.toBe("*")
      }
    }
    figures(task, seen.length === 0 ? "no CORS headers on any route" : `CORS headers: ${seen.join("; ")}`)
  })
})
