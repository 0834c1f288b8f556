// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the ${…} in strings here are compose's syntax, not templates
/**
 * docker-compose.yml and what it builds from, checked without a Docker engine: the compose file's structure
 * (every check also run against a broken copy, so that none can pass by accident), the Airflow settings
 * against Airflow 3.3's own configuration, the Dockerfiles and build context, the PostgreSQL init script in
 * a throwaway cluster, the worker's healthcheck script, and `docker compose config` where the client has
 * compose.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, inject, it } from "vitest"
import { parse } from "yaml"

type Json = Record<string, unknown>

const COMPOSE = readFileSync("docker-compose.yml", "utf8")
const ENV_EXAMPLE = readFileSync(".env.example", "utf8")

/** Services that run once and exit: no healthcheck, no restart, others wait for their completion. */
const ONE_SHOT = new Set(["airflow-init"])
const SECRET_KEY = /PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|FERNET_KEY|CREDENTIAL/
/** A secret's value: a whole reference, required (`:?`) or optional with an empty default (`:-`). */
const SECRET_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?\?[^{}]*|:?-)?\}$/
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[?-])?/g

const record = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {}

const parseCompose = (text: string) => {
  const document = record(parse(text, { merge: true, maxAliasCount: -1 }))
  return { document, services: record(document.services) as Record<string, Json> }
}

/** KEY=value lines of an env file; quotes around a value removed. */
const envValues = (text: string): Map<string, string> =>
  new Map(
    [...text.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [
      m[1] ?? "",
      (m[2] ?? "").replace(/^'(.*)'$|^"(.*)"$/, "$1$2"),
    ]),
  )

/** `${VAR:-default}` and `${VAR}` resolved from the env file, the way compose does for the simple cases. */
const interpolate = (text: string, env: Map<string, string>): string =>
  text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[?-]([^{}]*))?\}/g, (_, name: string, fallback?: string) => {
    const value = env.get(name)
    return value !== undefined && value !== "" ? value : (fallback ?? "")
  })

/** Every string in a parsed document, with the key (or `KEY` of a `KEY=value` list item) it belongs to. */
const strings = (value: unknown, key = ""): Array<[string, string]> => {
  if (typeof value === "string") {
    const item = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value)
    return [item ? [item[1] ?? "", item[2] ?? ""] : [key, value]]
  }
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key))
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([child, item]) => strings(item, child))
  return []
}

const MASK = "\u0001"

/** Passwords written into URIs (`scheme://user:password@`), innermost `${…}` references masked step by step so
 * that a literal password in a reference's default is still seen. */
const uriPasswords = (value: string): string[] => {
  const found: string[] = []
  let text = value
  for (;;) {
    for (const match of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:([^@\s]+)@/gi)) {
      const password = match[1] ?? ""
      if (password !== MASK && !password.startsWith("${")) found.push(password)
    }
    const masked = text.replace(/\$\{[^${}]*\}/g, MASK)
    if (masked === text) return found
    text = masked
  }
}

const volumeSource = (volume: unknown): string =>
  typeof volume === "string" ? (volume.split(":")[0] ?? "") : String(record(volume).source ?? "")

/** Every structural problem of a compose text with its .env.example, as readable lines. */
const problems = (text: string, envExample: string): string[] => {
  const out: string[] = []
  const { document, services } = parseCompose(text)
  const env = envValues(envExample)
  const names = new Set(Object.keys(services))
  const declaredVolumes = new Set(Object.keys(record(document.volumes)))
  const usedVolumes = new Set<string>()
  const hostPorts = new Map<string, string>()
  const dependencies = (service: Json): Record<string, unknown> => {
    const dependsOn = service.depends_on ?? {}
    return Array.isArray(dependsOn)
      ? Object.fromEntries(dependsOn.map((name) => [name, {}]))
      : record(dependsOn)
  }

  for (const [name, service] of Object.entries(services)) {
    const oneShot = ONE_SHOT.has(name)
    if (service.image === undefined && service.build === undefined) out.push(`${name}: no image or build`)
    const healthcheck = record(service.healthcheck)
    const test = healthcheck.test
    const checks = Array.isArray(test) ? test[0] !== "NONE" && test.length > 1 : typeof test === "string"
    if (!oneShot && (healthcheck.disable === true || !checks)) out.push(`${name}: no healthcheck`)
    const restart = service.restart ?? "no"
    if (!oneShot && !["always", "unless-stopped", "on-failure"].includes(String(restart)))
      out.push(`${name}: no restart policy`)
    if (oneShot && restart !== "no") out.push(`${name}: a one-shot service restarts (${restart})`)

    for (const [dependency, spec] of Object.entries(dependencies(service))) {
      if (!names.has(dependency)) {
        out.push(`${name}: depends on unknown ${dependency}`)
        continue
      }
      const wanted = ONE_SHOT.has(dependency) ? "service_completed_successfully" : "service_healthy"
      const condition = record(spec).condition
      if (condition !== wanted)
        out.push(
          `${name}: depends on ${dependency} with ${String(condition ?? "no condition")}, not ${wanted}`,
        )
    }

    for (const volume of (service.volumes ?? []) as unknown[]) {
      const source = volumeSource(volume)
      if (source.startsWith(".") || source.startsWith("/")) continue
      usedVolumes.add(source)
      if (!declaredVolumes.has(source)) out.push(`${name}: volume ${source} is not declared`)
    }

    for (const port of (service.ports ?? []) as unknown[]) {
      const parts = interpolate(String(port), env).split(":")
      const published = parts.length > 2 ? `${parts[0]}:${parts[1]}` : `0.0.0.0:${parts[0]}`
      const owner = hostPorts.get(published)
      if (owner !== undefined) out.push(`${name}: host port ${published} is taken by ${owner}`)
      hostPorts.set(published, name)
    }
  }
  for (const volume of declaredVolumes)
    if (!usedVolumes.has(volume)) out.push(`volume ${volume} is declared but not used`)

  // no cycles among depends_on
  const done = new Set<string>()
  const visit = (name: string, path: string[]) => {
    if (path.includes(name)) {
      out.push(`dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(" -> ")}`)
      return
    }
    if (done.has(name)) return
    for (const dependency of Object.keys(dependencies(services[name] ?? {})))
      visit(dependency, [...path, name])
    done.add(name)
  }
  for (const name of names) visit(name, [])

  // secrets only as ${…} references: values of secret-named keys, and passwords in URIs
  for (const [key, value] of strings(document)) {
    if (SECRET_KEY.test(key) && !key.endsWith("_FILE") && !SECRET_REFERENCE.test(value.trim()))
      out.push(`literal secret in ${key}`)
    for (const password of uriPasswords(value))
      out.push(`literal password in a URI of ${key} (${password.slice(0, 2)}…)`)
  }

  // .env.example and the compose file agree on the variables
  const used = new Map<string, Set<string>>()
  for (const match of text.matchAll(REFERENCE)) {
    const name = match[1] ?? ""
    used.set(name, (used.get(name) ?? new Set()).add(match[2] ?? ""))
  }
  for (const name of used.keys()) if (!env.has(name)) out.push(`.env.example lacks ${name}`)
  for (const name of env.keys()) if (!used.has(name)) out.push(`.env.example has ${name}, which nothing uses`)
  for (const [name, value] of env) {
    if (!SECRET_KEY.test(name)) continue
    if (value !== "" && !value.startsWith("change-me"))
      out.push(`.env.example gives ${name} a value that is no change-me placeholder`)
    // a secret that .env.example asks to fill in must stop compose when it is missing
    const operators = used.get(name)
    if (value !== "" && operators && [...operators].some((operator) => operator !== ":?"))
      out.push(`${name} is required but referenced without :?`)
  }

  // Kafka in KRaft mode, reachable from the host on the port it advertises
  for (const name of names)
    if (/zookeeper/i.test(name) || /zookeeper/i.test(String(services[name]?.image)))
      out.push(`${name}: ZooKeeper is not needed with KRaft`)
  const kafka = record(services.kafka?.environment)
  if (!String(kafka.KAFKA_PROCESS_ROLES ?? "").includes("controller"))
    out.push("kafka: not a KRaft controller")
  if (kafka.KAFKA_CONTROLLER_QUORUM_VOTERS === undefined) out.push("kafka: no controller quorum voters")
  if (kafka.KAFKA_ZOOKEEPER_CONNECT !== undefined) out.push("kafka: configured for ZooKeeper")
  const advertised = /HOST:\/\/[^,:]+:([^,]+)/.exec(
    interpolate(String(kafka.KAFKA_ADVERTISED_LISTENERS), env),
  )
  const published = ((services.kafka?.ports ?? []) as unknown[]).map((port) =>
    interpolate(String(port), env).split(":").at(-2),
  )
  if (!advertised || !published.includes(advertised[1]))
    out.push("kafka: the HOST listener advertises a port that is not published")

  // all Airflow services: one image, the common environment
  const common = record(document["x-airflow-common"])
  const commonEnvironment = record(common.environment)
  for (const [name, service] of Object.entries(services)) {
    if (!name.startsWith("airflow-")) continue
    if (service.image !== common.image || JSON.stringify(service.build) !== JSON.stringify(common.build))
      out.push(`${name}: not the common Airflow image`)
    const environment = record(service.environment)
    for (const [key, value] of Object.entries(commonEnvironment))
      if (environment[key] !== value) out.push(`${name}: ${key} differs from the common environment`)
  }

  // images pinned to a version
  for (const [name, service] of Object.entries(services))
    if (service.build === undefined && !/:[^:]*\d[^:]*$/.test(String(service.image)))
      out.push(`${name}: image ${String(service.image)} is not pinned to a version`)
  return [...new Set(out)]
}

describe("docker-compose.yml", () => {
  const { services, document } = parseCompose(COMPOSE)

  it("runs the whole stack: Airflow's four services and its init, PostgreSQL, ClickHouse, Kafka, the airspec service and worker", () => {
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
    expect(Object.keys(record(document.volumes)).sort()).toEqual([
      "airflow-auth",
      "airflow-logs",
      "airspec-llm-cache",
      "clickhouse-data",
      "kafka-data",
      "postgres-data",
    ])
  })

  it("passes every structural check", () => {
    expect(problems(COMPOSE, ENV_EXAMPLE)).toEqual([])
  })

  it("runs what the issue asks for: Airflow 3.3's commands, KRaft Kafka 3.9, a current ClickHouse, the airspec commands", () => {
    const command = (name: string) => [services[name]?.command].flat().join(" ")
    expect(command("airflow-apiserver")).toBe("api-server")
    expect(command("airflow-scheduler")).toBe("scheduler")
    expect(command("airflow-dag-processor")).toBe("dag-processor")
    expect(command("airflow-triggerer")).toBe("triggerer")
    expect(command("airflow-init")).toContain("airflow db migrate")
    expect(command("airspec-service")).toBe("serve --host 0.0.0.0 --port 8790")
    expect(command("airspec-worker")).toBe("worker")
    expect(String(services.kafka?.image)).toMatch(/^apache\/kafka:3\.9\.\d+$/)
    expect(record(services.kafka?.environment).KAFKA_PROCESS_ROLES).toBe("broker,controller")
    expect(String(services.clickhouse?.image)).toMatch(/^clickhouse\/clickhouse-server:2\d\.\d+\.\d+\.\d+$/)
    expect(String(services.postgres?.image)).toMatch(/^postgres:1[67]\.\d+/)
    const airflow = record(services["airflow-scheduler"]?.environment)
    expect(airflow.AIRFLOW__CORE__EXECUTOR).toBe("LocalExecutor")
    expect(airflow.AIRFLOW__CORE__LOAD_EXAMPLES).toBe("false")
    expect(airflow.AIRSPEC_PROJECT_ROOT).toBe("/opt/airspec")
    expect(services["airflow-scheduler"]?.volumes).toEqual(
      expect.arrayContaining([
        "./airflow/dags:/opt/airspec/airflow/dags:ro",
        "./specs:/opt/airspec/specs:ro",
      ]),
    )
    const airspec = record(services["airspec-worker"]?.environment)
    expect(airspec.AIRSPEC_KAFKA_BROKERS).toBe("kafka:9092")
    expect(String(airspec.AIRSPEC_DATABASE_URL)).toMatch(
      /^postgresql:\/\/airspec:\$\{[^}]+\}@postgres:5432\/airspec$/,
    )
  })

  it("gives every Airflow connection the example specs name a variable", () => {
    const conn = new Set<string>()
    for (const file of readdirSync("specs").filter((name) => name.endsWith(".yaml"))) {
      const spec = record(parse(readFileSync(join("specs", file), "utf8")))
      for (const connection of Object.values(record(spec.connections)))
        conn.add(`AIRFLOW_CONN_${String(record(connection).conn_id).toUpperCase()}`)
    }
    const environment = Object.keys(record(record(document["x-airflow-common"]).environment))
    expect(environment).toEqual(expect.arrayContaining([...conn]))
  })

  // Each mutation breaks one thing; the check for it must notice.
  const broken: Array<[string, (text: string) => string, string, ((env: string) => string)?]> = [
    [
      "a literal password",
      (t) =>
        t.replace(
          "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}",
          "POSTGRES_PASSWORD: hunter2",
        ),
      "literal secret in POSTGRES_PASSWORD",
    ],
    [
      "a secret with a literal default",
      (t) =>
        t.replace(
          "${AIRSPEC_SERVICE_TOKEN:?set AIRSPEC_SERVICE_TOKEN in .env}",
          "${AIRSPEC_SERVICE_TOKEN:-letmein}",
        ),
      "literal secret in AIRSPEC_SERVICE_TOKEN",
    ],
    [
      "a literal password in a connection's default URI",
      (t) => t.replace("kafka://kafka:9092}", "kafka://bus:s3cret@kafka:9092}"),
      "literal password in a URI of AIRFLOW_CONN_KAFKA_DEFAULT (s3…)",
    ],
    [
      "a literal secret in a KEY=value list",
      (t) =>
        t.replace(
          "      CLICKHOUSE_DB: analytics\n",
          "      CLICKHOUSE_DB: analytics\n    labels:\n      - API_TOKEN=abc123\n",
        ),
      "literal secret in API_TOKEN",
    ],
    [
      "a required secret made optional",
      (t) => t.replace("${AIRFLOW_JWT_SECRET:?set AIRFLOW_JWT_SECRET in .env}", "${AIRFLOW_JWT_SECRET:-}"),
      "AIRFLOW_JWT_SECRET is required but referenced without :?",
    ],
    [
      "a host port used twice",
      (t) => t.replace('"127.0.0.1:${AIRSPEC_PORT:-8790}:8790"', '"127.0.0.1:${AIRSPEC_PORT:-8080}:8790"'),
      "airspec-service: host port 127.0.0.1:8080 is taken by airflow-apiserver",
      (env) => env.replace("AIRSPEC_PORT=8790", "AIRSPEC_PORT="),
    ],
    [
      "a missing healthcheck",
      (t) =>
        t.replace("    command: triggerer\n    healthcheck:", "    command: triggerer\n    x-healthcheck:"),
      "airflow-triggerer: no healthcheck",
    ],
    [
      "a missing restart policy",
      (t) => t.replace("    restart: unless-stopped\n\n  kafka:", '    restart: "no"\n\n  kafka:'),
      "clickhouse: no restart policy",
    ],
    [
      "a restarting one-shot service",
      (t) => t.replace('    restart: "no"\n', "    restart: on-failure\n"),
      "airflow-init: a one-shot service restarts (on-failure)",
    ],
    [
      "a dependency on an unknown service",
      (t) =>
        t.replace(
          "    kafka:\n      condition: service_healthy\n  restart",
          "    kafkaa:\n      condition: service_healthy\n  restart",
        ),
      "airspec-service: depends on unknown kafkaa",
    ],
    [
      "a dependency without a health condition",
      (t) =>
        t.replace(
          "      airflow-apiserver:\n        condition: service_healthy\n\n  airspec-service",
          "      airflow-apiserver:\n        condition: service_started\n\n  airspec-service",
        ),
      "airflow-triggerer: depends on airflow-apiserver with service_started, not service_healthy",
    ],
    [
      "a dependency cycle",
      (t) =>
        t.replace(
          "  postgres:\n    image:",
          "  postgres:\n    depends_on:\n      airspec-service:\n        condition: service_healthy\n    image:",
        ),
      "dependency cycle: postgres -> airspec-service -> postgres",
    ],
    [
      "an undeclared volume",
      (t) => t.replace("  kafka-data:\n", ""),
      "kafka: volume kafka-data is not declared",
    ],
    ["an unused volume", (t) => `${t}  forgotten:\n`, "volume forgotten is declared but not used"],
    [
      "a variable .env.example lacks",
      (t) => t,
      ".env.example lacks CLICKHOUSE_PASSWORD",
      (env) => env.replace(/^CLICKHOUSE_PASSWORD=.*\n/m, ""),
    ],
    [
      "a stale .env.example line",
      (t) => t,
      ".env.example has OLD_SETTING, which nothing uses",
      (env) => `${env}OLD_SETTING=1\n`,
    ],
    [
      "a real-looking secret in .env.example",
      (t) => t,
      ".env.example gives AIRSPEC_SERVICE_TOKEN a value that is no change-me placeholder",
      (env) =>
        env.replace("AIRSPEC_SERVICE_TOKEN=change-me-service-token", "AIRSPEC_SERVICE_TOKEN=9f8e7d6c5b4a"),
    ],
    [
      "a ZooKeeper",
      (t) => t.replace("KAFKA_PROCESS_ROLES: broker,controller", "KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181"),
      "kafka: not a KRaft controller",
    ],
    [
      "an advertised host port that is not published",
      (t) => t.replace("HOST://localhost:${KAFKA_PORT:-29092}", "HOST://localhost:9092"),
      "kafka: the HOST listener advertises a port that is not published",
    ],
    [
      "an Airflow service on another image",
      (t) =>
        t.replace(
          "    command: dag-processor\n",
          "    command: dag-processor\n    image: apache/airflow:3.3.2\n",
        ),
      "airflow-dag-processor: not the common Airflow image",
    ],
    [
      "an Airflow service with its own executor",
      (t) =>
        t.replace(
          "    command: triggerer\n",
          "    command: triggerer\n    environment:\n      AIRFLOW__CORE__EXECUTOR: CeleryExecutor\n",
        ),
      "airflow-triggerer: AIRFLOW__CORE__EXECUTOR differs from the common environment",
    ],
    [
      "an unpinned image",
      (t) => t.replace("image: apache/kafka:3.9.1", "image: apache/kafka:latest"),
      "kafka: image apache/kafka:latest is not pinned to a version",
    ],
  ]

  it.each(broken)("notices %s", (_, breakCompose, problem, breakEnv) => {
    const text = breakCompose(COMPOSE)
    const env = breakEnv ? breakEnv(ENV_EXAMPLE) : ENV_EXAMPLE
    expect(text === COMPOSE && env === ENV_EXAMPLE, "the mutation changed nothing").toBe(false)
    expect(problems(text, env)).toContain(problem)
  })
})

/** Airflow 3.3's configuration reference, from the test virtualenv that scripts/test.sh creates. */
const airflowConfigTemplate = (): string | undefined => {
  const lib = ".venv-airflow/lib"
  if (!existsSync(lib)) return undefined
  return readdirSync(lib)
    .map((python) => join(lib, python, "site-packages/airflow/config_templates/config.yml"))
    .find((path) => existsSync(path))
}

describe("the Airflow settings", () => {
  const template = airflowConfigTemplate()
  it.skipIf(template === undefined)(
    "are options of Airflow 3.3's configuration (needs .venv-airflow)",
    () => {
      const sections = record(parse(readFileSync(template ?? "", "utf8")))
      const { services } = parseCompose(COMPOSE)
      const settings = new Set(
        Object.entries(services)
          .filter(([name]) => name.startsWith("airflow-"))
          .flatMap(([, service]) => Object.keys(record(service.environment)))
          .filter((key) => key.startsWith("AIRFLOW__")),
      )
      expect(settings.size).toBeGreaterThan(5)
      const unknown = [...settings].filter((key) => {
        const [, section = "", option = ""] = key.toLowerCase().split("__")
        return record(record(sections[section]).options)[option] === undefined
      })
      expect(unknown).toEqual([])
    },
  )
})

describe("the images", () => {
  const airflow = readFileSync("docker/airflow.Dockerfile", "utf8")
  const airspec = readFileSync("docker/airspec.Dockerfile", "utf8")

  it("build Airflow 3.3.2 with node 20 copied from the node image, the runtime bundle and the operator package", () => {
    expect(airflow).toMatch(/^FROM apache\/airflow:3\.3\.2-python3\.11$/m)
    expect(airflow).toMatch(/^FROM node:20\.\d+\.\d+-bookworm-slim AS runtime$/m)
    expect(airflow).toContain("COPY --from=runtime /usr/local/bin/node /usr/local/bin/node")
    expect(airflow).toContain("COPY --from=runtime /app/bin /opt/airspec/bin")
    expect(airflow).toMatch(/^RUN pip install --no-cache-dir --no-deps \/opt\/airspec\/airflow$/m)
    expect(airflow).toContain("AIRSPEC_RUNTIME=/opt/airspec/bin/airspec-runtime.mjs")
    expect(airflow).not.toMatch(/curl[^\n]*\|\s*(ba)?sh/)
  })

  it("build the airspec CLI on a pinned node 20 slim image, started as `node bin/airspec.mjs`", () => {
    for (const from of airspec.matchAll(/^FROM (\S+)/gm))
      expect(from[1]).toMatch(/^node:20\.\d+\.\d+-bookworm-slim$/)
    expect(airspec).toContain("RUN npm ci")
    expect(airspec).toContain("RUN node scripts/build.mjs")
    expect(airspec).toMatch(/^ENTRYPOINT \["node", "bin\/airspec\.mjs"\]$/m)
    expect(airspec).toMatch(/^USER node$/m)
  })

  it("send only what the Dockerfiles copy, and never .env", () => {
    const ignore = readFileSync(".dockerignore", "utf8")
    const allowed = new Set([...ignore.matchAll(/^!(.+)$/gm)].map((m) => m[1]))
    expect(ignore).toMatch(/^\*$/m)
    const sources = [airflow, airspec].flatMap((dockerfile) =>
      [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) =>
        (m[1] ?? "").trim().split(/\s+/).slice(0, -1),
      ),
    )
    expect(sources.length).toBeGreaterThan(5)
    expect(sources.filter((source) => !allowed.has(source))).toEqual([])
    expect(allowed.has(".env")).toBe(false)
  })
})

const postgresBin = (): string | undefined => {
  const root = "/usr/lib/postgresql"
  if (!existsSync(root)) return undefined
  const version = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b))
    .at(-1)
  return version === undefined ? undefined : join(root, version, "bin")
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

describe("docker/postgres-init", () => {
  const bin = postgresBin()
  it.skipIf(bin === undefined)(
    "creates the three databases and their owners, with passwords from the environment, in a throwaway cluster",
    async () => {
      const root = process.getuid?.() === 0
      // the server may not run as root: as root, initdb and pg_ctl run as the postgres user
      const asPostgres = (argv: string[]) => (root ? ["runuser", "-u", "postgres", "--", ...argv] : argv)
      const run = (argv: string[], env: NodeJS.ProcessEnv = process.env) => {
        const [command = "", ...args] = argv
        return spawnSync(command, args, { cwd: "/", env, encoding: "utf8" })
      }
      const dir = mkdtempSync(join(tmpdir(), "airspec-pg-init-"))
      if (root) execFileSync("chown", ["postgres:", dir])
      const data = join(dir, "data")
      const port = await freePort()
      const passwords = {
        AIRFLOW_DB_PASSWORD: `it's "quoted"; DROP ROLE postgres; --`,
        AIRSPEC_DB_PASSWORD: `$(touch ${join(dir, "pwned")}) \`id\` $HOME`,
        WAREHOUSE_DB_PASSWORD: "plain-warehouse-password",
      }
      try {
        const initdb = run(
          asPostgres([
            join(bin ?? "", "initdb"),
            "-D",
            data,
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
          ]),
        )
        expect(initdb.status, initdb.stderr).toBe(0)
        const start = run(
          asPostgres([
            join(bin ?? "", "pg_ctl"),
            "-D",
            data,
            "-l",
            join(dir, "server.log"),
            "-w",
            "-t",
            "30",
            "start",
            "-o",
            `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
          ]),
        )
        expect(start.status, start.stderr).toBe(0)
        const env = {
          ...process.env,
          PGHOST: dir,
          PGPORT: String(port),
          POSTGRES_USER: "postgres",
          ...passwords,
        }
        const init = run(["bash", join(process.cwd(), "docker/postgres-init/01-databases.sh")], env)
        expect(init.status, init.stderr).toBe(0)
        const login = (user: string, password: string) =>
          run(
            [
              "psql",
              "-h",
              "127.0.0.1",
              "-p",
              String(port),
              "-U",
              user,
              "-d",
              user,
              "-v",
              "ON_ERROR_STOP=1",
              "-q",
              "-tAc",
              "create table owned (x int); select current_user || '@' || current_database()",
            ],
            { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: "5" },
          )
        for (const [name, variable] of [
          ["airflow", "AIRFLOW_DB_PASSWORD"],
          ["airspec", "AIRSPEC_DB_PASSWORD"],
          ["warehouse", "WAREHOUSE_DB_PASSWORD"],
        ] as const) {
          const ok = login(name, passwords[variable])
          expect(ok.status, ok.stderr).toBe(0)
          expect(ok.stdout.trim()).toBe(`${name}@${name}`)
          expect(login(name, "wrong-password").status).not.toBe(0)
        }
        expect(existsSync(join(dir, "pwned"))).toBe(false)
      } finally {
        run(asPostgres([join(bin ?? "", "pg_ctl"), "-D", data, "-m", "immediate", "stop"]))
        rmSync(dir, { recursive: true, force: true })
      }
    },
    60_000,
  )
})

describe("docker/healthcheck.mjs (the worker's healthcheck)", () => {
  const check = (env: Record<string, string>) =>
    spawnSync("node", ["docker/healthcheck.mjs"], {
      env: { PATH: process.env.PATH ?? "", ...env },
      encoding: "utf8",
    })

  it("passes while the job store and a broker answer, fails when either does not", async () => {
    const url = new URL(inject("pgUrl"))
    const closed = await freePort()
    const database = `postgresql://airspec:x@${url.hostname}:${url.port}/airspec`
    expect(
      check({ AIRSPEC_DATABASE_URL: database, AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers") }).status,
    ).toBe(0)
    const noBroker = check({ AIRSPEC_DATABASE_URL: database, AIRSPEC_KAFKA_BROKERS: `127.0.0.1:${closed}` })
    expect(noBroker.status).toBe(1)
    expect(noBroker.stderr).toContain("cannot reach any broker")
    const noDatabase = check({
      AIRSPEC_DATABASE_URL: `postgresql://airspec:x@127.0.0.1:${closed}/airspec`,
      AIRSPEC_KAFKA_BROKERS: inject("kafkaBrokers"),
    })
    expect(noDatabase.status).toBe(1)
    expect(noDatabase.stderr).toContain("cannot reach the job store")
  })
})

/** `docker compose` (the plugin) or a standalone compose v2; undefined when this machine has neither. */
const composeCommand = (): string[] | undefined => {
  if (spawnSync("docker", ["compose", "version"], { encoding: "utf8" }).status === 0)
    return ["docker", "compose"]
  const standalone = spawnSync("docker-compose", ["version"], { encoding: "utf8" })
  return standalone.status === 0 && /v2\./.test(standalone.stdout) ? ["docker-compose"] : undefined
}

describe("docker compose config", () => {
  const compose = composeCommand()
  it.skipIf(compose === undefined)(
    compose === undefined
      ? "accepts the file with .env.example (skipped: this docker client has no compose plugin and no docker-compose v2 is installed)"
      : "accepts the file with .env.example",
    () => {
      const [command = "", ...args] = compose ?? []
      const config = spawnSync(command, [...args, "--env-file", ".env.example", "config", "--quiet"], {
        encoding: "utf8",
      })
      expect(config.status, config.stderr).toBe(0)
    },
  )
})
