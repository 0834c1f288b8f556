/**
 * The one place where values become Python source. Strings are always double-quoted and pure ASCII:
 * quotes, backslashes, control characters, non-ASCII and lone surrogates are escaped, so no spec value
 * can end a literal, start a statement or change how the file is decoded.
 */

/** Python code that is already safe, e.g. `datetime.timedelta(seconds=300)`, built from escaped parts. */
export class PyCode {
  constructor(readonly code: string) {}
}

export type PyValue =
  | PyCode
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<PyValue>
  | { readonly [key: string]: PyValue | undefined }

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
}

export const pyStr = (text: string): string => `"${escapeChars(text)}"`

const escapeChars = (text: string): string => {
  let out = ""
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    const unit = text.charCodeAt(index)
    const simple = SIMPLE_ESCAPES[char]
    if (simple !== undefined) out += simple
    else if (unit >= 0x20 && unit <= 0x7e) out += char
    else if (unit < 0x100) out += `\\x${hex(unit, 2)}`
    else {
      const point = text.codePointAt(index) as number
      if (point > 0xffff) {
        out += `\\U${hex(point, 8)}`
        index++
      } else out += `\\u${hex(point, 4)}`
    }
  }
  return out
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, "0")

export const pyNumber = (value: number): string => {
  if (Number.isNaN(value)) return 'float("nan")'
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : 'float("-inf")'
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0)
  return String(value)
}

/** Any JSON-like value as a Python expression; object keys keep their order, `undefined` entries are dropped. */
export const py = (value: PyValue): string => {
  if (value instanceof PyCode) return value.code
  if (value === null) return "None"
  if (typeof value === "boolean") return value ? "True" : "False"
  if (typeof value === "number") return pyNumber(value)
  if (typeof value === "string") return pyStr(value)
  if (Array.isArray(value)) return `[${value.map(py).join(", ")}]`
  const entries = Object.entries(value as Record<string, PyValue | undefined>).filter(
    ([, v]) => v !== undefined,
  )
  return `{${entries.map(([key, v]) => `${pyStr(key)}: ${py(v as PyValue)}`).join(", ")}}`
}

/**
 * A dict written one entry per line, for the values people read in review (default_args, params):
 * `indent` is the indentation of the line the dict starts on.
 */
export const pyDictLines = (
  record: Readonly<Record<string, PyValue | undefined>>,
  indent: number,
): PyCode => {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined)
  if (entries.length === 0) return new PyCode("{}")
  const inner = " ".repeat(indent + 4)
  const lines = entries.map(([key, value]) => `${inner}${pyStr(key)}: ${py(value as PyValue)},`)
  return new PyCode(`{\n${lines.join("\n")}\n${" ".repeat(indent)}}`)
}

/** A call with positional and keyword arguments; keyword names must be Python identifiers. */
export const pyCall = (
  callee: string,
  args: ReadonlyArray<PyValue>,
  kwargs: Readonly<Record<string, PyValue | undefined>> = {},
): PyCode => {
  const keyword = Object.entries(kwargs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${identifier(name)}=${py(value as PyValue)}`)
  return new PyCode(`${callee}(${[...args.map(py), ...keyword].join(", ")})`)
}

/** Text for a `#` comment: one line, printable ASCII (the rest escaped like a string literal). */
export const pyComment = (text: string): string => escapeChars(text)

const UNESCAPES: Readonly<Record<string, string>> = { "\\": "\\", '"': '"', n: "\n", r: "\r", t: "\t" }

/** The inverse of `pyComment`: reads a path back from a generated file's header. */
export const pyUncomment = (text: string): string =>
  text.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|[\\"nrt])/g, (_, sequence: string) =>
    sequence.length === 1
      ? (UNESCAPES[sequence] as string)
      : String.fromCodePoint(Number.parseInt(sequence.slice(1), 16)),
  )

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
)

export const identifier = (name: string): string => {
  if (!IDENTIFIER.test(name) || KEYWORDS.has(name))
    throw new Error(`not a Python identifier: ${JSON.stringify(name)}`)
  return name
}
