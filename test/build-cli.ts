/** vitest global setup: the CLI tests run the real bundled binary, so build it first. */
import { execFileSync } from "node:child_process"

export default function setup() {
  execFileSync("node", ["scripts/build.mjs"], { stdio: "inherit" })
}
