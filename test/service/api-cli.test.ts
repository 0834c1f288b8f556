/**
 * `airspec serve` as users run it: the bundled binary as a child process, with the real PostgreSQL and
 * Kafka jobs of the global setup and a slow model. Startup refusals, JSON log lines without the token,
 * and SIGTERM while a review waits for the model: the review completes, new connections are refused, the
 * process exits 0.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { freshDatabase } from "../runtime/harness"
import { send, TOKEN } from "./api-support"

const BIN = resolve("bin/airspec.mjs")
const SHOP = readFileSync("specs/shop_orders.yaml", "utf8")

/** The environment without anything of ours, so that only what a test sets counts. */
const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AIRSPEC_")))

let databaseUrl: string
let cacheDir: string

beforeAll(async () => {
  databaseUrl = await freshDatabase("airspec_serve")
  cacheDir = mkdtempSync(join(tmpdir(), "airspec-serve-llm-"))
})
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }))

/** An OpenAI-compatible endpoint that answers every chat completion after `delayMs`. */
const slowModel = async (delayMs: number) => {
  const received: string[] = []
  const server: Server = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => {
      body += chunk
    })
    request.on("end", () => {
      received.push(body)
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" })
        response.end(
          JSON.stringify({
            id: "chatcmpl-slow",
            object: "chat.completion",
            created: 1,
            model: "slow",
            choices: [
              {
                index: 0,
                message: { role: "assistant", content: '{"findings": []}', refusal: null },
                finish_reason: "stop",
                logprobs: null,
              },
            ],
            usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
          }),
        )
      }, delayMs)
    })
  })
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    received,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

interface Serving {
  readonly child: ChildProcess
  readonly url: string
  readonly stdout: () => string
  readonly stderr: () => string
  readonly exited: Promise<number | null>
}

const serve = (env: Record<string, string>) =>
  new Promise<Serving>((ready, fail) => {
    const child = spawn("node", [BIN, "serve", "--port", "0"], { env: { ...clean, ...env } })
    let stdout = ""
    let stderr = ""
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)))
    child.stdout.on("data", (chunk) => {
      stdout += chunk
      const url =
        /"msg":"listening","url":"([^"]+)"/.exec(stdout)?.[1] ??
        /"url":"([^"]+)"[^\n]*"msg":"listening"/.exec(stdout)?.[1]
      if (url !== undefined) ready({ child, url, stdout: () => stdout, stderr: () => stderr, exited })
    })
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    void exited.then((code) => fail(new Error(`serve exited ${code} before listening: ${stderr}${stdout}`)))
  })

describe("airspec serve", () => {
  it("refuses to start without a token, or with an empty one", () => {
    for (const token of [undefined, "", "   "]) {
      const result = spawnSync("node", [BIN, "serve", "--port", "0"], {
        env: { ...clean, ...(token === undefined ? {} : { AIRSPEC_SERVICE_TOKEN: token }) },
        encoding: "utf8",
        timeout: 20_000,
      })
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/AIRSPEC_SERVICE_TOKEN is (not set|empty)/)
    }
  })

  it("logs JSON lines without the token, and on SIGTERM finishes the request in flight, then exits 0", async () => {
    const model = await slowModel(1500)
    const server = await serve({
      AIRSPEC_SERVICE_TOKEN: TOKEN,
      AIRSPEC_DATABASE_URL: databaseUrl,
      AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers"),
      AIRSPEC_JOBS_TOPIC: `airspec.jobs.serve.${process.pid}`,
      AIRSPEC_LLM_BASE_URL: model.baseUrl,
      AIRSPEC_LLM_MODEL: "slow",
      AIRSPEC_LLM_API_KEY: "not-a-real-key",
      AIRSPEC_LLM_CACHE_DIR: cacheDir,
    })
    try {
      const ready = await send(`${server.url}/readyz`, { token: null })
      expect(ready.status).toBe(200)
      expect(ready.json().checks).toMatchObject({
        database: { ok: true },
        kafka: { ok: true, configured: true },
        llm: { configured: true },
      })
      expect((await send(`${server.url}/v1/pipelines`, { token: "wrong-secret-xyz" })).status).toBe(401)
      const submitted = await send(`${server.url}/v1/drafts`, {
        body: { name: "orders", samples: [{ file: "orders.csv", content: "id\n1\n" }] },
      })
      expect(submitted.status).toBe(202)
      expect((await send(`${server.url}/v1/drafts/${submitted.json().id}`)).json().status).toMatch(
        /pending|processing|completed|failed/,
      )

      // a review whose model answers slowly is in flight when SIGTERM comes
      const changed = SHOP.replace("retries: 3", "retries: 1")
      const review = send(`${server.url}/v1/reviews`, {
        body: { base: { "specs/shop_orders.yaml": SHOP }, head: { "specs/shop_orders.yaml": changed } },
        headers: { "x-request-id": "slow-review" },
      })
      while (model.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
      server.child.kill("SIGTERM")
      await new Promise((resolve) => setTimeout(resolve, 200))
      await expect(send(`${server.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/)
      const reply = await review
      expect(reply.status).toBe(200)
      expect(reply.json().advisory).toEqual({ skipped: null, findings: [] })
      expect(await server.exited).toBe(0)

      const lines = server
        .stdout()
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>)
      const requests = lines.filter((line) => line.msg === "request")
      expect(requests.map((line) => `${line.method} ${line.path} ${line.status}`)).toEqual([
        "GET /readyz 200",
        "GET /v1/pipelines 401",
        "POST /v1/drafts 202",
        expect.stringMatching(/^GET \/v1\/drafts\/[0-9a-f-]{36} 200$/),
        "POST /v1/reviews 200",
      ])
      for (const line of requests) {
        expect(typeof line.ms).toBe("number")
        expect(typeof line.request_id).toBe("string")
      }
      expect(requests.at(-1)?.request_id).toBe("slow-review")
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining(["listening", "shutting down", "stopped"]),
      )
      const everything = server.stdout() + server.stderr()
      expect(everything).not.toContain(TOKEN)
      expect(everything).not.toContain("wrong-secret-xyz")
      expect(everything).not.toContain("not-a-real-key")
    } finally {
      server.child.kill("SIGKILL")
      await model.close()
    }
  }, 60_000)
})
