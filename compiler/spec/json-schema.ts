/** The JSON Schema of the spec language, generated from the effect/Schema definition (never edited by hand). */
import { JSONSchema } from "effect"
import { Spec } from "./schema"

export const SCHEMA_PATH = "schema/airspec.schema.json"

export const specJsonSchema = (): string => `${JSON.stringify(JSONSchema.make(Spec), null, 2)}\n`
