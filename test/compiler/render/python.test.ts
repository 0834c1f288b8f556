import { execFileSync } from "node:child_process"
import { describe, expect, it } from "vitest"
import {
  identifier,
  PyCode,
  py,
  pyCall,
  pyComment,
  pyStr,
  pyUncomment,
} from "../../../compiler/render/python"

const STRINGS = [
  "",
  "plain",
  'double " quote',
  "single ' quote",
  '""" triple """',
  "''' triple '''",
  "back\\slash and \\n literal",
  "trailing backslash \\",
  "new\nline\r\nand\ttab",
  "\u0000\u0001\u001f\u007f\u0085\u00a0",
  "{{ templated }} {% block %} {# c #}",
  'x")\nimport os\n#',
  "grüße данные 数据 🚀",
  "\u2028\u2029\u202e\ufeff",
  "lone \ud800 surrogate",
]

/** Let real Python evaluate the literals and hand them back as JSON (surrogates survive as escapes). */
const pythonEval = (expressions: ReadonlyArray<string>): unknown =>
  JSON.parse(
    execFileSync(
      "python3",
      [
        "-c",
        "import ast, json, sys; print(json.dumps([ast.literal_eval(line) for line in sys.stdin.read().splitlines()]))",
      ],
      { input: expressions.join("\n") },
    ).toString(),
  )

describe("Python escaper", () => {
  it("round-trips hostile strings through Python exactly", () => {
    expect(pythonEval(STRINGS.map(pyStr))).toEqual(STRINGS)
  })

  it("emits printable ASCII only, on one line", () => {
    for (const text of STRINGS) expect(pyStr(text)).toMatch(/^"[\x20-\x7e]*"$/)
    for (const text of STRINGS) expect(pyComment(text)).toMatch(/^[\x20-\x7e]*$/)
  })

  it("reads comments back exactly", () => {
    for (const text of [...STRINGS, "specs/café/данные.yaml"]) expect(pyUncomment(pyComment(text))).toBe(text)
  })

  it("renders JSON-like values as Python literals", () => {
    const value = { a: [1, 2.5, -3e-7, true, false, null], 'b"c': { nested: "x" }, skipped: undefined }
    expect(py(value)).toBe('{"a": [1, 2.5, -3e-7, True, False, None], "b\\"c": {"nested": "x"}}')
    expect(pythonEval([py(value)])).toEqual([
      { a: [1, 2.5, -3e-7, true, false, null], 'b"c': { nested: "x" } },
    ])
  })

  it("renders non-finite numbers as float() calls", () => {
    expect(py([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(
      '[float("nan"), float("inf"), float("-inf")]',
    )
  })

  it("builds calls from escaped parts and refuses non-identifier keywords", () => {
    expect(py(pyCall("Param", ["x"], { type: "string", title: undefined }))).toBe('Param("x", type="string")')
    expect(py(new PyCode("PLAN"))).toBe("PLAN")
    expect(() => identifier("class")).toThrow()
    expect(() => identifier("a-b")).toThrow()
  })
})
