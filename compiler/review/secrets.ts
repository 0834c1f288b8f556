/**
 * literal_secret: credentials written into a spec. Found in the text (URIs with a password, Bearer and
 * Basic values, well-known token shapes, PEM private keys; comments included) and in the YAML (values of
 * keys named like password, token or api_key). Airflow templates and environment references are not
 * secrets. The same finder redacts what goes to a model.
 */
import { locate, type SpecVersion, specValue } from "./diff"
import { type Finding, finding, type Rule } from "./finding"
import { nameWords } from "./pii"
import { isRecord, type SpecPath } from "./spec-view"

export interface Secret {
  readonly kind: string
  /** The secret itself: never print it. */
  readonly value: string
  /** Offsets of the secret in the spec text. */
  readonly start: number
  readonly end: number
  readonly line: number
  readonly col: number
}

interface TextPattern {
  readonly kind: string
  readonly pattern: RegExp
  /** The group that holds the secret (0: the whole match). */
  readonly group: number
  readonly plausible?: (value: string) => boolean
}

/** "Bearer authentication" in prose is not a token: tokens have digits or are long. */
const tokenLike = (value: string) => /\d/.test(value) || value.length >= 24

const TEXT_PATTERNS: ReadonlyArray<TextPattern> = [
  { kind: "password in a URI", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@'"]+:([^\s/?#@'"]+)@/gi, group: 1 },
  { kind: "AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, group: 0 },
  {
    kind: "GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g,
    group: 0,
  },
  { kind: "API key (sk-…)", pattern: /\bsk-[A-Za-z0-9_-]{20,}/g, group: 0 },
  { kind: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, group: 0 },
  {
    kind: "private key",
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----)?/g,
    group: 0,
  },
  { kind: "Bearer token", pattern: /\bBearer\s+([A-Za-z0-9._~+/=-]{8,})/g, group: 1, plausible: tokenLike },
  { kind: "Basic credentials", pattern: /\bBasic\s+([A-Za-z0-9+/=]{8,})/g, group: 1, plausible: tokenLike },
]

const SECRET_WORDS = new Set(["password", "passwd", "pwd", "secret", "token", "apikey", "authorization"])
const SECRET_PAIRS = ["api key", "access key", "private key", "secret key"]

/** Keys whose value is a credential: `password`, `db_password`, `api_key`, `X-Api-Key`, `accessToken`. */
export const isSecretKey = (key: string): boolean => {
  const words = nameWords(key)
  const last = words.at(-1) ?? ""
  return SECRET_WORDS.has(last) || SECRET_PAIRS.includes(words.slice(-2).join(" "))
}

/** Airflow templates, environment references and obvious placeholders hold no secret. */
const isReference = (value: string): boolean =>
  value.includes("{{") ||
  value.includes("{%") ||
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value) ||
  /^env:/i.test(value) ||
  /^(\*+|<[^>]*>)$/.test(value)

const lineStarts = (text: string): ReadonlyArray<number> => {
  const starts = [0]
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    starts.push(index + 1)
  return starts
}

const positionOf = (starts: ReadonlyArray<number>, offset: number) => {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, col: offset - (starts[low] ?? 0) + 1 }
}

/** Values under secret-named keys, anywhere in the spec, with their paths. */
const secretValues = (value: unknown, path: SpecPath = []): Array<readonly [SpecPath, string, string]> => {
  if (Array.isArray(value)) return value.flatMap((item, index) => secretValues(item, [...path, index]))
  if (!isRecord(value)) return []
  return Object.entries(value).flatMap(([key, item]) => {
    const at = [...path, key]
    if (isSecretKey(key) && (typeof item === "string" || typeof item === "number")) {
      const text = String(item).trim()
      return text === "" || isReference(text) ? [] : [[at, key, text] as const]
    }
    return secretValues(item, at)
  })
}

export const findSecrets = (spec: SpecVersion): ReadonlyArray<Secret> => {
  const text = spec.text
  const starts = lineStarts(text)
  const found: Secret[] = []
  const add = (kind: string, value: string, start: number) => {
    const end = start + value.length
    if (found.some((other) => start < other.end && other.start < end)) return
    found.push({ kind, value, start, end, ...positionOf(starts, start) })
  }
  for (const { kind, pattern, group, plausible } of TEXT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = match[group]
      if (value === undefined || isReference(value) || plausible?.(value) === false) continue
      add(kind, value, (match.index ?? 0) + match[0].lastIndexOf(value))
    }
  }
  for (const [path, key, value] of secretValues(specValue(spec))) {
    const at = locate(spec, path)
    const offset = (starts[at.line - 1] ?? 0) + at.col - 1
    const index = text.indexOf(value, offset)
    // a folded or escaped scalar is not written as its value: take the rest of the line
    const start = index !== -1 && index <= offset + 2 ? index : offset
    const end = index !== -1 && index <= offset + 2 ? index + value.length : text.indexOf("\n", offset)
    add(`value of ${key}`, text.slice(start, end === -1 ? text.length : end), start)
  }
  return found.sort((a, b) => a.start - b.start)
}

/** A hint of which secret is meant, without giving it away. */
export const maskSecret = (value: string): string => (value.length >= 8 ? `${value.slice(0, 2)}…` : "…")

/** The text with every secret the finder sees replaced by `<redacted>`. */
export const redactSecrets = (text: string, secrets: ReadonlyArray<Secret>): string => {
  let redacted = text
  for (const secret of [...secrets].sort((a, b) => b.start - a.start))
    redacted = `${redacted.slice(0, secret.start)}<redacted>${redacted.slice(secret.end)}`
  // the same secret written again elsewhere (a comment, another key)
  for (const secret of secrets)
    if (secret.value.length >= 6) redacted = redacted.split(secret.value).join("<redacted>")
  return redacted
}

export const literalSecret: Rule = ({ pairs }) =>
  pairs.flatMap((pair): Finding[] => {
    if (pair.head === undefined) return []
    const known = new Set(pair.base === undefined ? [] : findSecrets(pair.base).map((secret) => secret.value))
    const head = pair.head
    return findSecrets(head)
      .filter((secret) => !known.has(secret.value))
      .map((secret) =>
        finding(
          "literal_secret",
          { file: head.path, line: secret.line, col: secret.col },
          `literal secret (${secret.kind}, ${maskSecret(secret.value)}) in the spec: keep credentials in the Airflow connection or an Airflow variable ({{ var.value.… }}), and rotate this one: it is in the git history`,
        ),
      )
  })
