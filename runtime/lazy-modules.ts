/**
 * Clients loaded on first use (the bundle splits them into chunks, see scripts/build.mjs). All are
 * CommonJS packages: through a dynamic import their exports may sit on `default`, so take them from there
 * when the namespace itself lacks them.
 */
const exportsOf = <M extends object>(namespace: M & { default?: unknown }, probe: keyof M): M =>
  typeof namespace[probe] === "function" ? namespace : (namespace.default as M)

export const loadUndici = async () => exportsOf(await import("undici"), "request")

export const loadKafkajs = async () => exportsOf(await import("kafkajs"), "Kafka")

export const loadClickHouse = async () => exportsOf(await import("@clickhouse/client"), "createClient")
