/**
 * Connection URIs as the operator hands them over (one environment variable each), turned into what the
 * clients need. Credentials stay Redacted until the moment a client is built, and never reach a message.
 */
import { Effect, Redacted } from "effect"
import type { ConnectionPlan } from "../compiler/plan/plan"
import { TaskFailed } from "./errors"

export const connectionUri = (
  connections: Readonly<Record<string, Redacted.Redacted<string>>>,
  name: string,
): Effect.Effect<Redacted.Redacted<string>, TaskFailed> => {
  const uri = connections[name]
  return uri === undefined
    ? Effect.fail(
        new TaskFailed({ reason: "context", retryable: false, message: `no URI for connection ${name}` }),
      )
    : Effect.succeed(uri)
}

export interface HttpEndpoint {
  /** The base URL without credentials. */
  readonly base: string
  /** Headers that carry the credentials, per the connection's `auth`. */
  readonly headers: Readonly<Record<string, Redacted.Redacted<string>>>
}

/**
 * `https://user:secret@host/base` → base `https://host/base` and the auth header the plan asks for:
 * basic (user and password), bearer (the password is the token) or a named header carrying the password.
 */
export const httpEndpoint = (
  uri: Redacted.Redacted<string>,
  connection: ConnectionPlan | null,
): Effect.Effect<HttpEndpoint, TaskFailed> =>
  Effect.try({
    try: () => {
      const url = new URL(Redacted.value(uri))
      // anything else would be named in messages as it is, credentials and all
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)")
      return endpointOf(url, connection)
    },
    catch: () =>
      new TaskFailed({
        reason: "config",
        retryable: false,
        message: "an HTTP connection's URI is not an http(s) URL with percent-encoded credentials",
      }),
  })

const endpointOf = (url: URL, connection: ConnectionPlan | null): HttpEndpoint => {
  const user = decodeURIComponent(url.username)
  const secret = decodeURIComponent(url.password)
  url.username = ""
  url.password = ""
  const headers: Record<string, Redacted.Redacted<string>> = {}
  const auth = connection?.auth ?? "none"
  if (auth === "basic") {
    headers.authorization = Redacted.make(`Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`)
  } else if (auth === "bearer") {
    headers.authorization = Redacted.make(`Bearer ${secret}`)
  } else if (auth === "header" && connection?.auth_header) {
    headers[connection.auth_header.toLowerCase()] = Redacted.make(secret)
  }
  return { base: url.toString().replace(/\/$/, ""), headers }
}

/**
 * The credential headers a request to `url` may carry: the endpoint's own, on the endpoint's origin only.
 * A path, a next-page link, an export's download link or a redirect that leads to another host (or to
 * plain http) gets none, so a connection's secret never reaches a server it was not given for.
 */
export const credentialsFor = (
  endpoint: HttpEndpoint,
  url: string,
): Readonly<Record<string, Redacted.Redacted<string>>> => {
  try {
    return new URL(url).origin === new URL(endpoint.base).origin ? endpoint.headers : {}
  } catch {
    return {}
  }
}

/** `base` + `path`, keeping the base's own path (`https://h/api` + `/x` is `https://h/api/x`). */
export const joinUrl = (base: string, path: string): string =>
  /^https?:\/\//i.test(path) ? path : `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
