/**
 * Check 2: secrets during a run. Real loads — PostgreSQL → PostgreSQL and ClickHouse, an HTTP API with a
 * bearer token, a file over HTTP with an X-Api-Key, checks, metrics on Kafka, bad rows into both
 * quarantines, and tasks that fail on a wrong password or token — run twice: through Airflow
 * (`airflow dags test` in the project's virtualenv, connections as AIRFLOW_CONN_* JSON) and through
 * `airspec run` (connections as AIRSPEC_CONN_* URIs, where no Airflow secrets masker could hide a leak).
 * Meanwhile a sampler reads every process's argv every ~20 ms. Then every trace a run leaves is searched:
 * all output, the Airflow home (task logs, the metadata database with XCom), every table of the target
 * databases (quarantine, ledgers), the metric events.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { Kafka, logLevel } from "kafkajs"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { chQuery, chRows, freshClickHouse } from "../runtime/clickhouse-harness"
import { freshDatabase, query } from "../runtime/harness"
import {
  airspec,
  CH_USER,
  clickhouseUser,
  type Exited,
  figures,
  type Leak,
  type Planted,
  plant,
  python,
  removeScratch,
  run,
  type SamplerReport,
  scan,
  scanTree,
  scratch,
  startSampler,
  VENV_PYTHON,
  venvReady,
} from "./support"

afterAll(removeScratch)

const S = {
  pg: plant("PostgreSQL password", (core) => `pg:P@ss/w0rd?#%&${core}`, "postgres"),
  token: plant("HTTP bearer token", (core) => `tok-${core}`),
  key: plant("HTTP X-Api-Key", (core) => `key-${core}`),
  ch: plant("ClickHouse password", (core) => `ch-${core}`, CH_USER),
  chWrong: plant("wrong ClickHouse password", (core) => `chwrong-${core}`, CH_USER),
  tokenWrong: plant("wrong bearer token", (core) => `tokwrong-${core}`),
}
const SECRETS: ReadonlyArray<Planted> = Object.values(S)
const TOPIC = `airspec.security.${S.token.core.slice(0, 8)}`
const MARKER = join(scratch("jinja"), "rendered")

const SPEC = `pipeline: security_run
description: "Loads with secrets. {{ macros.ds_add(ds, 1) }} {{ __import__('os').system('touch ${MARKER}') }}"
owner: security
start_date: 2025-01-01
schedule: "@daily"
defaults: { retries: 0 }
params:
  note: { type: string, default: "{{ ''.__class__.__mro__[1].__subclasses__() }} {% raw %}{{ ds }}{% endraw %} {{ __import__('os').system('touch ${MARKER}') }}" }
connections:
  shop: { kind: postgres, conn_id: sec_shop }
  dwh: { kind: postgres, conn_id: sec_dwh }
  api: { kind: http, conn_id: sec_api, auth: bearer }
  keyed: { kind: http, conn_id: sec_keyed, auth: header, auth_header: X-Api-Key }
  olap: { kind: clickhouse, conn_id: sec_olap }
  olap_wrong: { kind: clickhouse, conn_id: sec_olap_wrong }
  api_wrong: { kind: http, conn_id: sec_api_wrong, auth: bearer }
  bus: { kind: kafka, conn_id: sec_bus }
metrics: { connection: bus, topic: ${TOPIC} }
tasks:
  orders:
    description: "{{ task_instance.xcom_pull('items') }}"
    source: { kind: postgres, connection: shop, table: public.orders }
    targets:
      - { connection: dwh, table: raw.orders, write: merge, primary_key: [id] }
      - { connection: olap, table: orders, write: replace, order_by: [id], columns: { qty: UInt8 } }
    bad_rows: { max_count: 10 }
  items:
    source: { kind: http, connection: api, path: /v1/items, records_path: items, pagination: { type: page, size: 2 } }
    targets: [{ connection: dwh, table: raw.items, write: replace, columns: { id: bigint, amount: "numeric(12,2)" } }]
    bad_rows: { max_count: 10 }
  rates:
    source: { kind: file, connection: keyed, path: /export/rates.csv, format: csv }
    targets: [{ connection: olap, table: rates, write: replace, order_by: [code] }]
  checks:
    depends_on: [orders, items]
    checks:
      - row_count: { connection: dwh, table: raw.orders, min: 1 }
      - not_null: { connection: olap, table: orders, columns: [id] }
  pages:
    source: { kind: http, connection: api, path: /v1/pages, records_path: items, pagination: { type: next_link, next_path: next } }
    targets: [{ connection: dwh, table: raw.pages, write: replace }]
  moved:
    source: { kind: file, connection: keyed, path: /export/moved.csv, format: csv }
    targets: [{ connection: dwh, table: raw.moved, write: replace }]
  olap_denied:
    source: { kind: postgres, connection: shop, table: public.orders }
    targets: [{ connection: olap_wrong, table: denied }]
  api_denied:
    source: { kind: http, connection: api_wrong, path: /v1/items, records_path: items }
    targets: [{ connection: dwh, table: raw.denied }]
`
const SUCCEEDING = ["orders", "items", "rates", "checks", "pages", "moved"]
const FAILING = ["olap_denied", "api_denied"]

interface Stack {
  pgHost: string
  shop: string
  dwh: string
  ch: { database: string; url: URL }
  apiPort: number
  brokers: string
}

const seenByApi: Array<{ path: string; headers: IncomingHttpHeaders }> = []
const apiServer = (): Server =>
  createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://x")
      seenByApi.push({ path: url.pathname, headers: request.headers })
      const send = (status: number, body: string, type = "application/json") => {
        response.writeHead(status, { "content-type": type })
        response.end(body)
      }
      if (url.pathname === "/v1/items") {
        if (request.headers.authorization !== `Bearer ${S.token.value}`)
          return send(401, '{"error":"unauthorized"}')
        const page = Number(url.searchParams.get("page") ?? "1")
        const items =
          page === 1
            ? [
                { id: 1, amount: "1.50", note: "first" },
                { id: 2, amount: "not a number", note: "quarantined" },
              ]
            : page === 2
              ? [{ id: 3, amount: "3", note: "last" }]
              : []
        return send(200, JSON.stringify({ items }))
      }
      if (url.pathname === "/v1/pages") {
        if (request.headers.authorization !== `Bearer ${S.token.value}`)
          return send(401, '{"error":"unauthorized"}')
        return send(200, JSON.stringify({ items: [{ id: 1 }], next: `${elsewhereUrl}/v1/page2` }))
      }
      if (url.pathname === "/export/moved.csv") {
        if (request.headers["x-api-key"] !== S.key.value) return send(401, "unauthorized", "text/plain")
        response.writeHead(302, { location: `${elsewhereUrl}/files/rates.csv` })
        return response.end()
      }
      if (url.pathname === "/export/rates.csv") {
        if (request.headers["x-api-key"] !== S.key.value) return send(401, "unauthorized", "text/plain")
        return send(200, "code,rate\nEUR,1.0\nUSD,1.08\n", "text/csv")
      }
      send(404, "{}")
    })
  })

/** Another origin (a CDN, a bucket): it serves anyone, and records what it was sent. */
const seenElsewhere: Array<{ path: string; headers: IncomingHttpHeaders }> = []
let elsewhereUrl = ""
const elsewhereServer = (): Server =>
  createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      seenElsewhere.push({ path: request.url ?? "", headers: request.headers })
      const csv = (request.url ?? "").endsWith(".csv")
      response.writeHead(200, { "content-type": csv ? "text/csv" : "application/json" })
      response.end(csv ? "code,rate\nGBP,0.85\n" : JSON.stringify({ items: [{ id: 2 }] }))
    })
  })

/** Every row of every table of a PostgreSQL database (outside the catalogs), as text. */
const pgDump = async (url: string): Promise<{ tables: number; text: string }> => {
  const tables = await query<{ t: string }>(
    url,
    `SELECT format('%I.%I', table_schema, table_name) AS t FROM information_schema.tables
     WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
  )
  let text = ""
  for (const { t } of tables) {
    const rows = await query<{ r: string }>(url, `SELECT r::text AS r FROM ${t} AS r`)
    text += `${t}\n${rows.map((row) => row.r).join("\n")}\n`
  }
  return { tables: tables.length, text }
}

/** Every row of every table of some ClickHouse databases, as TabSeparated text. */
const chDump = async (databases: ReadonlyArray<string>): Promise<{ tables: number; text: string }> => {
  let text = ""
  let tables = 0
  for (const database of databases) {
    const names = await chRows<{ name: string }>(
      `SELECT name FROM system.tables WHERE database = '${database}' AND engine NOT LIKE '%View'`,
    )
    for (const { name } of names) {
      tables++
      text += `${database}.${name}\n${await chQuery(`SELECT * FROM ${database}.\`${name}\` FORMAT TabSeparated`)}`
    }
  }
  return { tables, text }
}

/** The metric events of the suite's topic, read until the broker has nothing more for 3 s. */
const metricEvents = async (): Promise<string[]> => {
  const kafka = new Kafka({ brokers: [inject("kafkaBrokers")], logLevel: logLevel.NOTHING })
  const consumer = kafka.consumer({ groupId: `security-${TOPIC}` })
  await consumer.connect()
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true })
  const events: string[] = []
  await new Promise<void>((done) => {
    let idle = setTimeout(done, 15_000)
    void consumer.run({
      eachMessage: async ({ message }) => {
        events.push(String(message.value))
        clearTimeout(idle)
        idle = setTimeout(done, 3000)
      },
    })
  })
  await consumer.disconnect()
  return events
}

describe("2 secrets during a run", () => {
  let stack: Stack
  let api: Server
  let elsewhere: Server
  let home: string
  let project: string
  let sampler: SamplerReport
  let dagsTest: Exited | null = null
  const direct: Array<{ what: string; result: Exited }> = []
  const broken: Array<{ what: string; result: Exited }> = []

  beforeAll(async () => {
    const pgUrl = new URL(inject("pgUrl"))
    stack = {
      pgHost: pgUrl.host,
      shop: await freshDatabase("sec_shop"),
      dwh: await freshDatabase("sec_dwh"),
      ch: await freshClickHouse("sec_run").then(({ database }) => ({
        database,
        url: new URL(inject("clickhouseUrl")),
      })),
      apiPort: 0,
      brokers: inject("kafkaBrokers"),
    }
    await query(
      stack.shop,
      `CREATE TABLE orders (id bigint PRIMARY KEY, qty integer, customer text);
       INSERT INTO orders VALUES (1, 5, 'Ada'), (2, 300, 'Grace'), (3, 7, 'Linus')`,
    )
    await clickhouseUser(S.ch.value)
    api = apiServer()
    await new Promise<void>((ready) => api.listen(0, "127.0.0.1", ready))
    stack.apiPort = (api.address() as AddressInfo).port
    elsewhere = elsewhereServer()
    await new Promise<void>((ready) => elsewhere.listen(0, "127.0.0.1", ready))
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`

    project = scratch("run")
    mkdirSync(join(project, "specs"))
    writeFileSync(join(project, "specs/security_run.yaml"), SPEC)
    home = join(project, "airflow-home")
    const compiled = await airspec(["compile", "--out", join(home, "dags")], { cwd: project })
    if (compiled.code !== 0) throw new Error(compiled.stdout + compiled.stderr)

    const s = await startSampler(SECRETS)
    try {
      if (venvReady()) dagsTest = await airflowRun()
      for (const task of [...SUCCEEDING, ...FAILING])
        direct.push({ what: `airspec run --task ${task}`, result: await airspecRun(task, directEnv()) })
      for (const [what, task, env] of brokenUris())
        broken.push({ what, result: await airspecRun(task, { ...directEnv(), ...env }) })
    } finally {
      sampler = await s.stop()
    }
  })
  afterAll(async () => {
    for (const server of [api, elsewhere]) await new Promise<void>((done) => server.close(() => done()))
  })

  const pgConn = (database: string) => ({
    conn_type: "postgres",
    host: stack.pgHost.split(":")[0],
    port: Number(stack.pgHost.split(":")[1]),
    login: "postgres",
    password: S.pg.value,
    schema: new URL(database).pathname.slice(1),
  })
  const chConn = (password: string) => ({
    conn_type: "generic",
    host: stack.ch.url.hostname,
    port: Number(stack.ch.url.port),
    login: CH_USER,
    password,
    schema: stack.ch.database,
  })
  const httpConn = (password: string) => ({
    conn_type: "http",
    host: "127.0.0.1",
    port: stack.apiPort,
    schema: "http",
    password,
  })

  const airflowRun = async (): Promise<Exited> => {
    const env = {
      HOME: project,
      AIRFLOW_HOME: home,
      AIRFLOW__CORE__DAGS_FOLDER: join(home, "dags"),
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
      AIRFLOW__LOGGING__LOGGING_LEVEL: "INFO",
      AIRFLOW_CONN_SEC_SHOP: JSON.stringify(pgConn(stack.shop)),
      AIRFLOW_CONN_SEC_DWH: JSON.stringify(pgConn(stack.dwh)),
      AIRFLOW_CONN_SEC_API: JSON.stringify(httpConn(S.token.value)),
      AIRFLOW_CONN_SEC_API_WRONG: JSON.stringify(httpConn(S.tokenWrong.value)),
      AIRFLOW_CONN_SEC_KEYED: JSON.stringify(httpConn(S.key.value)),
      AIRFLOW_CONN_SEC_OLAP: JSON.stringify(chConn(S.ch.value)),
      AIRFLOW_CONN_SEC_OLAP_WRONG: JSON.stringify(chConn(S.chWrong.value)),
      AIRFLOW_CONN_SEC_BUS: JSON.stringify({
        conn_type: "kafka",
        extra: { "bootstrap.servers": stack.brokers },
      }),
    }
    const airflow = join(VENV_PYTHON, "..", "airflow")
    const migrated = await run(airflow, ["db", "migrate"], { env, cwd: project })
    if (migrated.code !== 0) throw new Error(`airflow db migrate: ${migrated.stderr.slice(-2000)}`)
    return run(airflow, ["dags", "test", "security_run", "2025-03-01"], {
      env,
      cwd: project,
      timeoutMs: 900_000,
    })
  }

  const pgUri = (database: string) => {
    const url = new URL(database)
    url.username = "postgres"
    url.password = encodeURIComponent(S.pg.value)
    return url.toString()
  }
  const chUri = (password: string) =>
    `http://${CH_USER}:${password}@${stack.ch.url.host}/${stack.ch.database}`
  const directEnv = (): Record<string, string> => ({
    HOME: project,
    AIRSPEC_CONN_SHOP: pgUri(stack.shop),
    AIRSPEC_CONN_DWH: pgUri(stack.dwh),
    AIRSPEC_CONN_API: `http://:${S.token.value}@127.0.0.1:${stack.apiPort}`,
    AIRSPEC_CONN_API_WRONG: `http://:${S.tokenWrong.value}@127.0.0.1:${stack.apiPort}`,
    AIRSPEC_CONN_KEYED: `http://:${S.key.value}@127.0.0.1:${stack.apiPort}`,
    AIRSPEC_CONN_OLAP: chUri(S.ch.value),
    AIRSPEC_CONN_OLAP_WRONG: chUri(S.chWrong.value),
    AIRSPEC_CONN_BUS: `kafka://${stack.brokers}`,
  })
  const airspecRun = (task: string, env: Record<string, string>) =>
    airspec(["run", "specs/security_run.yaml", "--task", task, "--interval", "2025-03-01/2025-03-02"], {
      cwd: project,
      env,
    })
  /** URIs people get wrong, each with a secret in it: whatever the runtime says about them must not show it. */
  const brokenUris = (): Array<[string, string, Record<string, string>]> => [
    [
      "PostgreSQL URI that is not a URL",
      "orders",
      { AIRSPEC_CONN_SHOP: `postgresql://u:${S.pg.core}@[bad/db` },
    ],
    [
      "PostgreSQL URI, bad percent-encoding",
      "orders",
      { AIRSPEC_CONN_SHOP: `postgresql://u:${S.pg.core}%zz@h/db` },
    ],
    [
      "PostgreSQL URI, unknown sslmode",
      "orders",
      { AIRSPEC_CONN_SHOP: `${pgUri(stack.shop)}?sslmode=${S.pg.core}` },
    ],
    ["text, not a URI", "orders", { AIRSPEC_CONN_SHOP: `host=db password=${S.pg.core}` }],
    [
      "ClickHouse URI that is not a URL",
      "rates",
      { AIRSPEC_CONN_OLAP: `http://u:${S.ch.core}@[bad:8123/db` },
    ],
    ["ClickHouse URI, other scheme", "rates", { AIRSPEC_CONN_OLAP: `ftp://u:${S.ch.core}@127.0.0.1/db` }],
    [
      "ClickHouse URI, bad percent-encoding",
      "rates",
      { AIRSPEC_CONN_OLAP: `http://u:${S.ch.core}%zz@127.0.0.1/db` },
    ],
    ["HTTP URI, not http(s)", "items", { AIRSPEC_CONN_API: `mailto:${S.token.core}` }],
    [
      "HTTP URI, bad percent-encoding",
      "items",
      { AIRSPEC_CONN_API: `http://:${S.token.core}%zz@127.0.0.1:1` },
    ],
    ["HTTP URI, refused port", "items", { AIRSPEC_CONN_API: `http://:${S.token.value}@127.0.0.1:1/x` }],
  ]

  it("2.1 no secret in any process's argv while the loads run (sampled every ~20 ms)", ({ task }) => {
    figures(
      task,
      `${sampler.samples} samples (median period ${sampler.medianPeriodMs} ms) of ${sampler.processes} processes, ` +
        `${sampler.runtimes} of them airspec runtimes, ${sampler.airflow} Airflow; ${SECRETS.length} secrets in 6 forms each; hits: ${sampler.hits.length}`,
    )
    expect(sampler.hits).toEqual([])
    expect(sampler.runtimes).toBeGreaterThanOrEqual(direct.length)
  })

  it.skipIf(!venvReady())(
    "2.2 through Airflow: the loads ran as expected, and no secret is in the output, the Airflow home (task logs, metadata database, XCom) or the DAG files",
    async ({ task }) => {
      expect(dagsTest).not.toBeNull()
      const output = `${dagsTest?.stdout}\n${dagsTest?.stderr}`
      const states = (await python(
        `
import json, sqlite3, sys
db = sqlite3.connect(json.load(sys.stdin))
states = dict(db.execute("SELECT task_id, state FROM task_instance WHERE dag_id = 'security_run'").fetchall())
xcom = db.execute("SELECT count(*) FROM xcom WHERE dag_id = 'security_run' AND key = 'return_value'").fetchone()[0]
print(json.dumps({"states": states, "xcom": xcom}))
`,
        join(home, "airflow.db"),
      )) as { states: Record<string, string>; xcom: number }
      for (const id of SUCCEEDING) expect(states.states[id], `${id}\n${output.slice(-3000)}`).toBe("success")
      for (const id of FAILING) expect(states.states[id], id).toBe("failed")
      const tree = scanTree(home, SECRETS)
      const leaks: Leak[] = [...scan(output, "airflow dags test output", SECRETS), ...tree.leaks]
      figures(
        task,
        `${SUCCEEDING.length} tasks succeeded, ${FAILING.length} failed on a wrong password/token as meant; ${states.xcom} XCom summaries; ` +
          `${output.length.toLocaleString("en")} characters of output and ${tree.files} files under AIRFLOW_HOME searched`,
      )
      expect(leaks).toEqual([])
    },
  )

  it("2.3 through `airspec run` (no Airflow masker): no secret in any output, failures and broken URIs included", ({
    task,
  }) => {
    for (const { what, result } of direct) {
      const expected = FAILING.some((id) => what.endsWith(id)) ? "failure" : "success"
      expect(result.code === 0 ? "success" : "failure", `${what}\n${result.stderr.slice(-3000)}`).toBe(
        expected,
      )
    }
    for (const { what, result } of broken) expect(result.code, what).not.toBe(0)
    const leaks = [...direct, ...broken].flatMap(({ what, result }) =>
      scan(`${result.stdout}\n${result.stderr}`, what, SECRETS),
    )
    figures(
      task,
      `${direct.length} task runs and ${broken.length} runs with broken URIs; ` +
        `${[...direct, ...broken].reduce((n, { result }) => n + result.stderr.length + result.stdout.length, 0).toLocaleString("en")} characters searched`,
    )
    expect(leaks).toEqual([])
  })

  it("2.4 no secret in the targets' tables (data, quarantine, ledgers, watermarks) or in the metric events", async ({
    task,
  }) => {
    const pg = await pgDump(stack.dwh)
    const ch = await chDump([stack.ch.database, "airspec"])
    const events = await metricEvents()
    const pgQuarantined = await query<{ n: string }>(
      stack.dwh,
      "SELECT count(*)::text AS n FROM airspec_quarantine",
    )
    const chQuarantined = await chQuery(
      `SELECT count() FROM ${stack.ch.database}.airspec_quarantine FORMAT TSV`,
    )
    figures(
      task,
      `${pg.tables} PostgreSQL tables (${pgQuarantined[0]?.n} quarantined rows), ${ch.tables} ClickHouse tables ` +
        `(${chQuarantined.trim()} quarantined rows), ${events.length} metric events searched`,
    )
    expect(Number(pgQuarantined[0]?.n)).toBeGreaterThan(0)
    expect(Number(chQuarantined)).toBeGreaterThan(0)
    expect(events.length).toBeGreaterThan(0)
    const leaks = [
      ...scan(pg.text, "PostgreSQL tables", SECRETS),
      ...scan(ch.text, "ClickHouse tables", SECRETS),
      ...scan(events.join("\n"), "metric events", SECRETS),
    ]
    expect(leaks).toEqual([])
  })

  it("2.5 credentials reach only their own origin: a next link and a redirect to another server carry none", ({
    task,
  }) => {
    const bearer = seenByApi.filter((r) => r.headers.authorization === `Bearer ${S.token.value}`)
    const keyed = seenByApi.filter((r) => r.headers["x-api-key"] === S.key.value)
    expect(bearer.length).toBeGreaterThan(0)
    expect(keyed.length).toBeGreaterThan(0)
    expect(seenElsewhere.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/v1/page2", "/files/rates.csv"]),
    )
    const carried = seenElsewhere.filter(
      (r) =>
        r.headers.authorization !== undefined ||
        r.headers["x-api-key"] !== undefined ||
        scan(JSON.stringify(r.headers), r.path, SECRETS).length > 0,
    )
    figures(
      task,
      `the API got ${bearer.length} requests with the token and ${keyed.length} with the key; ` +
        `the other origin got ${seenElsewhere.length} requests, ${carried.length} with credentials`,
    )
    expect(carried).toEqual([])
  })

  it.skipIf(!venvReady())(
    "4.5 Jinja in descriptions and param defaults is never rendered during a run",
    ({ task }) => {
      expect(dagsTest).not.toBeNull()
      expect(existsSync(MARKER)).toBe(false)
      figures(
        task,
        "payloads in the DAG's doc_md, a param default and a task's doc_md; the marker file never appeared",
      )
    },
  )
})
