/**
 * The peers' own virtualenv, .cache/peers-venv, made on first use from bench/peers/requirements.txt
 * (sling and dlt pinned with all their dependencies) and remade only when that file changes.
 *
 * The `sling` package from PyPI downloads its Go binary from GitHub the first time it is imported, which
 * cannot work offline; the binary itself ships on PyPI as the `sling-linux-amd64` wheel. The benchmark runs
 * that bundled binary directly, and SLING_BINARY points the Python package at it too.
 */
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ROOT } from "../support"

export const VENV = join(ROOT, ".cache", "peers-venv")
export const PYTHON = join(VENV, "bin", "python")
const REQUIREMENTS = join(ROOT, "bench", "peers", "requirements.txt")

export interface Peers {
  readonly python: string
  readonly sling: string
  readonly versions: { readonly sling: string; readonly dlt: string; readonly python: string }
}

export const ensurePeers = (): Peers => {
  const inputs = createHash("sha256").update(readFileSync(REQUIREMENTS)).digest("hex")
  const stamp = join(VENV, ".airspec-peers-installed")
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== inputs) {
    const python = execFileSync("python3", ["-c", "import sys; print(sys.version_info >= (3, 11))"], {
      encoding: "utf8",
    }).trim()
    if (python !== "True") throw new Error("bench/peers needs python3 ≥ 3.11 (the pinned numpy and pandas)")
    console.log(`installing sling and dlt (bench/peers/requirements.txt) in ${VENV}`)
    rmSync(VENV, { recursive: true, force: true })
    execFileSync("python3", ["-m", "venv", VENV], { stdio: "inherit" })
    execFileSync(PYTHON, ["-m", "pip", "install", "--quiet", "--no-deps", "-r", REQUIREMENTS], {
      stdio: "inherit",
      env: { ...process.env, PIP_CACHE_DIR: join(ROOT, ".cache", "pip") },
    })
    writeFileSync(stamp, inputs)
  }
  const [sling, dlt, python] = execFileSync(
    PYTHON,
    [
      "-c",
      "import os, sys, sling_linux_amd64, dlt; print(sling_linux_amd64.SLING_BIN); print(dlt.__version__); print(sys.version.split()[0])",
    ],
    { encoding: "utf8", env: { ...process.env, RUNTIME__DLTHUB_TELEMETRY: "false" } },
  )
    .trim()
    .split("\n")
    .slice(-3) as [string, string, string]
  const slingVersion = execFileSync(sling, ["--version"], {
    encoding: "utf8",
    env: { ...process.env, SLING_DISABLE_TELEMETRY: "true" },
  })
    .replace("Version:", "")
    .trim()
  return { python: PYTHON, sling, versions: { sling: slingVersion, dlt, python } }
}
