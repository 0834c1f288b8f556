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
    expect(error?.code).toBe("yaml_syntax")
    expect(error?.line).toBeGreaterThanOrEqual(2)
  })

  it("rejects duplicate keys at the second occurrence", () => {
    const errors = errorsOf("pipeline: a\nowner: b\npipeline: c\n")
    expect(errors.map((e) => [e.code, e.line, e.col])).toEqual([["yaml_syntax", 3, 1]])
    expect(errors[0]?.message).toContain("DUPLICATE_KEY")
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
