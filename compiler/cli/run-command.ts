/**
 * `airspec run <spec> --task <id> [--interval <start>/<end>] [--param name=value]…`: runs one task on this
 * machine, without Airflow. The spec is compiled in memory, its plan handed to the same bundled runtime the
 * operator starts, and connections come from AIRSPEC_CONN_<NAME> variables in the environment or a `.env`
 * file (the environment wins). On a terminal the runtime keeps a live progress line.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Args, Options } from "@effect/cli"
import { Console, Data, Effect, HashMap, Option } from "effect"
import { compileSpec } from "../compile"
import { instantOf, parseSpecDate } from "../spec/calendar"
import { Workspace } from "../workspace"
import { commandEnv, envFileOption } from "./connection-env"
import { readSpecs } from "./project-files"
import { formatReport } from "./report"

/** The runtime ran and exited with this code; `airspec run` exits with it. */
export class RuntimeExited extends Data.TaggedError("RuntimeExited")<{ readonly code: number }> {}

export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

export const runArgs = {
  spec: Args.text({ name: "spec" }).pipe(Args.withDescription("The spec file.")),
  task: Options.text("task").pipe(Options.withDescription("The task to run.")),
  interval: Options.text("interval").pipe(
    Options.withDescription(
      "The data interval, <start>/<end>: dates (midnight in the pipeline's time zone) or date-times with an offset.",
    ),
    Options.optional,
  ),
  param: Options.keyValueMap("param").pipe(
    Options.withDescription("A trigger-form param, name=value (JSON values such as true or 3 are parsed)."),
    Options.optional,
  ),
  envFile: envFileOption,
}

const RUNTIME = () => fileURLToPath(new URL("./airspec-runtime.mjs", import.meta.url))

const instant = (text: string, zone: string): string | undefined => {
  const date = parseSpecDate(text)
  return date === undefined ? undefined : new Date(instantOf(date, zone)).toISOString()
}

const paramValue = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export const runTask = (args: {
  readonly spec: string
  readonly task: string
  readonly interval: Option.Option<string>
  readonly param: Option.Option<HashMap.HashMap<string, string>>
  readonly envFile: string
}) =>
  Effect.gen(function* () {
    const [source] = yield* readSpecs([args.spec])
    if (source === undefined) return yield* new UsageError({ message: `cannot read ${args.spec}` })
    const outcome = yield* compileSpec(source).pipe(Effect.provide(Workspace.disk))
    if (outcome.plan === undefined) {
      yield* Console.log(
        formatReport({ specs: 1, diagnostics: outcome.diagnostics, out: "" }, "text").trimEnd(),
      )
      return yield* new RuntimeExited({ code: 1 })
    }
    const plan = outcome.plan
    if (!plan.tasks.some((task) => task.id === args.task)) {
      return yield* new UsageError({
        message: `no task ${JSON.stringify(args.task)} in ${args.spec}; tasks: ${plan.tasks.map((t) => t.id).join(", ")}`,
      })
    }
    const env = commandEnv(args.envFile)
    env.AIRSPEC_DAG_RUN_ID = `local__${new Date().toISOString()}`
    env.AIRSPEC_TRY_NUMBER = "1"
    if (Option.isSome(args.interval)) {
      const [from = "", to = ""] = args.interval.value.split("/")
      const start = instant(from, plan.dag.timezone)
      const end = instant(to, plan.dag.timezone)
      if (start === undefined || end === undefined || start > end) {
        return yield* new UsageError({
          message: "--interval must be <start>/<end>, dates or date-times with an offset, start <= end",
        })
      }
      env.AIRSPEC_DATA_INTERVAL_START = start
      env.AIRSPEC_DATA_INTERVAL_END = end
    }
    if (Option.isSome(args.param)) {
      env.AIRSPEC_PARAMS = JSON.stringify(
        Object.fromEntries(
          [...HashMap.entries(args.param.value)].map(([name, value]) => [name, paramValue(value)]),
        ),
      )
    }
    const scratch = mkdtempSync(join(tmpdir(), "airspec-run-"))
    const planFile = join(scratch, `${plan.pipeline}.plan.json`)
    writeFileSync(planFile, JSON.stringify(plan))
    const code = yield* Effect.async<number>((resume) => {
      const child = spawn(process.execPath, [RUNTIME(), "--plan", planFile, "--task", args.task], {
        env,
        stdio: "inherit",
      })
      child.on("close", (exit, signal) => resume(Effect.succeed(exit ?? (signal === null ? 1 : 128))))
      child.on("error", () => resume(Effect.succeed(2)))
    }).pipe(Effect.ensuring(Effect.sync(() => rmSync(scratch, { recursive: true, force: true }))))
    if (code !== 0) return yield* new RuntimeExited({ code })
  })
