/**
 * Log lines for the task log: `LEVEL message`, one line each, on stderr. Airflow stamps the time itself;
 * the operator copies every line into the task log as it comes.
 */
import { Logger } from "effect"

const lineLogger = Logger.make(({ logLevel, message }) => {
  const text = (Array.isArray(message) ? message : [message]).map(String).join(" ")
  process.stderr.write(`${logLevel.label} ${text.replace(/\n/g, "\\n")}\n`)
})

export const logLayer = Logger.replace(Logger.defaultLogger, lineLogger)
