import { describe, expect, it } from "vitest"
import { compileText, located, VALID } from "../../support"

const errors = (text: string) => compileText(text).diagnostics

describe("shape errors", () => {
  it("accepts the valid base spec", () => {
    expect(errors(VALID)).toEqual([])
  })

  it("points an unknown key at the key and suggests the closest one", () => {
    const diagnostics = errors(VALID.replace('schedule: "@daily"', 'schedul: "@daily"'))
    expect(located(diagnostics)).toEqual(["unknown_key@4:1"])
    const [error] = diagnostics
    expect(error?.path).toBe("schedul")
    expect(error?.message).toContain('"schedule"')
  })

  it("finds unknown keys at every depth in one run", () => {
    const text = VALID.replace("owner: data", "owner: data\nowners: x")
      .replace("table: public.orders,", "tabel: public.orders,")
      .replace("primary_key: [id]", "primary_keys: [id], primary_key: [id]")
      .replace('query: "select 1"', 'query: "select 1", conection: dwh')
    expect(located(errors(text))).toEqual([
      "unknown_key@3:1",
      "unknown_key@13:48",
      "unknown_key@15:61",
      "unknown_key@18:48",
    ])
  })

  it("reports a missing required key at its mapping", () => {
    const diagnostics = errors(VALID.replace("owner: data\n", ""))
    expect(located(diagnostics)).toEqual(["missing_key@1:1"])
    expect(diagnostics[0]?.message).toContain('"owner"')
  })

  it("reports a wrong type at the value", () => {
    expect(located(errors(`${VALID}catchup: "yes"\n`))).toEqual(["invalid_type@18:10"])
  })

  it("suggests the nearest literal for a misspelt enum value", () => {
    const [error] = errors(VALID.replace("write: merge", "write: merg"))
    expect(error?.code).toBe("invalid_value")
    expect(error?.path).toBe("tasks.load.targets[0].write")
    expect(error?.message).toContain('"merge"')
  })

  it("reports refinement failures such as table names that could carry SQL", () => {
    const [error] = errors(VALID.replace("table: raw.orders", 'table: "raw.orders; drop table x"'))
    expect(error?.code).toBe("invalid_value")
    expect(error?.path).toBe("tasks.load.targets[0].table")
  })

  it("explains a task only through the task kind its keys point to", () => {
    const text = VALID.replace(
      'sql: { connection: dwh, query: "select 1" }',
      "sql: { connection: dwh, qery: x }",
    )
    expect(errors(text).map((e) => [e.code, e.path])).toEqual([["unknown_key", "tasks.report.sql.qery"]])
  })

  it("names the task kinds when a task has none of their keys", () => {
    const text = VALID.replace('    sql: { connection: dwh, query: "select 1" }', "    sqll: {}")
    const diagnostics = errors(text)
    expect(diagnostics.map((e) => e.code)).toEqual(["unknown_key"])
  })

  it("picks the check kind by its key", () => {
    const text = VALID.replace(
      '    sql: { connection: dwh, query: "select 1" }',
      "    checks:\n      - row_cont: { connection: dwh, table: t }\n      - unique: { connection: dwh, table: t }",
    )
    expect(errors(text).map((e) => [e.code, e.path])).toEqual([
      ["unknown_key", "tasks.report.checks[0].row_cont"],
      ["missing_key", "tasks.report.checks[1].unique"],
    ])
  })

  it("reports a bad duration with its expected form", () => {
    const [error] = errors(`${VALID}defaults: { retry_delay: 5 minutes }\n`)
    expect(error?.path).toBe("defaults.retry_delay")
    expect(error?.code).toBe("invalid_value")
  })

  it("reports an empty list that must not be empty at the list", () => {
    const text = VALID.replace("primary_key: [id]", "primary_key: []")
    expect(errors(text).map((e) => [e.code, e.path])).toEqual([
      ["invalid_value", "tasks.load.targets[0].primary_key"],
    ])
  })

  it("rejects a top level that is not a mapping", () => {
    expect(errors("- a\n- b\n").map((e) => e.code)).toEqual(["invalid_type"])
    expect(errors("").map((e) => e.code)).toEqual(["invalid_type"])
  })
})
