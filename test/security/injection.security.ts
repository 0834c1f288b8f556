/**
 * Check 4: injection. Hostile strings in specs either get a located error from the compiler, or become
 * string constants of the generated Python and nothing else: each generated DAG has exactly the syntax
 * tree of the same spec with harmless strings (string constants aside), imports in Airflow without running
 * any planted payload, and gives every string back as written. On the SQL side, names and values that are
 * legal but hostile (reserved words, quotes, backticks, `$1`, COPY's own escapes) load exactly, creating
 * exactly the expected objects; `where`, `sql`, `query` and `partition_by` are SQL by design (see
 * docs/security.md).
 */
import { randomBytes } from "node:crypto"
import { mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Diagnostic } from "../../compiler/diagnostics"
import { chQuery, chRows, freshClickHouse } from "../runtime/clickhouse-harness"
import { freshDatabase, query } from "../runtime/harness"
import { compileText } from "../support"
import { airspec, figures, python, removeScratch, scratch, venvReady } from "./support"

afterAll(removeScratch)

const RUN = randomBytes(4).toString("hex")
const MARKER_DIR = scratch(`pwned-${RUN}`)
const marker = (n: number) => join(MARKER_DIR, `pwned-${n}`)
const planted = () => readdirSync(MARKER_DIR).filter((name) => name !== "notes.md")
const MARKDOWN_FILE = join(MARKER_DIR, "notes.md")
writeFileSync(MARKDOWN_FILE, `content of a file the DAG processor can read ${RUN}`)

/** Payloads aimed at every way out of a Python string literal, each touching its own marker file. */
const payloads = (): ReadonlyArray<string> => {
  const sh = (n: number) => `__import__('os').system('touch ${marker(n)}')`
  return [
    `"); ${sh(0)}; ("`,
    `'); ${sh(1)}; ('`,
    `"""\n${sh(2)}\n"""`,
    `'''\n${sh(3)}\n'''`,
    `\\"); ${sh(4)} #`,
    `x\n${sh(5)}\n#`,
    `x\r${sh(6)}\r#`,
    `x\u2028${sh(7)}\u2029#`,
    `x\u0085${sh(8)}\x0c\v#`,
    `{{ ${sh(9)} }} {% for x in range(3) %}{{ x }}{% endfor %} {{ macros.ds_add(ds, 1) }} \${HOME} $(touch ${marker(9)})`,
    `f"{${sh(10)}}" \\N{BULLET} \\x41 \\u0041 \\\n${sh(10)}`,
    `\ufeff\u202e\u200b ${sh(11)} 🚀 \ud83d`,
    `# -*- coding: rot13 -*-\n${sh(12)}`,
    `'; DROP TABLE victim; -- $1 \`tick\` "; DROP TABLE victim; --`,
    // Airflow opens a DAG doc_md ending in .md as a file: this one exists, and must never be shown
    MARKDOWN_FILE,
  ]
}

/** A pipeline whose every free-text field holds `text(slot)`; `uri(slot)` for fields that take a URI. */
const pipelineSpec = (
  id: string,
  text: (slot: number) => string,
  uri: (slot: number) => string,
): Record<string, unknown> => ({
  pipeline: id,
  description: text(0),
  owner: text(1),
  tags: [text(2).slice(0, 100), text(3).slice(0, 100)],
  schedule: "0 2 * * *",
  start_date: "2025-01-01",
  defaults: { pool: text(4) },
  params: {
    note: { type: "string", default: text(5), description: text(6), title: text(7) },
    choice: { type: "string", enum: [text(8), "plain"], default: text(8) },
    items: { type: "array", items: { type: "string" }, default: [text(9), text(10)] },
  },
  connections: {
    dwh: { kind: "postgres", conn_id: "dwh_pg" },
    api: { kind: "http", conn_id: "partner_api", auth: "header", auth_header: "X-Api-Key" },
  },
  tasks: {
    pull: {
      description: text(11),
      pool: text(12),
      outlets: [uri(13)],
      source: {
        kind: "http",
        connection: "api",
        path: `/v1/${text(14)}`,
        headers: { "X-Note": text(15).replace(/[\r\n]/g, " ") },
        query: { q: text(16) },
        records_path: text(17),
      },
      targets: [{ connection: "dwh", table: "raw.items" }],
    },
    report: {
      description: text(18),
      depends_on: ["pull"],
      sql: { connection: "dwh", query: text(19) },
    },
    checks: {
      depends_on: ["pull"],
      checks: [{ row_count: { connection: "dwh", table: "raw.items", min: 1, where: text(20) } }],
    },
  },
})

/** YAML 1.2 reads JSON, so a spec written as JSON carries every character exactly. */
const yamlOf = (spec: Record<string, unknown>) => `${JSON.stringify(spec, null, 1)}\n`

const FREE_SLOTS = 21

interface Case {
  readonly id: string
  readonly hostile: Record<string, unknown>
  readonly benign: Record<string, unknown>
}

const cases = (): Case[] =>
  payloads().map((_, index) => {
    const id = `inj_${index}`
    // payloads rotate through the slots, so every field meets every payload across the cases
    const hostile = (slot: number) => `${payloads()[(index + slot) % payloads().length]}`
    // an asset URI has no whitespace: the shell payload does without ($IFS)
    const asUri = (slot: number) => `x-${slot}://h/${hostile(slot).replace(/\s+/g, () => "$IFS")}`
    return {
      id,
      hostile: pipelineSpec(id, hostile, asUri),
      benign: pipelineSpec(
        id,
        (slot) => `benign text ${slot}`,
        (slot) => `x-${slot}://h/benign`,
      ),
    }
  })

/** Specs the compiler must refuse, each with the code and the line of the value it refuses. */
const REFUSED: ReadonlyArray<{ what: string; line: string; code: string }> = [
  { what: "cron with a command", line: 'schedule: "0 2 * * *; touch /tmp/x"', code: "invalid_schedule" },
  { what: "cron with a newline", line: 'schedule: "@daily\\nimport os"', code: "invalid_schedule" },
  { what: "time zone", line: 'timezone: "UTC\\"); import os; (\\""', code: "invalid_timezone" },
  { what: "start date", line: 'start_date: "2025-01-01\\"); import os #"', code: "invalid_date" },
  { what: "pipeline id", line: 'pipeline: "x\\"); import os #"', code: "invalid_id" },
  {
    what: "param name",
    line: "params: { \"__import__('os').system('x')\": { type: string } }",
    code: "invalid_id",
  },
  {
    what: "conn_id",
    line: 'connections: { x: { kind: postgres, conn_id: "a\\"; drop" } }',
    code: "invalid_value",
  },
  {
    what: "asset URI with a space",
    line: 'schedule: { assets: ["s3://b/k\\") or (\\""] }',
    code: "invalid_value",
  },
  { what: "reserved asset scheme", line: 'schedule: { assets: ["airflow://x"] }', code: "invalid_value" },
]

const refusedSpec = (line: string) => {
  const base = [
    "pipeline: refused",
    "owner: security",
    "start_date: 2025-01-01",
    "connections: { dwh: { kind: postgres, conn_id: dwh_pg } }",
    'tasks: { t: { sql: { connection: dwh, query: "select 1" } } }',
  ]
  const key = line.slice(0, line.indexOf(":"))
  return [...base.filter((kept) => !kept.startsWith(`${key}:`)), line].join("\n")
}

/** Task-level names that reach SQL or HTTP: refused with the line of the value. */
const REFUSED_IN_TASK: ReadonlyArray<{ what: string; target: string; code: string }> = [
  {
    what: "table name",
    target: '{ connection: dwh, table: "raw.orders; DROP TABLE x" }',
    code: "invalid_value",
  },
  {
    what: "quoted table name",
    target: '{ connection: dwh, table: "raw.\\"orders\\"" }',
    code: "invalid_value",
  },
  {
    what: "column name",
    target: '{ connection: dwh, table: t, columns: { "a\\"b": text } }',
    code: "unknown_key",
  },
  {
    what: "column type with a statement",
    target: '{ connection: dwh, table: t, columns: { a: "text); DROP TABLE x; --" } }',
    code: "invalid_value",
  },
  {
    what: "column type with a comment",
    target: '{ connection: dwh, table: t, columns: { a: "numeric(1 /* x */)" } }',
    code: "invalid_value",
  },
  {
    what: "primary key",
    target: '{ connection: dwh, table: t, write: merge, primary_key: ["id\\" OR 1=1"] }',
    code: "invalid_value",
  },
]

const taskSpec = (target: string) => `pipeline: refused
owner: security
start_date: 2025-01-01
connections: { dwh: { kind: postgres, conn_id: dwh_pg }, src: { kind: postgres, conn_id: src_pg } }
tasks:
  load:
    source: { kind: postgres, connection: src, query: "select 1 as id" }
    targets:
      - ${target}
`

const diagnosticsOf = (text: string): ReadonlyArray<Diagnostic> =>
  compileText(text, {}, "specs/refused.yaml").diagnostics

describe("4 injection", () => {
  it("4.1 names and calendar strings that could carry code or SQL are refused with a located error", ({
    task,
  }) => {
    const results: string[] = []
    for (const { what, line, code } of REFUSED) {
      const text = refusedSpec(line)
      const lineNo = text.split("\n").indexOf(line) + 1
      const diagnostics = diagnosticsOf(text)
      expect(diagnostics.length, what).toBeGreaterThan(0)
      expect(
        diagnostics.some((d) => d.code === code && d.line === lineNo && d.col > 0),
        `${what}: ${JSON.stringify(diagnostics)}`,
      ).toBe(true)
      results.push(`${code}@${lineNo}`)
    }
    for (const { what, target, code } of REFUSED_IN_TASK) {
      const diagnostics = diagnosticsOf(taskSpec(target))
      expect(
        diagnostics.some((d) => d.code === code && d.line === 9 && d.col > 0),
        `${what}: ${JSON.stringify(diagnostics)}`,
      ).toBe(true)
      results.push(`${code}@9`)
    }
    // header values: one line only (no CR/LF to start a header of their own)
    const header = `pipeline: refused
owner: security
start_date: 2025-01-01
connections: { api: { kind: http, conn_id: api }, dwh: { kind: postgres, conn_id: dwh_pg } }
tasks:
  pull:
    source: { kind: http, connection: api, path: /x, headers: { X-A: "a\\r\\nX-Injected: 1" } }
    targets: [{ connection: dwh, table: t }]
`
    expect(diagnosticsOf(header).some((d) => d.code === "invalid_value" && d.line === 7)).toBe(true)
    figures(task, `${results.length + 1} hostile values refused, each at its own line`)
  })

  it.skipIf(!venvReady())(
    "4.2 hostile strings in every free-text field become Python string constants only: same syntax tree as harmless strings, import runs nothing, values round-trip",
    async ({ task }) => {
      const all = cases()
      const root = scratch("inject")
      const [hostileDir, benignDir] = [join(root, "hostile"), join(root, "benign")]
      for (const dir of [hostileDir, benignDir]) mkdirSync(join(dir, "specs"), { recursive: true })
      for (const c of all) {
        writeFileSync(join(hostileDir, "specs", `${c.id}.yaml`), yamlOf(c.hostile))
        writeFileSync(join(benignDir, "specs", `${c.id}.yaml`), yamlOf(c.benign))
      }
      // a file name can carry a payload too: it lands in the header comment
      const nameCase = `x"\n${`__import__('os').system('touch ${marker(99)}')`}#\u2028.yaml`.replaceAll(
        "/",
        "∕",
      )
      const named = { ...all[0]?.benign, pipeline: "inj_name" }
      writeFileSync(join(hostileDir, "specs", nameCase), yamlOf(named))
      writeFileSync(join(benignDir, "specs", "inj_name.yaml"), yamlOf(named))

      for (const dir of [hostileDir, benignDir]) {
        const compiled = await airspec(["compile"], { cwd: dir })
        expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0)
      }
      const ids = [...all.map((c) => c.id), "inj_name"]
      const report = (await python(
        CHECK_DAGS,
        {
          pairs: ids.map((id) => [
            join(hostileDir, "airflow/dags", `${id}.py`),
            join(benignDir, "airflow/dags", `${id}.py`),
          ]),
          folder: join(hostileDir, "airflow/dags"),
        },
        {
          AIRFLOW_HOME: join(root, "airflow-home"),
          AIRFLOW__CORE__LOAD_EXAMPLES: "False",
          AIRFLOW__CORE__UNIT_TEST_MODE: "True",
          HOME: root,
        },
      )) as {
        shapes: Array<[string, boolean, boolean]>
        import_errors: Record<string, string>
        dags: Record<string, DagSeen>
      }
      expect(report.import_errors).toEqual({})
      for (const [path, parsed, same] of report.shapes) {
        expect(parsed, `${path} does not parse`).toBe(true)
        expect(same, `${path} has another syntax tree than its harmless twin`).toBe(true)
      }
      expect(planted()).toEqual([])

      let compared = 0
      for (const c of all) {
        const seen = report.dags[c.id]
        expect(seen, c.id).toBeDefined()
        if (seen === undefined) continue
        const expected = expectedView(c.hostile)
        expect(seen).toEqual(expected)
        compared += Object.keys(expected.params).length * 2 + 4 + Object.keys(expected.tasks).length * 3
      }
      figures(
        task,
        `${ids.length} DAGs × ${FREE_SLOTS} free-text fields, ${payloads().length} payloads; ${report.shapes.length} syntax trees equal to their twins; ` +
          `${compared} values compared in Airflow; ${planted().length} payloads ran`,
      )
    },
  )

  describe("SQL and HTTP from hostile but legal names and values", () => {
    let pg: string
    let ch: { database: string; uri: string }
    let api: Server
    let apiUrl: string
    const received: Array<{ url: string; headers: IncomingHttpHeaders }> = []

    beforeAll(async () => {
      pg = await freshDatabase("sec_inject")
      await query(pg, "CREATE TABLE victim (id int); INSERT INTO victim VALUES (1), (2), (3)")
      ch = await freshClickHouse("sec_inject")
      await chQuery(`CREATE TABLE ${ch.database}.victim (id UInt8) ENGINE = Memory`)
      await chQuery(`INSERT INTO ${ch.database}.victim VALUES (1), (2), (3)`)
      api = createServer((request, response) => {
        received.push({ url: request.url ?? "", headers: request.headers })
        response.writeHead(200, { "content-type": "application/json" })
        response.end(JSON.stringify({ items: [{ id: 1, note: HOSTILE_VALUES[0] }] }))
      })
      await new Promise<void>((ready) => api.listen(0, "127.0.0.1", ready))
      apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((done) => api.close(() => done())))

    it("4.3 a load with hostile column names and values (CSV, PostgreSQL and ClickHouse sources) creates exactly the expected objects and rows", async ({
      task,
    }) => {
      const dir = scratch("sql")
      mkdirSync(join(dir, "specs"))
      writeFileSync(join(dir, "hostile.csv"), csvOf(HOSTILE_COLUMNS, hostileRows()))
      writeFileSync(join(dir, "specs/hostile.yaml"), hostileLoadSpec())
      const env = {
        HOME: dir,
        AIRSPEC_CONN_DWH: pg,
        AIRSPEC_CONN_OLAP: ch.uri,
        AIRSPEC_CONN_FILES: dir,
      }
      for (const taskId of ["csv_to_pg", "csv_to_ch", "pg_to_pg", "ch_to_pg"]) {
        const ran = await airspec(["run", "specs/hostile.yaml", "--task", taskId], { cwd: dir, env })
        expect(ran.code, `${taskId}: ${ran.stdout}${ran.stderr}`).toBe(0)
      }

      // PostgreSQL: the victim is intact, and the only tables besides airspec's own are the targets
      expect(await query(pg, "SELECT id FROM victim ORDER BY id")).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }])
      const tables = await query<{ t: string }>(
        pg,
        `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'airspec')
           AND table_name <> 'airspec_quarantine' ORDER BY 1`,
      )
      expect(tables.map((row) => row.t)).toEqual([
        "Select.User",
        "public.from_ch",
        "public.from_pg",
        "public.victim",
      ])
      const columns = async (schema: string, table: string) =>
        (
          await query<{ column_name: string }>(
            pg,
            "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
            [schema, table],
          )
        ).map((row) => row.column_name)
      expect(await columns("Select", "User")).toEqual(HOSTILE_COLUMNS)
      expect(await columns("public", "from_pg")).toEqual(HOSTILE_COLUMNS)
      expect(await columns("public", "from_ch")).toEqual(HOSTILE_COLUMNS)
      const rowsOf = async (table: string) => normalized(await query(pg, `SELECT * FROM ${table}`))
      const expected = hostileRows()
      expect(await rowsOf('"Select"."User"')).toEqual(expected)
      expect(await rowsOf("public.from_pg")).toEqual(expected)
      expect(await rowsOf("public.from_ch")).toEqual(expected)

      // ClickHouse: the same, with backticks in names
      expect(await chQuery(`SELECT id FROM ${ch.database}.victim ORDER BY id FORMAT TSV`)).toBe("1\n2\n3\n")
      const chTables = (
        await chRows<{ name: string }>(
          `SELECT name FROM system.tables WHERE database = '${ch.database}' ORDER BY name`,
        )
      ).map((row) => row.name)
      expect(chTables.filter((name) => !name.startsWith("airspec_"))).toEqual(["Order", "victim"])
      const chColumns = (
        await chRows<{ name: string }>(
          `SELECT name FROM system.columns WHERE database = '${ch.database}' AND table = 'Order'`,
        )
      ).map((row) => row.name)
      expect(chColumns).toEqual(HOSTILE_COLUMNS)
      expect(normalized(await chRows(`SELECT * FROM ${ch.database}.\`Order\``))).toEqual(expected)
      figures(
        task,
        `${HOSTILE_COLUMNS.length} hostile column names × ${hostileRows().length} rows of hostile values through CSV→PG, CSV→ClickHouse, PG→PG, ClickHouse→PG; ` +
          `objects exactly as expected, victims intact`,
      )
    })

    it("4.4 run-time input stays data: hostile trigger-form params are refused or ignored, HTTP query values and headers are sent exactly", async ({
      task,
    }) => {
      const dir = scratch("params")
      mkdirSync(join(dir, "specs"))
      writeFileSync(join(dir, "specs/params.yaml"), paramsSpec())
      const env = { HOME: dir, AIRSPEC_CONN_DWH: pg, AIRSPEC_CONN_API: apiUrl }
      const hostileInterval = await airspec(
        [
          "run",
          "specs/params.yaml",
          "--task",
          "copy",
          "--param",
          `interval_start=2025-01-01'; DROP TABLE victim; --`,
          "--param",
          "interval_end=2025-01-02",
        ],
        { cwd: dir, env },
      )
      expect(hostileInterval.code).toBe(3)
      expect(hostileInterval.stderr).toContain("the param interval_start must be a date")
      const hostileRefresh = await airspec(
        [
          "run",
          "specs/params.yaml",
          "--task",
          "copy",
          "--interval",
          "2025-01-01/2025-01-02",
          "--param",
          `full_refresh="true'; DROP TABLE victim; --"`,
        ],
        { cwd: dir, env },
      )
      expect(hostileRefresh.code, hostileRefresh.stderr).toBe(0)
      expect(hostileRefresh.stderr).toContain('"full_refresh":false')
      const plain = await airspec(
        ["run", "specs/params.yaml", "--task", "copy", "--interval", "2025-01-01/2025-01-02"],
        {
          cwd: dir,
          env,
        },
      )
      expect(plain.code, plain.stdout + plain.stderr).toBe(0)
      expect(await query(pg, "SELECT id FROM victim ORDER BY id")).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }])

      const pulled = await airspec(["run", "specs/params.yaml", "--task", "pull"], { cwd: dir, env })
      expect(pulled.code, pulled.stdout + pulled.stderr).toBe(0)
      const request = received.at(-1)
      expect(request).toBeDefined()
      const url = new URL(request?.url ?? "", apiUrl)
      expect(url.pathname).toBe("/v1/items")
      expect([...url.searchParams.entries()].sort()).toEqual([
        ["and", "a&b=c#d"],
        ["q", HOSTILE_VALUES[0]],
      ])
      expect(request?.headers["x-note"]).toBe(HEADER_VALUE)
      expect(Object.keys(request?.headers ?? {}).filter((name) => name.startsWith("x-"))).toEqual(["x-note"])
      expect(await query(pg, "SELECT note FROM raw_items")).toEqual([{ note: HOSTILE_VALUES[0] }])
      figures(
        task,
        "hostile interval_start refused (exit 3), a full_refresh that is not true ignored; query values and header sent exactly",
      )
    })
  })
})

interface DagSeen {
  doc_md: string | null
  owner: string
  tags: string[]
  params: Record<string, { value: unknown; description: string | null }>
  tasks: Record<string, { doc_md: string | null; pool: string; outlets: string[] }>
}

/** What Airflow should show of a hostile spec: every string as written. */
const expectedView = (spec: Record<string, unknown>): DagSeen => {
  const s = spec as unknown as {
    description: string
    owner: string
    tags: string[]
    defaults: { pool: string }
    params: Record<string, { default: unknown; description?: string }>
    tasks: Record<string, { description?: string; pool?: string; outlets?: string[] }>
  }
  return {
    doc_md: s.description.endsWith(".md") ? `${s.description}\n` : s.description,
    owner: s.owner,
    tags: [...s.tags].sort(),
    params: Object.fromEntries(
      Object.entries(s.params).map(([name, param]) => [
        name,
        { value: param.default, description: param.description ?? null },
      ]),
    ),
    tasks: Object.fromEntries(
      Object.entries(s.tasks).map(([id, t]) => [
        id,
        { doc_md: t.description ?? null, pool: t.pool ?? s.defaults.pool, outlets: t.outlets ?? [] },
      ]),
    ),
  }
}

const CHECK_DAGS = `
import ast, json, sys
request = json.load(sys.stdin)

def shape(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), filename=path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = "S"
    return ast.dump(tree)

shapes = []
for hostile, benign in request["pairs"]:
    try:
        hostile_shape = shape(hostile)
        parsed = True
    except SyntaxError:
        hostile_shape, parsed = None, False
    shapes.append([hostile, parsed, parsed and hostile_shape == shape(benign)])

from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder=request["folder"], safe_mode=False)
dags = {}
for dag_id, dag in bag.dags.items():
    dags[dag_id] = {
        "doc_md": dag.doc_md,
        "owner": dag.owner,
        "tags": sorted(dag.tags),
        "params": {
            name: {"value": dag.params.get_param(name).value, "description": dag.params.get_param(name).description}
            for name in dag.params.keys()
        },
        "tasks": {
            t.task_id: {"doc_md": t.doc_md, "pool": t.pool, "outlets": [o.uri for o in t.outlets]}
            for t in dag.tasks
        },
    }
print(json.dumps({
    "shapes": shapes,
    "import_errors": {path: str(error)[-800:] for path, error in bag.import_errors.items()},
    "dags": dags,
}))
`

/** Column names a spec could never declare but a source can carry; all legal in both databases. */
const HOSTILE_COLUMNS = [
  "id",
  'a"b',
  "x; DROP TABLE victim; --",
  "$1",
  "`tick`",
  "back\\slash",
  "Grüße ✓",
  "select",
  "Mixed Case",
  "{{ ds }}",
  "' OR '1'='1",
]

const HOSTILE_VALUES = [
  "'); DROP TABLE victim; --",
  "\\.",
  "\\N",
  "tab\there",
  "line\nbreak",
  "back\\slash\\",
  "$1 $$ $tag$",
  "{{ ds }}",
  "\u2028 \u2029 \u0085",
  '"quoted"',
  "`tick` \\` \\'",
]

const hostileRows = (): Array<Array<string | null>> =>
  HOSTILE_VALUES.map((_, row) =>
    HOSTILE_COLUMNS.map((_, column) =>
      column === 0 ? String(row + 1) : (HOSTILE_VALUES[(row + column) % HOSTILE_VALUES.length] as string),
    ),
  )

/** Rows as text in the hostile columns' order, by id: whatever types the targets chose. */
const normalized = (rows: ReadonlyArray<Record<string, unknown>>): Array<Array<string | null>> =>
  rows
    .map((row) =>
      HOSTILE_COLUMNS.map((name) =>
        row[name] === null || row[name] === undefined ? null : String(row[name]),
      ),
    )
    .sort((a, b) => Number(a[0]) - Number(b[0]))

const csvField = (value: string | null) => (value === null ? "" : `"${value.replaceAll('"', '""')}"`)
const csvOf = (columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | null>>) =>
  `${[columns, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`

const pgAlias = (name: string) => `"${name.replaceAll('"', '""')}"`
const pgLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`
const chAlias = (name: string) => `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``
const chLiteral = (value: string) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`

/** The rows as a SELECT of literals, aliased with the hostile names. */
const selectOf = (
  alias: (name: string) => string,
  literal: (value: string) => string,
  idOf: (value: string) => string,
) =>
  hostileRows()
    .map(
      (row) =>
        `SELECT ${row.map((value, index) => `${index === 0 ? idOf(value ?? "") : literal(value ?? "")} AS ${alias(HOSTILE_COLUMNS[index] as string)}`).join(", ")}`,
    )
    .join(" UNION ALL ")

const hostileLoadSpec = () =>
  yamlOf({
    pipeline: "hostile_load",
    owner: "security",
    start_date: "2025-01-01",
    connections: {
      files: { kind: "file", conn_id: "files" },
      dwh: { kind: "postgres", conn_id: "dwh" },
      olap: { kind: "clickhouse", conn_id: "olap" },
    },
    tasks: {
      csv_to_pg: {
        source: { kind: "file", connection: "files", path: "hostile.csv", format: "csv" },
        targets: [
          {
            connection: "dwh",
            table: "Select.User",
            write: "merge",
            primary_key: ["id"],
            columns: { id: "bigint" },
          },
        ],
      },
      csv_to_ch: {
        source: { kind: "file", connection: "files", path: "hostile.csv", format: "csv" },
        targets: [
          {
            connection: "olap",
            table: "Order",
            write: "replace",
            order_by: ["id"],
            columns: { id: "UInt64" },
          },
        ],
      },
      pg_to_pg: {
        source: {
          kind: "postgres",
          connection: "dwh",
          query: selectOf(pgAlias, pgLiteral, (id) => `CAST(${id} AS bigint)`),
        },
        targets: [{ connection: "dwh", table: "from_pg", write: "replace" }],
      },
      ch_to_pg: {
        source: {
          kind: "clickhouse",
          connection: "olap",
          query: selectOf(chAlias, chLiteral, (id) => `toInt64(${id})`),
        },
        targets: [{ connection: "dwh", table: "from_ch", write: "replace" }],
      },
    },
  })

const HEADER_VALUE = 'a; b="c" {{ ds }} $1 \\ \' --'

const paramsSpec = () =>
  yamlOf({
    pipeline: "hostile_params",
    owner: "security",
    start_date: "2025-01-01",
    schedule: "@daily",
    params: {
      full_refresh: { type: "boolean", default: false },
      interval_start: { type: "string", format: "date" },
      interval_end: { type: "string", format: "date" },
    },
    connections: {
      dwh: { kind: "postgres", conn_id: "dwh" },
      api: { kind: "http", conn_id: "api" },
    },
    tasks: {
      copy: {
        source: {
          kind: "postgres",
          connection: "dwh",
          query: "SELECT id, now() - interval '1 year' + id * interval '1 hour' AS at FROM victim",
          incremental: { cursor: "at" },
        },
        targets: [{ connection: "dwh", table: "victim_copy", write: "window" }],
      },
      pull: {
        source: {
          kind: "http",
          connection: "api",
          path: "/v1/items",
          query: { q: HOSTILE_VALUES[0], and: "a&b=c#d" },
          headers: { "X-Note": HEADER_VALUE },
          records_path: "items",
        },
        targets: [{ connection: "dwh", table: "raw_items", write: "replace" }],
      },
    },
  })
