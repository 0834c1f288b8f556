/** Specs the spec fuzzer (bench/fuzz/specs.ts) found, kept as tests once fixed. */

import { afterEach, describe, expect, it, vi } from "vitest"
import { Alias } from "yaml"
import { MAX_ENTRIES } from "../../compiler/parse/prescan"
import { parseYaml } from "../../compiler/parse/yaml"
import { compileText, located, VALID } from "../support"

const errorsOf = (text: string) => {
  const result = parseYaml("spec.yaml", text)
  if (result.ok) throw new Error("expected the YAML to be rejected")
  return result.errors
}

const parsedValue = (text: string) => {
  const result = parseYaml("spec.yaml", text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.yaml.value
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe("spec fuzz regressions", () => {
  it("a parser message quoting text with bare \\r line breaks stays one short line", () => {
    // fuzz mutant: the example spec with \r line ends and an anchor on the pipeline id
    const text =
      "# header\rpipeline: &a shop\npipeline_x: &a other\npipeline_y: *a\rdescription: |\r  Nightly load.\r\r  More text.\r"
    const errors = errorsOf(text)
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) {
      expect(error.message).not.toMatch(/[\r\n]/)
      expect(error.message.length).toBeLessThan(300)
    }
    expect(errors.some((error) => error.message.includes("\\u000d"))).toBe(true)
  })

  it("a megabyte of list items is refused before parsing, at the line that passes the limit", () => {
    // fuzz mutant: `tags: [a,a,…]` of 500,000 items took seconds and over 512 MiB in `airspec check`
    const text = VALID.replace('schedule: "@daily"', `schedule: "@daily"\ntags: [${"a,".repeat(500_000)}a]`)
    expect(located(errorsOf(text))).toEqual(["yaml_too_large@5:1"])
    const lines = `${VALID}${Array.from({ length: MAX_ENTRIES }, (_, i) => `k${i}: 1`).join("\n")}\n`
    expect(errorsOf(lines).map((error) => error.code)).toEqual(["yaml_too_large"])
  })

  it("text in block scalars and quoted strings does not count towards the entries", () => {
    const long = "  x,y\n".repeat(MAX_ENTRIES + 10)
    const spec = VALID.replace("owner: data", `owner: data\ndescription: |\n${long}`)
    expect(located(compileText(spec).diagnostics)).toEqual([])
    const quoted = VALID.replace("owner: data", `owner: data\ndescription: "[${"a, ".repeat(MAX_ENTRIES)}]"`)
    expect(located(compileText(quoted).diagnostics)).toEqual([])
  })

  it("aliases resolve without yaml's walk of the whole document per alias", () => {
    // fuzz mutant: a 12-level alias bomb of width 2 before the kitchen sink spec took 2 to 6 s
    const resolve = vi.spyOn(Alias.prototype, "resolve")
    const bomb = ['a: &a ["lol","lol"]']
    for (let level = 1; level < 12; level++)
      bomb.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)}]`,
      )
    expect(located(errorsOf(`${bomb.join("\n")}\n${VALID}`))).toEqual(["yaml_alias_limit@1:8"])
    expect(resolve).not.toHaveBeenCalled()
  })

  it("an alias refers to the last anchor of its name before it, keys included", () => {
    expect(parsedValue("a: &x 1\nb: *x\nc: &x [2]\nd: *x\n")).toEqual({ a: 1, b: 1, c: [2], d: [2] })
    expect(parsedValue("&k key: 1\nother: *k\n")).toEqual({ key: 1, other: "key" })
    expect(errorsOf("a: *x\nb: &x 1\n")[0]?.message).toContain("no anchor before it")
    expect(errorsOf("body: &loop { a: *loop }\n")[0]?.code).toBe("yaml_too_deep")
  })

  it("a cycle of thousands of tasks, or of long task ids, is reported in one short line", () => {
    // fuzz mutant: a 15,000-task cycle gave a dependency_cycle message of 123,910 characters
    const head = VALID.slice(0, VALID.indexOf("tasks:"))
    const chain = (ids: ReadonlyArray<string>) =>
      `${head}tasks:\n${ids.map((id, i) => `  ${id}: {sql: {connection: dwh, query: x}, depends_on: [${ids[(i + ids.length - 1) % ids.length]}]}`).join("\n")}\n`
    const long = compileText(chain(Array.from({ length: 15_000 }, (_, i) => `t${i}`))).diagnostics
    expect(long.map((d) => d.code)).toEqual(["dependency_cycle"])
    expect(long[0]?.message).toMatch(/^dependency cycle: t0 → t14999 → .* → … → .* \(15000 tasks\)$/)
    expect(long[0]?.message.length).toBeLessThan(200)
    const wide = compileText(chain(["a".repeat(100), "b".repeat(100)])).diagnostics
    expect(wide.map((d) => d.code)).toEqual(["dependency_cycle"])
    expect(wide[0]?.message.length).toBeLessThan(200)
    const short = compileText(chain(["a", "b", "c"])).diagnostics
    expect(short[0]?.message).toBe("dependency cycle: a → c → b → a")
  })

  it("user text in messages is cut short: param defaults, enums, SQL paths, table names", () => {
    // fuzz mutants: a 100 KB array param default gave a message of 150,048 characters, a 10 KB SQL path
    // one of 10,108
    const huge = "x".repeat(100_000)
    const head = VALID.slice(0, VALID.indexOf("tasks:"))
    const specs = [
      `${head}params:\n  s: { type: array, items: { type: string, enum: [a, b] }, default: [a, ${huge}] }\n${VALID.slice(VALID.indexOf("tasks:"))}`,
      `${head}params:\n  s: { type: string, enum: [${Array.from({ length: 5_000 }, (_, i) => `v${i}`).join(", ")}], default: ${huge} }\n${VALID.slice(VALID.indexOf("tasks:"))}`,
      VALID.replace('query: "select 1"', `file: sql/${huge}.sql`),
      VALID.replace(
        "      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }",
        `      - { connection: dwh, table: ${huge}, write: merge, primary_key: [id] }\n      - { connection: dwh, table: ${huge}, write: merge, primary_key: [id] }`,
      ).replace("load:\n", "load:\n    mask: { id: null }\n"),
    ]
    for (const spec of specs) {
      const diagnostics = compileText(spec).diagnostics
      expect(diagnostics.length).toBeGreaterThan(0)
      for (const d of diagnostics)
        expect(d.message.length, `${d.code}: ${d.message.slice(0, 100)}`).toBeLessThan(1_000)
    }
  })

  it("an unknown key that is an anagram of a known one is still suggested", () => {
    const unknown = compileText(VALID.replace("owner: data", "onwer: data")).diagnostics.find(
      (d) => d.code === "unknown_key",
    )
    expect(unknown?.message).toContain('did you mean "owner"')
  })
})
