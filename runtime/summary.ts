/** What a task run reports: printed as its last log line, written for the operator to push to XCom. */
import type { TargetSummary } from "./metrics/events"

export interface TaskSummary {
  readonly pipeline: string
  readonly task: string
  readonly kind: "load" | "sql" | "check"
  readonly dag_run_id: string
  readonly try_number: number
  readonly interval_start: string | null
  readonly interval_end: string | null
  readonly full_refresh: boolean
  readonly status: "success"
  readonly rows_read: number
  readonly rows_written: number
  readonly rows_quarantined: number
  readonly bytes: number
  readonly batches: number
  readonly duration_ms: number
  readonly rows_per_second: number
  /** The runtime process's peak resident memory so far, in MiB. */
  readonly peak_rss_mib: number
  readonly targets: ReadonlyArray<TargetSummary>
  /** What check tasks verified, one line each. */
  readonly checks: ReadonlyArray<string>
}
