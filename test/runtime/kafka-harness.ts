/** Reading back what was sent to the real Kafka broker the global setup started. */
import { Kafka, logLevel } from "kafkajs"
import { inject } from "vitest"

/** The first `expected` messages of a topic, from its beginning; fails after 20 s with what did arrive. */
export const readEvents = async (
  topic: string,
  expected: number,
): Promise<Array<{ key: string; value: unknown }>> => {
  const kafka = new Kafka({ brokers: [inject("kafkaBrokers")], logLevel: logLevel.NOTHING })
  const consumer = kafka.consumer({ groupId: `test-${topic}` })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  const events: Array<{ key: string; value: unknown }> = []
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`only ${events.length} of ${expected} events arrived: ${JSON.stringify(events)}`)),
      20_000,
    )
    void consumer.run({
      eachMessage: async ({ message }) => {
        events.push({ key: String(message.key), value: JSON.parse(String(message.value)) })
        if (events.length >= expected) {
          clearTimeout(timer)
          resolve()
        }
      },
    })
  })
  await consumer.disconnect()
  return events
}
