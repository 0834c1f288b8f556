/**
 * The runtime process the operator starts for one task:
 *
 *   node airspec-runtime.mjs --plan <dag>.plan.json --task <task id>
 *
 * Everything else comes from the environment (see context.ts), so no secret is ever in argv. Exit codes:
 * 0 done, 75 failed but a retry may succeed, 3 failed for good, 2 started wrongly. With
 * AIRSPEC_SUMMARY_FILE set, the run's summary (or its failure) is written there as JSON.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { Effect, Either } from "effect"
import { readContext } from "./context"
import { EXIT, TaskFailed } from "./errors"
import { logLayer, progressLine } from "./log"
import { parsePlan, planTask } from "./plan"
import { runTask } from "./run-task"

const usage = (message: string): never => {
  process.stderr.write(`ERROR ${message}\nusage: airspec-runtime --plan <plan.json> --task <task id>\n`)
  process.exit(EXIT.usage)
}

const report = (result: unknown) => {
  const file = process.env.AIRSPEC_SUMMARY_FILE
  if (file) writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
}

const main = async () => {
  let values: { plan?: string | undefined; task?: string | undefined }
  try {
    values = parseArgs({
      options: { plan: { type: "string" }, task: { type: "string" } },
      strict: true,
    }).values
  } catch (error) {
    return usage(String((error as Error).message))
  }
  if (!values.plan || !values.task) return usage("--plan and --task are required")
  let text: string
  try {
    text = readFileSync(values.plan, "utf8")
  } catch {
    return usage(`cannot read the plan file ${JSON.stringify(values.plan)}`)
  }
  const plan = parsePlan(text)
  if (Either.isLeft(plan)) return usage(plan.left.message)
  const task = planTask(plan.right, values.task)
  if (Either.isLeft(task)) return usage(task.left.message)
  const context = readContext(plan.right, task.right, process.env)
  if (Either.isLeft(context)) return usage(`${context.left.variable}: ${context.left.message}`)

  const outcome = await Effect.runPromise(
    runTask({ plan: plan.right, task: task.right, context: context.right, progress: progressLine() }).pipe(
      Effect.tap((summary) => Effect.logInfo(`summary ${JSON.stringify(summary)}`)),
      Effect.catchAllDefect((defect) =>
        Effect.fail(
          new TaskFailed({
            reason: "unsupported",
            retryable: false,
            message: `internal error: ${String(defect)}`,
          }),
        ),
      ),
      Effect.tapError((error) => Effect.logError(`${error.reason}: ${error.message}`)),
      Effect.either,
      Effect.provide(logLayer),
    ),
  )
  if (Either.isRight(outcome)) {
    report(outcome.right)
    process.exit(EXIT.ok)
  }
  const error = outcome.left
  report({ status: "failed", reason: error.reason, retryable: error.retryable, message: error.message })
  process.exit(error.retryable ? EXIT.retryable : EXIT.permanent)
}

void main()
