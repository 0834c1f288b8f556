/** Inputs the reader fuzzer (bench/fuzz/readers.ts) found, kept as tests once fixed. */
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { JsonShapeError, jsonArrayRecords } from "../../runtime/sources/json"

const records = async (text: string, path: string | null) => {
  const out: unknown[] = []
  for await (const item of jsonArrayRecords(Readable.from([Buffer.from(text)]), path)) out.push(item)
  return out
}

describe("reader fuzz regressions", () => {
  it("a control character in a key outside the records is a JsonShapeError, not a SyntaxError", async () => {
    const error = await records('{"da\u0001ta": {"items": [{"id": 1}]}}', "data.items").catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(JsonShapeError)
    expect((error as Error).message).toContain("malformed")
  })
})
