import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { jsonSchemas, SCHEMA_DIR } from "../../../compiler/json-schemas"

type JsonSchema = { type?: string; additionalProperties?: unknown; [key: string]: unknown }

/** Every object schema anywhere in the document, inline or under $defs. */
const objectSchemas = (node: unknown, out: JsonSchema[] = []): JsonSchema[] => {
  if (Array.isArray(node)) for (const item of node) objectSchemas(item, out)
  else if (typeof node === "object" && node !== null) {
    const schema = node as JsonSchema
    if (schema.type === "object" && "properties" in schema) out.push(schema)
    for (const value of Object.values(schema)) objectSchemas(value, out)
  }
  return out
}

describe("JSON Schemas", () => {
  it.each(
    jsonSchemas().map((schema) => [schema.name, schema.text]),
  )("%s is committed exactly as generated from the effect/Schema definition (run `npx airspec schema`)", (name, text) => {
    expect(readFileSync(join(SCHEMA_DIR, name), "utf8")).toBe(text)
  })

  it("is closed: unknown keys are not allowed in any struct of the spec language", () => {
    const spec = jsonSchemas().find((schema) => schema.name === "airspec.schema.json")
    const structs = objectSchemas(JSON.parse(spec?.text ?? "{}"))
    expect(structs.length).toBeGreaterThan(30)
    for (const struct of structs) {
      // records (params, tasks, …) allow any key with a typed value; structs allow none
      const closed =
        struct.additionalProperties === false ||
        typeof struct.additionalProperties === "object" ||
        typeof struct.patternProperties === "object"
      expect(closed).toBe(true)
    }
  })
})
