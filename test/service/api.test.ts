/**
 * `airspec serve`'s API over real HTTP on loopback: the server runs in this process through its layer,
 * with the in-memory jobs. Auth, body limits, malformed requests, the compiler's answers (byte-identical
 * to the CLI's files), the review, drafts, pipelines, readiness, request ids, the OpenAPI document and
 * shutdown with a request in flight.
 */
import { readFileSync } from "node:fs"
import { Validator } from "@seriousme/openapi-schema-validator"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { VALID } from "../support"
import { MAX_BODY, type Running, send, startServer, TOKEN } from "./api-support"

let server: Running
const url = (path: string) => `${server.url}${path}`

beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.stop())

const SHOP = readFileSync("specs/shop_orders.yaml", "utf8")

describe("authorization", () => {
  const endpoints: Array<[method: string, path: string, body?: unknown]> = [
    ["POST", "/v1/compile", { text: VALID }],
    ["POST", "/v1/check", { text: VALID }],
    ["POST", "/v1/drafts", { name: "x", samples: [{ file: "a.csv", content: "a\n1\n" }] }],
    ["GET", "/v1/drafts/0b6f3f2c-1d1e-4c59-9f55-4f1a2b3c4d5e"],
    ["GET", "/v1/drafts/0b6f3f2c-1d1e-4c59-9f55-4f1a2b3c4d5e/result"],
    ["POST", "/v1/reviews", { head: {} }],
    ["GET", "/v1/pipelines"],
  ]

  it.each(endpoints)("%s %s needs the bearer token", async (method, path, body) => {
    for (const headers of [
      {},
      { authorization: "Bearer wrong-token" },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${TOKEN}` },
      { authorization: TOKEN },
      { authorization: "Bearer " },
    ]) {
      const reply = await send(url(path), { method, body, token: null, headers })
      expect(reply.status, JSON.stringify(headers)).toBe(401)
      expect(reply.json()._tag).toBe("Unauthorized")
      expect(reply.text).not.toContain(TOKEN)
    }
    expect(server.jobs.submitted).toHaveLength(0)
  })

  it("takes the right token, case-insensitive scheme included", async () => {
    const reply = await send(url("/v1/check"), {
      body: { text: VALID },
      token: null,
      headers: { authorization: `bearer ${TOKEN}` },
    })
    expect(reply.status).toBe(200)
  })

  it("needs no token for health, readiness, the OpenAPI document and the docs", async () => {
    for (const path of ["/healthz", "/readyz", "/openapi.json", "/docs"])
      expect((await send(url(path), { token: null })).status, path).toBe(200)
    expect((await send(url("/healthz"), { token: null })).json()).toEqual({ status: "ok" })
  })
})

describe("request bodies", () => {
  const big = { text: `# ${"x".repeat(MAX_BODY)}\n` }

  it("refuses a body declared larger than the limit with 413", async () => {
    const reply = await send(url("/v1/compile"), { body: big })
    expect(reply.status).toBe(413)
    expect(reply.json()).toMatchObject({ _tag: "PayloadTooLarge", limit: MAX_BODY })
  })

  it("refuses a chunked body at the first byte over the limit with 413", async () => {
    const reply = await send(url("/v1/compile"), { body: big, chunked: 4096 })
    expect(reply.status).toBe(413)
    expect(reply.json()._tag).toBe("PayloadTooLarge")
  })

  it("refuses a chunked body far larger than the limit, and keeps serving", async () => {
    const reply = await send(url("/v1/check"), { body: Buffer.alloc(8 * MAX_BODY, 0x20), chunked: 16_384 })
    expect(reply.status).toBe(413)
    expect((await send(url("/healthz"))).status).toBe(200)
  })

  it("takes a body just under the limit", async () => {
    const text = `${VALID}# ${"x".repeat(MAX_BODY - VALID.length - 40)}\n`
    const reply = await send(url("/v1/check"), { body: { text }, chunked: 1000 })
    expect(reply.status).toBe(200)
    expect(reply.json().ok).toBe(true)
  })

  it("answers malformed JSON with 400", async () => {
    const reply = await send(url("/v1/compile"), { body: '{"text": "pipeline: x' })
    expect(reply.status).toBe(400)
    expect(reply.json()._tag).toBe("MalformedRequest")
  })

  it("answers JSON of the wrong shape with 400 and what is wrong", async () => {
    const reply = await send(url("/v1/compile"), { body: { text: 1 } })
    expect(reply.status).toBe(400)
    expect(reply.json()._tag).toBe("HttpApiDecodeError")
    expect((await send(url("/v1/compile"), { body: { text: VALID, path: "../x.yaml" } })).status).toBe(400)
    expect((await send(url("/v1/compile"), { body: { text: VALID, path: "/etc/x.yaml" } })).status).toBe(400)
  })

  it("answers an unknown route with a JSON 404", async () => {
    const reply = await send(url("/v2/compile"), { body: { text: VALID } })
    expect(reply.status).toBe(404)
    expect(reply.json()._tag).toBe("NotFound")
  })
})

describe("POST /v1/compile", () => {
  it("gives the CLI's DAG and plan, byte for byte", async () => {
    const reply = await send(url("/v1/compile"), { body: { path: "specs/shop_orders.yaml", text: SHOP } })
    expect(reply.status).toBe(200)
    const body = reply.json()
    expect(body.pipeline).toBe("shop_orders")
    expect(body.dag.name).toBe("shop_orders.py")
    expect(body.dag.text).toBe(readFileSync("airflow/dags/shop_orders.py", "utf8"))
    expect(body.plan.name).toBe("shop_orders.plan.json")
    expect(body.plan.text).toBe(readFileSync("airflow/dags/shop_orders.plan.json", "utf8"))
  })

  it("reads the SQL files sent along, by project-relative path", async () => {
    const text = readFileSync("specs/crm_contacts.yaml", "utf8")
    const files = { "specs/sql/sales_mart.sql": readFileSync("specs/sql/sales_mart.sql", "utf8") }
    const reply = await send(url("/v1/compile"), { body: { path: "specs/crm_contacts.yaml", text, files } })
    expect(reply.status).toBe(200)
    expect(reply.json().dag.text).toBe(readFileSync("airflow/dags/crm_contacts.py", "utf8"))
    const without = await send(url("/v1/compile"), { body: { path: "specs/crm_contacts.yaml", text } })
    expect(without.status).toBe(422)
    expect(without.json().diagnostics.map((d: { code: string }) => d.code)).toContain("file_not_found")
  })

  it("answers a malformed spec with 422 and every located error", async () => {
    const text = VALID.replace("owner: data", "owner: data\nschedulee: daily").replace(
      "write: merge",
      "write: upsert",
    )
    const reply = await send(url("/v1/compile"), { body: { path: "specs/demo.yaml", text } })
    expect(reply.status).toBe(422)
    const body = reply.json()
    expect(body._tag).toBe("SpecInvalid")
    const located = body.diagnostics.map(
      (d: { file: string; line: number; col: number; code: string }) =>
        `${d.file}:${d.line}:${d.col}:${d.code}`,
    )
    expect(located).toContain("specs/demo.yaml:3:1:unknown_key")
    expect(located.some((at: string) => /^specs\/demo\.yaml:15:\d+:invalid_value$/.test(at))).toBe(true)
  })

  it("locates broken YAML too", async () => {
    const reply = await send(url("/v1/compile"), { body: { text: "pipeline: [demo\nowner: x\n" } })
    expect(reply.status).toBe(422)
    expect(reply.json().diagnostics[0]).toMatchObject({ file: "specs/spec.yaml", code: "yaml_syntax" })
  })
})

describe("POST /v1/check", () => {
  it("answers 200 with ok and the errors, for valid and invalid specs alike", async () => {
    const good = await send(url("/v1/check"), { body: { text: VALID } })
    expect(good.status).toBe(200)
    expect(good.json()).toEqual({ ok: true, diagnostics: [] })
    const bad = await send(url("/v1/check"), { body: { text: VALID.replace("owner: data\n", "") } })
    expect(bad.status).toBe(200)
    expect(bad.json().ok).toBe(false)
    expect(bad.json().diagnostics[0]).toMatchObject({ code: "missing_key", line: 1, col: 1 })
  })
})

describe("POST /v1/reviews", () => {
  const secret = "Sup3rS3cretPassw0rd"
  const leaky = SHOP.replace(
    "owner: data-platform",
    `owner: data-platform\n# copied from prod: postgres://etl:${secret}@db.internal:5432/shop`,
  )

  it("finds a literal secret, blocks, and never echoes it", async () => {
    const reply = await send(url("/v1/reviews"), {
      body: { base: { "specs/shop_orders.yaml": SHOP }, head: { "specs/shop_orders.yaml": leaky } },
    })
    expect(reply.status).toBe(200)
    const body = reply.json()
    expect(body.ok).toBe(false)
    expect(body.base).toBe("request")
    expect(body.changed_specs).toBe(0)
    expect(body.findings).toContainEqual(
      expect.objectContaining({
        rule: "literal_secret",
        severity: "blocking",
        file: "specs/shop_orders.yaml",
        line: 9,
      }),
    )
    expect(reply.text).not.toContain(secret)
    expect(body.advisory).toEqual({ skipped: "no endpoint configured", findings: [] })
  })

  it("passes an unchanged spec, and says when the model was not asked", async () => {
    const reply = await send(url("/v1/reviews"), {
      body: {
        base: { "specs/shop_orders.yaml": SHOP },
        head: { "specs/shop_orders.yaml": SHOP },
        llm: false,
      },
    })
    expect(reply.json()).toMatchObject({
      ok: true,
      findings: [],
      advisory: { skipped: "not requested (llm: false)", findings: [] },
    })
  })

  it("without a base, every spec counts as added and SQL files are read from head", async () => {
    const reply = await send(url("/v1/reviews"), {
      body: {
        head: {
          "specs/crm_contacts.yaml": readFileSync("specs/crm_contacts.yaml", "utf8"),
          "specs/sql/sales_mart.sql": readFileSync("specs/sql/sales_mart.sql", "utf8"),
        },
      },
    })
    const body = reply.json()
    expect(body.base).toBeNull()
    expect(body.changed_specs).toBe(1)
    expect(body.findings.filter((f: { rule: string }) => f.rule === "compile_error")).toEqual([])
  })
})

describe("/v1/drafts", () => {
  const input = { name: "orders", samples: [{ file: "orders.csv", content: "id,amount\n1,2.5\n" }] }
  const result = { spec: "pipeline: orders\n", outcome: "skipped", errors: [], model_calls: 0, note: null }

  it("submits (202), reports the status, and gives the result once completed", async () => {
    const submitted = await send(url("/v1/drafts"), { body: input })
    expect(submitted.status).toBe(202)
    const job = submitted.json()
    expect(job).toMatchObject({ kind: "draft", status: "pending", attempts: 0, error: null })
    expect(server.jobs.submitted.at(-1)).toEqual(input)

    const status = await send(url(`/v1/drafts/${job.id}`))
    expect(status.status).toBe(200)
    expect(status.json()).toEqual(job)

    const early = await send(url(`/v1/drafts/${job.id}/result`))
    expect(early.status).toBe(409)
    expect(early.json()).toMatchObject({ _tag: "DraftNotReady", status: "pending", error: null })

    server.jobs.start(job.id)
    expect((await send(url(`/v1/drafts/${job.id}/result`))).json().status).toBe("processing")

    server.jobs.complete(job.id, result as never)
    const done = await send(url(`/v1/drafts/${job.id}/result`))
    expect(done.status).toBe(200)
    expect(done.json()).toEqual(result)
    expect((await send(url(`/v1/drafts/${job.id}`))).json().status).toBe("completed")
  })

  it("answers 409 with the reason for a failed job", async () => {
    const job = (await send(url("/v1/drafts"), { body: input })).json()
    server.jobs.fail(job.id, "gave up after 3 attempts")
    const reply = await send(url(`/v1/drafts/${job.id}/result`))
    expect(reply.status).toBe(409)
    expect(reply.json()).toMatchObject({ status: "failed", error: "gave up after 3 attempts" })
  })

  it("answers 404 for an unknown job and 400 for an id that cannot be one", async () => {
    const unknown = "5f0c6a55-0000-4000-8000-000000000000"
    expect((await send(url(`/v1/drafts/${unknown}`))).status).toBe(404)
    expect((await send(url(`/v1/drafts/${unknown}/result`))).json()._tag).toBe("NotFound")
    expect((await send(url("/v1/drafts/not%20an%20id"))).status).toBe(400)
  })

  it("checks the input before submitting", async () => {
    const before = server.jobs.submitted.length
    for (const body of [
      { ...input, name: "Orders" },
      { ...input, samples: [] },
      { ...input, samples: [{ file: "../etc/passwd", content: "" }] },
    ])
      expect((await send(url("/v1/drafts"), { body })).status).toBe(400)
    expect(server.jobs.submitted).toHaveLength(before)
  })
})

describe("GET /v1/pipelines", () => {
  it("lists the example specs, compiled and current", async () => {
    const reply = await send(url("/v1/pipelines"))
    expect(reply.status).toBe(200)
    const { pipelines } = reply.json()
    expect(pipelines.map((p: { path: string }) => p.path)).toEqual([
      "specs/crm_contacts.yaml",
      "specs/shop_orders.yaml",
      "specs/supplier_feeds.yaml",
    ])
    for (const pipeline of pipelines)
      expect(pipeline).toMatchObject({ ok: true, errors: [], generated: "current" })
    expect(pipelines[1]).toMatchObject({
      pipeline: "shop_orders",
      spec_sha256: /^# spec-sha256: ([0-9a-f]{64})$/m.exec(
        readFileSync("airflow/dags/shop_orders.py", "utf8"),
      )?.[1],
    })
  })
})

describe("readiness", () => {
  it("is ready while the store answers; Kafka and the model are not configured here", async () => {
    const reply = await send(url("/readyz"), { token: null })
    expect(reply.status).toBe(200)
    expect(reply.json()).toMatchObject({
      status: "ready",
      checks: {
        database: { ok: true, configured: true, error: null },
        kafka: { ok: true, configured: false },
        llm: { ok: true, configured: false },
      },
    })
  })

  it("is not ready (503) while the store fails, and says why", async () => {
    server.jobs.breakPing(`connection refused to postgres://svc:${TOKEN}@db`)
    try {
      const reply = await send(url("/readyz"), { token: null })
      expect(reply.status).toBe(503)
      expect(reply.json()).toMatchObject({ status: "not_ready", checks: { database: { ok: false } } })
      expect(reply.json().checks.database.error).toContain("connection refused")
      expect(reply.text).not.toContain(TOKEN)
      expect((await send(url("/healthz"), { token: null })).status).toBe(200)
    } finally {
      server.jobs.breakPing(null)
    }
  })

  it("probes the real Kafka broker, and reports one that does not answer", async () => {
    const live = await startServer({ kafkaBrokers: [inject("kafkaBrokers")] })
    const dead = await startServer({ kafkaBrokers: ["127.0.0.1:1"] })
    try {
      const ready = await send(`${live.url}/readyz`)
      expect(ready.status).toBe(200)
      expect(ready.json().checks.kafka).toMatchObject({ ok: true, configured: true, error: null })
      const down = await send(`${dead.url}/readyz`)
      expect(down.status).toBe(503)
      expect(down.json().checks.kafka).toMatchObject({ ok: false, configured: true })
    } finally {
      await Promise.all([live.stop(), dead.stop()])
    }
  })
})

describe("request ids and logs", () => {
  it("echoes a sane x-request-id and replaces anything else", async () => {
    const given = await send(url("/healthz"), { headers: { "x-request-id": "deploy-42.abc:7" } })
    expect(given.headers["x-request-id"]).toBe("deploy-42.abc:7")
    for (const bad of ["has space", "x".repeat(200), "semi;colon", "<script>"]) {
      const reply = await send(url("/healthz"), { headers: { "x-request-id": bad } })
      expect(reply.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
    }
    const errors = await Promise.all([
      send(url("/v1/pipelines"), { token: null }),
      send(url("/nope")),
      send(url("/v1/compile"), { body: "{" }),
    ])
    for (const reply of errors) expect(reply.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("logs one line per request with method, path, status, ms and the id, never the token", async () => {
    await send(url("/v1/check?debug=1"), { body: { text: VALID }, headers: { "x-request-id": "log-me-1" } })
    const line = server.logs.find((log) => log.request_id === "log-me-1")
    expect(line).toMatchObject({ msg: "request", method: "POST", path: "/v1/check", status: 200 })
    expect(typeof line?.ms).toBe("number")
    expect(JSON.stringify(server.logs)).not.toContain(TOKEN)
    expect(JSON.stringify(server.logs)).not.toContain("wrong-token")
  })
})

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and describes every endpoint with its security", async () => {
    const document = (await send(url("/openapi.json"), { token: null })).json()
    const validator = new Validator()
    const result = await validator.validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe("3.1")
    expect(document.info).toMatchObject({
      title: "airspec",
      version: JSON.parse(readFileSync("package.json", "utf8")).version,
    })
    expect(Object.keys(document.paths).sort()).toEqual([
      "/healthz",
      "/readyz",
      "/v1/check",
      "/v1/compile",
      "/v1/drafts",
      "/v1/drafts/{id}",
      "/v1/drafts/{id}/result",
      "/v1/pipelines",
      "/v1/reviews",
    ])
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" })
    expect(document.paths["/v1/compile"].post.security).toEqual([{ bearer: [] }])
    expect(document.paths["/healthz"].get.security).toEqual([])
    expect(Object.keys(document.paths["/v1/compile"].post.responses)).toEqual(
      expect.arrayContaining(["200", "400", "401", "413", "422"]),
    )
    expect(document.paths["/v1/drafts"].post.responses["202"]).toBeDefined()
  })

  it("has a docs page listing the endpoints", async () => {
    const reply = await send(url("/docs"), { token: null })
    expect(reply.headers["content-type"]).toContain("text/html")
    expect(reply.text).toContain("/v1/compile")
    expect(reply.text).toContain("/openapi.json")
    expect(reply.text).not.toContain("<script")
  })
})

describe("shutdown", () => {
  it("finishes a request in flight, and refuses new connections meanwhile", async () => {
    const own = await startServer()
    own.jobs.slowSubmits("1500 millis")
    const inFlight = send(`${own.url}/v1/drafts`, {
      body: { name: "slow", samples: [{ file: "a.csv", content: "a\n1\n" }] },
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const stopped = own.stop()
    await new Promise((resolve) => setTimeout(resolve, 100))
    await expect(send(`${own.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/)
    const reply = await inFlight
    expect(reply.status).toBe(202)
    expect(reply.headers.connection).toBe("close")
    await stopped
    expect(own.logs.map((log) => log.msg)).toEqual(expect.arrayContaining(["shutting down", "stopped"]))
  })
})
