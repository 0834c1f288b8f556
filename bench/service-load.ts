/**
 * Load on `airspec serve`: the bundled CLI serves on loopback (with the real PostgreSQL/Kafka jobs of
 * scripts/services), and a bounded number of POST /v1/compile requests of specs/shop_orders.yaml are
 * sent at a fixed concurrency over keep-alive connections (undici's Pool). Prints requests/s, latency
 * percentiles, the server's peak RSS and the error count; every answer must be 200 with the CLI's DAG,
 * or the benchmark fails. A short untimed warm-up runs first.
 *
 * Usage: npm run bench:service -- [requests] [concurrency]   (default: 2000 16; builds the CLI first)
 */
import { execFileSync, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Pool } from "undici"
import { pgUrl, ROOT } from "./support"

const requests = Number(process.argv[2] ?? 2000)
const concurrency = Number(process.argv[3] ?? 16)
const WARM_UP = 200
const TOKEN = "bench-token-0123456789"

const service = (script: string) =>
  execFileSync("bash", [join(ROOT, "scripts/services", script), "start"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .pop() as string

const brokers = service("kafka.sh")

const child = spawn(process.execPath, [join(ROOT, "bin/airspec.mjs"), "serve", "--port", "0"], {
  cwd: ROOT,
  env: {
    PATH: process.env.PATH ?? "",
    AIRSPEC_SERVICE_TOKEN: TOKEN,
    AIRSPEC_DATABASE_URL: pgUrl,
    AIRSPEC_KAFKA_BROKERS: brokers,
  },
  stdio: ["ignore", "pipe", "inherit"],
})
let logs = ""
const url = await new Promise<string>((resolve, reject) => {
  child.stdout.on("data", (chunk: Buffer) => {
    logs += chunk.toString()
    const found = /"url":"([^"]+)"/.exec(logs)?.[1]
    if (found !== undefined) resolve(found)
  })
  child.once("exit", (code) => reject(new Error(`airspec serve exited ${code}: ${logs}`)))
})
// the server logs a line per request; reading them keeps its stdout from filling up
child.stdout.removeAllListeners("data")
child.stdout.resume()

const text = readFileSync(join(ROOT, "specs/shop_orders.yaml"), "utf8")
const expected = readFileSync(join(ROOT, "airflow/dags/shop_orders.py"), "utf8")
const body = JSON.stringify({ path: "specs/shop_orders.yaml", text })
const pool = new Pool(url, { connections: concurrency, pipelining: 1 })

let errors = 0
let firstError = ""
const compileOnce = async (): Promise<number> => {
  const started = process.hrtime.bigint()
  try {
    const response = await pool.request({
      path: "/v1/compile",
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body,
    })
    const answer = await response.body.text()
    if (
      response.statusCode !== 200 ||
      (JSON.parse(answer) as { dag: { text: string } }).dag.text !== expected
    ) {
      errors += 1
      firstError ||= `${response.statusCode}: ${answer.slice(0, 300)}`
    }
  } catch (error) {
    errors += 1
    firstError ||= String(error)
  }
  return Number(process.hrtime.bigint() - started) / 1e6
}

const run = async (count: number) => {
  const latencies: number[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      next += 1
      latencies.push(await compileOnce())
    }
  }
  const started = process.hrtime.bigint()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies }
}

const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

const peakRssMiB = () => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8")
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024)
  } catch {
    return Number.NaN
  }
}

try {
  await run(WARM_UP)
  errors = 0
  const { seconds, latencies } = await run(requests)
  const sorted = [...latencies].sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `POST /v1/compile (specs/shop_orders.yaml, ${body.length} bytes): ${requests} requests at concurrency ${concurrency} on loopback`,
  )
  console.log(
    `  ${Math.round(requests / seconds).toLocaleString("en")} requests/s over ${seconds.toFixed(2)} s`,
  )
  console.log(
    `  latency p50 ${ms(percentile(sorted, 50))}, p90 ${ms(percentile(sorted, 90))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`,
  )
  console.log(`  server peak RSS ${peakRssMiB()} MiB; errors ${errors}`)
  if (errors > 0) {
    console.error(`first error: ${firstError}`)
    process.exitCode = 1
  }
} finally {
  await pool.close()
  child.kill("SIGTERM")
  await new Promise((resolve) => child.once("exit", resolve))
}
