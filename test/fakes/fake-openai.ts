/**
 * A local OpenAI-compatible server for tests: `POST /v1/chat/completions` answers from a script (one reply
 * per request, in order) and records every request, headers and body, for assertions. A request beyond
 * the script gets a 500 that says so.
 */
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"

export type FakeReply =
  | {
      readonly kind: "completion"
      readonly content: string | null
      readonly finishReason: "stop" | "length" | "content_filter"
      readonly refusal: string | null
    }
  | {
      readonly kind: "status"
      readonly status: number
      readonly headers: Readonly<Record<string, string>>
      readonly body: unknown
    }
  /** Never answers: the client has to give up. */
  | { readonly kind: "hang" }

export const reply = {
  text: (content: string): FakeReply => ({
    kind: "completion",
    content,
    finishReason: "stop",
    refusal: null,
  }),
  json: (value: unknown): FakeReply => reply.text(JSON.stringify(value)),
  truncated: (content: string): FakeReply => ({
    kind: "completion",
    content,
    finishReason: "length",
    refusal: null,
  }),
  refusal: (refusal: string): FakeReply => ({
    kind: "completion",
    content: null,
    finishReason: "stop",
    refusal,
  }),
  status: (
    status: number,
    headers: Readonly<Record<string, string>> = {},
    body: unknown = null,
  ): FakeReply => ({
    kind: "status",
    status,
    headers,
    body: body ?? { error: { message: `scripted ${status}`, type: "fake", code: null, param: null } },
  }),
  hang: (): FakeReply => ({ kind: "hang" }),
}

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
  /** `Date.now()` when the request had arrived in full. */
  readonly at: number
}

export interface FakeOpenAi {
  /** What to give the SDK as `baseURL`. */
  readonly baseUrl: string
  readonly requests: ReadonlyArray<RecordedRequest>
  /** Appends replies to the script. */
  readonly script: (...replies: ReadonlyArray<FakeReply>) => void
  /** Replies still unused. */
  readonly pending: () => number
  readonly close: () => Promise<void>
}

const PROMPT_TOKENS = 11

export const startFakeOpenAi = async (): Promise<FakeOpenAi> => {
  const queue: FakeReply[] = []
  const requests: RecordedRequest[] = []
  let completions = 0
  const server = createServer((request, response) => {
    const parts: Buffer[] = []
    request.on("data", (part: Buffer) => parts.push(part))
    request.on("end", () => {
      requests.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(parts).toString("utf8"),
        at: Date.now(),
      })
      const send = (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}) => {
        response.writeHead(status, { "content-type": "application/json", ...headers })
        response.end(JSON.stringify(body))
      }
      if (request.method !== "POST" || request.url !== "/v1/chat/completions")
        return send(404, { error: { message: `no route ${request.method} ${request.url}` } })
      const next = queue.shift()
      if (next === undefined) return send(500, { error: { message: "fake-openai: the script is exhausted" } })
      if (next.kind === "hang") return
      if (next.kind === "status") return send(next.status, next.body, next.headers)
      const model = (JSON.parse(Buffer.concat(parts).toString("utf8")) as { model?: string }).model ?? "fake"
      completions += 1
      const completionTokens = Math.ceil((next.content ?? next.refusal ?? "").length / 4)
      send(200, {
        id: `chatcmpl-fake-${completions}`,
        object: "chat.completion",
        created: 1_700_000_000,
        model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: next.content, refusal: next.refusal },
            finish_reason: next.finishReason,
            logprobs: null,
          },
        ],
        usage: {
          prompt_tokens: PROMPT_TOKENS,
          completion_tokens: completionTokens,
          total_tokens: PROMPT_TOKENS + completionTokens,
        },
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => {
      queue.push(...replies)
    },
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // hanging requests would keep close() waiting forever
        server.closeAllConnections()
        server.close((error) => (error === undefined ? resolve() : reject(error)))
      }),
  }
}
