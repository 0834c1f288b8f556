/**
 * The three loads and the four ways to do each: the physical limit (psql / clickhouse-client), airspec,
 * Sling and dlt. Every run gets a fresh target table; every finished run is checked against the source
 * (row count and column sums).
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { dbUrl, fresh, pgUrl, psql, ROOT, TABLE, writePlan } from "../support"
import { type Measured, measure } from "./measure"
import type { Peers } from "./venv"

export const WORK = join(ROOT, ".cache", "peers")
mkdirSync(WORK, { recursive: true })
const RUNTIME = join(ROOT, "bin", "airspec-runtime.mjs")

export type LoadName = "CSV → Postgres" | "Postgres → Postgres" | "Postgres → ClickHouse"
export type ToolName = "limit" | "airspec" | "Sling" | "dlt" | "dlt arrow"
export const TOOLS: ReadonlyArray<ToolName> = ["limit", "airspec", "Sling", "dlt", "dlt arrow"]
/** dlt takes minutes a run with its defaults: fewer runs of it. */
export const isDlt = (tool: ToolName) => tool === "dlt" || tool === "dlt arrow"

// ---------------------------------------------------------------------------------------------------------
// Services and places

const clickhouseUrl = execFileSync("bash", [join(ROOT, "scripts/services/clickhouse.sh"), "start"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop() as string
const chHttpPort = new URL(clickhouseUrl).port
export const chTcpPort = String(Number(chHttpPort) + 877)
const CH_DATABASE = "peers_bench"
const CH_COLUMNS =
  "(id Int64, qty Int32, amount Decimal(12, 2), name String, created_at DateTime('UTC'), note String)"

export const clickhouse = (sql: string) =>
  execFileSync("clickhouse-client", ["--port", chTcpPort, "--query", sql], { encoding: "utf8" }).trim()

const SOURCE_DB = "peers_src"
const CSV_DB = "peers_csv"
const TARGET_DB = "peers_dst"
const DLT_DATASET = "peers_dlt"

const withPassword = (url: string) => url.replace("postgresql://postgres@", "postgresql://postgres:postgres@")
const withSslOff = (url: string) => `${url}${url.includes("?") ? "&" : "?"}sslmode=disable`

/** A target table: where it lives and how to make it fresh. */
interface Target {
  readonly kind: "postgres" | "clickhouse"
  /** Postgres: the database's URL; ClickHouse: unused. */
  readonly url: string
  /** Qualified table name. */
  readonly table: string
  /** Whether the tool creates the table itself (dlt does, in its own dataset). */
  readonly ownTable?: boolean
}

const recreate = (target: Target) => {
  if (target.ownTable === true) return
  if (target.kind === "postgres") {
    psql(
      target.url,
      "-c",
      `DROP TABLE IF EXISTS ${target.table}`,
      "-c",
      `CREATE TABLE ${target.table} ${TABLE}`,
    )
  } else {
    clickhouse(`DROP TABLE IF EXISTS ${target.table}`)
    clickhouse(`CREATE TABLE ${target.table} ${CH_COLUMNS} ENGINE = MergeTree ORDER BY id`)
  }
}

/** Dirty buffers of the previous run are written out before the next one starts. */
const settle = (target: Target) => {
  if (target.kind === "postgres") psql(target.url, "-c", "CHECKPOINT")
}

// ---------------------------------------------------------------------------------------------------------
// Checksums: count and column sums, as exact integers in text (amount in cents, created_at in epoch s)

export type Checksum = string

export const checksum = (target: Target): Checksum =>
  target.kind === "postgres"
    ? psql(
        target.url,
        "-At",
        "-F",
        " ",
        "-c",
        `SELECT count(*), coalesce(sum(id), 0), coalesce(sum(qty), 0), coalesce(sum(amount * 100), 0)::bigint,
                coalesce(sum(length(note)), 0), coalesce(sum(extract(epoch FROM created_at)), 0)::bigint
           FROM ${target.table}`,
      ).trim()
    : clickhouse(
        `SELECT count(), sum(id), sum(qty), toString(sum(amount)), sum(length(note)), sum(toUInt32(created_at))
           FROM ${target.table}`,
      )
        .split("\t")
        .map((field, i) => (i === 3 ? cents(field) : field))
        .join(" ")

const cents = (decimal: string) => {
  const [whole = "0", fraction = ""] = decimal.split(".")
  return String(
    BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2)) * (whole.startsWith("-") ? -1n : 1n),
  )
}

export const describeChecksum = (sum: Checksum) => {
  const [rows, id, qty, amount, note, created] = sum.split(" ")
  return `rows ${rows}, Σid ${id}, Σqty ${qty}, Σamount ${amount} cents, Σlength(note) ${note}, Σepoch(created_at) ${created}`
}

// ---------------------------------------------------------------------------------------------------------
// The loads

export interface Dataset {
  readonly rows: number
  readonly file: string
  readonly sourceUrl: string
  readonly expected: Checksum
}

/** The source table made from the CSV, fresh target databases; returns the source's checksum. */
export const prepare = (rows: number, file: string): Dataset => {
  const sourceUrl = fresh(SOURCE_DB)
  psql(
    sourceUrl,
    "-c",
    `CREATE TABLE orders ${TABLE}`,
    "-c",
    `\\copy orders FROM '${file}' WITH (FORMAT csv, HEADER true)`,
    "-c",
    "VACUUM ANALYZE orders",
  )
  fresh(CSV_DB)
  fresh(TARGET_DB)
  clickhouse(`DROP DATABASE IF EXISTS ${CH_DATABASE}`)
  clickhouse(`CREATE DATABASE ${CH_DATABASE}`)
  return {
    rows,
    file,
    sourceUrl,
    expected: checksum({ kind: "postgres", url: sourceUrl, table: "public.orders" }),
  }
}

export const cleanUp = () => {
  for (const name of [SOURCE_DB, CSV_DB, TARGET_DB]) {
    psql(pgUrl, "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
  clickhouse(`DROP DATABASE IF EXISTS ${CH_DATABASE}`)
  rmSync(join(WORK, "runs"), { recursive: true, force: true })
}

export interface Load {
  readonly name: LoadName
  /** What the physical limit is, in words. */
  readonly limit: string
  readonly tools: Record<ToolName, ToolRun>
}

/** One measured run of a tool: makes its target fresh, runs it, returns the measurement and what it loaded. */
export type ToolRun = (
  run: number,
) => Promise<{ readonly measured: Measured; readonly loaded: () => Checksum }>

const runDir = (name: string) => {
  const dir = join(WORK, "runs", name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

const baseEnv = () => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/root" })

/** Runs `make` on a fresh target, then checks the target once the run ended. */
const onFresh =
  (target: Target, make: (run: number) => Promise<Measured>, before: () => void = () => {}): ToolRun =>
  async (run) => {
    recreate(target)
    before()
    settle(target)
    const measured = await make(run)
    return { measured, loaded: () => checksum(target) }
  }

const bash = (script: string, ...args: string[]) =>
  measure("bash", ["-c", `set -o pipefail; ${script}`, "bash", ...args], { env: baseEnv() })

// airspec: a spec per load, compiled to a plan, run by the bundled runtime with its defaults
const airspecPlan = (name: string, source: string, connections: string, target: string) =>
  writePlan(
    runDir(`plan-${name}`),
    `pipeline: peers
owner: bench
schedule: null
start_date: 2025-01-01
connections:
${connections}
tasks:
  load:
    source: ${source}
    targets: [{ connection: dwh, table: ${target}, write: append }]
`,
  )

const airspec = (plan: string, env: Record<string, string>) => (run: number) =>
  measure(process.execPath, [RUNTIME, "--plan", plan, "--task", "load"], {
    env: { ...baseEnv(), AIRSPEC_DAG_RUN_ID: `peers_${Date.now()}_${run}`, ...env },
  })

// Sling: the CLI binary with its defaults, into the fresh table (mode truncate keeps its column types)
const sling =
  (peers: Peers, source: string[], target: { url: string; object: string }, env: Record<string, string>) =>
  () =>
    measure(
      peers.sling,
      ["run", ...source, "--tgt-conn", "PEERS_TARGET", "--tgt-object", target.object, "--mode", "truncate"],
      {
        env: {
          ...baseEnv(),
          ...env,
          PEERS_TARGET: target.url,
          SLING_HOME_DIR: runDir("sling-home"),
          SLING_DISABLE_TELEMETRY: "true",
          SLING_BINARY: peers.sling,
        },
        cwd: WORK,
      },
    )

// dlt: a Python pipeline (dlt_load.py) with dlt's defaults, into its own dataset, from a fresh state
const dlt = (peers: Peers, setup: "default" | "arrow", args: string[]) => () =>
  measure(
    peers.python,
    [join(ROOT, "bench", "peers", "dlt_load.py"), setup, ...args, DLT_DATASET, runDir("dlt")],
    {
      env: { ...baseEnv(), RUNTIME__DLTHUB_TELEMETRY: "false" },
      cwd: runDir("dlt-cwd"),
    },
  )

export const loads = (peers: Peers, data: Dataset): Load[] => {
  const csvUrl = dbUrl(CSV_DB)
  const dstUrl = dbUrl(TARGET_DB)
  const src = data.sourceUrl
  const chUrl = `${clickhouseUrl.replace("://", "://default@")}/default`
  const pg = (url: string, table: string): Target => ({ kind: "postgres", url, table })
  const ch = (table: string): Target => ({ kind: "clickhouse", url: "", table: `${CH_DATABASE}.${table}` })
  const dropSchemas = (url: string) => () =>
    psql(
      url,
      "-c",
      "DROP SCHEMA IF EXISTS airspec CASCADE",
      "-c",
      `DROP SCHEMA IF EXISTS ${DLT_DATASET} CASCADE`,
    )
  const dropDltTables = () => {
    const tables = clickhouse(
      `SELECT name FROM system.tables WHERE database = '${CH_DATABASE}' AND name LIKE '${DLT_DATASET}%'`,
    )
    for (const table of tables.split("\n").filter((t) => t !== "")) {
      clickhouse(`DROP TABLE IF EXISTS ${CH_DATABASE}.${table}`)
    }
  }
  const dltPg = (url: string): Target => ({
    kind: "postgres",
    url,
    table: `${DLT_DATASET}.orders`,
    ownTable: true,
  })
  const dltClickHouse = `clickhouse://default:@127.0.0.1:${chTcpPort}/${CH_DATABASE}?http_port=${chHttpPort}&secure=0`
  const slingSource = ["--src-conn", "PEERS_SOURCE", "--src-stream", "public.orders"]

  const csvPlan = airspecPlan(
    "csv",
    `{ kind: file, path: ${data.file}, format: csv }`,
    "  dwh: { kind: postgres, conn_id: dwh }",
    "public.orders",
  )
  const pgPlan = airspecPlan(
    "pg",
    "{ kind: postgres, connection: src, table: public.orders }",
    "  src: { kind: postgres, conn_id: src }\n  dwh: { kind: postgres, conn_id: dwh }",
    "public.orders",
  )
  const chPlan = airspecPlan(
    "ch",
    "{ kind: postgres, connection: src, table: public.orders }",
    "  src: { kind: postgres, conn_id: src }\n  dwh: { kind: clickhouse, conn_id: dwh }",
    `${CH_DATABASE}.orders`,
  )

  return [
    {
      name: "CSV → Postgres",
      limit: "`psql \\copy … FROM` the CSV file",
      tools: {
        limit: onFresh(pg(csvUrl, "public.limit_orders"), () =>
          measure(
            "psql",
            [
              csvUrl,
              "-X",
              "-q",
              "-v",
              "ON_ERROR_STOP=1",
              "-c",
              `\\copy limit_orders FROM '${data.file}' WITH (FORMAT csv, HEADER true)`,
            ],
            { env: baseEnv() },
          ),
        ),
        airspec: onFresh(
          pg(csvUrl, "public.orders"),
          airspec(csvPlan, { AIRSPEC_CONN_DWH: csvUrl }),
          dropSchemas(csvUrl),
        ),
        Sling: onFresh(
          pg(csvUrl, "public.orders"),
          sling(
            peers,
            ["--src-stream", `file://${data.file}`],
            { url: withSslOff(csvUrl), object: "public.orders" },
            {},
          ),
        ),
        dlt: onFresh(
          dltPg(csvUrl),
          dlt(peers, "default", ["csv", data.file, "postgres", withPassword(csvUrl)]),
          dropSchemas(csvUrl),
        ),
        "dlt arrow": onFresh(
          dltPg(csvUrl),
          dlt(peers, "arrow", ["csv", data.file, "postgres", withPassword(csvUrl)]),
          dropSchemas(csvUrl),
        ),
      },
    },
    {
      name: "Postgres → Postgres",
      limit: "`psql \\copy … TO STDOUT | psql \\copy … FROM STDIN`",
      tools: {
        limit: onFresh(pg(dstUrl, "public.limit_orders"), () =>
          bash(
            `psql "$1" -X -q -c '\\copy orders TO STDOUT' | psql "$2" -X -q -v ON_ERROR_STOP=1 -c '\\copy limit_orders FROM STDIN'`,
            src,
            dstUrl,
          ),
        ),
        airspec: onFresh(
          pg(dstUrl, "public.orders"),
          airspec(pgPlan, { AIRSPEC_CONN_SRC: src, AIRSPEC_CONN_DWH: dstUrl }),
          dropSchemas(dstUrl),
        ),
        Sling: onFresh(
          pg(dstUrl, "public.orders"),
          sling(
            peers,
            slingSource,
            { url: withSslOff(dstUrl), object: "public.orders" },
            { PEERS_SOURCE: withSslOff(src) },
          ),
        ),
        dlt: onFresh(
          dltPg(dstUrl),
          dlt(peers, "default", ["postgres", src, "postgres", withPassword(dstUrl)]),
          dropSchemas(dstUrl),
        ),
        "dlt arrow": onFresh(
          dltPg(dstUrl),
          dlt(peers, "arrow", ["postgres", src, "postgres", withPassword(dstUrl)]),
          dropSchemas(dstUrl),
        ),
      },
    },
    {
      name: "Postgres → ClickHouse",
      limit: "`psql \\copy … TO STDOUT | clickhouse-client --query 'INSERT … FORMAT TabSeparated'`",
      tools: {
        limit: onFresh(ch("limit_orders"), () =>
          bash(
            `psql "$1" -X -q -c '\\copy orders TO STDOUT' | clickhouse-client --port "$2" --date_time_input_format best_effort --query "INSERT INTO $3 FORMAT TabSeparated"`,
            src,
            chTcpPort,
            `${CH_DATABASE}.limit_orders`,
          ),
        ),
        airspec: onFresh(ch("orders"), airspec(chPlan, { AIRSPEC_CONN_SRC: src, AIRSPEC_CONN_DWH: chUrl })),
        Sling: onFresh(
          ch("orders"),
          sling(
            peers,
            slingSource,
            {
              url: `clickhouse://default@127.0.0.1:${chTcpPort}/${CH_DATABASE}`,
              object: `${CH_DATABASE}.orders`,
            },
            { PEERS_SOURCE: withSslOff(src) },
          ),
        ),
        dlt: onFresh(
          { ...ch(`${DLT_DATASET}___orders`), ownTable: true },
          dlt(peers, "default", ["postgres", src, "clickhouse", dltClickHouse]),
          dropDltTables,
        ),
        "dlt arrow": onFresh(
          { ...ch(`${DLT_DATASET}___orders`), ownTable: true },
          dlt(peers, "arrow", ["postgres", src, "clickhouse", dltClickHouse]),
          dropDltTables,
        ),
      },
    },
  ]
}

/** A tool's own error, cut to what says why: Sling's fatal message, dlt's exception, else the last lines. */
export const reason = (tool: ToolName, log: string): string => {
  // stack frames say nothing a reader of the table needs
  const text = log
    .split("\n")
    .filter((line) => !/^\s*(\d+\. \/|Stack trace:|File "|\^+$)/.test(line))
    .join("\n")
  let found: string | undefined
  if (tool === "Sling") {
    found = /fatal:\s*([\s\S]*)/
      .exec(text)?.[1]
      ?.split("\n")
      .filter((line) => !/^\s*(---|~ (failure running|Could not|could not create table))/.test(line))
      .join(" ")
  } else if (isDlt(tool)) {
    const last = text.split("\n").findLastIndex((line) => /^[\w.]+(Error|Exception|Failed)\b/.test(line))
    if (last !== -1) {
      found = text
        .split("\n")
        .slice(last, last + 8)
        .join(" ")
    }
  }
  return (found ?? text.trim().split("\n").slice(-5).join(" "))
    .replace(/(^|\s)~ /g, "$1")
    .replace(/ when processing package with `load_id=[^`]*`/, "")
    .replace(/<class '(?:[\w.]+\.)?(\w+)'>/g, "$1:")
    .replace(/\s*(Stack trace:|If you are running several pipelines)[\s\S]*/, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 600)
}
