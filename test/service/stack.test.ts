/**
 * The whole draft path as deployed: `airspec serve` and `airspec worker` as separate processes (the
 * bundled CLI) on the real PostgreSQL and Kafka, a client speaking HTTP only. The worker is killed while
 * the model thinks, a new one takes the job over, and the client gets one result; the service is
 * restarted in between and still knows the job.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../fakes/fake-openai"
import { freshDatabase } from "../runtime/harness"

const BIN = resolve("bin/airspec.mjs")
const TOKEN = "stack-test-token-0c1d2e3f"
const API_KEY = "sk-stack-test-SECRET-77aa"

const ORDERS =
  "id,customer,amount,updated_at\n1,zq_customer_81,12.50,2025-01-01T10:00:00Z\n2,bob,7.00,2025-01-02T11:30:00Z\n"

interface Process {
  readonly child: ChildProcess
  readonly output: () => string
  readonly exited: Promise<number | null>
}

const children: Process[] = []

const start = (args: string[], env: Record<string, string>): Process => {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), "airspec-stack-")),
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => {
    output += chunk
  })
  child.stderr?.on("data", (chunk) => {
    output += chunk
  })
  const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)))
  const started = { child, output: () => output, exited }
  children.push(started)
  return started
}

const waitFor = async <A>(
  what: string,
  probe: () => Promise<A | undefined> | A | undefined,
  seconds = 60,
) => {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

let model: FakeOpenAi
let env: Record<string, string>

beforeAll(async () => {
  model = await startFakeOpenAi()
  const suffix = `${process.pid}.${Date.now().toString(36)}`
  env = {
    AIRSPEC_SERVICE_TOKEN: TOKEN,
    AIRSPEC_DATABASE_URL: await freshDatabase("airspec_stack"),
    AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers"),
    AIRSPEC_JOBS_TOPIC: `airspec.jobs.stack.${suffix}`,
    AIRSPEC_LLM_BASE_URL: model.baseUrl,
    AIRSPEC_LLM_MODEL: "fake-model",
    AIRSPEC_LLM_API_KEY: API_KEY,
    AIRSPEC_LLM_CACHE_DIR: mkdtempSync(join(tmpdir(), "airspec-stack-llm-")),
  }
})

afterAll(async () => {
  for (const started of children) started.child.kill("SIGKILL")
  await model.close()
})

/** `airspec serve` on a free port; its URL once it listens. */
const serve = async () => {
  const started = start(["serve", "--port", "0"], env)
  const url = await waitFor("the service to listen", () => /"url":"(http:[^"]+)"/.exec(started.output())?.[1])
  return { ...started, url }
}

const worker = () =>
  start(
    [
      "worker",
      "--group",
      `airspec-workers-stack-${process.pid}`,
      "--lease",
      "2",
      "--session-timeout",
      "6",
      "--sweep-every",
      "1",
    ],
    env,
  )

const call = async (url: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe("serve + worker", () => {
  it("drafts through HTTP, survives a worker killed mid-job and a service restart, and answers once", async () => {
    let service = await serve()
    model.script(reply.hang())
    const submitted = await call(service.url, "POST", "/v1/drafts", {
      name: "orders",
      request: "Shop orders, merged on id.",
      samples: [{ file: "orders.csv", content: ORDERS }],
    })
    expect(submitted.status).toBe(202)
    const id = String(submitted.body.id)
    expect(submitted.body.status).toBe("pending")

    const first = worker()
    await waitFor("the model call", () => (model.requests.length > 0 ? true : undefined))
    expect((await call(service.url, "GET", `/v1/drafts/${id}`)).body).toMatchObject({
      status: "processing",
      attempts: 1,
    })
    expect((await call(service.url, "GET", `/v1/drafts/${id}/result`)).status).toBe(409)
    first.child.kill("SIGKILL")
    await first.exited

    // the service goes away and comes back: the job lives in PostgreSQL
    service.child.kill("SIGTERM")
    expect(await service.exited).toBe(0)
    service = await serve()

    const answered = JSON.parse(model.requests[0]?.body ?? "{}").messages?.[1]?.content as string
    expect(answered).not.toContain("zq_customer_81")
    // prose twice: the repair loop stops early on the same error and keeps the skeleton
    model.script(reply.text("I would rather not."), reply.text("I would rather not."))
    worker()
    const done = await waitFor("the job to finish", async () => {
      const job = await call(service.url, "GET", `/v1/drafts/${id}`)
      return job.body.status === "completed" || job.body.status === "failed" ? job.body : undefined
    })
    expect(done).toMatchObject({ status: "completed", attempts: 2, error: null })
    const result = await call(service.url, "GET", `/v1/drafts/${id}/result`)
    expect(result.status).toBe(200)
    // the model never answered with a spec: the job completed with the skeleton and the errors
    expect(result.body).toMatchObject({ outcome: "failed", model_calls: 2 })
    expect(model.requests).toHaveLength(3)
    expect(String(result.body.spec)).toContain("pipeline: orders")
    expect(children.map((started) => started.output()).join("\n")).not.toContain(API_KEY)
    expect(children.map((started) => started.output()).join("\n")).not.toContain(TOKEN)
  }, 180_000)
})
