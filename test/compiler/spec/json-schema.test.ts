import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { SCHEMA_PATH, specJsonSchema } from "../../../compiler/spec/json-schema"

describe("JSON Schema", () => {
  it("is committed exactly as generated from the effect/Schema definition (run `npx airspec schema`)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(specJsonSchema())
  })

  it("is a closed schema: unknown keys are not allowed anywhere", () => {
    const schema = JSON.parse(specJsonSchema()) as {
      $defs: Record<string, { type?: string; additionalProperties?: unknown }>
    }
    const structs = Object.entries(schema.$defs).filter(([, def]) => def.type === "object")
    expect(structs.length).toBeGreaterThan(10)
    for (const [name, def] of structs) expect([name, def.additionalProperties]).toEqual([name, false])
  })
})
