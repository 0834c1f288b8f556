/**
 * What the security checks share: secrets planted fresh for every run (each with its own random core, so
 * that a match can only come from this run), a scanner that finds them in any encoding a leak would take,
 * the bundled CLI as a child process, Python in the Airflow virtualenv, and the argv sampler.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { inject, type TaskMeta } from "vitest"

export const ROOT = resolve(import.meta.dirname, "../..")
export const CLI = join(ROOT, "bin", "airspec.mjs")
export const VENV_PYTHON = join(ROOT, ".venv-airflow", "bin", "python")

declare module "vitest" {
  interface TaskMeta {
    /** One line of figures the checklist prints after the check (what was covered, how much). */
    figures?: string
  }
}

/** Records what a check covered, for the checklist. */
export const figures = (task: { meta: TaskMeta }, text: string) => {
  task.meta.figures = text
}

const scratchDirs: string[] = []

/** A scratch directory; removed by `removeScratch` after a file's checks, unless SECURITY_KEEP=1. */
export const scratch = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `airspec-sec-${name}-`))
  scratchDirs.push(dir)
  return dir
}

export const removeScratch = () => {
  if (process.env.SECURITY_KEEP === "1") return
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** A planted secret: the value, and the random core that any leak of it, in any form, still contains. */
export interface Planted {
  readonly name: string
  readonly value: string
  readonly core: string
  /** A login it is sent with as Basic auth, whose base64 form is looked for too. */
  readonly login?: string
}

export const plant = (name: string, make: (core: string) => string, login?: string): Planted => {
  const core = randomBytes(8).toString("hex")
  return { name, value: make(core), core, ...(login === undefined ? {} : { login }) }
}

/** The forms a leaked secret takes: as is, URL-encoded, JSON-escaped, base64 (alone, or as Basic user:pass). */
const forms = (secret: Planted): ReadonlyArray<string> => {
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64")
  return [
    secret.core,
    secret.value,
    encodeURIComponent(secret.value),
    JSON.stringify(secret.value).slice(1, -1),
    base64(secret.value),
    ...(secret.login === undefined ? [] : [base64(`${secret.login}:${secret.value}`)]),
  ]
}

export interface Leak {
  readonly secret: string
  readonly where: string
  readonly context: string
}

/** Every planted secret found in `text`, with a little context (the secret itself starred out). */
export const scan = (text: string, where: string, secrets: ReadonlyArray<Planted>): Leak[] => {
  const leaks: Leak[] = []
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      const at = text.indexOf(form)
      if (at === -1) continue
      const context = `${text.slice(Math.max(0, at - 60), at)}<${secret.name}>${text.slice(at + form.length, at + form.length + 60)}`
      leaks.push({ secret: secret.name, where, context: context.replace(/\s+/g, " ") })
      break
    }
  }
  return leaks
}

/** Every regular file under `dir` (symlinks not followed), as [path, bytes as latin1 text]. */
export const filesUnder = (dir: string): Array<[string, string]> => {
  if (!existsSync(dir)) return []
  const out: Array<[string, string]> = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else if (entry.isFile() && lstatSync(path).size < 256 * 1024 * 1024)
      out.push([path, readFileSync(path).toString("latin1")])
  }
  return out
}

/** Leaks in every file under `dir`; binary files (SQLite databases) are searched byte for byte. */
export const scanTree = (dir: string, secrets: ReadonlyArray<Planted>): { files: number; leaks: Leak[] } => {
  const files = filesUnder(dir)
  return { files: files.length, leaks: files.flatMap(([path, text]) => scan(text, path, secrets)) }
}

export interface Exited {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A child process run to its end without blocking this one (local fake servers keep answering). */
export const run = (
  command: string,
  args: ReadonlyArray<string>,
  options: {
    readonly cwd?: string
    readonly env?: Readonly<Record<string, string>>
    readonly input?: string
    readonly timeoutMs?: number
    readonly onStart?: (child: ChildProcess) => void
  } = {},
): Promise<Exited> =>
  new Promise((done, fail) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    })
    options.onStart?.(child)
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk
    })
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000)
    child.on("error", fail)
    child.on("close", (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
    child.stdin.end(options.input ?? "")
  })

/** The bundled `airspec` CLI. */
export const airspec = (
  args: ReadonlyArray<string>,
  options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {},
) => run(process.execPath, [CLI, ...args], options)

/** A Python script run in the Airflow virtualenv, its stdout parsed as JSON. */
export const python = async (
  script: string,
  input: unknown,
  env: Readonly<Record<string, string>> = {},
): Promise<unknown> => {
  const result = await run(VENV_PYTHON, ["-c", script], { input: JSON.stringify(input), env })
  if (result.code !== 0) throw new Error(`python exited ${result.code}:\n${result.stderr.slice(-4000)}`)
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "null")
}

export const venvReady = () => existsSync(VENV_PYTHON)

export const CH_USER = "airspec_security"

/** ClickHouse 18.16 has no CREATE USER: the user with a password comes from a users.d file it reloads. */
export const clickhouseUser = async (password: string) => {
  const dir = join(ROOT, ".cache/services/clickhouse/users.d")
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, "airspec-security.xml"),
    `<?xml version="1.0"?>
<!-- written by the security suite (test/security/support.ts): a user with a password -->
<yandex><users><${CH_USER}>
  <password>${password}</password>
  <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
  <profile>default</profile><quota>default</quota>
</${CH_USER}></users></yandex>
`,
  )
  const auth = `Basic ${Buffer.from(`${CH_USER}:${password}`).toString("base64")}`
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await fetch(`${inject("clickhouseUrl")}/?query=SELECT%201`, {
      headers: { authorization: auth },
    })
    if (answer.ok) return
    await new Promise((wait) => setTimeout(wait, 500))
  }
  throw new Error("ClickHouse did not load the suite's user from users.d")
}

export interface SamplerReport {
  readonly samples: number
  readonly medianPeriodMs: number
  readonly processes: number
  readonly runtimes: number
  readonly airflow: number
  readonly hits: ReadonlyArray<{ readonly pid: number; readonly needle: string; readonly cmdline: string }>
}

/**
 * Polls `/proc/<pid>/cmdline` of every process every ~20 ms in its own process (so that this one being busy
 * cannot pause it) until `stop`. The needles travel in its environment: its own argv holds none.
 */
export const startSampler = async (secrets: ReadonlyArray<Planted>) => {
  const needles = secrets.flatMap((secret) => [...new Set(forms(secret))].map((form) => [secret.name, form]))
  const child = spawn(process.execPath, [join(import.meta.dirname, "argv-sampler.mjs")], {
    env: { PATH: process.env.PATH ?? "", SAMPLER_NEEDLES: JSON.stringify(needles), SAMPLER_PERIOD_MS: "20" },
    stdio: ["pipe", "pipe", "inherit"],
  })
  let out = ""
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk
  })
  await new Promise<void>((ready) => {
    const poll = () => (out.includes("ready\n") ? ready() : setTimeout(poll, 10))
    poll()
  })
  return {
    stop: () =>
      new Promise<SamplerReport>((done) => {
        child.on("close", () => done(JSON.parse(out.slice(out.indexOf("ready\n") + 6)) as SamplerReport))
        child.stdin.end()
      }),
  }
}
