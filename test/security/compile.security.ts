/**
 * Check 1: generated DAGs and plans. Specs name conn_ids only, so credentials can reach a generated file
 * only through the environment or a file the compiler reads: `airspec compile` and `airspec check` run
 * with secrets everywhere a process could find them (AIRSPEC_CONN_*, AIRFLOW_CONN_*, the tokens, a `.env`
 * file, symlinked SQL files) and must give the same bytes as without them, and no trace of them.
 */
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import {
  airspec,
  CLI,
  figures,
  type Planted,
  plant,
  ROOT,
  removeScratch,
  run,
  scan,
  scanTree,
  scratch,
} from "./support"

afterAll(removeScratch)

const ENV_SECRETS: ReadonlyArray<Planted> = [
  plant("AIRSPEC_CONN_SHOP password", (core) => `pg-${core}`),
  plant("AIRFLOW_CONN_DWH_PG password", (core) => `af-${core}`),
  plant("AIRSPEC_LLM_API_KEY", (core) => `sk-llm-${core}`),
  plant("AIRSPEC_SERVICE_TOKEN", (core) => `svc-${core}`),
  plant(".env password", (core) => `dotenv-${core}`),
  plant("CI token", (core) => `ghs_${core}`),
]
const [shopPw, airflowPw, llmKey, serviceToken, dotenvPw, ciToken] = ENV_SECRETS as [
  Planted,
  Planted,
  Planted,
  Planted,
  Planted,
  Planted,
]

const secretEnv = {
  AIRSPEC_CONN_SHOP: `postgresql://etl:${shopPw.value}@db.internal:5432/shop`,
  AIRSPEC_CONN_API: `https://:${shopPw.value}@api.internal`,
  AIRFLOW_CONN_DWH_PG: `postgresql://etl:${airflowPw.value}@dwh.internal:5432/dwh`,
  AIRSPEC_LLM_BASE_URL: "http://127.0.0.1:9/v1",
  AIRSPEC_LLM_MODEL: "m",
  AIRSPEC_LLM_API_KEY: llmKey.value,
  AIRSPEC_SERVICE_TOKEN: serviceToken.value,
  AIRSPEC_DATABASE_URL: `postgresql://svc:${serviceToken.value}@db/airspec`,
  GITHUB_TOKEN: ciToken.value,
}

/** A spec that names credentials the way people do by mistake: literal values, not conn_ids. */
const literalSecrets = (): { text: string; secrets: Planted[] } => {
  const aws = plant("AWS key in description", (core) => `AKIA${core.toUpperCase()}`)
  const github = plant("GitHub token in a param default", (core) => `ghp_${core}${core}abcd`)
  const bearer = plant("Bearer in a header", (core) => `Bearer ${core}Zq`)
  const apiKey = plant("api_key query value", (core) => `sk-${core}${core}`)
  const password = plant("password in a body", (core) => `pw-${core}`)
  const uri = plant("URI password in a comment", (core) => `uri-${core}`)
  const slack = plant("Slack token in a tag", (core) => `xoxb-${core}-${core}`)
  const text = `# yaml-language-server: $schema=../schema/airspec.schema.json
pipeline: secret_looking
description: |
  Partner items. Ops note: the bucket key is ${aws.value}.
owner: security
tags: [partner, "${slack.value}"]
start_date: 2025-01-01
schedule: "@daily"
params:
  api_token: { type: string, default: "${github.value}", description: "copied from the vault" }
connections:
  api: { kind: http, conn_id: partner_api, auth: header, auth_header: X-Api-Key }
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  pull:
    description: the partner's API
    source:
      kind: http
      connection: api
      path: /v1/items
      method: POST
      body: { password: "${password.value}" }
      headers: { X-Trace: "${bearer.value}" }
      query: { api_key: "${apiKey.value}" }
    targets: [{ connection: dwh, table: raw.items }]
# copied from prod: postgresql://etl:${uri.value}@db.internal:5432/shop
`
  return { text, secrets: [aws, github, bearer, apiKey, password, uri, slack] }
}

/** A project: the repository's example specs (with their SQL files) plus `extra` specs. */
const project = (extra: Readonly<Record<string, string>>): string => {
  const dir = scratch("compile")
  cpSync(join(ROOT, "specs"), join(dir, "specs"), { recursive: true })
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, "specs", name), text)
  return dir
}

const outputs = (dir: string): Record<string, string> =>
  Object.fromEntries(
    execFileSync("find", [join(dir, "airflow/dags"), "-type", "f"], { encoding: "utf8" })
      .split("\n")
      .filter((path) => path !== "")
      .sort()
      .map((path) => [path.slice(dir.length + 1), readFileSync(path, "utf8")]),
  )

describe("1 generated DAGs and plans", () => {
  it("1.1 compile output is byte-identical with secrets in the environment and .env, and holds none of them", async ({
    task,
  }) => {
    const { text } = literalSecrets()
    const clean = project({ "secret_looking.yaml": text })
    const dirty = project({ "secret_looking.yaml": text })
    writeFileSync(
      join(dirty, ".env"),
      `AIRSPEC_CONN_DWH=postgresql://etl:${dotenvPw.value}@dwh/x\nAIRSPEC_CONN_SHOP=postgresql://etl:${dotenvPw.value}@shop/x\n`,
    )
    const base = { HOME: tmpdir() }
    const compiledClean = await airspec(["compile"], { cwd: clean, env: base })
    const log = join(dirty, "env-reads.log")
    const probe = ["--import", join(ROOT, "test/security/env-probe.mjs"), CLI]
    const compiledDirty = await run(process.execPath, [...probe, "compile"], {
      cwd: dirty,
      env: { ...base, ...secretEnv, ENV_PROBE_LOG: log },
    })
    expect(compiledClean.code, compiledClean.stderr).toBe(0)
    expect(compiledDirty.code, compiledDirty.stderr).toBe(0)
    const [a, b] = [outputs(clean), outputs(dirty)]
    expect(Object.keys(b)).toEqual(Object.keys(a))
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name])

    // check, in each format, sees nothing stale and prints nothing of the environment either
    const printed = [compiledDirty.stdout, compiledDirty.stderr]
    for (const format of ["text", "json", "github"]) {
      const checked = await run(process.execPath, [...probe, "check", "--format", format], {
        cwd: dirty,
        env: { ...base, ...secretEnv, ENV_PROBE_LOG: log },
      })
      expect(checked.code, checked.stdout + checked.stderr).toBe(0)
      printed.push(checked.stdout, checked.stderr)
    }
    const leaks = [
      ...scan(printed.join("\n"), "compile/check output", ENV_SECRETS),
      ...scanTree(join(dirty, "airflow"), ENV_SECRETS).leaks,
    ]
    expect(leaks).toEqual([])

    // which variables the commands read at all: none that holds a connection or a token
    const reads = new Set(
      readFileSync(log, "utf8")
        .split("\n")
        .filter((name) => name !== ""),
    )
    const sensitive = [...reads].filter((name) => Object.hasOwn(secretEnv, name) || name === "*")
    expect(sensitive).toEqual([])

    // and whether any of them opened .env (strace, where installed)
    let dotenv = "not traced (no strace)"
    if (existsSync("/usr/bin/strace")) {
      const trace = join(dirty, "trace.txt")
      const traced = await run(
        "/usr/bin/strace",
        ["-f", "-qq", "-e", "trace=open,openat,openat2", "-o", trace, process.execPath, CLI, "compile"],
        { cwd: dirty, env: { ...base, ...secretEnv } },
      )
      expect(traced.code, traced.stderr).toBe(0)
      const opened = readFileSync(trace, "utf8")
      expect(opened).toContain("specs/shop_orders.yaml") // the trace does see the files compile reads
      expect(opened).not.toMatch(/\.env"/)
      dotenv = ".env never opened (strace)"
    }
    figures(
      task,
      `${Object.keys(a).length} generated files identical with and without ${Object.keys(secretEnv).length} secret variables and a .env; ` +
        `variables read: ${[...reads].sort().join(", ")}; ${dotenv}`,
    )
  })

  it("1.2 connections accept conn_ids only: a URI or password in conn_id is a located error that does not echo it", async ({
    task,
  }) => {
    const password = plant("password in conn_id", (core) => `pw-${core}`)
    const dir = project({
      "uri_conn.yaml": `pipeline: uri_conn
owner: security
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: "postgresql://etl:${password.value}@db.internal/dwh" }
  api: { kind: http, conn_id: "partner:${password.value}" }
tasks:
  run_sql: { sql: { connection: dwh, query: "select 1" } }
`,
    })
    const outcomes = []
    for (const format of ["text", "json", "github"]) {
      const checked = await airspec(["check", "specs/uri_conn.yaml", "--format", format], { cwd: dir })
      expect(checked.code).toBe(1)
      outcomes.push(checked)
    }
    const json = JSON.parse(outcomes[1]?.stdout ?? "{}") as {
      diagnostics: Array<{ line: number; col: number; code: string }>
    }
    const located = json.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)
    expect(located).toEqual(expect.arrayContaining([expect.stringMatching(/^invalid_value@5:/)]))
    expect(located).toEqual(expect.arrayContaining([expect.stringMatching(/^invalid_value@6:/)]))
    const echoed = outcomes.flatMap((o) => scan(o.stdout + o.stderr, "check output", [password]))
    figures(
      task,
      `refused at ${located.join(", ")}; echoed in check output: ${echoed.length === 0 ? "no" : "yes"}`,
    )
    expect(echoed).toEqual([])
  })

  it("1.3 literal secrets in a spec: compile is not the gate, `airspec review` is, and it never prints them", async ({
    task,
  }) => {
    const { text, secrets } = literalSecrets()
    const dir = project({ "secret_looking.yaml": text })
    const reviews = []
    for (const format of ["json", "markdown", "github"]) {
      const reviewed = await airspec(["review", "specs/secret_looking.yaml", "--format", format], {
        cwd: dir,
        env: { HOME: tmpdir() },
      })
      expect(reviewed.code, reviewed.stderr).toBe(1)
      reviews.push(reviewed)
    }
    const json = JSON.parse(reviews[0]?.stdout ?? "{}") as { findings: Array<{ rule: string; line: number }> }
    const found = json.findings.filter((f) => f.rule === "literal_secret").map((f) => f.line)
    const leaks = reviews.flatMap((r) => scan(r.stdout + r.stderr, "review output", secrets))
    figures(task, `${secrets.length} planted, literal_secret findings on lines ${found.join(", ")}`)
    expect(leaks).toEqual([])
    expect(found.length).toBeGreaterThanOrEqual(secrets.length)
  })

  it("1.4 SQL files are read only from inside the project: symlinks out of it (/proc/self/environ, a file elsewhere) and FIFOs are refused", async ({
    task,
  }) => {
    const outside = plant("file outside the project", (core) => `outside-${core}`)
    const dir = project({
      "links.yaml": `pipeline: links
owner: security
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  environ: { sql: { connection: dwh, file: sql/environ.sql } }
  elsewhere: { sql: { connection: dwh, file: sql/elsewhere.sql } }
  fifo: { sql: { connection: dwh, file: sql/fifo.sql } }
  parent: { sql: { connection: dwh, file: ../../etc/passwd } }
`,
    })
    const away = scratch("away")
    writeFileSync(join(away, "notes.sql"), `-- ${outside.value}\nselect 1`)
    symlinkSync("/proc/self/environ", join(dir, "specs/sql/environ.sql"))
    symlinkSync(join(away, "notes.sql"), join(dir, "specs/sql/elsewhere.sql"))
    execFileSync("mkfifo", [join(dir, "specs/sql/fifo.sql")])
    const env = { HOME: tmpdir(), ...secretEnv }
    const secrets = [...ENV_SECRETS, outside]
    const compiled = await run(process.execPath, [CLI, "compile", "--format", "json"], {
      cwd: dir,
      env,
      timeoutMs: 60_000,
    })
    const reviewed = await run(process.execPath, [CLI, "review", "specs/links.yaml", "--format", "json"], {
      cwd: dir,
      env,
      timeoutMs: 60_000,
    })
    expect(compiled.code, compiled.stderr).toBe(1)
    const diagnostics = (
      JSON.parse(compiled.stdout) as { diagnostics: Array<{ file: string; line: number; code: string }> }
    ).diagnostics.filter((d) => d.file === "specs/links.yaml")
    expect(diagnostics.map((d) => d.line).sort((a, b) => a - b)).toEqual([7, 8, 9, 10])
    const leaks = [
      ...scan(compiled.stdout + compiled.stderr + reviewed.stdout + reviewed.stderr, "output", secrets),
      ...scanTree(join(dir, "airflow"), secrets).leaks,
    ]
    expect(leaks).toEqual([])
    expect(existsSync(join(dir, "airflow/dags/links.plan.json"))).toBe(false)
    figures(task, `refused: ${diagnostics.map((d) => `${d.code}@${d.line}`).join(", ")}`)
  })
})
