/** Commands whose stdout is their output (a spec, a report, JSON) send their log lines to stderr. */
import { Layer, Logger } from "effect"

export const logsToStderr = Layer.merge(
  Logger.remove(Logger.prettyLoggerDefault),
  Logger.replace(Logger.defaultLogger, Logger.prettyLogger({ stderr: true })),
)
