import { readFileSync } from "node:fs"
import { Either, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { readContext } from "../../runtime/context"
import { parsePlan, planTask } from "../../runtime/plan"

const plan = Either.getOrThrow(parsePlan(readFileSync("airflow/dags/shop_orders.plan.json", "utf8")))
const task = Either.getOrThrow(planTask(plan, "orders"))

const ENV = {
  AIRSPEC_DAG_RUN_ID: "scheduled__2025-01-01T01:00:00+00:00",
  AIRSPEC_TRY_NUMBER: "2",
  AIRSPEC_DATA_INTERVAL_START: "2025-01-01T01:00:00+00:00",
  AIRSPEC_DATA_INTERVAL_END: "2025-01-02T01:00:00+00:00",
  AIRSPEC_PARAMS: '{"full_refresh": true}',
  AIRSPEC_CONN_SHOP: "postgresql://reader:s3cret@shop/db",
  AIRSPEC_CONN_DWH: "postgresql://loader:s3cret@dwh/db",
  AIRSPEC_CONN_BUS: "kafka://broker:9092",
}

const reasonOf = (env: Record<string, string | undefined>) => {
  const result = readContext(plan, task, env)
  return Either.isLeft(result) ? result.left.reason : "ok"
}

describe("task context from the environment", () => {
  it("reads the run, the interval, params with defaults, and connections as redacted URIs", () => {
    const context = Either.getOrThrow(readContext(plan, task, ENV))
    expect(context.dagRunId).toBe(ENV.AIRSPEC_DAG_RUN_ID)
    expect(context.tryNumber).toBe(2)
    expect(context.interval?.start.toISOString()).toBe("2025-01-01T01:00:00.000Z")
    expect(context.params).toEqual({ full_refresh: true, interval_start: null, interval_end: null })
    expect(Object.keys(context.connections).sort()).toEqual(["bus", "dwh", "shop"])
    expect(Redacted.value(context.connections.dwh as Redacted.Redacted<string>)).toBe(ENV.AIRSPEC_CONN_DWH)
    expect(JSON.stringify(context)).not.toContain("s3cret")
    expect(String(context.connections.dwh)).not.toContain("s3cret")
  })

  it("refuses what the operator must always set correctly", () => {
    expect(reasonOf({ ...ENV, AIRSPEC_DAG_RUN_ID: undefined })).toBe("missing")
    expect(reasonOf({ ...ENV, AIRSPEC_TRY_NUMBER: "0" })).toBe("invalid")
    expect(reasonOf({ ...ENV, AIRSPEC_DATA_INTERVAL_END: undefined })).toBe("invalid")
    expect(reasonOf({ ...ENV, AIRSPEC_DATA_INTERVAL_START: "2025-01-01T01:00:00" })).toBe("invalid")
    expect(reasonOf({ ...ENV, AIRSPEC_PARAMS: "[1]" })).toBe("invalid")
    expect(reasonOf({ ...ENV, AIRSPEC_PARAMS: '{"typo": 1}' })).toBe("unknown_param")
    expect(reasonOf({ ...ENV, AIRSPEC_CONN_DWH: undefined })).toBe("missing_connection")
  })

  it("has no interval when the run has none", () => {
    const env = { ...ENV, AIRSPEC_DATA_INTERVAL_START: undefined, AIRSPEC_DATA_INTERVAL_END: undefined }
    expect(Either.getOrThrow(readContext(plan, task, env)).interval).toBeNull()
  })
})
