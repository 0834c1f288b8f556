/**
 * `airspec review` as users run it: the bundled binary in a scratch git repository whose project sits in
 * a subdirectory, against `--base HEAD` after edits, a deletion and a reformat.
 */
import { spawn, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { reply, startFakeOpenAi } from "../../fakes/fake-openai"
import { BASE, lineOf } from "./support"

const BIN = resolve("bin/airspec.mjs")
let repo: string
let project: string

/** The environment without a model: stage B must say it was skipped. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !name.startsWith("AIRSPEC_LLM_") && !name.startsWith("GIT_"),
  ),
)

const git = (...args: string[]) => {
  const result = spawnSync(
    "git",
    ["-c", "user.name=airspec", "-c", "user.email=airspec@example.com", ...args],
    {
      cwd: repo,
      encoding: "utf8",
      env,
    },
  )
  if (result.status !== 0) throw new Error(result.stderr)
}

const airspec = (...args: string[]) => {
  const result = spawnSync("node", [BIN, ...args], { cwd: project, encoding: "utf8", env })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The binary run without blocking this process, which serves the fake model meanwhile. */
const airspecAsync = (extraEnv: Record<string, string>, ...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn("node", [BIN, ...args], { cwd: project, env: { ...env, ...extraEnv } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => {
      stdout += chunk
    })
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    child.on("close", (code) => done({ code, stdout, stderr }))
  })

const write = (path: string, text: string) => writeFileSync(join(project, path), text)

const CUSTOMERS = `pipeline: customers
owner: data
start_date: 2025-01-01
schedule: "@daily"
connections:
  shop: { kind: postgres, conn_id: shop_pg }
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  customers:
    source:
      kind: postgres
      connection: shop
      query: "select id, segment, updated_at from public.customers"
      incremental: { cursor: updated_at }
    targets: [{ connection: dwh, table: raw.customers, write: merge, primary_key: [id] }]
`

/** BASE with a check on the table the customers spec loads. */
const SHOP = BASE.replace(
  "      - freshness:",
  "      - not_null: { connection: dwh, table: raw.customers, columns: [segment] }\n      - freshness:",
)

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "airspec-review-"))
  project = join(repo, "pipelines")
  mkdirSync(join(project, "specs"), { recursive: true })
  write("specs/shop.yaml", SHOP)
  write("specs/customers.yaml", CUSTOMERS)
  git("init", "-q")
  git("add", ".")
  git("commit", "-q", "-m", "base")
})
afterEach(() => rmSync(repo, { recursive: true, force: true }))

describe("airspec review --base", () => {
  it("reports edits and deletions since the ref as JSON, and exits 1 on blocking findings", () => {
    const head = SHOP.replace(
      "table: raw.orders\n        write: merge",
      "table: raw.orders\n        write: append\n        columns: { contact_email: text }",
    )
    write("specs/shop.yaml", head)
    rmSync(join(project, "specs/customers.yaml"))
    const result = airspec("review", "--base", "HEAD", "--format", "json")
    expect(result.stderr).toBe("")
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ ok: false, base: "HEAD", changed_specs: 2 })
    expect(report.advisory).toEqual({ skipped: "no endpoint configured", findings: [] })
    expect(
      report.findings.map(
        (f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`,
      ),
    ).toEqual([
      "specs/customers.yaml:1 removed_column_used_downstream",
      `specs/shop.yaml:${lineOf(head, "write: append")} write_mode_changed`,
      `specs/shop.yaml:${lineOf(head, "contact_email")} pii_unmasked`,
    ])
  })

  it("prints a markdown PR comment, and GitHub annotations", () => {
    write("specs/shop.yaml", SHOP.replace("  retries: 3", "  retries: 0"))
    const markdown = airspec("review", "--base", "HEAD")
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain(
      "**Passes**: 0 blocking findings, 3 warnings, 0 advisory notes in 1 changed spec against `HEAD`.",
    )
    expect(markdown.stdout).toContain("### Blocking\n\nNo findings.")
    expect(markdown.stdout).toMatch(
      /^- `specs\/shop\.yaml:6:12` \*\*retries_removed\*\* task orders now gets 0 retries/m,
    )
    expect(markdown.stdout.trimEnd().split("\n").at(-1)).toBe("LLM review skipped: no endpoint configured")
    const github = airspec("review", "--base", "HEAD", "--format", "github")
    expect(github.stdout).toContain(
      "::warning file=specs/shop.yaml,line=6,col=12,title=airspec review retries_removed::task orders now gets 0 retries",
    )
  })

  it("gives no findings for a reformatted spec", () => {
    write("specs/customers.yaml", CUSTOMERS.replace("tasks:\n", "\n# loads\ntasks:\n").replace(/: +/g, ":  "))
    const result = airspec("review", "--base", "HEAD", "--format", "json")
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, changed_specs: 0, findings: [] })
  })

  it("without --base every spec counts as added", () => {
    const result = airspec("review", "--format", "json", "specs/customers.yaml")
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, base: null, changed_specs: 1 })
  })

  it("refuses an unknown ref with exit code 2", () => {
    const result = airspec("review", "--base", "no-such-branch")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown git ref "no-such-branch"')
  })

  it("adds a model's advice on changed lines, with its logs on stderr and the JSON alone on stdout", async () => {
    const head = SHOP.replace("  retries: 3", "  retries: 1")
    write("specs/shop.yaml", head)
    const server = await startFakeOpenAi()
    try {
      const line = lineOf(head, "retries: 1")
      server.script(reply.json({ findings: [{ line, message: "One retry may not ride out a failover." }] }))
      const result = await airspecAsync(
        {
          AIRSPEC_LLM_BASE_URL: server.baseUrl,
          AIRSPEC_LLM_MODEL: "fake-model",
          AIRSPEC_LLM_API_KEY: "sk-fake-key-for-the-review-cli-test",
          AIRSPEC_LLM_CACHE_DIR: join(repo, ".llm-cache"),
        },
        "review",
        "--base",
        "HEAD",
        "--format",
        "json",
      )
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout).advisory).toEqual({
        skipped: null,
        findings: [
          { file: "specs/shop.yaml", line, col: 3, message: "One retry may not ride out a failover." },
        ],
      })
      expect(result.stderr).toContain("llm review: model fake-model")
      expect(server.requests).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
})
