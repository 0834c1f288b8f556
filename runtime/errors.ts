/**
 * How a task run fails. `retryable` decides the runtime's exit code and so whether Airflow retries:
 * a dropped connection may heal, a bad plan or too many bad rows will not.
 */
import { Data } from "effect"

export type FailureReason =
  | "plan"
  | "context"
  | "config"
  | "source"
  | "target"
  | "bad_rows"
  | "schema_drift"
  | "metrics"
  | "check"
  | "unsupported"

export class TaskFailed extends Data.TaggedError("TaskFailed")<{
  readonly reason: FailureReason
  readonly retryable: boolean
  readonly message: string
}> {}

/** Exit codes of the runtime process; the operator maps them to Airflow's retry decision. */
export const EXIT = {
  ok: 0,
  /** Retrying will not help: the task fails without using its retries. */
  permanent: 3,
  /** EX_TEMPFAIL: a retry may succeed. */
  retryable: 75,
  /** The runtime was started wrongly (arguments, plan file, environment). */
  usage: 2,
} as const
