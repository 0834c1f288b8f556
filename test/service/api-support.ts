/**
 * What the API tests share: the real server on a free loopback port (in this process, through its
 * layer, with the in-memory jobs), and a small HTTP client on node:http that can send a body with a
 * declared length or in chunks, and tolerates a server that answers before the body is sent.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import * as HttpServer from "@effect/platform/HttpServer"
import { Effect, Layer, Logger, ManagedRuntime, Option, Redacted } from "effect"
import { Service, type ServiceSettings } from "../../service/config"
import { serverLayer } from "../../service/server"
import { type MemoryJobs, memoryJobs } from "./memory-jobs"

export const TOKEN = "test-token-0123456789abcdef"
export const MAX_BODY = 64 * 1024

export interface Running {
  readonly url: string
  readonly port: number
  readonly jobs: MemoryJobs
  /** Log lines the server wrote, as JSON objects. */
  readonly logs: ReadonlyArray<Record<string, unknown>>
  /** Closes the server the way SIGTERM does: drains, then stops. */
  readonly stop: () => Promise<void>
}

export const startServer = async (settings: Partial<ServiceSettings> = {}): Promise<Running> => {
  const jobs = memoryJobs()
  const logs: Record<string, unknown>[] = []
  const capture = Logger.replace(
    Logger.defaultLogger,
    Logger.make(({ message, annotations, logLevel }) => {
      const line: Record<string, unknown> = {
        level: logLevel.label.toLowerCase(),
        msg: (Array.isArray(message) ? message : [message]).map(String).join(" "),
      }
      for (const [key, value] of annotations) line[key] = value
      logs.push(line)
    }),
  )
  const layer = serverLayer(
    { host: "127.0.0.1", port: 0, specs: "specs", out: "airflow/dags", shutdownTimeout: "10 seconds" },
    {
      jobs: jobs.layer,
      config: Service.make({
        token: Redacted.make(TOKEN),
        maxBody: MAX_BODY,
        llm: Option.none(),
        ...settings,
      }),
    },
  ).pipe(Layer.provide(capture))
  const runtime = ManagedRuntime.make(layer)
  const address = (await runtime.runPromise(
    HttpServer.addressWith((address) => Effect.succeed(address)),
  )) as unknown as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    jobs,
    logs,
    stop: () => runtime.dispose(),
  }
}

export interface Reply {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
  // biome-ignore lint/suspicious/noExplicitAny: tests pick response bodies apart freely
  readonly json: () => any
}

export interface Send {
  readonly method?: string
  readonly headers?: Record<string, string>
  /** JSON-encoded unless a string or a Buffer. */
  readonly body?: unknown
  /** Send the body in chunks of this size (Transfer-Encoding: chunked) instead of with a length. */
  readonly chunked?: number
  readonly token?: string | null
}

export const auth = (token: string = TOKEN) => ({ authorization: `Bearer ${token}` })

/** One request on a fresh connection; resolves with the response even when the upload was cut short. */
export const send = (url: string, options: Send = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const body =
      options.body === undefined
        ? undefined
        : Buffer.isBuffer(options.body)
          ? options.body
          : Buffer.from(typeof options.body === "string" ? options.body : JSON.stringify(options.body))
    const headers: Record<string, string> = {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token === null ? {} : auth(options.token)),
      ...options.headers,
    }
    if (body !== undefined && options.chunked === undefined) headers["content-length"] = String(body.length)
    let answered = false
    const req = httpRequest(url, {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      agent: false,
    })
    req.on("response", (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on("data", (chunk: Buffer) => chunks.push(chunk))
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8")
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) })
      })
      res.on("error", reject)
    })
    // a server that refuses a body may close the connection while the rest is on its way
    req.on("error", (error) => {
      if (!answered) reject(error)
    })
    if (body === undefined) return req.end()
    if (options.chunked === undefined) return req.end(body)
    const size = options.chunked
    let offset = 0
    const pump = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + size)
        offset += size
        if (answered || req.destroyed) return
        if (!req.write(chunk)) return void req.once("drain", pump)
      }
      req.end()
    }
    pump()
  })
