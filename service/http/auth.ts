/**
 * Bearer-token authorization for every /v1 endpoint: the header must be `Bearer <token>` with the token of
 * AIRSPEC_SERVICE_TOKEN. Both sides are hashed before a constant-time comparison, so neither the token's
 * length nor its prefix shows in the response time.
 */
import { createHash, timingSafeEqual } from "node:crypto"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import { Effect, Layer, Redacted } from "effect"
import { Authorization, Unauthorized } from "../api"
import { Service } from "../config"

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest()

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i

export const AuthorizationLive = Layer.effect(
  Authorization,
  Effect.gen(function* () {
    const { token } = yield* Service
    const expected = digest(Redacted.value(token))
    return Authorization.of({
      // The platform hands over the header minus its first 7 characters, whatever they were: the
      // header is read again here to insist on the Bearer scheme.
      bearer: () =>
        Effect.gen(function* () {
          const request = yield* HttpServerRequest.HttpServerRequest
          const header = request.headers.authorization
          if (header === undefined || header.trim() === "")
            return yield* new Unauthorized({ message: "missing Authorization: Bearer <token>" })
          const presented = BEARER.exec(header)?.[1]
          if (presented === undefined)
            return yield* new Unauthorized({ message: "the Authorization header must be Bearer <token>" })
          if (!timingSafeEqual(digest(presented), expected))
            return yield* new Unauthorized({ message: "wrong bearer token" })
        }),
    })
  }),
)
