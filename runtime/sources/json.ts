/**
 * JSON and NDJSON files as records, streamed: NDJSON line by line; a JSON document by a byte-level scanner
 * that finds the records array (the document itself, or the array at `records_path` such as
 * `data.items`) and cuts out one element at a time. Each record is parsed with lossless-json, so numbers
 * keep every digit.
 */
import { parse } from "lossless-json"
import { gathered } from "./gather"
import type { RecordItem } from "./records"

const NL = 10

/**
 * Records nested deeper than this are quarantined: parsing one and writing its values back as JSON text
 * recurse once per level, and a few thousand levels overflow the stack (a RangeError, not a bad row).
 */
export const MAX_RECORD_DEPTH = 512

/** True when brackets outside strings nest deeper than MAX_RECORD_DEPTH. */
const tooDeep = (text: string): boolean => {
  if (text.length <= MAX_RECORD_DEPTH) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > MAX_RECORD_DEPTH) return true
    } else if (c === 93 || c === 125) depth--
  }
  return false
}

const parseRecord = (text: string): RecordItem => {
  if (tooDeep(text))
    return { kind: "bad", reason: `nested more than ${MAX_RECORD_DEPTH} levels deep`, raw: text }
  try {
    return { kind: "record", value: parse(text) }
  } catch (error) {
    return { kind: "bad", reason: `not JSON: ${(error as Error).message}`, raw: text }
  }
}

export async function* ndjsonRecords(input: AsyncIterable<Buffer>): AsyncGenerator<RecordItem> {
  let pending: Buffer = Buffer.alloc(0)
  for await (const piece of gathered(input, () => pending.length)) {
    pending = pending.length === 0 ? piece : Buffer.concat([pending, piece])
    let start = 0
    let end = pending.indexOf(NL, start)
    while (end >= 0) {
      const line = pending.toString("utf8", start, end).trim()
      if (line !== "") yield parseRecord(line)
      start = end + 1
      end = pending.indexOf(NL, start)
    }
    pending = pending.subarray(start)
  }
  const last = pending.toString("utf8").trim()
  if (last !== "") yield parseRecord(last)
}

export class JsonShapeError extends Error {
  readonly _tag = "JsonShapeError"
}

/** A key outside the records, which must be a JSON string: the document is malformed when it is not. */
const keyText = (quoted: string): string => {
  try {
    return JSON.parse(quoted) as string
  } catch {
    throw new JsonShapeError(
      `the JSON document is malformed: ${JSON.stringify(quoted.slice(0, 40))} is not a valid key`,
    )
  }
}

/**
 * Streams the elements of the array at `path` (keys separated by dots; null: the top-level value).
 * The scanner tracks strings, nesting and the key path; it never holds more than one element.
 */
export async function* jsonArrayRecords(
  input: AsyncIterable<Buffer>,
  path: string | null,
): AsyncGenerator<RecordItem> {
  const wanted = path === null || path === "" ? [] : path.split(".")
  const keys: Array<string | null> = [] // per open container: the current key (objects) or null (arrays)
  const kinds: number[] = [] // per open container: 123 `{` or 91 `[`
  let inString = false
  let escaped = false
  let keyStart = -1 // offset in `buffer` of the string being read when it may be a key
  let expectingKey = false
  let pendingKey: string | null = null
  let arrayDepth = -1 // depth of the records array once found
  let elementStart = -1
  let found = false
  let buffer: Buffer = Buffer.alloc(0)

  for await (const piece of gathered(input, () => buffer.length)) {
    const offset = buffer.length
    buffer = buffer.length === 0 ? piece : Buffer.concat([buffer, piece])
    for (let i = offset; i < buffer.length; i++) {
      const c = buffer[i] as number
      if (inString) {
        if (escaped) escaped = false
        else if (c === 92) escaped = true
        else if (c === 34) {
          inString = false
          if (keyStart >= 0) {
            pendingKey = keyText(buffer.toString("utf8", keyStart, i + 1))
            keyStart = -1
          }
        }
        continue
      }
      if (c === 34) {
        inString = true
        keyStart = expectingKey && arrayDepth < 0 ? i : -1
        continue
      }
      if (c === 58 /* : */) {
        if (kinds.length > 0 && kinds[kinds.length - 1] === 123) keys[keys.length - 1] = pendingKey
        expectingKey = false
        continue
      }
      if (c === 44 /* , */) {
        if (kinds[kinds.length - 1] === 123) expectingKey = true
        if (arrayDepth >= 0 && kinds.length === arrayDepth + 1 && elementStart >= 0) {
          yield parseRecord(buffer.toString("utf8", elementStart, i).trim())
          elementStart = i + 1
        }
        continue
      }
      if (c === 123 || c === 91) {
        if (arrayDepth < 0 && c === 91 && !found && atPath(keys, kinds, wanted)) {
          arrayDepth = kinds.length
          found = true
          elementStart = i + 1
        }
        kinds.push(c)
        keys.push(null)
        expectingKey = c === 123
        continue
      }
      if (c === 125 || c === 93) {
        if (arrayDepth >= 0 && kinds.length === arrayDepth + 1 && c === 93) {
          const last = buffer.toString("utf8", elementStart, i).trim()
          if (last !== "") yield parseRecord(last)
          arrayDepth = -1
          elementStart = -1
        }
        kinds.pop()
        keys.pop()
        expectingKey = false
      }
    }
    // Drop what no element needs any more.
    const keep = elementStart >= 0 ? elementStart : keyStart >= 0 ? keyStart : buffer.length
    if (elementStart >= 0) elementStart -= keep
    if (keyStart >= 0) keyStart -= keep
    buffer = buffer.subarray(keep)
  }
  if (!found) {
    throw new JsonShapeError(
      wanted.length === 0
        ? "the JSON document is not an array"
        : `no array at records_path ${JSON.stringify(path)}`,
    )
  }
}

/** True when the next value opened sits at `wanted` (the keys of the enclosing objects, outermost first). */
const atPath = (
  keys: ReadonlyArray<string | null>,
  kinds: ReadonlyArray<number>,
  wanted: ReadonlyArray<string>,
) => {
  if (kinds.length !== wanted.length) return false
  for (let i = 0; i < wanted.length; i++) if (kinds[i] !== 123 || keys[i] !== wanted[i]) return false
  return true
}
