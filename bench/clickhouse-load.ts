/**
 * ClickHouse load throughput against the physical limit, measured in the same run on the same data:
 *
 *   CSV → ClickHouse       airspec runtime (append)   vs  clickhouse-client INSERT … FORMAT CSVWithNames
 *   Postgres → ClickHouse  airspec runtime (table)    vs  psql \copy TO STDOUT | clickhouse-client INSERT
 *
 *   npm run bench:clickhouse -- [rows ...]        default: 1000000 5000000
 *
 * Both sides load into identical MergeTree tables; the rows they loaded are compared afterwards. Every
 * figure is the best of three runs; peak RSS is the runtime process's (GNU time).
 */
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import {
  best,
  CACHE,
  fresh,
  generate,
  pgUrl,
  psql,
  ROOT,
  RUNS,
  rate,
  report,
  runRuntime,
  TABLE,
  timed,
  writePlan,
} from "./support"

const clickhouseUrl = execFileSync("bash", [join(ROOT, "scripts/services/clickhouse.sh"), "start"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop() as string
const tcpPort = String(Number(new URL(clickhouseUrl).port) + 877)
const DATABASE = "airspec_bench"
const COLUMNS =
  "(id Int64, qty Int32, amount Decimal(12, 2), name String, created_at DateTime('UTC'), note String)"

const clickhouse = (sql: string) =>
  execFileSync("clickhouse-client", ["--port", tcpPort, "--query", sql], { encoding: "utf8" }).trim()

/** `clickhouse-client` reading `input` (a shell expression) into `table`. */
const clientInsert = (input: string, table: string, format: string) =>
  execFileSync(
    "bash",
    [
      "-c",
      `set -o pipefail; ${input} | clickhouse-client --port "$1" --date_time_input_format best_effort --query "INSERT INTO $2 FORMAT $3"`,
      "insert",
      tcpPort,
      `${DATABASE}.${table}`,
      format,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  )

const resetTables = () => {
  clickhouse(`DROP DATABASE IF EXISTS ${DATABASE}`)
  clickhouse(`CREATE DATABASE ${DATABASE}`)
  for (const table of ["orders", "orders_client"]) {
    clickhouse(`CREATE TABLE ${DATABASE}.${table} ${COLUMNS} ENGINE = MergeTree ORDER BY id`)
  }
}

const emptyTables = () => {
  clickhouse(`TRUNCATE TABLE ${DATABASE}.orders`)
  clickhouse("DROP DATABASE IF EXISTS airspec")
}

const plan = (source: string, connections: string) =>
  writePlan(
    CACHE,
    `pipeline: bench
owner: bench
schedule: null
start_date: 2025-01-01
connections:
${connections}  olap: { kind: clickhouse, conn_id: olap }
tasks:
  load:
    source: ${source}
    targets: [{ connection: olap, table: ${DATABASE}.orders, write: append }]
    batch: { rows: 200000, bytes: 64MiB }
`,
  )

/** Rows in one table and not the other, both ways (0: both loads hold the same rows). */
const difference = () => {
  const digest = (table: string) =>
    clickhouse(
      `SELECT count(), sum(cityHash64(id, qty, toString(amount), name, toUInt32(created_at), note)) FROM ${DATABASE}.${table}`,
    )
  return digest("orders") === digest("orders_client")
    ? "none"
    : `${digest("orders")} vs ${digest("orders_client")}`
}

const olapUri = `${clickhouseUrl.replace("://", "://default@")}/default`

const csvToClickHouse = async (rows: number) => {
  const file = await generate(rows)
  resetTables()
  const clientSeconds = await best(
    RUNS,
    async () => {
      clickhouse(`TRUNCATE TABLE ${DATABASE}.orders_client`)
      return timed(() => clientInsert(`cat '${file}'`, "orders_client", "CSVWithNames"))
    },
    (s) => s,
  )
  const planFile = plan(`{ kind: file, path: ${file}, format: csv }`, "")
  const airspec = await best(
    RUNS,
    async () => {
      emptyTables()
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_OLAP: olapUri })
    },
    (r) => r.seconds,
  )
  report(
    `CSV → ClickHouse, ${rows.toLocaleString("en")} rows: clickhouse-client ${clientSeconds.toFixed(2)} s (${rate(rows, clientSeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(clientSeconds / airspec.seconds).toFixed(2)}; difference from clickhouse-client's load: ${difference()}`,
  )
}

const postgresToClickHouse = async (rows: number) => {
  const file = await generate(rows)
  const src = fresh("bench_ch_src")
  psql(
    src,
    "-c",
    `CREATE TABLE orders ${TABLE}`,
    "-c",
    `\\copy orders FROM '${file}' WITH (FORMAT csv, HEADER true)`,
  )
  resetTables()
  const pipeSeconds = await best(
    RUNS,
    async () => {
      clickhouse(`TRUNCATE TABLE ${DATABASE}.orders_client`)
      return timed(() =>
        clientInsert(`psql '${src}' -X -q -c '\\copy orders TO STDOUT'`, "orders_client", "TabSeparated"),
      )
    },
    (s) => s,
  )
  const planFile = plan(
    "{ kind: postgres, connection: src, table: public.orders }",
    "  src: { kind: postgres, conn_id: src }\n",
  )
  const airspec = await best(
    RUNS,
    async () => {
      emptyTables()
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_OLAP: olapUri, AIRSPEC_CONN_SRC: src })
    },
    (r) => r.seconds,
  )
  report(
    `Postgres → ClickHouse, ${rows.toLocaleString("en")} rows: psql \\copy | clickhouse-client ${pipeSeconds.toFixed(2)} s (${rate(rows, pipeSeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(pipeSeconds / airspec.seconds).toFixed(2)}; difference from clickhouse-client's load: ${difference()}`,
  )
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) {
  await csvToClickHouse(rows)
  await postgresToClickHouse(rows)
}
clickhouse(`DROP DATABASE IF EXISTS ${DATABASE}`)
psql(pgUrl, "-c", "DROP DATABASE IF EXISTS bench_ch_src WITH (FORCE)")
