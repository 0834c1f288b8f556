import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { parsePlan, planTask } from "../../runtime/plan"

const PLANS = ["airflow/dags", "test/golden/dags"].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".plan.json"))
    .map((name) => join(dir, name)),
)

const reasonOf = <A>(result: Either.Either<A, { reason: string }>) =>
  Either.isLeft(result) ? result.left.reason : "ok"

describe("plan files", () => {
  it.each(PLANS)("%s decodes with the plan schema", (path) => {
    const plan = parsePlan(readFileSync(path, "utf8"))
    expect(reasonOf(plan)).toBe("ok")
    if (Either.isRight(plan)) {
      for (const task of plan.right.tasks) expect(reasonOf(planTask(plan.right, task.id))).toBe("ok")
    }
  })

  it("refuses a plan that is not JSON, of another version, edited by hand, or without the task", () => {
    const text = readFileSync("airflow/dags/shop_orders.plan.json", "utf8")
    expect(reasonOf(parsePlan("{"))).toBe("not_json")
    expect(reasonOf(parsePlan(text.replace('"airspec_plan": 1', '"airspec_plan": 2')))).toBe("wrong_version")
    expect(reasonOf(parsePlan(text.replace('"write": "merge"', '"write": "upsert"')))).toBe("invalid")
    expect(reasonOf(parsePlan(text.replace('"catchup": false', '"catchup": false, "surprise": 1')))).toBe(
      "invalid",
    )
    const plan = parsePlan(text)
    if (Either.isRight(plan)) expect(reasonOf(planTask(plan.right, "nope"))).toBe("unknown_task")
  })
})
