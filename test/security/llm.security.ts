/**
 * Check 3: what goes to the model. The fake OpenAI-compatible server records every request of `airspec
 * draft` (files, `--table` on PostgreSQL and ClickHouse with passwords in their URIs, `--api` against a
 * local server) and of `airspec review` (a spec and a SQL file with literal secrets planted; table
 * analysis). No request body may hold a planted secret, a connection URI or a value of a sampled row —
 * except sample values with `--include-examples`, which shows that the search would find them. The API key
 * travels in the Authorization header only.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../fakes/fake-openai"
import { chQuery, freshClickHouse } from "../runtime/clickhouse-harness"
import { freshDatabase, query } from "../runtime/harness"
import {
  airspec,
  CH_USER,
  clickhouseUser,
  type Exited,
  figures,
  type Planted,
  plant,
  removeScratch,
  scan,
  scanTree,
  scratch,
} from "./support"

afterAll(removeScratch)

const S = {
  pg: plant("PostgreSQL password", (core) => `pg-${core}`, "postgres"),
  ch: plant("ClickHouse password", (core) => `ch-${core}`, CH_USER),
  llm: plant("LLM API key", (core) => `sk-llm-${core}`),
}

/** Values of sampled rows: each carries its own random core, so a match can only be a leaked row. */
const ROW_VALUES: ReadonlyArray<Planted> = Array.from({ length: 6 }, (_, index) =>
  plant(`row value ${index}`, (core) => `val-${core}`),
)
const NUMBERS = ["7319462850.17", "4182736451.93", "9907123344.01"]
const rowValue = (index: number) => (ROW_VALUES[index % ROW_VALUES.length] as Planted).value

interface Capture {
  readonly result: Exited
  readonly bodies: string[]
  readonly headers: string[]
}

describe("3 what the model is sent", () => {
  let api: Server
  let apiUrl: string
  let shop: string
  let olap: { database: string; uri: string }
  let dir: string

  beforeAll(async () => {
    api = createServer((_, response) => {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(
        JSON.stringify({
          data: {
            items: [0, 1, 2].map((index) => ({
              id: index + 1,
              email: rowValue(index),
              amount: NUMBERS[index],
              note: rowValue(index + 3),
            })),
          },
        }),
      )
    })
    await new Promise<void>((ready) => api.listen(0, "127.0.0.1", ready))
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/v1/orders?status=open`

    const db = await freshDatabase("sec_llm")
    await query(
      db,
      `CREATE SCHEMA sales;
       CREATE TABLE sales.orders (id bigint PRIMARY KEY, email text, amount numeric(12,2), note text, updated_at timestamptz);
       INSERT INTO sales.orders VALUES
         (1, '${rowValue(0)}', ${NUMBERS[0]}, '${rowValue(3)}', '2031-07-19 04:05:06+00'),
         (2, '${rowValue(1)}', ${NUMBERS[1]}, '${rowValue(4)}', '2031-07-20 04:05:06+00'),
         (3, '${rowValue(2)}', ${NUMBERS[2]}, '${rowValue(5)}', '2031-07-21 04:05:06+00')`,
    )
    const url = new URL(db)
    url.username = "postgres"
    url.password = S.pg.value
    shop = url.toString()
    const ch = await freshClickHouse("sec_llm")
    await chQuery(
      `CREATE TABLE ${ch.database}.events (id UInt64, email String, note String) ENGINE = MergeTree ORDER BY id`,
    )
    await chQuery(
      `INSERT INTO ${ch.database}.events VALUES (1, '${rowValue(0)}', '${rowValue(3)}'), (2, '${rowValue(1)}', '${rowValue(4)}')`,
    )
    await clickhouseUser(S.ch.value)
    const chUrl = new URL(inject("clickhouseUrl"))
    olap = { database: ch.database, uri: `http://${CH_USER}:${S.ch.value}@${chUrl.host}/${ch.database}` }

    dir = scratch("llm")
    mkdirSync(join(dir, "samples"))
    mkdirSync(join(dir, "specs/sql"), { recursive: true })
    writeFileSync(
      join(dir, "samples/orders.csv"),
      `id,email,amount,note,created_at\n${[0, 1, 2]
        .map(
          (index) =>
            `${index + 1},${rowValue(index)},${NUMBERS[index]},"${rowValue(index + 3)}",2031-07-1${index} 04:05:06+00`,
        )
        .join("\n")}\n`,
    )
    writeFileSync(
      join(dir, "samples/events.ndjson"),
      `${[0, 1, 2].map((index) => JSON.stringify({ id: index, kind: rowValue(index + 2), value: NUMBERS[index] })).join("\n")}\n`,
    )
  })
  afterAll(() => new Promise<void>((done) => api.close(() => done())))

  const llmEnv = (model: FakeOpenAi) => ({
    HOME: dir,
    AIRSPEC_LLM_BASE_URL: model.baseUrl,
    AIRSPEC_LLM_MODEL: "fake-model",
    AIRSPEC_LLM_API_KEY: S.llm.value,
    AIRSPEC_LLM_CACHE_DIR: join(dir, ".llm-cache"),
    AIRSPEC_CONN_SHOP: shop,
    AIRSPEC_CONN_OLAP: olap.uri,
  })

  /** Runs the CLI against a fresh fake model with `replies` scripted, and returns what the model was sent. */
  const capture = async (
    args: ReadonlyArray<string>,
    replies: ReadonlyArray<ReturnType<typeof reply.json>>,
  ): Promise<Capture> => {
    const model = await startFakeOpenAi()
    try {
      model.script(...replies)
      const result = await airspec(args, { cwd: dir, env: llmEnv(model) })
      return {
        result,
        bodies: model.requests.map((request) => request.body),
        headers: model.requests.map((request) => JSON.stringify(request.headers)),
      }
    } finally {
      await model.close()
    }
  }

  const secretsIn = (capture: Capture, where: string) => [
    ...capture.bodies.flatMap((body, index) => scan(body, `${where} request ${index + 1}`, Object.values(S))),
    ...capture.headers.flatMap((headers, index) =>
      scan(headers.replace(`Bearer ${S.llm.value}`, "Bearer <key>"), `${where} headers ${index + 1}`, [
        S.llm,
        S.pg,
        S.ch,
      ]),
    ),
    ...scan(capture.result.stdout + capture.result.stderr, `${where} output`, Object.values(S)),
  ]
  const uriIn = (capture: Capture) =>
    capture.bodies.filter(
      (body) => body.includes(shop) || body.includes(olap.uri) || body.includes("postgresql://"),
    )
  const rowsIn = (capture: Capture, where: string) => [
    ...capture.bodies.flatMap((body, index) => scan(body, `${where} request ${index + 1}`, ROW_VALUES)),
    ...NUMBERS.filter((number) => capture.bodies.some((body) => body.includes(number))).map((number) => ({
      secret: number,
      where,
      context: "",
    })),
  ]

  const draftArgs = [
    "draft",
    "samples/orders.csv",
    "samples/events.ndjson",
    "--table",
    "shop.sales.orders",
    "--api",
    "",
    "--name",
    "sec_draft",
    "--out",
    "-",
  ]
  const withApi = () => draftArgs.map((arg) => (arg === "" ? apiUrl : arg))
  const badDraft = () => reply.json({ pipeline: "sec_draft" })

  it("3.1 `airspec draft` (files, --table on PostgreSQL, --api) sends no secret, no connection URI, no row value", async ({
    task,
  }) => {
    const sent = await capture(withApi(), [badDraft(), badDraft(), badDraft(), badDraft()])
    expect(sent.bodies.length, sent.result.stderr).toBeGreaterThan(0)
    expect(sent.headers.every((headers) => headers.includes(`"authorization":"Bearer ${S.llm.value}"`))).toBe(
      true,
    )
    const cache = scanTree(join(dir, ".llm-cache"), [S.llm])
    figures(
      task,
      `${sent.bodies.length} requests (${sent.bodies.reduce((n, body) => n + body.length, 0).toLocaleString("en")} bytes, the repair loop included); ` +
        `${ROW_VALUES.length + NUMBERS.length} planted row values, 3 secrets; ${cache.files} cache files without the key`,
    )
    expect(secretsIn(sent, "draft")).toEqual([])
    expect(uriIn(sent)).toEqual([])
    expect(rowsIn(sent, "draft")).toEqual([])
    expect(cache.leaks).toEqual([])
  })

  it("3.2 … and sends sample values only with --include-examples (the search finds them then)", async ({
    task,
  }) => {
    const sent = await capture(
      [...withApi(), "--include-examples"],
      [badDraft(), badDraft(), badDraft(), badDraft()],
    )
    expect(sent.bodies.length).toBeGreaterThan(0)
    const found = rowsIn(sent, "draft --include-examples")
    figures(
      task,
      `${new Set(found.map((f) => f.secret)).size} of the planted row values found in the requests`,
    )
    expect(found.length).toBeGreaterThan(0)
    expect(secretsIn(sent, "draft --include-examples")).toEqual([])
    expect(uriIn(sent)).toEqual([])
  })

  it("3.3 `airspec draft --table` on ClickHouse sends no URI and no row value", async ({ task }) => {
    const sent = await capture(
      [
        "draft",
        "--table",
        `olap.${olap.database}.events`,
        "--target",
        "clickhouse",
        "--name",
        "sec_ch",
        "--out",
        "-",
      ],
      [badDraft(), badDraft(), badDraft(), badDraft()],
    )
    expect(sent.bodies.length, sent.result.stderr).toBeGreaterThan(0)
    figures(task, `${sent.bodies.length} requests`)
    expect(secretsIn(sent, "draft --table olap")).toEqual([])
    expect(uriIn(sent)).toEqual([])
    expect(rowsIn(sent, "draft --table olap")).toEqual([])
  })

  it("3.4 `airspec review` of a spec and a SQL file with literal secrets sends none of them", async ({
    task,
  }) => {
    const secrets = [
      plant("URI password in a comment", (core) => `uri-${core}`),
      plant("Bearer in a header", (core) => `Bearer ${core}Zq`),
      plant("api_key query value", (core) => `sk-${core}${core}`),
      plant("password in a body", (core) => `pw-${core}`),
      plant("AWS key in a description", (core) => `AKIA${core.toUpperCase()}`),
      plant("password in a SQL comment", (core) => `sqlpw-${core}`),
    ] as const
    const [uri, bearer, apiKey, password, aws, sqlPassword] = secrets
    writeFileSync(join(dir, "specs/sql/mart.sql"), `-- password=${sqlPassword.value}\nselect 1\n`)
    writeFileSync(
      join(dir, "specs/leaky.yaml"),
      `pipeline: leaky
description: "bucket key ${aws.value}"
owner: security
start_date: 2025-01-01
schedule: "@daily"
connections:
  api: { kind: http, conn_id: partner_api, auth: header, auth_header: X-Api-Key }
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  pull:
    source:
      kind: http
      connection: api
      path: /v1/items
      method: POST
      body: { password: "${password.value}" }
      headers: { X-Trace: "${bearer.value}" }
      query: { api_key: "${apiKey.value}" }
    targets: [{ connection: dwh, table: raw.items, primary_key: [id], write: merge }]
  mart: { sql: { connection: dwh, file: sql/mart.sql }, depends_on: [pull] }
# copied from prod: postgresql://etl:${uri.value}@db.internal:5432/shop
`,
    )
    const sent = await capture(
      ["review", "specs/leaky.yaml", "--format", "json"],
      [reply.json({ findings: [] })],
    )
    expect(sent.bodies.length, sent.result.stderr).toBe(1)
    const body = sent.bodies[0] ?? ""
    expect(body).toContain("raw.items") // the spec itself was sent, redacted
    const leaks = [
      ...scan(body, "review request", secrets),
      ...scan(sent.result.stdout + sent.result.stderr, "review output", [...secrets, ...Object.values(S)]),
    ]
    figures(
      task,
      `${secrets.length} literal secrets planted (spec and SQL file); ${body.length.toLocaleString("en")} bytes sent`,
    )
    expect(leaks).toEqual([])
  })

  it("3.5 `airspec review --table` (table analysis with a model) sends no URI, password or row value", async ({
    task,
  }) => {
    const sent = await capture(
      ["review", "--table", "shop.sales.orders", "--format", "json"],
      [reply.json({ findings: [] })],
    )
    expect(sent.bodies.length, sent.result.stderr).toBe(1)
    figures(task, `${(sent.bodies[0] ?? "").length.toLocaleString("en")} bytes sent`)
    expect(secretsIn(sent, "review --table")).toEqual([])
    expect(uriIn(sent)).toEqual([])
    expect(rowsIn(sent, "review --table")).toEqual([])
  })
  it("3.6 configuration errors do not quote a model URL that carries credentials (review, serve)", async ({
    task,
  }) => {
    const key = plant("key in a malformed AIRSPEC_LLM_BASE_URL", (core) => `sk-url-${core}`)
    const env = {
      HOME: dir,
      AIRSPEC_LLM_BASE_URL: `https://user:${key.value}@api.example.com:99999/v1`,
      AIRSPEC_LLM_MODEL: "m",
      AIRSPEC_LLM_API_KEY: S.llm.value,
      AIRSPEC_SERVICE_TOKEN: "t",
    }
    writeFileSync(
      join(dir, "specs/plain.yaml"),
      `pipeline: plain
owner: security
start_date: 2025-01-01
connections: { dwh: { kind: postgres, conn_id: dwh_pg } }
tasks: { t: { sql: { connection: dwh, query: "select 1" } } }
`,
    )
    const reviewed = await airspec(["review", "specs/plain.yaml"], { cwd: dir, env })
    expect(reviewed.stdout + reviewed.stderr).toContain("AIRSPEC_LLM_BASE_URL")
    const served = await airspec(["serve", "--port", "0"], { cwd: dir, env })
    expect(served.code).toBe(2)
    const output = `${reviewed.stdout}${reviewed.stderr}${served.stdout}${served.stderr}`
    expect(output).toContain("AIRSPEC_LLM_BASE_URL")
    figures(
      task,
      "`airspec review` and `airspec serve` with a malformed base URL holding a key: the error names the variable only",
    )
    expect(scan(output, "configuration errors", [key, S.llm])).toEqual([])
  })
})
