/**
 * vitest global setup: the runtime tests talk to a real PostgreSQL, Kafka broker and ClickHouse server, installed and
 * started by the project's own scripts (idempotent: a running service is reused).
 */
import { execFileSync } from "node:child_process"
import type { TestProject } from "vitest/node"

const start = (script: string) =>
  execFileSync("bash", [`scripts/services/${script}`, "start"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  })
    .trim()
    .split("\n")
    .pop() ?? ""

export default function setup(project: TestProject) {
  project.provide("pgUrl", start("postgres.sh"))
  project.provide("kafkaBrokers", start("kafka.sh"))
  project.provide("clickhouseUrl", start("clickhouse.sh"))
}

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string
    kafkaBrokers: string
    clickhouseUrl: string
  }
}
