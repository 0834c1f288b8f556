/** The bundled `airspec` binary, run as users run it, in a scratch copy of the example project. */
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"

const BIN = resolve("bin/airspec.mjs")
let project: string

const airspec = (...args: string[]) => {
  const result = spawnSync("node", [BIN, ...args], { cwd: project, encoding: "utf8" })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
const read = (path: string) => readFileSync(join(project, path), "utf8")
const write = (path: string, text: string) => writeFileSync(join(project, path), text)
const dags = () => readdirSync(join(project, "airflow/dags")).sort()

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "airspec-cli-"))
  cpSync("specs", join(project, "specs"), { recursive: true })
})
afterEach(() => rmSync(project, { recursive: true, force: true }))

describe("airspec compile", () => {
  it("writes a DAG and a plan per spec, then check passes", () => {
    expect(airspec("compile").code).toBe(0)
    expect(dags()).toEqual([
      "crm_contacts.plan.json",
      "crm_contacts.py",
      "shop_orders.plan.json",
      "shop_orders.py",
      "supplier_feeds.plan.json",
      "supplier_feeds.py",
    ])
    expect(read("airflow/dags/shop_orders.py")).toBe(readFileSync("airflow/dags/shop_orders.py", "utf8"))
    expect(airspec("check")).toMatchObject({ code: 0 })
  })

  it("is byte-identical across runs", () => {
    airspec("compile")
    const first = dags().map((name) => read(`airflow/dags/${name}`))
    rmSync(join(project, "airflow"), { recursive: true })
    airspec("compile")
    expect(dags().map((name) => read(`airflow/dags/${name}`))).toEqual(first)
  })

  it("removes the output of a deleted spec but never files it did not generate", () => {
    airspec("compile")
    write("airflow/dags/hand_written.py", "# a DAG someone wrote by hand\n")
    rmSync(join(project, "specs/supplier_feeds.yaml"))
    expect(airspec("check").stdout).toContain("supplier_feeds.py: orphaned")
    expect(airspec("compile").code).toBe(0)
    expect(dags()).not.toContain("supplier_feeds.py")
    expect(dags()).not.toContain("supplier_feeds.plan.json")
    expect(dags()).toContain("hand_written.py")
  })

  it("keeps the last good output of a spec that no longer compiles", () => {
    airspec("compile")
    write("specs/shop_orders.yaml", read("specs/shop_orders.yaml").replace("owner: data-platform", "ownr: x"))
    const result = airspec("compile")
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^specs\/shop_orders\.yaml:\d+:1: error\[unknown_key\]/m)
    expect(existsSync(join(project, "airflow/dags/shop_orders.py"))).toBe(true)
  })
})

describe("worker threads", () => {
  it("compile a large project to the same files as one thread", () => {
    const template = read("specs/shop_orders.yaml")
    for (let index = 0; index < 320; index++) {
      write(
        `specs/generated_${index}.yaml`,
        template.replace("pipeline: shop_orders", `pipeline: generated_${index}`),
      )
    }
    rmSync(join(project, "specs/shop_orders.yaml"))
    const run = (threads: string) => {
      const result = spawnSync("node", [BIN, "compile"], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, AIRSPEC_THREADS: threads },
      })
      expect(result.status).toBe(0)
      return dags().map((name) => `${name}\n${read(`airflow/dags/${name}`)}`)
    }
    const parallel = run("2")
    rmSync(join(project, "airflow"), { recursive: true })
    expect(run("1")).toEqual(parallel)
    expect(parallel.length).toBe(2 * 322)
  })
})

describe("airspec check", () => {
  it("writes nothing and reports missing files", () => {
    const result = airspec("check")
    expect(result.code).toBe(1)
    expect(result.stdout).toContain("airflow/dags/shop_orders.py: missing")
    expect(existsSync(join(project, "airflow"))).toBe(false)
  })

  it("reports a stale DAG with a short diff", () => {
    airspec("compile")
    write("specs/shop_orders.yaml", read("specs/shop_orders.yaml").replace("retries: 3", "retries: 4"))
    const result = airspec("check")
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/airflow\/dags\/shop_orders\.py: stale: .*first at line \d+/)
    expect(result.stdout).toContain('-        "retries": 3,')
    expect(result.stdout).toContain('+        "retries": 4,')
  })

  it("reports every error of every spec with file:line:col", () => {
    write(
      "specs/shop_orders.yaml",
      read("specs/shop_orders.yaml").replace("depends_on: [customers]", "depends_on: [customer]"),
    )
    write(
      "specs/crm_contacts.yaml",
      read("specs/crm_contacts.yaml").replace('schedule: "@daily"', 'schedule: "@dayly"'),
    )
    const result = airspec("check", "--format", "json")
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {
      diagnostics: Array<{ file: string; code: string; line: number; col: number }>
    }
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}:${d.code}`)).toEqual([
      "specs/crm_contacts.yaml:8:11:invalid_schedule",
      "specs/shop_orders.yaml:58:18:unknown_task",
    ])
  })

  it("prints GitHub annotations", () => {
    write("specs/shop_orders.yaml", read("specs/shop_orders.yaml").replace("owner: data-platform", "ownr: x"))
    const result = airspec("check", "--format", "github", "specs/shop_orders.yaml")
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error file=specs/shop_orders.yaml,line=8,col=1,title=airspec unknown_key::unknown key "ownr"; did you mean "owner"?',
    )
  })

  it("checks only the specs it is given", () => {
    airspec("compile", "specs/shop_orders.yaml")
    expect(dags()).toEqual(["shop_orders.plan.json", "shop_orders.py"])
    expect(airspec("check", "specs/shop_orders.yaml").code).toBe(0)
  })
})

describe("hostile input", () => {
  it("keeps one diagnostic per line whatever the spec's strings contain", () => {
    write("specs/evil.yaml", 'pipeline: evil\n"x\\nspecs/fake.yaml:1:1: error[fake] forged": 1\n')
    const result = airspec("check", "specs/evil.yaml")
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split("\n")
    expect(lines.filter((line) => line.startsWith("specs/fake.yaml"))).toEqual([])
    expect(
      lines.filter((line) => line.includes("error[")).every((line) => line.startsWith("specs/evil.yaml:")),
    ).toBe(true)
  })

  it("reports a spec that is not UTF-8", () => {
    writeFileSync(
      join(project, "specs/latin1.yaml"),
      Buffer.from([0x6f, 0x77, 0x6e, 0x65, 0x72, 0x3a, 0x20, 0xe9, 0x0a]),
    )
    const result = airspec("check", "--format", "json", "specs/latin1.yaml")
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).diagnostics[0].code).toBe("yaml_encoding")
  })
})

describe("exit codes and help", () => {
  it("runs as an executable, the way npx starts it", () => {
    const result = spawnSync(BIN, ["--version"], { encoding: "utf8" })
    expect(result.status).toBe(0)
  })

  it("exits 2 on usage errors", () => {
    expect(airspec("check", "--format", "xml").code).toBe(2)
    expect(airspec("check", "no/such/dir").code).toBe(2)
    expect(airspec("frobnicate").code).toBe(2)
  })

  it.each(["compile", "check", "schema"])("%s --help exits 0", (command) => {
    const result = airspec(command, "--help")
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(command)
  })
})

describe("airspec draft", () => {
  it("profiles samples, writes a spec the compiler accepts, and says no model drafted it", () => {
    const sample = resolve("node_modules/vega-datasets/data/seattle-weather.csv")
    const drafted = airspec("draft", sample, "--name", "weather", "--request", "Daily Seattle weather.")
    expect(drafted.code).toBe(0)
    expect(drafted.stderr).toContain("wrote specs/weather.yaml")
    expect(drafted.stderr).toContain("LLM drafting skipped")
    expect(read("specs/weather.yaml")).toContain("description: Daily Seattle weather.")
    expect(airspec("compile", "specs/weather.yaml").code).toBe(0)
    const profile = airspec("draft", sample, "--name", "weather", "--profile")
    expect(profile.code).toBe(0)
    expect(JSON.parse(profile.stdout)[0]).toMatchObject({
      source: { kind: "file", file: "seattle-weather.csv", rows: 1461 },
    })
    expect(airspec("draft", sample, "--name", "Bad-Name").code).toBe(2)
  })
})

describe("the CLI bundle", () => {
  /** The files `bin/airspec.mjs` loads before any command runs: itself and its static imports. */
  const staticFiles = (): string[] => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, "utf8")
      for (const match of text.matchAll(/^import\s[^;]*?["'](\.\/[^"']+)["']/gm))
        visit(resolve(file, "..", match[1] as string))
    }
    visit(BIN)
    return [...seen]
  }

  it("loads no database, Kafka, HTTP or model client before a command asks for one", () => {
    const text = staticFiles()
      .map((file) => readFileSync(file, "utf8"))
      .join("\n")
    // a name each client defines, which nothing else in the bundle does
    for (const marker of [
      "UND_ERR_CONNECT_TIMEOUT", // undici
      "KafkaJSNonRetriableError", // kafkajs
      "NodeValuesEncoder", // @clickhouse/client
      "OpenAIError", // openai
      "PerMessageDeflate", // ws, under @effect/platform-node's HTTP server
      "SCRAM-SHA-256", // pg
    ])
      expect(text, marker).not.toContain(marker)
  })
})
