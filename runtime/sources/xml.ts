/**
 * XML files as records, streamed: a byte-level scanner follows the element path (skipping comments,
 * CDATA, processing instructions and quoted attribute values), cuts out each element at `record_path`
 * (e.g. `stock.item`) and fast-xml-parser turns that element alone into an object. Values stay text;
 * attributes carry the plan's prefix (default `@_`), an element's own text next to attributes is `#text`.
 */
import { XMLParser } from "fast-xml-parser"
import { gathered } from "./gather"
import type { RecordItem } from "./records"

const LT = 60
const GT = 62

export class XmlShapeError extends Error {
  readonly _tag = "XmlShapeError"
}

export async function* xmlRecords(
  input: AsyncIterable<Buffer>,
  recordPath: string,
  attributePrefix: string,
): AsyncGenerator<RecordItem> {
  const wanted = recordPath.split(".")
  const recordName = wanted[wanted.length - 1] as string
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: attributePrefix,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
  })
  const stack: string[] = []
  let buffer: Buffer = Buffer.alloc(0)
  let recordStart = -1
  let scanned = 0

  for await (const piece of gathered(input, () => buffer.length)) {
    buffer = buffer.length === 0 ? piece : Buffer.concat([buffer, piece])
    let i = scanned
    for (;;) {
      const open = buffer.indexOf(LT, i)
      if (open < 0) {
        i = buffer.length
        break
      }
      const end = markupEnd(buffer, open)
      if (end < 0) {
        i = open
        break
      }
      const second = buffer[open + 1]
      i = end
      if (second === 33 /* ! */ || second === 63 /* ? */) continue
      const tag = buffer.toString("utf8", open + 1, end - 1)
      if (tag.startsWith("/")) {
        const name = tag.slice(1).trim()
        if (recordStart >= 0 && stack.length === wanted.length && name === recordName) {
          yield toRecord(parser, recordName, buffer.toString("utf8", recordStart, end))
          recordStart = -1
        }
        stack.pop()
        continue
      }
      const name = /^[^\s/>]+/.exec(tag)?.[0] ?? ""
      const selfClosing = tag.endsWith("/")
      stack.push(name)
      if (recordStart < 0 && stack.length === wanted.length && stack.every((part, k) => part === wanted[k])) {
        if (selfClosing) {
          yield toRecord(parser, recordName, buffer.toString("utf8", open, end))
        } else recordStart = open
      }
      if (selfClosing) stack.pop()
    }
    // keep the current record (or the unfinished markup) and drop the rest
    const keep = recordStart >= 0 ? recordStart : i
    if (recordStart >= 0) recordStart -= keep
    scanned = i - keep
    buffer = buffer.subarray(keep)
  }
  if (recordStart >= 0) throw new XmlShapeError(`the XML ends inside a <${recordName}> element`)
}

const toRecord = (parser: XMLParser, name: string, text: string): RecordItem => {
  try {
    const parsed = parser.parse(text) as Record<string, unknown>
    const value = parsed[name]
    return {
      kind: "record",
      value: typeof value === "object" && value !== null ? value : { "#text": value ?? null },
    }
  } catch (error) {
    return { kind: "bad", reason: `not well-formed XML: ${(error as Error).message}`, raw: text }
  }
}

/** The position after the markup starting at `<` (`open`), or -1 when it is not complete yet. */
const markupEnd = (buffer: Buffer, open: number): number => {
  if (buffer.toString("latin1", open, open + 4) === "<!--") {
    const end = buffer.indexOf("-->", open + 4)
    return end < 0 ? -1 : end + 3
  }
  if (buffer.toString("latin1", open, open + 9) === "<![CDATA[") {
    const end = buffer.indexOf("]]>", open + 9)
    return end < 0 ? -1 : end + 3
  }
  let quote = 0
  for (let i = open + 1; i < buffer.length; i++) {
    const c = buffer[i] as number
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === GT) return i + 1
  }
  return -1
}
