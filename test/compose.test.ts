/**
 * docker-compose.yml, checked for structure: this machine's docker client has no compose plugin and no
 * engine, so `docker compose config` cannot run here (the test says so when it is absent). Each check is
 * also run against a broken copy, so that none of them can pass by accident.
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

type Json = Record<string, unknown>

const COMPOSE = readFileSync("docker-compose.yml", "utf8")
const ENV_EXAMPLE = readFileSync(".env.example", "utf8")

const servicesOf = (text: string): Record<string, Json> =>
  (parse(text, { merge: true, maxAliasCount: -1 }) as { services: Record<string, Json> }).services

/** Services that run once and exit: no healthcheck, no restart. */
const ONE_SHOT = new Set(["airflow-init"])

const dependenciesOf = (service: Json): Record<string, { condition?: string }> =>
  (service.depends_on ?? {}) as Record<string, { condition?: string }>

/** Every structural problem of a compose text, as readable lines. */
const problems = (text: string, envExample: string): string[] => {
  const out: string[] = []
  const document = parse(text, { merge: true, maxAliasCount: -1 }) as {
    services: Record<string, Json>
    volumes?: Json
  }
  const services = document.services
  const names = new Set(Object.keys(services))
  const ports = new Set<string>()
  for (const [name, service] of Object.entries(services)) {
    if (service.image === undefined && service.build === undefined) out.push(`${name}: no image or build`)
    if (!ONE_SHOT.has(name) && service.healthcheck === undefined) out.push(`${name}: no healthcheck`)
    if (!ONE_SHOT.has(name) && service.restart === undefined) out.push(`${name}: no restart policy`)
    for (const [dependency, spec] of Object.entries(dependenciesOf(service))) {
      if (!names.has(dependency)) out.push(`${name}: depends on unknown ${dependency}`)
      if (!["service_healthy", "service_completed_successfully"].includes(spec?.condition ?? ""))
        out.push(`${name}: depends on ${dependency} without a health or completion condition`)
    }
    for (const volume of (service.volumes ?? []) as string[]) {
      const source = volume.split(":")[0] ?? ""
      if (
        !source.startsWith(".") &&
        !source.startsWith("/") &&
        !Object.hasOwn(document.volumes ?? {}, source)
      )
        out.push(`${name}: volume ${source} is not declared`)
    }
    for (const port of (service.ports ?? []) as string[]) {
      const host = port.split(":").slice(0, -1).join(":")
      if (ports.has(host)) out.push(`${name}: host port ${host} used twice`)
      ports.add(host)
    }
  }
  // no cycles among depends_on
  const visiting = new Set<string>()
  const done = new Set<string>()
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return
    if (visiting.has(name)) {
      out.push(`dependency cycle: ${[...path, name].join(" -> ")}`)
      return
    }
    visiting.add(name)
    for (const dependency of Object.keys(dependenciesOf(services[name] ?? {})))
      visit(dependency, [...path, name])
    visiting.delete(name)
    done.add(name)
  }
  for (const name of names) visit(name, [])
  // secrets only as ${…} references
  for (const match of text.matchAll(
    /^\s*([A-Za-z_]*(?:PASSWORD|SECRET|TOKEN|API_KEY)(?:[A-Za-z_]*[A-Za-z])?)(?<!_FILE):\s*(.+)$/gm,
  )) {
    const value = (match[2] ?? "").trim()
    if (!/^\$\{[A-Z0-9_]+(?::[?-][^}]*)?\}$/.test(value)) out.push(`literal secret in ${match[1]}`)
  }
  for (const match of text.matchAll(/:\/\/[^:@/\s]+:([^@\s$]+)@/g))
    out.push(`literal password in a URI (${match[1]?.slice(0, 2)}…)`)
  // every ${VAR} has a line in .env.example
  const defined = new Set([...envExample.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]))
  for (const match of text.matchAll(/\$\{([A-Z0-9_]+)/g))
    if (!defined.has(match[1])) out.push(`.env.example lacks ${match[1]}`)
  return [...new Set(out)]
}

describe("docker-compose.yml", () => {
  const services = servicesOf(COMPOSE)

  it("runs the whole stack: Airflow's four services, PostgreSQL, ClickHouse, Kafka, the airspec service and worker", () => {
    expect(Object.keys(services).sort()).toEqual([
      "airflow-apiserver",
      "airflow-dag-processor",
      "airflow-init",
      "airflow-scheduler",
      "airflow-triggerer",
      "airspec-service",
      "airspec-worker",
      "clickhouse",
      "kafka",
      "postgres",
    ])
  })

  it("passes every structural check", () => {
    expect(problems(COMPOSE, ENV_EXAMPLE)).toEqual([])
  })

  it("runs Kafka in KRaft mode, without ZooKeeper, and a current ClickHouse", () => {
    const environment = services.kafka?.environment as Json
    expect(environment.KAFKA_PROCESS_ROLES).toBe("broker,controller")
    expect(Object.keys(services).some((name) => name.includes("zookeeper"))).toBe(false)
    expect(String(services.clickhouse?.image)).toMatch(/^clickhouse\/clickhouse-server:2\d\./)
  })

  it("builds all Airflow services from one image with one environment, the plugin and runtime inside", () => {
    const airflow = Object.entries(services).filter(([name]) => name.startsWith("airflow-"))
    expect(new Set(airflow.map(([, service]) => service.image))).toEqual(new Set(["airspec-airflow:local"]))
    const executors = new Set(
      airflow.map(([, service]) => (service.environment as Json).AIRFLOW__CORE__EXECUTOR),
    )
    expect(executors).toEqual(new Set(["LocalExecutor"]))
    const dockerfile = readFileSync("docker/airflow.Dockerfile", "utf8")
    expect(dockerfile).toContain("FROM apache/airflow:3.3.2-python3.11")
    expect(dockerfile).toContain("AIRSPEC_RUNTIME=/opt/airspec/bin/airspec-runtime.mjs")
    expect(dockerfile).toMatch(/pip install .*\/opt\/airspec\/airflow/)
  })

  it("catches each kind of mistake in a broken copy", () => {
    const broken = COMPOSE.replace(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own ${…} syntax, not a template
      "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}",
      "POSTGRES_PASSWORD: hunter2",
    )
      .replace('      - "127.0.0.1:8790:8790"', '      - "127.0.0.1:8080:8790"')
      .replace("    command: triggerer\n    healthcheck:", "    command: triggerer\n    x-healthcheck:")
      .replace(
        "    kafka:\n      condition: service_healthy\n  restart",
        "    kafkaa:\n      condition: service_healthy\n  restart",
      )
      .replace("  kafka-data:\n", "")
    expect(broken).not.toBe(COMPOSE)
    const found = problems(broken, ENV_EXAMPLE.replace(/^CLICKHOUSE_PASSWORD=.*$/m, ""))
    expect(found).toEqual(
      expect.arrayContaining([
        "literal secret in POSTGRES_PASSWORD",
        "airspec-service: host port 127.0.0.1:8080 used twice",
        "airflow-triggerer: no healthcheck",
        "airspec-service: depends on unknown kafkaa",
        "kafka: volume kafka-data is not declared",
        ".env.example lacks CLICKHOUSE_PASSWORD",
      ]),
    )
    const cyclic = COMPOSE.replace(
      "  postgres:\n    image:",
      "  postgres:\n    depends_on:\n      airspec-service:\n        condition: service_healthy\n    image:",
    )
    expect(problems(cyclic, ENV_EXAMPLE).some((line) => line.startsWith("dependency cycle"))).toBe(true)
  })

  it("passes `docker compose config` where the client has compose", () => {
    const version = spawnSync("docker", ["compose", "version"], { encoding: "utf8" })
    if (version.status !== 0) {
      console.info("docker compose is not available here (no compose plugin): structural checks only")
      return
    }
    const config = spawnSync("docker", ["compose", "--env-file", ".env.example", "config", "--quiet"], {
      encoding: "utf8",
    })
    expect(config.status, config.stderr).toBe(0)
  })
})
