/**
 * Connection URIs for commands run outside Airflow (`run`, `draft --table`, `review --table`): from
 * AIRSPEC_CONN_<NAME> variables in the environment or a `.env` file, the environment winning.
 */
import { readFileSync } from "node:fs"
import { parseEnv } from "node:util"
import { Options } from "@effect/cli"
import { Redacted } from "effect"
import { connectionVariable } from "../../runtime/context"

export const envFileOption = Options.text("env-file").pipe(
  Options.withDescription("A .env file with AIRSPEC_CONN_<NAME>=<uri> lines (skipped when missing)."),
  Options.withDefault(".env"),
)

const readEnvFile = (path: string): Record<string, string> => {
  try {
    return parseEnv(readFileSync(path, "utf8")) as Record<string, string>
  } catch {
    return {}
  }
}

/** The `.env` file's variables overlaid with the process's. */
export const commandEnv = (envFile: string): Record<string, string> => {
  const env: Record<string, string> = { ...readEnvFile(envFile) }
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value
  return env
}

export const connectionUriIn = (
  env: Readonly<Record<string, string>>,
  name: string,
): Redacted.Redacted<string> | undefined => {
  const uri = env[connectionVariable(name)]
  return uri === undefined || uri === "" ? undefined : Redacted.make(uri)
}
