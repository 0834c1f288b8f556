/**
 * Runs one command and measures it: wall time, and the peak resident memory of its whole process tree
 * (the command and every process it starts, summed), sampled from /proc every 50 ms. GNU time would
 * report only the largest single process; the physical limits here are pipelines of two or three.
 */
import { spawn } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { stripVTControlCharacters } from "node:util"

export interface Measured {
  readonly ok: boolean
  readonly seconds: number
  readonly rssMiB: number
  /** The last 64 KiB of stdout and stderr, interleaved, ANSI colours removed. */
  readonly log: string
}

const PAGE = 4096
const SAMPLE_MS = 50
const KEEP = 64 * 1024

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, "utf8")
  } catch {
    return undefined // the process ended meanwhile
  }
}

/** The pid and its descendants, through /proc/PID/task/TID/children (every thread may fork). */
const tree = (root: number): number[] => {
  const pids = [root]
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i] as number
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue
    }
    for (const task of tasks) {
      for (const child of (read(`/proc/${pid}/task/${task}/children`) ?? "").split(" ")) {
        if (child.trim() !== "") pids.push(Number(child))
      }
    }
  }
  return pids
}

const residentBytes = (root: number): number =>
  tree(root).reduce((sum, pid) => sum + Number((read(`/proc/${pid}/statm`) ?? "0 0").split(" ")[1]) * PAGE, 0)

export const measure = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly env: NodeJS.ProcessEnv; readonly cwd?: string },
): Promise<Measured> =>
  new Promise((ok) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let peak = 0
    let log = ""
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, residentBytes(child.pid))
    }
    const timer = setInterval(sample, SAMPLE_MS)
    sample()
    const collect = (data: Buffer) => {
      log += data.toString()
      if (log.length > 2 * KEEP) log = log.slice(-KEEP)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", (error) => {
      log += String(error)
    })
    child.on("close", (code) => {
      clearInterval(timer)
      ok({
        ok: code === 0,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        rssMiB: Math.round(peak / 2 ** 20),
        log: stripVTControlCharacters(log.slice(-KEEP)),
      })
    })
  })
