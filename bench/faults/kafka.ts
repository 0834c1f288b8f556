/**
 * The Kafka broker (the suite's own) stopped mid-run, once k batches went through (k random), with
 * SIGTERM (a clean stop) or SIGKILL (a crash):
 *
 *   optional   `metrics.required: false`: the load completes (one `metrics off` warning) and is exact
 *   required   `metrics.required: true`: the task fails retryably (exit 75); once the broker is back, the
 *              retry completes and the target is exact
 */
import { Kafka, logLevel } from "kafkajs"
import { batchLine, describeRun, finish, type Outcome, prepareLoad, type Suite, type Trial } from "./trial"

/** Waits until the broker takes a produce request, not only a connection. */
export const kafkaReady = async (brokers: string): Promise<void> => {
  const kafka = new Kafka({
    clientId: "airspec-faults",
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  })
  const deadline = Date.now() + 90_000
  for (;;) {
    const producer = kafka.producer({ allowAutoTopicCreation: true })
    try {
      await producer.connect()
      await producer.send({ topic: "faults.ready", acks: -1, messages: [{ value: "ready" }] })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((ok) => setTimeout(ok, 250))
    } finally {
      await producer.disconnect().catch(() => {})
    }
  }
}

export const ensureBroker = async (suite: Suite) => {
  await suite.kafkaInstance.start()
  await kafkaReady(suite.kafka)
}

export const kafkaStopTrial = async (suite: Suite, trial: Trial, required: boolean): Promise<Outcome> => {
  await ensureBroker(suite)
  const load = await prepareLoad(suite, trial, { metrics: { required } })
  const rng = trial.rng
  const k = rng.int(0, Math.max(0, load.batches - 1))
  const signal = rng.pick(["SIGTERM", "SIGKILL"] as const)
  const notes = [load.summary, `broker ${signal} after batch ${k}`]
  try {
    let stopping: Promise<void> | null = null
    const stop = () => {
      if (stopping !== null) return
      stopping = suite.kafkaInstance.stop(signal)
    }
    let seen = 0
    const result = await load.run(1, {
      ...(k === 0 ? { onStart: () => stop() } : {}),
      onLine: (line) => {
        if (batchLine(line) !== null && ++seen === k) stop()
      },
    })
    const hit = stopping !== null
    if (stopping !== null) await stopping
    const warned = /WARN metrics off/.test(result.log)
    notes.push(
      `try 1: ${hit ? "" : "(broker not stopped) "}${describeRun(result)}${warned ? ", WARN metrics off" : ""}`,
    )
    if (!required) {
      if (result.code !== 0)
        return {
          passed: false,
          hit,
          detail: [...notes, "optional metrics failed the load", result.log].join("\n"),
        }
      // the second run starts with the broker down: it must load as well, with the warning
      const rest = await finish(load, null, notes)
      if (rest.passed) load.cleanup()
      return { ...rest, hit }
    }
    if (result.code === 0) {
      const rest = await finish(load, null, notes)
      if (rest.passed) load.cleanup()
      return { ...rest, hit: false }
    }
    if (result.code !== 75)
      return { passed: false, hit, detail: [...notes, "not a retryable failure", result.log].join("\n") }
    await ensureBroker(suite)
    const rest = await finish(load, 2, notes)
    if (rest.passed) load.cleanup()
    return { ...rest, hit }
  } catch (error) {
    return { passed: false, hit: false, detail: `${load.dir}: ${String(error)}` }
  }
}
