/** Helpers shared by the compiler tests: compile text in memory and pick diagnostics apart. */
import { Effect } from "effect"
import { compileProject, compileSpec, type SpecOutcome, type SpecSource } from "../compiler/compile"
import type { Diagnostic, DiagnosticCode } from "../compiler/diagnostics"
import { Workspace } from "../compiler/workspace"

export const compileText = (
  text: string,
  files: Record<string, string> = {},
  path = "specs/test.yaml",
): SpecOutcome => Effect.runSync(compileSpec({ path, text }).pipe(Effect.provide(Workspace.memory(files))))

export const compileSources = (sources: ReadonlyArray<SpecSource>, files: Record<string, string> = {}) =>
  Effect.runSync(compileProject(sources).pipe(Effect.provide(Workspace.memory(files))))

/** The diagnostics as `code@line:col`, the form most assertions compare. */
export const located = (diagnostics: ReadonlyArray<Diagnostic>) =>
  diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)

export const codes = (diagnostics: ReadonlyArray<Diagnostic>): ReadonlyArray<DiagnosticCode> =>
  diagnostics.map((d) => d.code)

/** A small valid spec; tests append or replace lines to break exactly one thing. */
export const VALID = `pipeline: demo
owner: data
start_date: 2025-01-01
schedule: "@daily"
connections:
  src: { kind: postgres, conn_id: src_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
  olap: { kind: clickhouse, conn_id: ch }
  bus: { kind: kafka, conn_id: kafka }
tasks:
  load:
    source: { kind: postgres, connection: src, table: public.orders, incremental: { cursor: updated_at } }
    targets:
      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }
  report:
    depends_on: [load]
    sql: { connection: dwh, query: "select 1" }
`
