// The worker's healthcheck: it serves nothing, so it counts as healthy while it can reach its job store
// (AIRSPEC_DATABASE_URL) and at least one broker (AIRSPEC_KAFKA_BROKERS). Exit 0 healthy, 1 not.
import { connect } from "node:net"

const reachable = (host, port) =>
  new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.once("connect", () => done(true))
    socket.once("timeout", () => done(false))
    socket.once("error", () => done(false))
  })

const database = new URL(process.env.AIRSPEC_DATABASE_URL ?? "")
const brokers = (process.env.AIRSPEC_KAFKA_BROKERS ?? "")
  .split(",")
  .map((broker) => broker.trim())
  .filter((broker) => broker !== "")
  .map((broker) => {
    const colon = broker.lastIndexOf(":")
    return colon === -1 ? [broker, 9092] : [broker.slice(0, colon), Number(broker.slice(colon + 1))]
  })

const [databaseUp, ...brokersUp] = await Promise.all([
  reachable(database.hostname, Number(database.port || 5432)),
  ...brokers.map(([host, port]) => reachable(host, port)),
])
if (!databaseUp) console.error(`cannot reach the job store at ${database.hostname}:${database.port || 5432}`)
if (!brokersUp.includes(true))
  console.error(`cannot reach any broker of ${process.env.AIRSPEC_KAFKA_BROKERS}`)
process.exit(databaseUp && brokersUp.includes(true) ? 0 : 1)
