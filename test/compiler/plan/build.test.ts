import { describe, expect, it } from "vitest"
import { parseByteSize, parseDuration } from "../../../compiler/spec/units"
import { compileText, VALID } from "../../support"

const planOf = (text: string) => {
  const outcome = compileText(text)
  if (outcome.plan === undefined) throw new Error(JSON.stringify(outcome.diagnostics))
  return outcome.plan
}

describe("units", () => {
  it("converts durations to seconds", () => {
    expect([
      parseDuration(90),
      parseDuration("90s"),
      parseDuration("5m"),
      parseDuration("1h30m"),
      parseDuration("2d"),
    ]).toEqual([90, 90, 300, 5400, 172_800])
  })

  it("converts sizes to bytes", () => {
    expect([
      parseByteSize(10),
      parseByteSize("16MiB"),
      parseByteSize("500KB"),
      parseByteSize("1.5 GiB"),
    ]).toEqual([10, 16 * 1024 * 1024, 500_000, 1.5 * 1024 ** 3])
  })
})

describe("buildPlan", () => {
  it("applies every default", () => {
    const plan = planOf(VALID)
    expect(plan.dag).toMatchObject({
      catchup: false,
      max_active_runs: 1,
      timezone: "UTC",
      schedule: { kind: "preset", preset: "@daily" },
      defaults: { retries: 2, retry_delay_seconds: 300, execution_timeout_seconds: null, pool: null },
    })
    const load = plan.tasks[0]
    expect(load).toMatchObject({
      kind: "load",
      batch: { rows: 50_000, bytes: 16 * 1024 * 1024, max_duration_seconds: 60 },
      bad_rows: { max_count: 0, max_ratio: null, table: "airspec_quarantine" },
      targets: [
        {
          kind: "postgres",
          write: "merge",
          on_schema_drift: "add_columns",
          order_by: [],
          partition_by: null,
        },
      ],
    })
  })

  it("orders tasks so that dependencies come first, keeping spec order otherwise", () => {
    const text = VALID.replace(
      "  load:\n",
      "  early:\n    sql: { connection: dwh, query: x }\n    depends_on: [report]\n  load:\n",
    )
    expect(planOf(text).tasks.map((task) => task.id)).toEqual(["load", "report", "early"])
  })

  it("lists the connections each task uses, sorted", () => {
    const plan = planOf(VALID)
    expect(plan.tasks.map((task) => [task.id, task.connections])).toEqual([
      ["load", ["dwh", "src"]],
      ["report", ["dwh"]],
    ])
  })

  it("turns params into trigger-form JSON schemas; no default means nullable", () => {
    const plan = planOf(
      `${VALID}params:\n  day: { type: string, format: date, title: Day }\n  mode: { type: string, enum: [a, b], default: a }\n`,
    )
    expect(plan.params).toEqual({
      day: {
        default: null,
        description: null,
        schema: { type: ["string", "null"], title: "Day", format: "date" },
      },
      mode: { default: "a", description: null, schema: { type: "string", enum: ["a", "b"] } },
    })
  })

  it("normalizes cron whitespace and keeps asset schedules", () => {
    const full = VALID.replace(", incremental: { cursor: updated_at }", "")
    expect(planOf(VALID.replace('"@daily"', '"0  2 * *   *"')).dag.schedule).toEqual({
      kind: "cron",
      expression: "0 2 * * *",
    })
    expect(planOf(full.replace('"@daily"', '{ assets: [ "x://a" ] }')).dag.schedule).toEqual({
      kind: "assets",
      uris: ["x://a"],
    })
    expect(planOf(full.replace('"@daily"', "null")).dag.schedule).toEqual({ kind: "none" })
  })

  it('carries a mask with sorted columns, YAML null as "null", and leaves it out when there is none', () => {
    const withMask = (mask: string) =>
      planOf(VALID.replace("    targets:\n", `    mask: ${mask}\n    targets:\n`)).tasks.find(
        (task) => task.id === "load",
      )
    const load = withMask('{ phone: null, email: hash, fax: "null" }')
    expect(load?.kind === "load" && load.mask).toEqual({ email: "hash", fax: "null", phone: "null" })
    expect(JSON.stringify(load?.kind === "load" && load.mask)).toBe(
      '{"email":"hash","fax":"null","phone":"null"}',
    )
    expect(withMask("{}")).not.toHaveProperty("mask")
    expect(planOf(VALID).tasks.find((task) => task.id === "load")).not.toHaveProperty("mask")
  })
})
