/** JSON Schemas generated from the effect/Schema definitions (never edited by hand), by file name. */
import { JSONSchema, type Schema } from "effect"
import { MetricEvent } from "../runtime/metrics/events"
import { Plan } from "./plan/plan"
import { Spec } from "./spec/schema"

export const SCHEMA_DIR = "schema"

const render = (schema: Schema.Schema.Any) => `${JSON.stringify(JSONSchema.make(schema), null, 2)}\n`

/**
 * The spec language (for editors and yaml-language-server), the plan (for tools that read plans) and the
 * runtime's metric events (for Kafka consumers).
 */
export const jsonSchemas = (): ReadonlyArray<{ readonly name: string; readonly text: string }> => [
  { name: "airspec.schema.json", text: render(Spec) },
  { name: "airspec-plan.schema.json", text: render(Plan) },
  { name: "airspec-metrics.schema.json", text: render(MetricEvent) },
]
