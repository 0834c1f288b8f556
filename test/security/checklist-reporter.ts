/**
 * Prints the security suite as a checklist once it has run: one line per check, by its number (`2.3`),
 * PASS / FAIL / SKIP, the time it took and the figures it recorded (what it covered), then the totals.
 * With SECURITY_RESULTS=<file> the same is written there as JSON, for the docs.
 */
import { writeFileSync } from "node:fs"
import type { Reporter, TestModule } from "vitest/node"

interface Line {
  readonly id: string
  readonly title: string
  readonly state: "PASS" | "FAIL" | "SKIP"
  readonly seconds: number
  readonly figures: string | null
  readonly error: string | null
}

const order = (id: string) => id.split(".").map((part) => part.padStart(4, "0"))

export default class ChecklistReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const lines: Line[] = []
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const match = /^(\d+\.\d+)\s+(.*)$/.exec(test.name)
        const result = test.result()
        lines.push({
          id: match?.[1] ?? "?",
          title: match?.[2] ?? test.name,
          state: result.state === "passed" ? "PASS" : result.state === "failed" ? "FAIL" : "SKIP",
          seconds: Math.round((test.diagnostic()?.duration ?? 0) / 100) / 10,
          figures: test.meta().figures ?? null,
          error:
            result.state === "failed"
              ? ((result.errors?.[0]?.message ?? "failed").split("\n")[0] ?? null)
              : null,
        })
      }
    }
    lines.sort((a, b) => (order(a.id).join(".") < order(b.id).join(".") ? -1 : 1))
    const out = ["", "airspec security checklist", ""]
    for (const line of lines) {
      out.push(`  ${line.state}  ${line.id.padEnd(5)} ${line.title}  (${line.seconds} s)`)
      if (line.figures !== null) out.push(`               ${line.figures}`)
      if (line.error !== null) out.push(`               ${line.error.slice(0, 400)}`)
    }
    const count = (state: Line["state"]) => lines.filter((line) => line.state === state).length
    out.push("", `  ${count("PASS")} passed, ${count("FAIL")} failed, ${count("SKIP")} skipped`, "")
    process.stdout.write(`${out.join("\n")}\n`)
    const file = process.env.SECURITY_RESULTS
    if (file) writeFileSync(file, `${JSON.stringify(lines, null, 2)}\n`)
  }
}
