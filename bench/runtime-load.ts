/**
 * Runtime load throughput against the physical limit, measured in the same run on the same data:
 *
 *   CSV → Postgres       airspec runtime (append)    vs  psql \copy FROM the same file
 *   Postgres → Postgres  airspec runtime (table)     vs  psql \copy TO STDOUT | psql \copy FROM STDIN
 *   cold start           process start → first batch committed to COPY, for a one-row file
 *
 *   npm run bench:load -- [rows ...]        default: 1000000 5000000
 *
 * Every figure is the best of three runs (the machine is shared and noisy). Peak RSS is the runtime
 * process's, as the kernel reports it (GNU time). Generated files are cached under .cache/bench.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import {
  best,
  CACHE,
  fresh,
  generate,
  pgUrl,
  psql,
  RUNS,
  rate,
  report,
  runRuntime,
  TABLE,
  timed,
  writePlan,
} from "./support"

const plan = (dir: string, source: string): string =>
  writePlan(
    dir,
    `pipeline: bench
owner: bench
schedule: null
start_date: 2025-01-01
connections:
  src: { kind: postgres, conn_id: src }
  dwh: { kind: postgres, conn_id: dwh }
tasks:
  load:
    source: ${source}
    targets: [{ connection: dwh, table: public.orders, write: append }]
`,
  )

const csvToPostgres = async (rows: number) => {
  const file = await generate(rows)
  const url = fresh("bench_csv")
  psql(url, "-c", `CREATE TABLE orders ${TABLE}`, "-c", `CREATE TABLE orders_psql ${TABLE}`)
  const copySeconds = await best(
    RUNS,
    async () => {
      psql(url, "-c", "TRUNCATE orders_psql")
      return timed(() => psql(url, "-c", `\\copy orders_psql FROM '${file}' WITH (FORMAT csv, HEADER true)`))
    },
    (s) => s,
  )
  const planFile = plan(CACHE, `{ kind: file, path: ${file}, format: csv }`)
  const airspec = await best(
    RUNS,
    async () => {
      psql(url, "-c", "TRUNCATE orders", "-c", "DROP SCHEMA IF EXISTS airspec CASCADE")
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_DWH: url, AIRSPEC_CONN_SRC: url })
    },
    (r) => r.seconds,
  )
  const same = psql(
    url,
    "-At",
    "-c",
    "SELECT count(*) FROM (SELECT * FROM orders EXCEPT SELECT * FROM orders_psql) d",
  ).trim()
  report(
    `CSV → Postgres, ${rows.toLocaleString("en")} rows: psql \\copy ${copySeconds.toFixed(2)} s (${rate(rows, copySeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(copySeconds / airspec.seconds).toFixed(2)}; rows differing from psql's load: ${same}`,
  )
}

const postgresToPostgres = async (rows: number) => {
  const file = await generate(rows)
  const src = fresh("bench_src")
  const dst = fresh("bench_dst")
  psql(
    src,
    "-c",
    `CREATE TABLE orders ${TABLE}`,
    "-c",
    `\\copy orders FROM '${file}' WITH (FORMAT csv, HEADER true)`,
  )
  psql(dst, "-c", `CREATE TABLE orders ${TABLE}`, "-c", `CREATE TABLE orders_psql ${TABLE}`)
  const pipeSeconds = await best(
    RUNS,
    async () => {
      psql(dst, "-c", "TRUNCATE orders_psql")
      return timed(() =>
        execFileSync(
          "bash",
          [
            "-c",
            `set -o pipefail; psql "$1" -X -q -c '\\copy orders TO STDOUT' | psql "$2" -X -q -v ON_ERROR_STOP=1 -c '\\copy orders_psql FROM STDIN'`,
            "copy",
            src,
            dst,
          ],
          { stdio: "ignore" },
        ),
      )
    },
    (s) => s,
  )
  const planFile = plan(CACHE, "{ kind: postgres, connection: src, table: public.orders }")
  const airspec = await best(
    RUNS,
    async () => {
      psql(dst, "-c", "TRUNCATE orders", "-c", "DROP SCHEMA IF EXISTS airspec CASCADE")
      return runRuntime(planFile, CACHE, { AIRSPEC_CONN_DWH: dst, AIRSPEC_CONN_SRC: src })
    },
    (r) => r.seconds,
  )
  report(
    `Postgres → Postgres, ${rows.toLocaleString("en")} rows: psql \\copy | \\copy ${pipeSeconds.toFixed(2)} s (${rate(rows, pipeSeconds)}); ` +
      `airspec ${airspec.seconds.toFixed(2)} s (${rate(rows, airspec.seconds)}), peak RSS ${airspec.rssMiB} MiB; ` +
      `ratio ${(pipeSeconds / airspec.seconds).toFixed(2)}`,
  )
}

const coldStart = async () => {
  const dir = join(CACHE, "cold")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "one.csv"), "id\n1\n")
  const url = fresh("bench_cold")
  const planFile = plan(dir, "{ kind: file, path: one.csv, format: csv }")
  const run = await best(
    5,
    () => runRuntime(planFile, dir, { AIRSPEC_CONN_DWH: url, AIRSPEC_CONN_SRC: url }),
    (r) => r.firstBatchSeconds,
  )
  const node = await best(
    5,
    async () => timed(() => execFileSync(process.execPath, ["-e", "0"])),
    (s) => s,
  )
  report(
    `cold start: process start → first batch in the target ${Math.round(run.firstBatchSeconds * 1000)} ms ` +
      `(whole one-row run ${Math.round(run.seconds * 1000)} ms; bare \`node -e 0\` ${Math.round(node * 1000)} ms)`,
  )
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) {
  await csvToPostgres(rows)
  await postgresToPostgres(rows)
}
await coldStart()
for (const name of ["bench_csv", "bench_src", "bench_dst", "bench_cold"]) {
  psql(pgUrl, "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}
