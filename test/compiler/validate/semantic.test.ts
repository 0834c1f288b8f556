import { describe, expect, it } from "vitest"
import type { DiagnosticCode } from "../../../compiler/diagnostics"
import { compileSources, compileText, located, VALID } from "../../support"

const diagnose = (text: string, files: Record<string, string> = {}) => compileText(text, files).diagnostics

/** Replace one line of the valid spec (asserting that it was there) to break exactly one rule. */
const edit = (from: string, to: string, base = VALID) => {
  if (!base.includes(from)) throw new Error(`test setup: ${from} not in spec`)
  return base.replace(from, to)
}

const cases: ReadonlyArray<{ name: string; text: string; code: DiagnosticCode; at: string; says?: string }> =
  [
    {
      name: "bad pipeline id",
      text: edit("pipeline: demo", "pipeline: Demo-1"),
      code: "invalid_id",
      at: "1:11",
    },
    { name: "bad task id", text: edit("  report:", "  Report-x:"), code: "invalid_id", at: "15:3" },
    {
      name: "unknown dependency",
      text: edit("depends_on: [load]", "depends_on: [lod]"),
      code: "unknown_task",
      at: "16:18",
      says: '"load"',
    },
    {
      name: "self dependency",
      text: edit("depends_on: [load]", "depends_on: [report]"),
      code: "self_dependency",
      at: "16:18",
    },
    {
      name: "dependency cycle",
      text: edit("    source:", "    depends_on: [report]\n    source:"),
      code: "dependency_cycle",
      at: "12:17",
      says: "load → report → load",
    },
    {
      name: "bad cron",
      text: edit('schedule: "@daily"', 'schedule: "61 * * * *"'),
      code: "invalid_schedule",
      at: "4:11",
    },
    {
      name: "cron with 6 fields",
      text: edit('schedule: "@daily"', 'schedule: "0 0 * * * *"'),
      code: "invalid_schedule",
      at: "4:11",
    },
    {
      name: "unknown preset",
      text: edit('schedule: "@daily"', 'schedule: "@dayly"'),
      code: "invalid_schedule",
      at: "4:11",
      says: '"@daily"',
    },
    {
      name: "impossible date",
      text: edit("start_date: 2025-01-01", "start_date: 2025-02-30"),
      code: "invalid_date",
      at: "3:13",
    },
    {
      name: "end before start",
      text: edit("start_date: 2025-01-01", "start_date: 2025-01-01\nend_date: 2024-12-31T00:00:00Z"),
      code: "invalid_date",
      at: "4:11",
    },
    {
      name: "unknown time zone",
      text: `${VALID}timezone: Europe/Berln\n`,
      code: "invalid_timezone",
      at: "18:11",
    },
    {
      name: "date param with an impossible default",
      text: `${VALID}params:\n  since: { type: string, format: date, default: "2025-13-01" }\n`,
      code: "invalid_param_default",
      at: "19:49",
    },
    {
      name: "integer default out of range",
      text: `${VALID}params:\n  size: { type: integer, default: 5, minimum: 10 }\n`,
      code: "invalid_param_default",
      at: "19:35",
    },
    {
      name: "enum default not in enum",
      text: `${VALID}params:\n  mode: { type: string, enum: [a, b], default: c }\n`,
      code: "invalid_param_default",
      at: "19:48",
    },
    {
      name: "array default item of the wrong type",
      text: `${VALID}params:\n  ids: { type: array, items: { type: integer }, default: [1, x] }\n`,
      code: "invalid_param_default",
      at: "19:58",
    },
    {
      name: "full_refresh param that is not a boolean (the runtime reads it)",
      text: `${VALID}params:\n  full_refresh: { type: string }\n`,
      code: "invalid_value",
      at: "19:25",
    },
    {
      name: "interval_start param without a date format (the runtime reads it)",
      text: `${VALID}params:\n  interval_start: { type: string }\n`,
      code: "invalid_value",
      at: "19:27",
    },
    {
      name: "unknown connection",
      text: edit("connection: dwh, query", "connection: dhw, query"),
      code: "unknown_connection",
      at: "17:24",
      says: '"dwh"',
    },
    {
      name: "source on a connection of another kind",
      text: edit("kind: postgres, connection: src", "kind: postgres, connection: olap"),
      code: "connection_kind_mismatch",
      at: "12:43",
    },
    {
      name: "target on a kafka connection",
      text: edit("{ connection: dwh, table: raw.orders", "{ connection: bus, table: raw.orders"),
      code: "connection_kind_mismatch",
      at: "14:23",
    },
    {
      name: "metrics on a postgres connection",
      text: `${VALID}metrics: { connection: dwh }\n`,
      code: "connection_kind_mismatch",
      at: "18:24",
    },
    {
      name: "query and table together",
      text: edit("table: public.orders,", 'table: public.orders, query: "select 1",'),
      code: "exactly_one_of",
      at: "12:13",
    },
    {
      name: "xml without a record path",
      text: edit(
        "kind: postgres, connection: src, table: public.orders,",
        "kind: file, path: stock.xml, format: xml,",
      ),
      code: "missing_option",
      at: "12:13",
    },
    {
      name: "csv options on a json file",
      text: edit(
        "kind: postgres, connection: src, table: public.orders,",
        "kind: file, path: a.json, format: json, csv: { header: true },",
      ),
      code: "option_not_applicable",
      at: "12:55",
    },
    {
      name: "order_by on a postgres target",
      text: edit("primary_key: [id] }", "primary_key: [id], order_by: [id] }"),
      code: "option_not_applicable",
      at: "14:80",
    },
    {
      name: "merge without primary key",
      text: edit("write: merge, primary_key: [id]", "write: merge"),
      code: "merge_requires_primary_key",
      at: "14:54",
    },
    {
      name: "window without incremental cursor",
      text: edit(", incremental: { cursor: updated_at } }", " }").replace("write: merge", "write: window"),
      code: "window_requires_incremental",
      at: "14:54",
    },
    {
      name: "same target twice",
      text: edit(
        "      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }",
        "      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }\n      - { connection: dwh, table: raw.orders }",
      ),
      code: "duplicate_target",
      at: "15:35",
    },
    {
      name: "missing SQL file",
      text: edit('query: "select 1"', "file: sql/missing.sql"),
      code: "file_not_found",
      at: "17:35",
      says: "specs/sql/missing.sql",
    },
    {
      name: "SQL file outside the project",
      text: edit('query: "select 1"', "file: ../../etc/passwd"),
      code: "invalid_value",
      at: "17:35",
    },
    {
      name: "no tasks",
      text: `${VALID.slice(0, VALID.indexOf("tasks:"))}tasks: {}\n`,
      code: "invalid_value",
      at: "10:8",
    },
  ]

/** Further rules, asserted by code and spec path. */
const rules: ReadonlyArray<{ name: string; text: string; code: DiagnosticCode; path: string }> = [
  {
    name: "incremental load without data intervals",
    text: edit('schedule: "@daily"', "schedule: null"),
    code: "needs_interval_schedule",
    path: "tasks.load.source.incremental",
  },
  {
    name: "continuous schedule with parallel runs",
    text: edit('schedule: "@daily"', 'schedule: "@continuous"\nmax_active_runs: 2').replace(
      ", incremental: { cursor: updated_at }",
      "",
    ),
    code: "invalid_value",
    path: "max_active_runs",
  },
  { name: "hashed cron", text: edit('"@daily"', '"0 0 H * *"'), code: "invalid_schedule", path: "schedule" },
  {
    name: "reserved asset scheme",
    text: edit("    depends_on: [load]", '    depends_on: [load]\n    outlets: ["airflow://x"]'),
    code: "invalid_value",
    path: "tasks.report.outlets[0]",
  },
  {
    name: "dependency listed twice",
    text: edit("depends_on: [load]", "depends_on: [load, load]"),
    code: "invalid_value",
    path: "tasks.report.depends_on[1]",
  },
  {
    name: "version on a postgres target",
    text: edit("write: merge, primary_key: [id] }", "write: merge, primary_key: [id], version: updated_at }"),
    code: "option_not_applicable",
    path: "tasks.load.targets[0].version",
  },
  {
    name: "version on a clickhouse target that does not merge",
    text: edit(
      "{ connection: dwh, table: raw.orders, write: merge, primary_key: [id] }",
      "{ connection: olap, table: raw.orders, write: append, version: updated_at }",
    ),
    code: "option_not_applicable",
    path: "tasks.load.targets[0].version",
  },
  {
    name: "clickhouse merge ordered by other columns than its key",
    text: edit(
      "{ connection: dwh, table: raw.orders, write: merge, primary_key: [id] }",
      "{ connection: olap, table: raw.orders, write: merge, primary_key: [id], order_by: [id, updated_at] }",
    ),
    code: "merge_order_by",
    path: "tasks.load.targets[0].order_by",
  },
  {
    name: "start_param on a postgres source",
    text: edit("{ cursor: updated_at }", "{ cursor: updated_at, start_param: since }"),
    code: "option_not_applicable",
    path: "tasks.load.source.incremental.start_param",
  },
  {
    name: "row_count without bounds",
    text: edit(
      '    sql: { connection: dwh, query: "select 1" }',
      "    checks: [{ row_count: { connection: dwh, table: t } }]",
    ),
    code: "missing_option",
    path: "tasks.report.checks[0].row_count",
  },
  {
    name: "csv columns with a header",
    text: edit(
      "kind: postgres, connection: src, table: public.orders,",
      "kind: file, path: a.csv, format: csv, csv: { columns: [a] },",
    ),
    code: "option_not_applicable",
    path: "tasks.load.source.csv.columns",
  },
  {
    name: "array param with min_items above max_items",
    text: `${VALID}params:\n  ids: { type: array, items: { type: string }, min_items: 3, max_items: 1 }\n`,
    code: "invalid_value",
    path: "params.ids.min_items",
  },
  {
    name: "end_date before start_date in the pipeline's zone",
    text: edit(
      "start_date: 2025-01-01",
      'timezone: America/Los_Angeles\nstart_date: 2025-01-01\nend_date: "2025-01-01T05:00:00Z"',
    ),
    code: "invalid_date",
    path: "end_date",
  },
  {
    name: "duration over ten years",
    text: `${VALID}defaults: { execution_timeout: 99999999999d }\n`,
    code: "invalid_value",
    path: "defaults.execution_timeout",
  },
  {
    name: "NaN in a number param",
    text: `${VALID}params:\n  r: { type: number, default: .nan }\n`,
    code: "invalid_value",
    path: "params.r.default",
  },
  {
    name: "column override whose name carries SQL",
    text: edit("primary_key: [id] }", 'primary_key: [id], columns: { "x); drop table y; --": text } }'),
    code: "unknown_key",
    path: "tasks.load.targets[0].columns.x); drop table y; --",
  },
  {
    name: "column type that closes its own DDL",
    text: edit(
      "primary_key: [id] }",
      'primary_key: [id], columns: { x: "Nullable(String)) ENGINE = Log (x" } }',
    ),
    code: "invalid_value",
    path: "tasks.load.targets[0].columns.x",
  },
]

/** The valid spec's load task with a mask, and optionally other targets. */
const masked = (mask: string, targets?: string) => {
  const text = edit("    targets:\n", `    mask: ${mask}\n    targets:\n`)
  return targets === undefined
    ? text
    : edit("      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }", targets, text)
}

const maskRules: ReadonlyArray<{
  name: string
  text: string
  code: DiagnosticCode
  path: string
  says: string
}> = [
  {
    name: "masked incremental cursor",
    text: masked("{ updated_at: hash }"),
    code: "mask_cursor",
    path: "tasks.load.mask.updated_at",
    says: "incremental cursor",
  },
  {
    name: "null mask on a primary key column",
    text: masked("{ id: null }"),
    code: "mask_key",
    path: "tasks.load.mask.id",
    says: "primary_key of dwh:raw.orders",
  },
  {
    name: '"null" mask on an order_by column',
    text: masked('{ code: "null" }', "      - { connection: olap, table: raw.orders, order_by: [code, id] }"),
    code: "mask_key",
    path: "tasks.load.mask.code",
    says: "order_by of olap:raw.orders",
  },
  {
    name: "null mask on a column of the partition expression",
    text: masked(
      "{ day: null }",
      "      - { connection: olap, table: raw.orders, partition_by: toYYYYMM(day) }",
    ),
    code: "mask_key",
    path: "tasks.load.mask.day",
    says: "partition_by",
  },
  {
    name: "hash mask on the version column",
    text: masked(
      "{ rev: hash }",
      "      - { connection: olap, table: raw.orders, write: merge, primary_key: [id], version: rev }",
    ),
    code: "mask_key",
    path: "tasks.load.mask.rev",
    says: "must be a number or a time",
  },
  {
    name: "hash mask on a column declared bigint",
    text: masked("{ inn: hash }", "      - { connection: dwh, table: raw.orders, columns: { inn: bigint } }"),
    code: "mask_type",
    path: "tasks.load.mask.inn",
    says: "64 hex characters of text",
  },
  {
    name: "hash mask on a column declared varchar(32)",
    text: masked(
      "{ email: hash }",
      '      - { connection: dwh, table: raw.orders, columns: { email: "varchar(32)" } }',
    ),
    code: "mask_type",
    path: "tasks.load.mask.email",
    says: "64 hex characters of text",
  },
  {
    name: "hash mask on a ClickHouse column declared FixedString(16)",
    text: masked(
      "{ email: hash }",
      '      - { connection: olap, table: raw.orders, columns: { email: "FixedString(16)" } }',
    ),
    code: "mask_type",
    path: "tasks.load.mask.email",
    says: "declare String",
  },
  {
    name: "null mask on a ClickHouse column that is not Nullable",
    text: masked(
      "{ phone: null }",
      "      - { connection: olap, table: raw.orders, columns: { phone: String } }",
    ),
    code: "mask_type",
    path: "tasks.load.mask.phone",
    says: "declare Nullable(String)",
  },
  {
    name: "null mask on a PostgreSQL column declared NOT NULL",
    text: masked(
      "{ phone: null }",
      '      - { connection: dwh, table: raw.orders, columns: { phone: "text NOT NULL" } }',
    ),
    code: "mask_type",
    path: "tasks.load.mask.phone",
    says: "cannot store",
  },
  {
    name: "masked column missing from a CSV source's columns",
    text: masked("{ email: hash }").replace(
      "kind: postgres, connection: src, table: public.orders, incremental: { cursor: updated_at }",
      "kind: file, path: a.csv, format: csv, csv: { header: false, columns: [id, mail] }",
    ),
    code: "mask_unknown_column",
    path: "tasks.load.mask.email",
    says: "csv.columns",
  },
  {
    name: "unknown mask method",
    text: masked("{ email: sha256 }"),
    code: "invalid_type",
    path: "tasks.load.mask.email",
    says: "expected hash or null",
  },
]

describe("mask", () => {
  it.each(maskRules)("$name → $code at $path", ({ text, code, path, says }) => {
    const diagnostics = diagnose(text)
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([[code, path]])
    expect(diagnostics[0]?.message).toContain(says)
  })

  it("points at the masked column's entry", () => {
    expect(located(diagnose(masked("{ email: hash, id: null }")))).toEqual(["mask_key@13:30"])
  })

  it("accepts hashes of keys and text-like columns in both dialects, and nulls of nullable ones", () => {
    const text = masked(
      '{ id: hash, email: hash, inn: hash, name: hash, phone: null, fax: "null", passport: ~, code: hash }',
      [
        '      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id], columns: { email: "character varying(255)", inn: text, name: "char(64)", phone: "numeric(12,0)" } }',
        '      - { connection: olap, table: raw.orders, write: merge, primary_key: [id], columns: { email: "LowCardinality(Nullable(String))", inn: "FixedString(64)", phone: "Nullable(Int64)", code: "Nullable(String)" } }',
      ].join("\n"),
    )
    expect(diagnose(text)).toEqual([])
  })
})

describe("more semantic rules", () => {
  it.each(rules)("$name → $code at $path", ({ text, code, path }) => {
    expect(diagnose(text).map((d) => [d.code, d.path])).toEqual([[code, path]])
  })

  it("accepts IANA aliases and zone-aware date order", () => {
    const text = edit(
      "start_date: 2025-01-01",
      'timezone: Asia/Tokyo\nstart_date: 2025-01-02\nend_date: "2025-01-01T20:00:00Z"',
    )
    expect(diagnose(text)).toEqual([])
    expect(diagnose(`${VALID}timezone: Asia/Calcutta\n`)).toEqual([])
    expect(diagnose(`${VALID}timezone: europe/berlin\n`).map((d) => d.code)).toEqual(["invalid_timezone"])
  })

  it("accepts ClickHouse types with quotes and time zones", () => {
    const text = edit(
      "primary_key: [id] }",
      "primary_key: [id], columns: { a: \"DateTime64(3, 'Europe/Berlin')\", b: \"Enum8('x' = 1)\" } }",
    )
    expect(diagnose(text)).toEqual([])
  })

  it("still checks the rest of a spec whose tasks have shape errors", () => {
    const text = edit('query: "select 1"', 'qery: "select 1"').replace(
      "connection: src,",
      "connection: nope,",
    )
    expect(diagnose(text).map((d) => [d.code, d.path])).toEqual([
      ["unknown_connection", "tasks.load.source.connection"],
      ["unknown_key", "tasks.report.sql.qery"],
    ])
  })
})

describe("semantic checks", () => {
  it.each(cases)("$name → $code at $at", ({ text, code, at, says }) => {
    const diagnostics = diagnose(text)
    expect(located(diagnostics)).toEqual([`${code}@${at}`])
    if (says !== undefined) expect(diagnostics[0]?.message).toContain(says)
  })

  it("reports every problem of a spec in one run", () => {
    const text = edit(
      "depends_on: [load]",
      "depends_on: [lod]",
      edit('schedule: "@daily"', 'schedule: "@dayly"'),
    )
      .replace("write: merge, primary_key: [id]", "write: merge")
      .replace("connection: dwh, query", "connection: nope, query")
    expect(diagnose(text).map((d) => d.code)).toEqual([
      "invalid_schedule",
      "merge_requires_primary_key",
      "unknown_task",
      "unknown_connection",
    ])
  })

  it("handles thousands of tasks in a dependency chain without recursion", () => {
    const tasks = Array.from(
      { length: 8000 },
      (_, index) => `  t${index}:\n    sql: { connection: dwh, query: x }\n    depends_on: [t${index + 1}]\n`,
    ).join("")
    const text = `${VALID.slice(0, VALID.indexOf("tasks:"))}tasks:\n${tasks}  t8000:\n    sql: { connection: dwh, query: x }\n`
    const outcome = compileText(text)
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.plan?.tasks[0]?.id).toBe("t8000")
  })

  it("summarises a spec with very many errors", () => {
    const keys = Array.from({ length: 200 }, (_, index) => `unknown_${index}: 1`).join("\n")
    const diagnostics = diagnose(`${VALID}${keys}\n`)
    expect(diagnostics.length).toBe(51)
    expect(diagnostics.at(-1)?.code).toBe("too_many_errors")
  })

  it("reads SQL files relative to the spec", () => {
    const text = edit('query: "select 1"', "file: sql/report.sql")
    const outcome = compileText(text, { "specs/sql/report.sql": "select 42" })
    expect(outcome.diagnostics).toEqual([])
    const task = outcome.plan?.tasks.find((t) => t.id === "report")
    expect(task).toMatchObject({ kind: "sql", sql: "select 42", sql_file: "specs/sql/report.sql" })
  })

  it("reports two specs with the same pipeline id in both files", () => {
    const outcome = compileSources([
      { path: "specs/a.yaml", text: VALID },
      { path: "specs/b.yaml", text: VALID },
    ])
    expect(outcome.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual([
      "specs/a.yaml:duplicate_pipeline@1:11",
      "specs/b.yaml:duplicate_pipeline@1:11",
    ])
    expect(outcome.files).toEqual([])
  })
})
