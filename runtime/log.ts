/**
 * Log lines for the task log: `LEVEL message`, one line each, on stderr. Airflow stamps the time itself;
 * the operator copies every line into the task log as it comes. On a terminal (`airspec run`), a live
 * progress line sits below the log and each log line clears it first.
 */
import { Logger } from "effect"
import type { LoadProgress } from "./tasks/load"

const terminal = process.stderr.isTTY === true
const CLEAR = "\r\x1b[K"

const lineLogger = Logger.make(({ logLevel, message }) => {
  const text = (Array.isArray(message) ? message : [message]).map(String).join(" ")
  process.stderr.write(`${terminal ? CLEAR : ""}${logLevel.label} ${text.replace(/\n/g, "\\n")}\n`)
})

export const logLayer = Logger.replace(Logger.defaultLogger, lineLogger)

/** `rows 1,234,567 · 456,789 rows/s`, redrawn after every batch; nothing when stderr is not a terminal. */
export const progressLine = (): LoadProgress => {
  if (!terminal) return { onBatch: () => {} }
  const started = Date.now()
  return {
    onBatch: ({ rowsRead }) => {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001)
      const rate = Math.round(rowsRead / seconds)
      process.stderr.write(
        `${CLEAR}rows ${rowsRead.toLocaleString("en")} · ${rate.toLocaleString("en")} rows/s`,
      )
    },
  }
}
