/**
 * What bench/peers writes: the table (markdown) and the bar chart (SVG, written here from the numbers; no
 * charting library).
 */
import type { LoadName, ToolName } from "./tools"

export interface ToolResult {
  readonly tool: ToolName
  /** Wall time of every finished run, in order. */
  readonly seconds: number[]
  /** Peak RSS of the process tree of every finished run, in MiB. */
  readonly rssMiB: number[]
  /** What the first failed run said; no further runs after a failure. */
  failure?: { readonly run: number; readonly reason: string }
  /** Checksums of finished runs that differ from the source's. */
  readonly wrong: string[]
}

export interface LoadResult {
  readonly name: LoadName
  readonly limit: string
  readonly limitTool: string
  readonly results: Record<ToolName, ToolResult>
}

export const best = (r: ToolResult) => (r.seconds.length === 0 ? undefined : Math.min(...r.seconds))
export const peakRss = (r: ToolResult) => (r.rssMiB.length === 0 ? undefined : Math.max(...r.rssMiB))
export const rowsPerSecond = (rows: number, r: ToolResult) => {
  const seconds = best(r)
  return seconds === undefined ? undefined : rows / seconds
}
/** The tool's throughput as a share of the physical limit's, both best of their runs. */
export const ratio = (load: LoadResult, tool: ToolName) => {
  const limit = best(load.results.limit)
  const own = best(load.results[tool])
  return limit === undefined || own === undefined ? undefined : limit / own
}

const int = (n: number) => Math.round(n).toLocaleString("en")
const NAMES: Record<ToolName, string> = {
  limit: "limit",
  airspec: "airspec",
  Sling: "Sling",
  dlt: "dlt",
  "dlt arrow": "dlt, Arrow + COPY (tuned)",
}
export const label = (load: LoadResult, tool: ToolName) =>
  tool === "limit" ? `${load.limitTool} (limit)` : NAMES[tool]

export const unsupported = (r: ToolResult) => r.failure !== undefined && r.seconds.length === 0

export const table = (rows: number, loads: ReadonlyArray<LoadResult>): string => {
  const out = [
    "| load | tool | runs | best time | rows/s | peak RSS | ratio to limit | loaded data |",
    "|---|---|---|---|---|---|---|---|",
  ]
  for (const load of loads) {
    for (const [tool, r] of Object.entries(load.results) as Array<[ToolName, ToolResult]>) {
      const seconds = best(r)
      if (unsupported(r)) {
        out.push(
          `| ${load.name} | ${label(load, tool)} | – | – | – | – | – | **not supported here**: ${cell(short(r.failure?.reason ?? ""))} (see below) |`,
        )
        continue
      }
      const checked =
        r.wrong.length === 0
          ? `all ${r.seconds.length} runs: ${int(rows)} rows, checksums equal the source's`
          : `**wrong data** in ${r.wrong.length} of ${r.seconds.length} runs: ${cell(r.wrong[0] ?? "")}`
      const failed = r.failure === undefined ? "" : `; run ${r.failure.run} failed: ${cell(r.failure.reason)}`
      out.push(
        `| ${load.name} | ${label(load, tool)} | ${r.seconds.length} | ${seconds?.toFixed(2)} s | ` +
          `${int(rowsPerSecond(rows, r) ?? 0)} | ${peakRss(r)} MiB | ${ratio(load, tool)?.toFixed(2)} | ${checked}${failed} |`,
      )
    }
  }
  return out.join("\n")
}

/** The part of an error that says what went wrong, for a table cell. */
const short = (reason: string) => {
  const cause = /(DB::Exception: [^.]*|code: \d+, message: .*)/.exec(reason)?.[1] ?? reason
  return cause.length > 120 ? `${cause.slice(0, 117)}…` : cause
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/`/g, "'")

const COLOURS: Record<ToolName, string> = {
  limit: "#8a8a8a",
  airspec: "#2b6cb0",
  Sling: "#dd6b20",
  dlt: "#2f855a",
  "dlt arrow": "#68d391",
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** Horizontal bars of rows/s per load and tool on one shared axis, with the ratio and peak RSS beside. */
export const chart = (rows: number, loads: ReadonlyArray<LoadResult>, subtitle: string): string => {
  const width = 900
  const left = 200
  const barArea = 430
  const barHeight = 20
  const gap = 6
  const top = 64
  const groupGap = 34
  const max = Math.max(
    1,
    ...loads.flatMap((load) => Object.values(load.results).map((r) => rowsPerSecond(rows, r) ?? 0)),
  )
  const step = niceStep(max / 5)
  const axisMax = Math.ceil(max / step) * step
  const x = (value: number) => left + (value / axisMax) * barArea
  const parts: string[] = []
  let y = top
  for (const load of loads) {
    parts.push(`<text x="10" y="${y + 14}" class="group">${xml(load.name)}</text>`)
    y += 24
    for (const [tool, r] of Object.entries(load.results) as Array<[ToolName, ToolResult]>) {
      const rate = rowsPerSecond(rows, r)
      parts.push(`<text x="${left - 8}" y="${y + 15}" class="label">${xml(label(load, tool))}</text>`)
      if (rate === undefined) {
        parts.push(
          `<text x="${left + 4}" y="${y + 15}" class="missing">not supported here (see the table)</text>`,
        )
      } else {
        const detail =
          `${int(rate)} rows/s` +
          (tool === "limit" ? "" : ` · ${ratio(load, tool)?.toFixed(2)} of limit`) +
          ` · ${peakRss(r)} MiB`
        parts.push(
          `<rect x="${left}" y="${y}" width="${Math.max(1, x(rate) - left).toFixed(1)}" height="${barHeight}" fill="${COLOURS[tool]}"/>`,
          `<text x="${(x(rate) + 6).toFixed(1)}" y="${y + 15}" class="value">${xml(detail)}${
            r.wrong.length > 0 ? '<tspan class="wrong"> · WRONG DATA</tspan>' : ""
          }</text>`,
        )
      }
      y += barHeight + gap
    }
    y += groupGap - gap
  }
  const bottom = y
  const ticks: string[] = []
  for (let value = 0; value <= axisMax + step / 2; value += step) {
    ticks.push(
      `<line x1="${x(value)}" y1="${top - 4}" x2="${x(value)}" y2="${bottom - groupGap + 8}" class="grid"/>`,
      `<text x="${x(value)}" y="${bottom - groupGap + 24}" class="tick">${xml(axisLabel(value))}</text>`,
    )
  }
  const height = bottom - groupGap + 56
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    "<style>",
    ".title{font-size:16px;font-weight:bold;fill:#1a202c}.subtitle{font-size:12px;fill:#4a5568}",
    ".group{font-size:14px;font-weight:bold;fill:#1a202c}.label{font-size:13px;fill:#2d3748;text-anchor:end}",
    ".value{font-size:12px;fill:#2d3748}.wrong{fill:#c53030;font-weight:bold}.missing{font-size:12px;fill:#a0aec0;font-style:italic}",
    ".grid{stroke:#e2e8f0;stroke-width:1}.tick{font-size:11px;fill:#718096;text-anchor:middle}",
    "</style>",
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="22" class="title">Rows per second, higher is better (${xml(int(rows))} rows)</text>`,
    `<text x="10" y="42" class="subtitle">${xml(subtitle)}</text>`,
    ...ticks,
    ...parts,
    `<text x="${left + barArea / 2}" y="${height - 10}" class="tick">rows/s</text>`,
    "</svg>",
    "",
  ].join("\n")
}

const niceStep = (raw: number) => {
  const power = 10 ** Math.floor(Math.log10(raw))
  const fraction = raw / power
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power
}

const axisLabel = (value: number) =>
  value >= 1e6
    ? `${+(value / 1e6).toFixed(2)}M`
    : value >= 1e3
      ? `${+(value / 1e3).toFixed(1)}k`
      : String(value)
