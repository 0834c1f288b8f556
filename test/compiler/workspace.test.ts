/**
 * SQL files are read from inside the project only (found by the security suite): a symlink out of it used
 * to put the target's contents into the plan (`/proc/self/environ`: the compiling process's environment,
 * CI secrets included), and a FIFO hung the compiler. Run through the bundled CLI, as users run it.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"

const BIN = resolve("bin/airspec.mjs")
let project: string
let away: string

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "airspec-workspace-"))
  away = mkdtempSync(join(tmpdir(), "airspec-workspace-away-"))
  mkdirSync(join(project, "specs/sql"), { recursive: true })
})
afterEach(() => {
  rmSync(project, { recursive: true, force: true })
  rmSync(away, { recursive: true, force: true })
})

const spec = (file: string) => `pipeline: links
owner: data
start_date: 2025-01-01
connections:
  dwh: { kind: postgres, conn_id: dwh_pg }
tasks:
  run_sql: { sql: { connection: dwh, file: ${file} } }
`

const compile = () => {
  const result = spawnSync("node", [BIN, "compile", "--format", "json"], {
    cwd: project,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", AIRSPEC_PLANTED: "planted-in-env-3f9c" },
    timeout: 30_000,
  })
  const diagnostics = result.stdout
    ? (JSON.parse(result.stdout) as { diagnostics: Array<{ code: string; line: number }> }).diagnostics
    : []
  return { code: result.status, diagnostics: diagnostics.map((d) => `${d.code}@${d.line}`) }
}

describe("SQL files outside the project", () => {
  it("refuses a symlink to /proc/self/environ and never inlines the environment", () => {
    symlinkSync("/proc/self/environ", join(project, "specs/sql/environ.sql"))
    writeFileSync(join(project, "specs/p.yaml"), spec("sql/environ.sql"))
    expect(compile()).toEqual({ code: 1, diagnostics: ["file_not_found@7"] })
    expect(spawnSync("grep", ["-r", "planted-in-env", project]).status).toBe(1)
  })

  it("refuses a symlink to a file elsewhere, and a FIFO, in bounded time", () => {
    writeFileSync(join(away, "notes.sql"), "select 'elsewhere'")
    symlinkSync(join(away, "notes.sql"), join(project, "specs/sql/elsewhere.sql"))
    writeFileSync(join(project, "specs/p.yaml"), spec("sql/elsewhere.sql"))
    expect(compile()).toEqual({ code: 1, diagnostics: ["file_not_found@7"] })
    execFileSync("mkfifo", [join(project, "specs/sql/fifo.sql")])
    writeFileSync(join(project, "specs/p.yaml"), spec("sql/fifo.sql"))
    expect(compile()).toEqual({ code: 1, diagnostics: ["file_not_found@7"] })
  })

  it("still reads a symlink that stays inside the project", () => {
    writeFileSync(join(project, "specs/sql/real.sql"), "select 'inside'")
    symlinkSync("real.sql", join(project, "specs/sql/alias.sql"))
    writeFileSync(join(project, "specs/p.yaml"), spec("sql/alias.sql"))
    expect(compile()).toEqual({ code: 0, diagnostics: [] })
    expect(readFileSync(join(project, "airflow/dags/links.plan.json"), "utf8")).toContain("select 'inside'")
  })
})
