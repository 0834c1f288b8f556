/**
 * What `airspec serve` reads from the environment. The bearer token is required: a service that would
 * answer anyone refuses to start instead. Secrets stay `Redacted` from here on; nothing logs them.
 */
import { Config, ConfigError, Context, Either, Layer, Option, Redacted } from "effect"
import { LlmConfig, type LlmSettings } from "../compiler/llm/config"
import { parseByteSize } from "../compiler/spec/units"
import { brokersOf } from "../runtime/metrics/sink"

export const DEFAULT_MAX_BODY = 1024 * 1024

export interface ServiceSettings {
  /** Every request under /v1 must carry it as `Authorization: Bearer <token>`. */
  readonly token: Redacted.Redacted<string>
  /** The largest request body accepted, in bytes; larger ones get 413 before anything parses them. */
  readonly maxBody: number
  /** The draft job store (the jobs layer connects with it); only its presence is reported here. */
  readonly databaseUrl: Option.Option<Redacted.Redacted<string>>
  /** Kafka bootstrap servers, probed by /readyz; none configured means the probe is skipped. */
  readonly kafkaBrokers: ReadonlyArray<string>
  readonly llm: Option.Option<LlmSettings>
}

const token = Config.redacted("AIRSPEC_SERVICE_TOKEN").pipe(
  Config.mapOrFail((value) =>
    Redacted.value(value).trim() === ""
      ? Either.left(
          ConfigError.InvalidData(
            ["AIRSPEC_SERVICE_TOKEN"],
            "is empty: set it to a long random secret, the bearer token every /v1 request must carry",
          ),
        )
      : Either.right(value),
  ),
)

const maxBody = Config.string("AIRSPEC_SERVICE_MAX_BODY").pipe(
  Config.mapOrFail((text) => {
    const trimmed = text.trim()
    const bytes = /^\d+$/.test(trimmed) ? Number(trimmed) : parseByteSize(trimmed)
    return Number.isSafeInteger(bytes) && bytes > 0
      ? Either.right(bytes)
      : Either.left(
          ConfigError.InvalidData(
            ["AIRSPEC_SERVICE_MAX_BODY"],
            `must be a positive number of bytes, like 1048576 or 1MiB (got ${JSON.stringify(text)})`,
          ),
        )
  }),
  Config.withDefault(DEFAULT_MAX_BODY),
)

export const ServiceConfig: Config.Config<ServiceSettings> = Config.all({
  token,
  maxBody,
  databaseUrl: Config.option(Config.redacted("AIRSPEC_DATABASE_URL")).pipe(
    Config.map(Option.filter((url) => Redacted.value(url).trim() !== "")),
  ),
  kafkaBrokers: Config.string("AIRSPEC_KAFKA_BROKERS").pipe(Config.map(brokersOf), Config.withDefault([])),
  llm: LlmConfig,
})

export class Service extends Context.Tag("airspec/ServiceConfig")<Service, ServiceSettings>() {
  /** From the environment; a missing or empty token fails with a ConfigError that says what to set. */
  static readonly layer = Layer.effect(Service, ServiceConfig)

  static readonly make = (settings: Partial<ServiceSettings> & Pick<ServiceSettings, "token">) =>
    Layer.succeed(Service, {
      maxBody: DEFAULT_MAX_BODY,
      databaseUrl: Option.none(),
      kafkaBrokers: [],
      llm: Option.none(),
      ...settings,
    })
}

/** A configuration error as one line for people: which variable, and what is wrong with it. */
export const describeConfigError = (error: ConfigError.ConfigError): string => {
  const problems: string[] = []
  const nameOf = (path: ReadonlyArray<string>) => [...new Set(path)].join(".")
  const walk = (current: ConfigError.ConfigError): void => {
    switch (current._op) {
      case "And":
      case "Or":
        walk(current.left)
        walk(current.right)
        return
      case "MissingData": {
        const name = nameOf(current.path)
        problems.push(
          name === "AIRSPEC_SERVICE_TOKEN"
            ? "AIRSPEC_SERVICE_TOKEN is not set: set it to a long random secret, the bearer token every /v1 request must carry"
            : // the platform's own message says no more than this, and a missing secret's is redacted
              current.message.startsWith("Expected ") || current.message.includes("<redacted>")
              ? `${name} is not set`
              : `${name}: ${current.message}`,
        )
        return
      }
      case "InvalidData":
      case "SourceUnavailable":
      case "Unsupported": {
        const name = nameOf(current.path)
        problems.push(
          /^(is|must) /.test(current.message) ? `${name} ${current.message}` : `${name}: ${current.message}`,
        )
      }
    }
  }
  walk(error)
  return [...new Set(problems)].join("; ")
}

/** Removes every configured secret from a message, for errors that came from a driver. */
export const scrubSecrets =
  (settings: ServiceSettings) =>
  (message: string): string => {
    const url = Option.map(settings.databaseUrl, Redacted.value)
    const password = Option.flatMap(url, (text) =>
      URL.canParse(text) ? Option.some(decodeURIComponent(new URL(text).password)) : Option.none(),
    )
    const secrets = [Redacted.value(settings.token), ...Option.toArray(url), ...Option.toArray(password)]
      .filter((secret) => secret.length >= 4)
      .sort((a, b) => b.length - a.length)
    return secrets.reduce((text, secret) => text.split(secret).join("<redacted>"), message)
  }
