import { describe, expect, it } from "vitest"
import { MAX_SPEC_BYTES, parseYaml } from "../../../compiler/parse/yaml"

const errorsOf = (text: string) => {
  const result = parseYaml("spec.yaml", text)
  if (result.ok) throw new Error("expected the YAML to be rejected")
  return result.errors
}

describe("parseYaml", () => {
  it("locates syntax errors", () => {
    const [error] = errorsOf("pipeline: a\ntasks: [unclosed\nowner: b\n")
    expect([error?.code, error?.line, error?.col]).toEqual(["yaml_syntax", 3, 1])
  })

  it("rejects duplicate keys at the second occurrence", () => {
    const errors = errorsOf("pipeline: a\nowner: b\npipeline: c\n")
    expect(errors.map((e) => [e.code, e.line, e.col])).toEqual([["yaml_syntax", 3, 1]])
  })

  it("rejects tab indentation", () => {
    const errors = errorsOf("tasks:\n\ta: 1\n")
    expect(errors[0]?.code).toBe("yaml_syntax")
    expect(errors[0]?.line).toBe(2)
  })

  it("stops alias bombs", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`)
    }
    const errors = errorsOf(`${levels.join("\n")}\n`)
    expect(errors[0]?.code).toBe("yaml_alias_limit")
  })

  it("refuses documents over the size cap before parsing", () => {
    const errors = errorsOf(`description: "${"x".repeat(MAX_SPEC_BYTES)}"\n`)
    expect(errors.map((e) => e.code)).toEqual(["yaml_too_large"])
  })

  it("refuses deep nesting without overflowing the stack", () => {
    const deepFlow = `${"[".repeat(50_000)}${"]".repeat(50_000)}`
    expect(errorsOf(deepFlow)[0]?.code).toBe("yaml_too_deep")
    const deepBlock = Array.from({ length: 200 }, (_, depth) => `${"  ".repeat(depth)}k${depth}:`).join("\n")
    expect(errorsOf(`${deepBlock} end\n`)[0]?.code).toBe("yaml_too_deep")
  })

  it('compares keys as text, so 1 and "1" are duplicates', () => {
    expect(errorsOf('columns:\n  1: int\n  "1": text\n').map((e) => [e.code, e.line, e.col])).toEqual([
      ["yaml_syntax", 3, 3],
    ])
  })

  it("rejects keys that are not text", () => {
    expect(errorsOf("a: 1\n~: 2\n").map((e) => [e.code, e.line, e.col])).toEqual([["yaml_syntax", 2, 1]])
    expect(errorsOf("a: 1\n? [x, y]\n: 2\n").map((e) => [e.code, e.line])).toEqual([["yaml_syntax", 2]])
  })

  it("rejects an alias that refers to itself", () => {
    expect(errorsOf("body: &loop { a: *loop }\n")[0]?.code).toBe("yaml_too_deep")
    expect(errorsOf("body: &loop { a: *loop, b: *loop, c: *loop }\n")[0]?.code).toBe("yaml_too_deep")
  })

  it("rejects an alias without an anchor", () => {
    expect(errorsOf("a: *nope\n").map((e) => e.code)).toEqual(["yaml_syntax"])
  })

  it("accepts YAML 1.2 only", () => {
    expect(errorsOf("%YAML 1.1\n---\nstart: 2025-01-01\n")[0]?.code).toBe("yaml_syntax")
  })

  it("summarises files with very many problems", () => {
    const errors = errorsOf("]\n".repeat(10_000))
    expect(errors.length).toBe(51)
    expect(errors[50]?.code).toBe("too_many_errors")
  })

  it("parses a 1 MiB mapping without quadratic key checks", () => {
    const keys = Array.from({ length: 80_000 }, (_, index) => `k${index}: 1`).join("\n")
    const result = parseYaml("spec.yaml", `${keys}\n`)
    expect(result.ok).toBe(true)
  })

  it("does not count brackets inside block scalars as nesting", () => {
    const sql = `query: |\n  select ${"[".repeat(300)}\nnext: 1\n`
    expect(parseYaml("spec.yaml", sql).ok).toBe(true)
  })

  it("rejects several documents in one file", () => {
    expect(errorsOf("pipeline: a\n---\npipeline: b\n")[0]?.code).toBe("yaml_syntax")
  })

  it("maps paths back to keys and values", () => {
    const result = parseYaml("spec.yaml", "pipeline: a\ntasks:\n  load:\n    source: { kind: file }\n")
    if (!result.ok) throw new Error("valid YAML rejected")
    const { locate } = result.yaml
    expect(locate(["tasks", "load"], "key")).toEqual({ line: 3, col: 3 })
    expect(locate(["tasks", "load", "source", "kind"])).toEqual({ line: 4, col: 21 })
    // a missing key points at the deepest mapping that exists
    expect(locate(["tasks", "load", "targets"])).toEqual({ line: 4, col: 5 })
  })

  it("reads CRLF files with the same positions", () => {
    const result = parseYaml("spec.yaml", "pipeline: a\r\nowner: b\r\n")
    if (!result.ok) throw new Error("valid YAML rejected")
    expect(result.yaml.locate(["owner"])).toEqual({ line: 2, col: 8 })
  })
})
