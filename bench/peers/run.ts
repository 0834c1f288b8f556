/**
 * Peer throughput: airspec vs Sling vs dlt on the same generated dataset, on the same machine, in the same
 * run, each against the physical limit measured alongside:
 *
 *   CSV → Postgres         psql \copy FROM the file
 *   Postgres → Postgres    psql \copy TO STDOUT | psql \copy FROM STDIN
 *   Postgres → ClickHouse  psql \copy TO STDOUT | clickhouse-client INSERT … FORMAT TabSeparated
 *
 *   npm run bench:peers -- [--rows 1000000] [--runs 3] [--dlt-runs 2] [--wait-load 1.5 | --no-wait] [--no-docs]
 *
 * Rows/s from the best wall time of each tool's runs (the tools take turns, run by run, so a noisy minute
 * hits all of them), peak RSS of each tool's process tree, the ratio to the limit, and a check of every
 * run's loaded data against the source (row count and column sums). Writes docs/benchmarks.md and the
 * chart docs/benchmarks.svg. The peers live in .cache/peers-venv, made on first use (venv.ts).
 */
import { execFileSync } from "node:child_process"
import { readFileSync, statSync, writeFileSync } from "node:fs"
import { cpus, release, totalmem } from "node:os"
import { join } from "node:path"
import { generate, psql, ROOT } from "../support"
import {
  chart,
  type LoadResult,
  label,
  peakRss,
  ratio,
  rowsPerSecond,
  type ToolResult,
  table,
  unsupported,
} from "./report"
import {
  chTcpPort,
  cleanUp,
  clickhouse,
  describeChecksum,
  isDlt,
  loads,
  prepare,
  reason,
  TOOLS,
  type ToolName,
} from "./tools"
import { ensurePeers } from "./venv"

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : (process.argv[at + 1] as string)
}
const ROWS = Number(option("rows") ?? "1000000")
const RUNS = Number(option("runs") ?? "3")
const DLT_RUNS = Math.min(RUNS, Number(option("dlt-runs") ?? "2"))
const WAIT_LOAD = process.argv.includes("--no-wait") ? undefined : Number(option("wait-load") ?? "1.5")
const WRITE_DOCS = !process.argv.includes("--no-docs")
const DOCS = join(ROOT, "docs", "benchmarks.md")
const SVG = join(ROOT, "docs", "benchmarks.svg")

const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0])
/** Waits (up to 15 minutes) for the 1-minute load average to drop below `below`; says how it went. */
const waitForQuietMachine = async (below: number): Promise<string> => {
  const since = Date.now()
  const deadline = since + 15 * 60_000
  while (loadAverage() >= below && Date.now() < deadline) {
    console.log(`load average ${loadAverage()} ≥ ${below}; waiting 30 s (at most 15 minutes in all)`)
    await new Promise((ok) => setTimeout(ok, 30_000))
  }
  const minutes = Math.round((Date.now() - since) / 60_000)
  return loadAverage() < below
    ? `The run waited ${minutes} min for the 1-minute load average to drop below ${below}.`
    : `The machine did not get quiet: after ${minutes} min of waiting the 1-minute load average was still ` +
        `${loadAverage().toFixed(2)} (other work on the shared 2-core machine), and the run went ahead. Absolute ` +
        "rates are therefore lower and noisier than on a quiet machine (compare the README's Performance " +
        "section); the ratios compare tools measured in the same minutes."
}
const text = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()

// the harness's own psql calls need not say that what they drop did not exist
process.env.PGOPTIONS = "-c client_min_messages=warning"
const peers = ensurePeers()
const file = await generate(ROWS)
console.log(`dataset: ${file}; making the Postgres source table`)
const data = prepare(ROWS, file)
console.log(`source: ${describeChecksum(data.expected)}`)

const versions = {
  airspec: `${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version} (${text("git", "-C", ROOT, "rev-parse", "--short", "HEAD")} + working tree), Node ${process.version}`,
  sling: `Sling ${peers.versions.sling} (PyPI \`sling==1.4.11\` with the binary from \`sling-linux-amd64==1.4.11\`)`,
  dlt: `dlt ${peers.versions.dlt} (\`dlt[postgres,clickhouse,sql-database]\`, pandas, SQLAlchemy, psycopg2; Python ${peers.versions.python})`,
  postgres: `PostgreSQL ${psql(data.sourceUrl, "-At", "-c", "SHOW server_version").trim()} (fsync off, as the test cluster runs), ${text("psql", "--version")}`,
  clickhouse: `ClickHouse server ${clickhouse("SELECT version()")}, ${text("clickhouse-client", "--version").replace(/\.$/, "")} (native port ${chTcpPort})`,
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Linux ${release()}; shared with other work`

const quiet =
  WAIT_LOAD === undefined
    ? "The run did not wait for a quiet machine (--no-wait)."
    : await waitForQuietMachine(WAIT_LOAD)
const loadsSeen: number[] = [loadAverage()]
const started = new Date()

const results: LoadResult[] = []
for (const load of loads(peers, data)) {
  const result: LoadResult = {
    name: load.name,
    limit: load.limit,
    limitTool: load.name === "Postgres → ClickHouse" ? "clickhouse-client" : "psql \\copy",
    results: Object.fromEntries(
      TOOLS.map((tool): [ToolName, ToolResult] => [tool, { tool, seconds: [], rssMiB: [], wrong: [] }]),
    ) as Record<ToolName, ToolResult>,
  }
  for (let run = 1; run <= RUNS; run++) {
    for (const tool of TOOLS) {
      const r = result.results[tool]
      if (r.failure !== undefined || (isDlt(tool) && run > DLT_RUNS)) continue
      const { measured, loaded } = await load.tools[tool](run)
      loadsSeen.push(loadAverage())
      if (!measured.ok) {
        r.failure = { run, reason: reason(tool, measured.log) }
        console.log(`${load.name}, ${tool}, run ${run}: FAILED: ${r.failure.reason}`)
        continue
      }
      r.seconds.push(measured.seconds)
      r.rssMiB.push(measured.rssMiB)
      const got = loaded()
      if (got !== data.expected)
        r.wrong.push(`got ${describeChecksum(got)}; the source has ${describeChecksum(data.expected)}`)
      console.log(
        `${load.name}, ${tool}, run ${run}: ${measured.seconds.toFixed(2)} s, ${Math.round(ROWS / measured.seconds).toLocaleString("en")} rows/s, ` +
          `peak RSS ${measured.rssMiB} MiB, data ${got === data.expected ? "ok" : `WRONG (${describeChecksum(got)})`}`,
      )
    }
  }
  results.push(result)
}
const loadAtEnd = loadAverage()

const summary = table(ROWS, results)
console.log(`\n${summary}\n`)
for (const load of results) {
  for (const tool of TOOLS) {
    const r = load.results[tool]
    const rate = rowsPerSecond(ROWS, r)
    console.log(
      `${load.name}: ${tool} ${
        rate === undefined
          ? `not supported here (${r.failure?.reason})`
          : `${Math.round(rate).toLocaleString("en")} rows/s, peak RSS ${peakRss(r)} MiB, ratio ${ratio(load, tool)?.toFixed(2)}`
      }`,
    )
  }
}

const loadNote = `1-minute load average ${loadsSeen[0]?.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end, at most ${Math.max(...loadsSeen, loadAtEnd).toFixed(2)} between runs`
const day = started.toISOString().slice(0, 10)

if (WRITE_DOCS) {
  writeFileSync(
    SVG,
    chart(ROWS, results, `best of ${RUNS} (dlt: ${DLT_RUNS}) · ${day} · 2-core shared machine · ${loadNote}`),
  )
  writeFileSync(DOCS, docs())
  console.log(`wrote ${DOCS} and ${SVG}`)
}
cleanUp()

/** Why, for the failures this machine is known to produce (matched on the tool's own error). */
function explanations(): string[] {
  const failures = results.flatMap((load) =>
    TOOLS.filter((tool) => unsupported(load.results[tool])).map((tool) => ({
      tool,
      reason: load.results[tool].failure?.reason ?? "",
    })),
  )
  const out: string[] = []
  if (failures.some((f) => f.tool === "Sling" && /Unknown identifier: position/.test(f.reason))) {
    out.push(
      "Sling's ClickHouse connector looks a table up in `system.columns` ordered by its `position` column " +
        "(before it creates the table, so no prepared table helps); ClickHouse 18.16's `system.columns` has no " +
        "such column. We found no setting in Sling 1.4.11 that changes that query.",
    )
  }
  if (failures.some((f) => isDlt(f.tool) && /NOT NULL/.test(f.reason))) {
    out.push(
      "dlt's ClickHouse destination creates its own tables (its sentinel and bookkeeping tables first) with " +
        "`NOT NULL` columns, which ClickHouse 18.16's parser rejects; it fails before loading any data.",
    )
  }
  if (out.length > 0) {
    out.push(
      "ClickHouse 18.16 is the version Debian ships and the project's services run; airspec checks the " +
        "server's version and keeps to what 18.16 supports ([clickhouse.md](clickhouse.md)). These failures " +
        "say nothing about a current ClickHouse, which cannot be installed on this machine.",
    )
  }
  return out
}

function docs(): string {
  const notSupported = results.flatMap((load) =>
    TOOLS.filter((tool) => unsupported(load.results[tool])).map(
      (tool) =>
        `- **${label(load, tool)}, ${load.name}:** \`${load.results[tool].failure?.reason.replace(/`/g, "'")}\``,
    ),
  )
  const perRun = results.flatMap((load) =>
    TOOLS.map((tool) => {
      const r = load.results[tool]
      const times = r.seconds.map((s) => `${s.toFixed(2)} s`).join(", ")
      return `| ${load.name} | ${label(load, tool)} | ${times === "" ? "–" : times} | ${r.rssMiB.map((m) => `${m}`).join(", ") || "–"} |`
    }),
  )
  return `# Peer throughput: airspec vs Sling vs dlt

\`\`\`bash
npm run bench:peers -- [--rows 1000000] [--runs 3] [--dlt-runs 2] [--wait-load 1.5 | --no-wait] [--no-docs]
\`\`\`

One command ([\`bench/peers/run.ts\`](../bench/peers/run.ts)): it builds the runtime, makes the peers'
virtualenv when missing, generates the dataset, measures every tool and the physical limit in the same
run, checks what each tool loaded, and writes this file and the chart. This file was written by it on
${day}; nothing below was edited by hand.

![Rows per second per load and tool](benchmarks.svg)

## Results

${ROWS.toLocaleString("en")} rows; best of ${RUNS} runs (dlt: best of ${DLT_RUNS}, a run takes minutes); ${loadNote}.
${quiet}
*Ratio to limit* is the tool's rows/s divided by the physical limit's, both measured in this run; *peak
RSS* is the highest over a tool's runs, of its whole process tree (for a limit, of the psql and
clickhouse-client processes).

${summary}

${
  notSupported.length === 0
    ? "Every tool could do every load here."
    : `### Not supported here

What a peer could not do on this machine, with its own error (first run; no further runs were tried):

${notSupported.join("\n")}

${explanations().join("\n\n")}`
}

## Method

- **Dataset:** the brief's shape, from [\`bench/support.ts\`](../bench/support.ts)' generator: ${ROWS.toLocaleString("en")}
  rows of six columns — bigint, integer, numeric(12,2), text, timestamptz and a quoted text with doubled
  quotes and a comma (${Math.round(statSync(file).size / ROWS)} bytes a row in CSV, with a header). The Postgres source table
  \`public.orders\` is loaded from the same file with \`psql \\copy\` and analysed before any run.
- **Same run, same machine, taking turns:** every load runs round by round — the limit, airspec, Sling,
  dlt, tuned dlt, then the next round — so a busy minute on the shared machine hits every tool, not just one. Each
  run loads into a freshly created target table (and, for airspec and dlt, without their bookkeeping
  schema of the run before); a \`CHECKPOINT\` before each Postgres run writes out the previous run's
  pages first.
- **Time:** wall time of the whole command, process start to exit, as a user would see it (start-up,
  connecting, creating tables, staging, committing). rows/s = rows ÷ the best run's time.
- **Memory:** peak resident set of the tool's process tree (the command and every process it starts,
  summed), sampled from \`/proc\` every 50 ms.
- **Checked:** after every run, the loaded table's row count and sums of every column (id, qty, amount in
  cents, length of note, created_at as epoch seconds) are compared with the source table's; a tool that
  loads different data is marked **wrong data**.
- **Physical limits:** ${results.map((load) => `${load.name}: ${load.limit}`).join("; ")}.
- **Fair settings:** every tool with its defaults — no batch size, parallelism or memory setting was
  changed; only the row marked *tuned* departs from them — into the same column types:
  - **airspec:** a spec per load (\`write: append\` into the existing table), compiled to a plan and run
    by the bundled runtime (\`bin/airspec-runtime.mjs --plan … --task load\`), as \`bench/runtime-load.ts\`
    does; one Node process.
  - **Sling:** the \`sling run\` CLI (\`--src-stream file://….csv\` or \`--src-conn … --src-stream public.orders\`,
    \`--tgt-object …\`, \`--mode truncate\` so that it keeps the prepared table and its column types; Sling
    stages into a \`_tmp\` table and then inserts, its default way, and adds its \`_sling_loaded_at\`
    column to the target). The Go binary is run directly (the
    \`sling\` Python package only starts it); telemetry off.
  - **dlt:** a Python pipeline ([\`bench/peers/dlt_load.py\`](../bench/peers/dlt_load.py)): the filesystem
    source with its \`read_csv\` reader (pandas, 10,000-row chunks) for the CSV, \`sql_table\` (SQLAlchemy
    backend, 50,000-row chunks) for Postgres, the destination's default loader format (\`insert_values\`
    for Postgres), a fresh pipeline directory per run, telemetry off. dlt creates its own table in dataset
    \`peers_dlt\` (schema or table prefix); for the CSV, column hints give it the same types as the other
    targets (pandas would infer a float for the numeric and text for the timestamp). dlt adds
    \`_dlt_load_id\` and \`_dlt_id\` (a unique key) to every row, its default.
  - **dlt, Arrow + COPY (tuned):** the same pipeline on dlt's documented fast path, not its default:
    Arrow record batches end to end (pyarrow's streaming CSV reader with the column types given, yielded
    by a resource; \`sql_table\` with \`backend="pyarrow"\`) and, for Postgres, the \`csv\` loader file
    format, which dlt loads with COPY. No \`_dlt_id\` column on this path (dlt's default for Arrow).
- **The peers' install:** [\`bench/peers/requirements.txt\`](../bench/peers/requirements.txt) pins sling,
  dlt and every dependency; \`.cache/peers-venv\` is made from it on first use and again only when it
  changes. The \`sling\` package downloads its binary from GitHub on first import (impossible offline);
  the binary also ships on PyPI as \`sling-linux-amd64\`, which is what runs here (\`SLING_BINARY\` points
  the package at it). The newest \`sling-linux-amd64\` on PyPI is 1.4.11, so Sling is 1.4.11.

## Versions and machine

- airspec ${versions.airspec}
- ${versions.sling}
- ${versions.dlt}
- ${versions.postgres}
- ${versions.clickhouse}
- Machine: ${machine}
- Load: ${loadNote}

## Every run

| load | tool | wall time of each run | peak RSS of each run (MiB) |
|---|---|---|---|
${perRun.join("\n")}
`
}
