/**
 * `airspec review --table/--ddl` as users run it: the bundled binary against real PostgreSQL and
 * ClickHouse tables and a DDL file, with and without a model (the fake OpenAI server), and the row counts
 * the spec review's daily-reload rule gets from live connections.
 */
import { spawn } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { chQuery, freshClickHouse } from "../../runtime/clickhouse-harness"
import { freshDatabase, project, query } from "../../runtime/harness"

const BIN = resolve("bin/airspec.mjs")

/** Without any model or connection from the machine's environment. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !name.startsWith("AIRSPEC_LLM_") && !name.startsWith("AIRSPEC_CONN_"),
  ),
)

const airspec = (cwd: string, env: Record<string, string>, ...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn("node", [BIN, ...args], { cwd, env: { ...cleanEnv, ...env } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => {
      stdout += chunk
    })
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    child.on("close", (code) => done({ code, stdout, stderr }))
  })

/** A value that must never reach a model: it is data. */
const SECRET_VALUE = "customer-4711-private-note"

let shop: string
let olap: { database: string; uri: string }

beforeAll(async () => {
  shop = await freshDatabase("table_review")
  await query(
    shop,
    `CREATE TABLE public.payments (
       id bigint,
       qty text,
       total_amount double precision,
       note text,
       updated_at timestamptz NOT NULL
     );
     INSERT INTO public.payments
       SELECT n, (n * 2)::text, n * 1.5, '${SECRET_VALUE}', timestamptz '2025-01-01 00:00:00+00' + n * interval '1 minute'
       FROM generate_series(1, 300) AS n;
     CREATE TABLE public.small (id int PRIMARY KEY, v text);
     INSERT INTO public.small SELECT n, 'x' FROM generate_series(1, 10) AS n;
     ANALYZE public.payments; ANALYZE public.small;`,
  )
  olap = await freshClickHouse("table_review")
  await chQuery(
    `CREATE TABLE ${olap.database}.events (id UInt64, status String, amount Nullable(Int64), created_at DateTime) ENGINE = MergeTree ORDER BY tuple()`,
  )
  await chQuery(
    `INSERT INTO ${olap.database}.events SELECT number, if(number % 2 = 0, 'new', 'paid'), toInt64(number), toDateTime('2025-01-01 00:00:00') + number FROM system.numbers LIMIT 500`,
  )
})

const rulesOf = (stdout: string, index = 0): string[] =>
  JSON.parse(stdout).tables[index].recommendations.map((r: { rule: string; column: string | null }) =>
    r.column === null ? r.rule : `${r.rule}:${r.column}`,
  )

describe("airspec review --table", () => {
  it("recommends a key, types and a cursor index for a PostgreSQL table from its catalogue and sample", async () => {
    const result = await airspec(
      project({}),
      { AIRSPEC_CONN_SHOP: shop },
      "review",
      "--table",
      "shop.public.payments",
      "--format",
      "json",
    )
    expect(result.code, result.stderr).toBe(0)
    expect(rulesOf(result.stdout)).toEqual([
      "no_primary_key",
      "cursor_without_index:updated_at",
      "text_holds_typed_values:qty",
      "float_for_money:total_amount",
    ])
    const [table] = JSON.parse(result.stdout).tables
    expect(table.origin).toEqual({ kind: "connection", sampledRows: 300 })
    expect(table.recommendations[0].sql).toBe("ALTER TABLE public.payments ADD PRIMARY KEY (id);")
    expect(table.advisory).toEqual({ skipped: "no endpoint configured", findings: [] })
  })

  it("recommends ORDER BY, partitions and encodings for a ClickHouse table", async () => {
    const result = await airspec(
      project({}),
      { AIRSPEC_CONN_OLAP: olap.uri },
      "review",
      "--table",
      `olap.${olap.database}.events`,
      "--format",
      "json",
    )
    expect(result.code, result.stderr).toBe(0)
    expect(rulesOf(result.stdout)).toEqual([
      "low_cardinality_string:status",
      "nullable_never_null:amount",
      "order_by_tuple",
    ])
  })

  it("adds a model's advice about the table's own columns only, and sends it no rows", async () => {
    const server: FakeOpenAi = await startFakeOpenAi()
    try {
      server.script(
        reply.json({
          findings: [
            { column: "note", message: "A free-text note may hold personal data: mask it." },
            { column: "no_such_column", message: "Invented." },
            { column: "", message: "Consider a BRIN index on updated_at for a table this append-only." },
          ],
        }),
      )
      const dir = project({})
      const result = await airspec(
        dir,
        {
          AIRSPEC_CONN_SHOP: shop,
          AIRSPEC_LLM_BASE_URL: server.baseUrl,
          AIRSPEC_LLM_MODEL: "fake-model",
          AIRSPEC_LLM_API_KEY: "sk-table-review-test",
          AIRSPEC_LLM_CACHE_DIR: join(dir, ".llm-cache"),
        },
        "review",
        "--table",
        "shop.public.payments",
      )
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).toContain("- **llm** `note` A free-text note may hold personal data: mask it.")
      expect(result.stdout).toContain("- **llm** Consider a BRIN index")
      expect(result.stdout).not.toContain("Invented")
      expect(server.requests).toHaveLength(1)
      const sent = server.requests[0]?.body ?? ""
      expect(sent).toContain("total_amount")
      expect(sent).not.toContain(SECRET_VALUE)
      expect(sent).not.toContain(shop)
    } finally {
      await server.close()
    }
  })

  it("explains a missing connection", async () => {
    const result = await airspec(project({}), {}, "review", "--table", "nowhere.public.payments")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("AIRSPEC_CONN_NOWHERE")
  })
})

describe("airspec review --ddl", () => {
  it("points recommendations at the DDL file's lines, as markdown and as annotations", async () => {
    const dir = project({
      "tables.sql": `CREATE TABLE sales.orders (
  id bigint,
  total_amount double precision,
  updated_at timestamptz
);
CREATE TABLE analytics.events (id UInt64, kind String) ENGINE = MergeTree ORDER BY id;
`,
    })
    const markdown = await airspec(dir, {}, "review", "--ddl", "tables.sql")
    expect(markdown.code, markdown.stderr).toBe(0)
    expect(markdown.stdout).toContain("### `tables.sql: sales.orders`")
    expect(markdown.stdout).toContain("- `tables.sql:3` **float_for_money**")
    expect(markdown.stdout).toContain("### `tables.sql: analytics.events`")
    expect(markdown.stdout).toContain("LLM review skipped: no endpoint configured")
    const github = await airspec(dir, {}, "review", "--ddl", "tables.sql", "--format", "github")
    expect(github.stdout).toContain(
      "::warning file=tables.sql,line=4,col=1,title=airspec table review cursor_without_index::",
    )
  })
})

describe("row counts for the spec review", () => {
  const spec = (table: string) => `pipeline: copy_${table}
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  shop: { kind: postgres, conn_id: shop_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  copy:
    source: { kind: postgres, connection: shop, table: public.${table} }
    targets: [{ connection: dwh, table: raw.${table}, write: replace }]
`
  const daily = (stdout: string) =>
    JSON.parse(stdout).findings.filter(
      (found: { rule: string }) => found.rule === "daily_full_refresh_large_table",
    )

  it("stays silent about a small table it can count, and says the size is unknown otherwise", async () => {
    const dir = project({})
    mkdirSync(join(dir, "specs"))
    writeFileSync(join(dir, "specs", "copy_small.yaml"), spec("small"))
    const counted = await airspec(dir, { AIRSPEC_CONN_SHOP: shop }, "review", "--format", "json")
    expect(counted.code, counted.stderr).toBe(0)
    expect(daily(counted.stdout)).toEqual([])
    const unknown = await airspec(dir, {}, "review", "--format", "json")
    expect(daily(unknown.stdout)).toHaveLength(1)
    expect(daily(unknown.stdout)[0].message).toContain("its size is unknown")
  })
})
