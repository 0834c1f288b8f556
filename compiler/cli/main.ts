/** Entry point of the `airspec` binary: wires Node services into the commands and maps outcomes to exit codes. */
import { Command, ValidationError } from "@effect/cli"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Cause, Console, Effect, Exit } from "effect"
import packageJson from "../../package.json" with { type: "json" }
import { airspec } from "./commands"

const run = Command.run(airspec, { name: "airspec", version: packageJson.version })

const program = Effect.suspend(() => run(process.argv)).pipe(
  Effect.exit,
  Effect.flatMap((exit) => {
    if (Exit.isSuccess(exit)) return Effect.succeed(0)
    const failure = Cause.failureOption(exit.cause)
    if (failure._tag === "Some") {
      const error = failure.value
      if (typeof error === "object" && error !== null && "_tag" in error) {
        if (error._tag === "FindingsReported") return Effect.succeed(1)
        if (error._tag === "RuntimeExited" && "code" in error) return Effect.succeed(Number(error.code))
        // Kafka or ClickHouse failed the metrics sink: 75 (EX_TEMPFAIL) when a rerun may succeed.
        if (error._tag === "SinkFailed" && "message" in error && "retryable" in error)
          return Console.error(`airspec: ${error.message}`).pipe(Effect.as(error.retryable ? 75 : 2))
        if (error._tag === "UsageError" && "message" in error)
          return Console.error(`airspec: ${error.message}`).pipe(Effect.as(2))
      }
      // @effect/cli has already printed what was wrong with the command line.
      if (ValidationError.isValidationError(error)) return Effect.succeed(2)
      return Console.error(`airspec: ${String((error as { message?: unknown })?.message ?? error)}`).pipe(
        Effect.as(2),
      )
    }
    return Console.error(`airspec: internal error: ${Cause.pretty(exit.cause).split("\n", 1)[0]}`).pipe(
      Effect.as(2),
    )
  }),
  Effect.tap((code) =>
    Effect.sync(() => {
      process.exitCode = code
    }),
  ),
  Effect.provide(NodeContext.layer),
)

NodeRuntime.runMain(program, { disableErrorReporting: true })
