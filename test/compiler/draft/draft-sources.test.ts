/**
 * Drafting from existing tables (real PostgreSQL and ClickHouse) and from an API's response (a local HTTP
 * server), through the bundled CLI: the description matches the catalogue, the draft compiles, and a
 * drafted PostgreSQL → PostgreSQL spec runs as it is.
 */
import { execFile, spawn } from "node:child_process"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { Effect, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { checkApiUrl, recordsPathOf } from "../../../compiler/introspect/api"
import { keyParts } from "../../../compiler/introspect/clickhouse"
import { describeTable } from "../../../compiler/introspect/describe"
import { IntrospectError, parseTableRef } from "../../../compiler/introspect/table"
import { reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { chQuery, freshClickHouse } from "../../runtime/clickhouse-harness"
import { freshDatabase, project, query } from "../../runtime/harness"
import { compileText } from "../../support"

const exec = promisify(execFile)
const CLI = resolve("bin/airspec.mjs")

const airspec = async (cwd: string, args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** The CLI run without blocking this process, which serves the fake model meanwhile. */
const airspecAsync = (cwd: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", ...env },
    })
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

let shop: string
let clickhouse: { database: string; uri: string }

beforeAll(async () => {
  shop = await freshDatabase("draft_src")
  await query(
    shop,
    `CREATE SCHEMA sales;
     CREATE TABLE sales.orders (
       id bigint PRIMARY KEY,
       customer_code text NOT NULL,
       amount numeric(12,2),
       status text,
       created_at timestamptz NOT NULL,
       updated_at timestamptz NOT NULL
     );
     CREATE INDEX orders_customer ON sales.orders (customer_code, lower(status));
     INSERT INTO sales.orders
       SELECT n, lpad((n % 97)::text, 5, '0'), n * 1.25, CASE WHEN n % 3 = 0 THEN NULL ELSE 'open' END,
              timestamptz '2025-01-01 00:00:00+00' + n * interval '1 hour',
              timestamptz '2025-02-01 00:00:00+00' + n * interval '1 minute'
       FROM generate_series(1, 500) AS n;
     ANALYZE sales.orders;`,
  )
  clickhouse = await freshClickHouse("draft_src")
  await chQuery(
    `CREATE TABLE ${clickhouse.database}.events (day Date, id UInt64, kind String, value Nullable(Decimal(10, 2)))
     ENGINE = MergeTree PARTITION BY toYYYYMM(day) ORDER BY (id, day)`,
  )
  await chQuery(
    `INSERT INTO ${clickhouse.database}.events SELECT toDate('2025-01-01') + number % 40, number, 'click', number / 4 FROM system.numbers LIMIT 300`,
  )
})

describe("table references and API URLs", () => {
  it("reads <connection>.<schema>.<table> and refuses anything else", () => {
    expect(parseTableRef("shop.sales.orders")).toEqual({ connection: "shop", table: "sales.orders" })
    expect(parseTableRef("shop.orders")).toEqual({ connection: "shop", table: "orders" })
    for (const bad of ["orders", "a.b.c.d", "shop.sales.orders;drop", "shop..orders"])
      expect(parseTableRef(bad)).toBeInstanceOf(IntrospectError)
  })

  it("refuses URLs that carry credentials", () => {
    expect(checkApiUrl("https://api.example.com/v1/orders?status=open")).toBeInstanceOf(URL)
    for (const bad of [
      "https://user:pw@api.example.com/v1/orders",
      "https://api.example.com/v1/orders?api_key=abc",
      "https://api.example.com/v1/orders?access_token=abc",
      "ftp://api.example.com/orders",
    ])
      expect(checkApiUrl(bad)).toBeInstanceOf(IntrospectError)
  })

  it("finds the records array breadth-first", () => {
    expect(recordsPathOf([{ a: 1 }])).toBeNull()
    expect(recordsPathOf({ meta: { tags: ["x"] }, data: { items: [{ a: 1 }] } })).toBe("data.items")
    expect(recordsPathOf({ count: 1 })).toBeUndefined()
  })

  it("splits ClickHouse key expressions at the top level", () => {
    expect(keyParts("id, toDate(created_at)")).toEqual(["id", "toDate(created_at)"])
    expect(keyParts("`odd name`, b")).toEqual(["odd name", "b"])
    expect(keyParts("tuple()")).toEqual([])
  })
})

describe("describing a table", () => {
  it("reads a PostgreSQL table's columns, key, indexes, size and first rows", async () => {
    const sample = await Effect.runPromise(
      describeTable(Redacted.make(shop), { connection: "shop", table: "sales.orders" }, 100),
    )
    expect(sample.description).toMatchObject({
      database: "postgres",
      table: "sales.orders",
      primaryKey: ["id"],
      estimatedRows: 500,
      columns: [
        { name: "id", type: "bigint", nullable: false },
        { name: "customer_code", type: "text", nullable: false },
        { name: "amount", type: "numeric(12,2)", nullable: true },
        { name: "status", type: "text", nullable: true },
        { name: "created_at", type: "timestamp with time zone", nullable: false },
        { name: "updated_at", type: "timestamp with time zone", nullable: false },
      ],
    })
    expect(sample.description.indexes).toEqual([
      { name: "orders_customer", columns: ["customer_code", "lower(status)"], unique: false },
      { name: "orders_pkey", columns: ["id"], unique: true },
    ])
    expect(sample.rows.rows).toHaveLength(100)
    expect(sample.truncated).toBe(true)
    expect(sample.rows.rows[0]).toEqual([
      "1",
      "00001",
      "1.25",
      "open",
      "2025-01-01 01:00:00+00",
      "2025-02-01 00:01:00+00",
    ])
  })

  it("reads a ClickHouse table's columns, keys, partitioning and size", async () => {
    const sample = await Effect.runPromise(
      describeTable(
        Redacted.make(clickhouse.uri),
        { connection: "olap", table: `${clickhouse.database}.events` },
        1000,
      ),
    )
    expect(sample.description).toMatchObject({
      database: "clickhouse",
      engine: "MergeTree",
      primaryKey: ["id", "day"],
      partitionKey: "toYYYYMM(day)",
      estimatedRows: 300,
      columns: [
        { name: "day", type: "Date", nullable: false },
        { name: "id", type: "UInt64", nullable: false },
        { name: "kind", type: "String", nullable: false },
        { name: "value", type: "Nullable(Decimal(10, 2))", nullable: true },
      ],
    })
    expect(sample.rows.rows).toHaveLength(300)
    expect(sample.truncated).toBe(false)
  })

  it("says when the table is missing", async () => {
    const error = await Effect.runPromise(
      Effect.flip(describeTable(Redacted.make(shop), { connection: "shop", table: "sales.nope" }, 10)),
    )
    expect(error.reason).toBe("not_found")
  })
})

describe("airspec draft --table", () => {
  it("drafts a PostgreSQL table into PostgreSQL, and the draft runs as it is", async () => {
    const dwh = await freshDatabase("draft_dwh")
    const dir = project({})
    const env = { AIRSPEC_CONN_SHOP: shop, AIRSPEC_CONN_WAREHOUSE: dwh }
    const drafted = await airspec(
      dir,
      ["draft", "--table", "shop.sales.orders", "--name", "shop_sync", "--out", "spec.yaml"],
      env,
    )
    expect(drafted.code, drafted.stderr).toBe(0)
    const text = (await import("node:fs")).readFileSync(join(dir, "spec.yaml"), "utf8")
    expect(text).not.toContain(shop)
    const spec = parse(text)
    expect(spec.connections.shop).toEqual({ kind: "postgres", conn_id: "shop" })
    expect(spec.tasks.orders.source).toEqual({
      kind: "postgres",
      connection: "shop",
      table: "sales.orders",
      incremental: { cursor: "updated_at" },
    })
    // the table's own primary key, and no type overrides: the source's types carry over
    expect(spec.tasks.orders.targets).toEqual([
      { connection: "warehouse", table: "raw.orders", write: "merge", primary_key: ["id"] },
    ])
    expect(compileText(text, {}, "specs/shop_sync.yaml").diagnostics).toEqual([])
    const ran = await airspec(
      dir,
      ["run", "spec.yaml", "--task", "orders", "--interval", "2025-01-01/2026-01-01"],
      env,
    )
    expect(ran.code, ran.stdout + ran.stderr).toBe(0)
    const loaded = await query<{ n: string; amount: string }>(
      dwh,
      "SELECT count(*)::text AS n, sum(amount)::text AS amount FROM raw.orders",
    )
    expect(loaded).toEqual([{ n: "500", amount: "156562.50" }])
  })

  it("drafts a ClickHouse table into ClickHouse with the partition column declared", async () => {
    const dir = project({})
    const drafted = await airspec(
      dir,
      [
        "draft",
        "--table",
        `olap.${clickhouse.database}.events`,
        "--target",
        "clickhouse",
        "--name",
        "events_copy",
        "--out",
        "-",
      ],
      { AIRSPEC_CONN_OLAP: clickhouse.uri },
    )
    expect(drafted.code, drafted.stderr).toBe(0)
    const spec = parse(drafted.stdout)
    expect(spec.tasks.events.source).toMatchObject({
      kind: "clickhouse",
      connection: "olap",
      table: `${clickhouse.database}.events`,
    })
    expect(spec.tasks.events.targets[0]).toMatchObject({
      table: "analytics.events",
      primary_key: ["id", "day"],
    })
    expect(compileText(drafted.stdout, {}, "specs/events_copy.yaml").diagnostics).toEqual([])
  })

  it("explains a missing connection URI and a bad reference", async () => {
    const dir = project({})
    const missing = await airspec(dir, ["draft", "--table", "nowhere.sales.orders", "--name", "x"])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("AIRSPEC_CONN_NOWHERE")
    expect((await airspec(dir, ["draft", "--table", "orders", "--name", "x"])).code).toBe(2)
    expect((await airspec(dir, ["draft", "--name", "x"])).code).toBe(2)
  })
})

describe("airspec draft --api", () => {
  let server: Server
  let base: string
  const requests: string[] = []
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? "")
      if (request.url?.startsWith("/v1/orders")) {
        response.setHeader("content-type", "application/json")
        response.end(
          JSON.stringify({
            paging: { next: null },
            data: {
              items: [
                { id: 1, code: "007", total: "12.50", updated_at: "2025-03-01T10:00:00Z" },
                { id: 2, code: "042", total: "3.10", updated_at: "2025-03-02T11:30:00Z" },
              ],
            },
          }),
        )
      } else {
        response.statusCode = 404
        response.end("{}")
      }
    })
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  it("drafts an http source from one response", async () => {
    const dir = project({})
    const drafted = await airspec(dir, [
      "draft",
      "--api",
      `${base}/v1/orders?status=open`,
      "--name",
      "api_orders",
      "--out",
      "-",
    ])
    expect(drafted.code, drafted.stderr).toBe(0)
    expect(requests).toContain("/v1/orders?status=open")
    const spec = parse(drafted.stdout)
    expect(spec.connections.api).toEqual({ kind: "http", conn_id: "api_orders_api" })
    expect(spec.tasks.orders.source).toEqual({
      kind: "http",
      connection: "api",
      path: "/v1/orders",
      query: { status: "open" },
      records_path: "data.items",
      incremental: { cursor: "updated_at" },
    })
    expect(spec.tasks.orders.targets[0].columns).toMatchObject({ code: "text", total: "numeric(18,2)" })
    expect(compileText(drafted.stdout, {}, "specs/api_orders.yaml").diagnostics).toEqual([])
  })

  it("fails clearly on an error status and on credentials in the URL", async () => {
    const dir = project({})
    const missing = await airspec(dir, ["draft", "--api", `${base}/v1/missing`, "--name", "x"])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("HTTP 404")
    const secret = await airspec(dir, ["draft", "--api", `${base}/v1/orders?token=hunter2`, "--name", "x"])
    expect(secret.code).toBe(2)
    expect(secret.stderr).not.toContain("hunter2")
    expect(requests.some((url) => url.includes("hunter2"))).toBe(false)
  })
})

describe("airspec draft with a model", () => {
  it("prints only the spec on stdout with --out -, the model call's log line on stderr", async () => {
    const server = await startFakeOpenAi()
    try {
      const dir = project({})
      const sample = resolve("node_modules/vega-datasets/data/seattle-weather.csv")
      const env = { AIRSPEC_CONN_SHOP: shop }
      const skeleton = await airspec(dir, ["draft", sample, "--name", "weather", "--out", "-"], env)
      const spec = parse(skeleton.stdout)
      spec.description = "Seattle weather, drafted by the model."
      server.script(reply.json(spec))
      const drafted = await airspecAsync(dir, ["draft", sample, "--name", "weather", "--out", "-"], {
        AIRSPEC_LLM_BASE_URL: server.baseUrl,
        AIRSPEC_LLM_MODEL: "fake-model",
        AIRSPEC_LLM_API_KEY: "sk-draft-cli-test",
        AIRSPEC_LLM_CACHE_DIR: join(dir, ".llm-cache"),
      })
      expect(drafted.code, drafted.stderr).toBe(0)
      expect(parse(drafted.stdout).description).toBe("Seattle weather, drafted by the model.")
      expect(drafted.stdout).not.toContain("llm draft")
      expect(drafted.stderr).toContain("llm draft: model fake-model")
      expect(server.requests).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
})
