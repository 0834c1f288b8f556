/**
 * `airspec worker` as a real process (the bundled CLI) against the real PostgreSQL and Kafka of the
 * global setup, jobs submitted through the `Jobs` service: the lifecycle with the deterministic skeleton,
 * a model's draft through the fake OpenAI server, a worker killed mid-job and restarted (the job completes
 * once, on its second attempt), the same id delivered twice, jobs that fail with their reason, and a
 * graceful stop that gives the job back.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { Effect, Logger, Option, Redacted } from "effect"
import { Kafka, logLevel } from "kafkajs"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest"
import { parse } from "yaml"
import { fileSample } from "../../compiler/draft/draft"
import { skeletonSpec } from "../../compiler/draft/skeleton"
import { type DraftJobInput, type DraftResult, Jobs, type JobView } from "../../service/jobs/jobs"
import { jobsLayer } from "../../service/jobs/layer"
import { JOBS_TABLE } from "../../service/jobs/store"
import { type FakeOpenAi, reply, startFakeOpenAi } from "../fakes/fake-openai"
import { freshDatabase, query } from "../runtime/harness"
import { compileText } from "../support"

const CLI = resolve("bin/airspec.mjs")
const API_KEY = "sk-airspec-worker-test-SECRET-41c9"

const ORDERS = [
  "id,customer,amount,updated_at",
  "1,ann,12.50,2025-01-01T10:00:00Z",
  "2,bob,7.00,2025-01-02T11:30:00Z",
  "3,cid,3.25,2025-01-03T09:15:00Z",
  "",
].join("\n")

const INPUT: DraftJobInput = {
  name: "orders",
  request: "Orders from the shop, merged on id.",
  samples: [{ file: "orders.csv", content: ORDERS }],
}

let databaseUrl: string
let server: FakeOpenAi
let scratch: string
let runs = 0
const workers: Worker[] = []

beforeAll(async () => {
  server = await startFakeOpenAi()
  scratch = mkdtempSync(join(tmpdir(), "airspec-worker-"))
})

// each test its own database too: a worker's sweep sends every due job of its database to its topic
beforeEach(async () => {
  databaseUrl = await freshDatabase("airspec_worker")
})

afterEach(() => {
  for (const worker of workers.splice(0)) worker.child.kill("SIGKILL")
})

afterAll(async () => {
  await server.close()
})

/** Each test its own topic and group: no test sees another's messages. */
const channel = () => {
  runs += 1
  const suffix = `${process.pid}.${Date.now().toString(36)}.${runs}`
  return { topic: `airspec.jobs.worker-test.${suffix}`, group: `airspec-workers-test-${suffix}` }
}

interface Worker {
  readonly child: ChildProcess
  readonly lines: string[]
  readonly exited: Promise<number | null>
}

interface WorkerOptions {
  readonly topic: string
  readonly group: string
  readonly model?: boolean
  readonly args?: ReadonlyArray<string>
}

const startWorker = (options: WorkerOptions): Worker => {
  const child = spawn(
    process.execPath,
    [
      CLI,
      "worker",
      "--group",
      options.group,
      "--lease",
      "2",
      "--session-timeout",
      "6",
      "--sweep-every",
      "1",
      ...(options.args ?? []),
    ],
    {
      cwd: scratch,
      env: {
        PATH: process.env.PATH ?? "",
        AIRSPEC_DATABASE_URL: databaseUrl,
        AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers"),
        AIRSPEC_JOBS_TOPIC: options.topic,
        ...(options.model === true
          ? {
              AIRSPEC_LLM_BASE_URL: server.baseUrl,
              AIRSPEC_LLM_MODEL: "fake-model",
              AIRSPEC_LLM_API_KEY: API_KEY,
              AIRSPEC_LLM_CACHE_DIR: mkdtempSync(join(tmpdir(), "airspec-worker-llm-")),
            }
          : {}),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  )
  const lines: string[] = []
  let partial = ""
  const onData = (data: Buffer) => {
    partial += data.toString()
    const complete = partial.split("\n")
    partial = complete.pop() ?? ""
    lines.push(...complete)
  }
  child.stdout?.on("data", onData)
  child.stderr?.on("data", onData)
  const exited = new Promise<number | null>((resolvePromise) =>
    child.on("close", (code) => resolvePromise(code)),
  )
  const worker = { child, lines, exited }
  workers.push(worker)
  return worker
}

/** The logfmt lines of one event, for one job. */
const events = (worker: Worker, event: string, job?: string) =>
  worker.lines.filter(
    (line) => line.includes(`event=${event}`) && (job === undefined || line.includes(`job=${job}`)),
  )

const waitFor = async <A>(
  what: string,
  probe: () => Promise<A | undefined> | A | undefined,
  seconds = 45,
) => {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100))
  }
}

const jobsOf = (topic: string) =>
  jobsLayer({ databaseUrl: Redacted.make(databaseUrl), brokers: [inject("kafkaBrokers")], topic })

const withJobs = <A, E>(topic: string, f: (jobs: Jobs["Type"]) => Effect.Effect<A, E>) =>
  Effect.runPromise(
    Effect.flatMap(Jobs, f).pipe(
      Effect.provide(jobsOf(topic)),
      Effect.provide(Logger.remove(Logger.defaultLogger)),
    ),
  )

const submit = (topic: string, input: DraftJobInput = INPUT) => withJobs(topic, (jobs) => jobs.submit(input))

const view = async (topic: string, id: string): Promise<JobView> =>
  Option.getOrThrow(await withJobs(topic, (jobs) => jobs.get(id)))

const resultOf = async (topic: string, id: string): Promise<DraftResult> =>
  Option.getOrThrow(await withJobs(topic, (jobs) => jobs.result(id)))

const row = async (id: string) =>
  (
    await query<{ status: string; attempts: number; error: string | null; result: unknown }>(
      databaseUrl,
      `SELECT status, attempts, error, result FROM ${JOBS_TABLE} WHERE id = $1`,
      [id],
    )
  )[0]

const finished = (id: string) =>
  waitFor(`job ${id} to finish`, async () => {
    const current = await row(id)
    return current?.status === "completed" || current?.status === "failed" ? current : undefined
  })

/** What a model that improves the skeleton answers: the skeleton of the same sample, described. */
const modelAnswer = async () => {
  const path = join(scratch, "orders.csv")
  writeFileSync(path, ORDERS)
  const sample = await Effect.runPromise(fileSample(path))
  const spec = parse(
    skeletonSpec({
      pipeline: "orders",
      owner: "data",
      target: "postgres",
      schema: "raw",
      startDate: "2025-01-01",
      request: INPUT.request ?? null,
      samples: [sample],
    }),
  )
  spec.description = "Shop orders, merged on id by the model."
  return reply.json(spec)
}

describe("airspec worker", () => {
  it("takes a pending job through processing to completed with the skeleton when no model is configured", async () => {
    const { topic, group } = channel()
    const job = await submit(topic)
    expect(job).toMatchObject({ status: "pending", attempts: 0 })
    // no worker yet: the job waits in PostgreSQL, its id in Kafka
    expect((await view(topic, job.id)).status).toBe("pending")
    const worker = startWorker({ topic, group })
    const done = await finished(job.id)
    expect(done).toMatchObject({ status: "completed", attempts: 1, error: null })
    const result = await resultOf(topic, job.id)
    expect(result).toMatchObject({ outcome: "skipped", errors: [], model_calls: 0 })
    expect(result.note).toContain("no endpoint configured")
    expect(result.spec).toContain("path: orders.csv")
    expect(compileText(result.spec, {}, "specs/orders.yaml").diagnostics).toEqual([])
    expect(events(worker, "job.claimed", job.id)).toHaveLength(1)
    expect(events(worker, "job.completed", job.id)[0]).toContain("outcome=skipped")
  })

  it("finishes a job exactly once after its worker is killed mid-job and restarted", async () => {
    const { topic, group } = channel()
    const before = server.requests.length
    server.script(reply.hang())
    const first = startWorker({ topic, group, model: true })
    const job = await submit(topic)
    // the first worker claimed the job and waits for the model
    await waitFor("the model call", () => (server.requests.length > before ? true : undefined))
    expect(await row(job.id)).toMatchObject({ status: "processing", attempts: 1 })
    expect((await view(topic, job.id)).status).toBe("processing")
    first.child.kill("SIGKILL")
    await first.exited
    server.script(await modelAnswer())
    const second = startWorker({ topic, group, model: true })
    const done = await finished(job.id)
    expect(done).toMatchObject({ status: "completed", attempts: 2, error: null })
    const result = await resultOf(topic, job.id)
    expect(result).toMatchObject({ outcome: "drafted", errors: [], model_calls: 1, note: null })
    expect(result.spec).toContain("Shop orders, merged on id by the model.")
    expect(server.requests.length - before).toBe(2)
    // the message comes again and the sweep sends the id again: whatever arrives later is skipped
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 3000))
    expect(events(second, "job.completed", job.id)).toHaveLength(1)
    expect(events(second, "job.claimed", job.id)).toHaveLength(1)
    expect(await row(job.id)).toMatchObject({ status: "completed", attempts: 2 })
    // the key never shows in a log line
    expect([...first.lines, ...second.lines].join("\n")).not.toContain(API_KEY)
  }, 120_000)

  it("processes a job whose id is delivered twice once", async () => {
    const { topic, group } = channel()
    const job = await submit(topic)
    const kafka = new Kafka({ brokers: [inject("kafkaBrokers")], logLevel: logLevel.NOTHING })
    const producer = kafka.producer()
    await producer.connect()
    await producer.send({ topic, messages: [{ key: job.id, value: job.id }] })
    await producer.disconnect()
    const worker = startWorker({ topic, group })
    await finished(job.id)
    await waitFor("the second delivery", () =>
      events(worker, "job.skipped", job.id).some((line) => line.includes("reason=completed"))
        ? true
        : undefined,
    )
    expect(events(worker, "job.claimed", job.id)).toHaveLength(1)
    expect(events(worker, "job.completed", job.id)).toHaveLength(1)
    expect(await row(job.id)).toMatchObject({ status: "completed", attempts: 1 })
  })

  it("fails jobs that cannot be drafted with their reason, and goes on with the next", async () => {
    const { topic, group } = channel()
    const broken = await submit(topic, {
      name: "feed",
      samples: [{ file: "feed.csv", content: "" }],
    })
    const escaping = await submit(topic, { name: "feed", samples: [{ file: "..", content: "id\n1\n" }] })
    const xml = await submit(topic, {
      name: "feed",
      samples: [{ file: "feed.xml", content: "<a><b>1</b></a>" }],
    })
    const good = await submit(topic)
    startWorker({ topic, group })
    for (const job of [broken, escaping, xml]) {
      const done = await finished(job.id)
      expect(done.status).toBe("failed")
      expect(done.error).not.toBeNull()
      expect(done.error).not.toContain(tmpdir())
      expect(done.error).not.toMatch(/\n\s+at /)
      expect((await view(topic, job.id)).error).toBe(done.error)
    }
    expect((await row(broken.id))?.error).toContain("feed.csv")
    expect((await row(xml.id))?.error).toContain("record path")
    expect(await withJobs(topic, (jobs) => jobs.result(broken.id))).toEqual(Option.none())
    expect((await finished(good.id)).status).toBe("completed")
  })

  it("gives the current job back on SIGTERM after the grace period", async () => {
    const { topic, group } = channel()
    const before = server.requests.length
    server.script(reply.hang())
    const worker = startWorker({ topic, group, model: true, args: ["--grace", "0"] })
    const job = await submit(topic)
    await waitFor("the model call", () => (server.requests.length > before ? true : undefined))
    worker.child.kill("SIGTERM")
    expect(await worker.exited).toBe(0)
    expect(events(worker, "job.released", job.id)).toHaveLength(1)
    expect(await row(job.id)).toMatchObject({ status: "pending", attempts: 0, error: null })
  }, 60_000)
})
