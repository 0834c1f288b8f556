/** Every default the plan applies, in one place so that docs and code cannot disagree. */
export const DEFAULTS = {
  retries: 2,
  retryDelay: "5m",
  /** One run at a time: incremental loads of consecutive intervals must not overtake each other. */
  maxActiveRuns: 1,
  metricsTopic: "airspec.metrics",
  onSchemaDrift: "add_columns",
  quarantineTable: "airspec_quarantine",
  batch: { rows: 50_000, bytes: "16MiB", maxDuration: "60s" },
  http: { timeout: "60s", pollInterval: "10s", exportTimeout: "1h", pageSize: 100 },
} as const
