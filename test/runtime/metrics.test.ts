/**
 * Metric events on a real Kafka broker: a consumer reads back what a load emitted and checks the fields;
 * with the broker unreachable the load succeeds with a warning, unless the spec requires metrics.
 */
import { Schema } from "effect"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { MetricEvent } from "../../runtime/metrics/events"
import { freshClickHouse } from "./clickhouse-harness"
import { freshDatabase, intervalEnv, project, query, runRuntime, writePlan } from "./harness"
import { readEvents } from "./kafka-harness"

let dwh: string
beforeAll(async () => {
  dwh = await freshDatabase("metrics_dwh")
})

const spec = (
  topic: string,
  required: boolean,
  table = "metered.rows",
  connection = "dwh",
) => `pipeline: metered
owner: data
schedule: "@daily"
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh }
  olap: { kind: clickhouse, conn_id: olap }
  bus: { kind: kafka, conn_id: kafka_default }
metrics: { connection: bus, topic: ${topic}, required: ${required} }
tasks:
  load:
    source: { kind: file, path: rows.csv, format: csv }
    targets: [{ connection: ${connection}, table: ${table} }]
    batch: { rows: 2 }
    bad_rows: { max_count: 5 }
`

describe("metrics on Kafka", () => {
  it("reports a ClickHouse target's batches and outcome the same way", async () => {
    const topic = `airspec.metrics.ch.${Date.now()}`
    const { database, uri } = await freshClickHouse("metrics")
    const dir = project({ "rows.csv": "id,n\n1,a\n2,b\n3,c\n" })
    const plan = writePlan(dir, spec(topic, true, `${database}.rows`, "olap"))
    const result = await runRuntime({
      plan,
      task: "load",
      cwd: dir,
      env: { AIRSPEC_CONN_OLAP: uri, AIRSPEC_CONN_BUS: `kafka://${inject("kafkaBrokers")}` },
    })
    expect(result.code).toBe(0)
    const events = (await readEvents(topic, 4)).map((event) => event.value as Record<string, unknown>)
    expect(
      events.map((event) => [event.event, event.target ?? null, event.rows ?? event.rows_written]),
    ).toEqual([
      ["task_started", null, undefined],
      ["batch_loaded", `${database}.rows`, 2],
      ["batch_loaded", `${database}.rows`, 1],
      ["task_finished", null, 3],
    ])
    await fetch(`${inject("clickhouseUrl")}/`, {
      method: "POST",
      body: `DROP DATABASE IF EXISTS ${database}`,
    })
  })

  it("emits task_started, batch_loaded per batch and task_finished, keyed by pipeline, valid by the schema", async () => {
    const topic = `airspec.metrics.${Date.now()}`
    const dir = project({ "rows.csv": "id,n\n1,a\n2,b\n3,c\n4,d,extra\n5,e\n" })
    const plan = writePlan(dir, spec(topic, true))
    const env = {
      AIRSPEC_CONN_DWH: dwh,
      AIRSPEC_CONN_BUS: `kafka://${inject("kafkaBrokers")}`,
      AIRSPEC_DAG_RUN_ID: "scheduled__2025-03-01",
      AIRSPEC_TRY_NUMBER: "2",
      ...intervalEnv("2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"),
    }
    const result = await runRuntime({ plan, task: "load", cwd: dir, env })
    expect(result.code).toBe(0)
    const events = await readEvents(topic, 4)
    expect(events.every((event) => event.key === "metered")).toBe(true)
    const decoded = events.map((event) => Schema.decodeUnknownSync(MetricEvent)(event.value))
    expect(decoded.map((event) => event.event)).toEqual([
      "task_started",
      "batch_loaded",
      "batch_loaded",
      "task_finished",
    ])
    for (const event of decoded) {
      expect(event).toMatchObject({
        schema_version: 1,
        pipeline: "metered",
        task: "load",
        dag_run_id: "scheduled__2025-03-01",
        try_number: 2,
        interval_start: "2025-03-01T00:00:00.000Z",
        interval_end: "2025-03-02T00:00:00.000Z",
      })
    }
    const batches = decoded.filter((event) => event.event === "batch_loaded")
    // a batch holds up to 2 good rows; the bad one is quarantined on the side
    expect(batches.map((event) => [event.batch, event.rows, event.rows_quarantined])).toEqual([
      [1, 2, 0],
      [2, 2, 1],
    ])
    expect(
      batches.every((event) => event.bytes > 0 && event.ms >= 0 && event.target === "metered.rows"),
    ).toBe(true)
    expect(decoded.at(-1)).toMatchObject({
      event: "task_finished",
      rows_read: 5,
      rows_written: 4,
      rows_quarantined: 1,
      targets: [{ table: "metered.rows", rows_written: 4 }],
    })
    expect(new Set(decoded.map((event) => event.event_id)).size).toBe(4)
  })

  it("reports task_failed with the error's tag and reason", async () => {
    const topic = `airspec.metrics.failed.${Date.now()}`
    const dir = project({ "rows.csv": "id\n1\n" })
    const plan = writePlan(dir, spec(topic, false).replace("path: rows.csv", "path: missing.csv"))
    const result = await runRuntime({
      plan,
      task: "load",
      cwd: dir,
      env: { AIRSPEC_CONN_DWH: dwh, AIRSPEC_CONN_BUS: inject("kafkaBrokers") },
    })
    expect(result.code).toBe(3)
    const events = await readEvents(topic, 2)
    expect(events.map((event) => (event.value as { event: string }).event)).toEqual([
      "task_started",
      "task_failed",
    ])
    expect(events[1]?.value).toMatchObject({ error_tag: "TaskFailed", reason: "source", retryable: false })
  })

  it("loads with a warning when Kafka is unreachable, and fails (retryable) when metrics are required", async () => {
    const dir = project({ "rows.csv": "id\n1\n2\n" })
    const env = { AIRSPEC_CONN_DWH: dwh, AIRSPEC_CONN_BUS: "kafka://127.0.0.1:1" }
    const optional = await runRuntime({
      plan: writePlan(dir, spec("unused", false, "metered.offline")),
      task: "load",
      cwd: dir,
      env,
    })
    expect(optional.code).toBe(0)
    expect(optional.log).toMatch(/WARN metrics off for this run: cannot reach Kafka/)
    expect(await query(dwh, "SELECT count(*)::int AS n FROM metered.offline")).toEqual([{ n: 2 }])
    const required = await runRuntime({
      plan: writePlan(dir, spec("unused", true, "metered.offline")),
      task: "load",
      cwd: dir,
      env,
    })
    expect(required.code).toBe(75)
    expect(required.summary).toMatchObject({ reason: "metrics", retryable: true })
    expect(await query(dwh, "SELECT count(*)::int AS n FROM metered.offline")).toEqual([{ n: 2 }])
  }, 60_000)
})
