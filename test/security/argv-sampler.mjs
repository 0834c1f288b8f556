/**
 * The argv sampler of the security suite: reads `/proc/<pid>/cmdline` of every process on the machine
 * every SAMPLER_PERIOD_MS (default 20) and looks for the needles in SAMPLER_NEEDLES (JSON [[name, text]…],
 * given in the environment so that this process's own argv holds none). Prints "ready" once sampling,
 * and a JSON report when its stdin closes.
 */
import { readdirSync, readFileSync } from "node:fs"

const needles = JSON.parse(process.env.SAMPLER_NEEDLES ?? "[]")
const period = Number(process.env.SAMPLER_PERIOD_MS ?? "20")
const seen = new Map()
const hits = []
const periods = []
let samples = 0
let last = 0
let stopped = false

const sample = () => {
  const now = performance.now()
  if (last !== 0) periods.push(now - last)
  last = now
  samples++
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    let cmdline
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`).toString("utf8").replaceAll("\0", " ").trim()
    } catch {
      continue // gone meanwhile
    }
    if (cmdline === "") continue
    const key = `${entry} ${cmdline.slice(0, 300)}`
    if (!seen.has(key)) seen.set(key, cmdline)
    for (const [name, text] of needles) {
      if (cmdline.includes(text) && !hits.some((hit) => hit.pid === Number(entry) && hit.needle === name))
        hits.push({ pid: Number(entry), needle: name, cmdline: cmdline.replaceAll(text, `<${name}>`) })
    }
  }
  if (!stopped) setTimeout(sample, Math.max(0, period - (performance.now() - now)))
}

process.stdin.resume()
process.stdin.on("end", () => {
  stopped = true
  const sorted = [...periods].sort((a, b) => a - b)
  const commands = [...seen.values()]
  process.stdout.write(
    `${JSON.stringify({
      samples,
      medianPeriodMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10,
      processes: seen.size,
      runtimes: commands.filter((command) => command.includes("airspec-runtime.mjs")).length,
      airflow: commands.filter((command) => /\bairflow\b/.test(command)).length,
      hits,
    })}\n`,
  )
  process.exit(0)
})
sample()
process.stdout.write("ready\n")
