/**
 * Golden files: the kitchen-sink spec under test/golden and the committed examples under specs/ compile
 * to exactly the files in the repository. `UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts`
 * rewrites the kitchen-sink goldens; the examples are rewritten with `npx airspec compile`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { compileSources } from "../support"

const compileDir = (dir: string) => {
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(dir, name), "utf8") }))
  const sqlDir = join(dir, "sql")
  const files = Object.fromEntries(
    readdirSync(sqlDir).map((name) => [`${dir}/sql/${name}`, readFileSync(join(sqlDir, name), "utf8")]),
  )
  return compileSources(sources, files)
}

describe("golden output", () => {
  it("compiles the kitchen-sink spec to the golden DAG and plan", () => {
    const outcome = compileDir("test/golden/specs")
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.files.map((file) => file.name)).toEqual([
      "asset_consumer.plan.json",
      "asset_consumer.py",
      "kitchen_sink.plan.json",
      "kitchen_sink.py",
    ])
    for (const file of outcome.files) {
      const golden = join("test/golden/dags", file.name)
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, file.text)
      expect(file.text).toBe(readFileSync(golden, "utf8"))
    }
  })

  it("compiles the example specs to the committed DAGs and plans", () => {
    const outcome = compileDir("specs")
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.files.length).toBe(6)
    for (const file of outcome.files)
      expect(file.text).toBe(readFileSync(join("airflow/dags", file.name), "utf8"))
  })

  it("is deterministic: compiling twice, or in another order, gives identical bytes", () => {
    const sources = ["specs/shop_orders.yaml", "specs/crm_contacts.yaml", "specs/supplier_feeds.yaml"].map(
      (path) => ({
        path,
        text: readFileSync(path, "utf8"),
      }),
    )
    const files = { "specs/sql/sales_mart.sql": readFileSync("specs/sql/sales_mart.sql", "utf8") }
    const first = compileSources(sources, files).files
    expect(compileSources(sources, files).files).toEqual(first)
    expect(compileSources([...sources].reverse(), files).files).toEqual(first)
  })
})
