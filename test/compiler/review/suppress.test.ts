/** `# airspec-review: allow <rule_id>` on a finding's line or the line above acknowledges it. */
import { describe, expect, it } from "vitest"
import { BASE, lineOf, reviewAll } from "./support"

const withEmail = (comment: string) =>
  BASE.replace(
    "        primary_key: [id]\n      - connection: olap",
    `        primary_key: [id]\n${comment}        columns: { email: text }\n      - connection: olap`,
  )

describe("suppression comments", () => {
  it("acknowledge the named rule on the finding's line or the line above", () => {
    expect(reviewAll(BASE, withEmail("")).findings.map((f) => f.rule)).toEqual(["pii_unmasked"])
    const above = reviewAll(
      BASE,
      withEmail("        # airspec-review: allow pii_unmasked (hashed upstream)\n"),
    )
    expect(above.findings).toEqual([])
    expect(above.suppressed.map((f) => f.rule)).toEqual(["pii_unmasked"])
    const sameLine = withEmail("").replace(
      "columns: { email: text }",
      "columns: { email: text } # airspec-review: allow literal_secret, pii_unmasked",
    )
    expect(reviewAll(BASE, sameLine).findings).toEqual([])
  })

  it("do not acknowledge other rules or other lines", () => {
    const other = reviewAll(BASE, withEmail("        # airspec-review: allow literal_secret\n"))
    expect(other.findings.map((f) => f.rule)).toEqual(["pii_unmasked"])
    const far = withEmail("").replace("tasks:\n", "# airspec-review: allow pii_unmasked\ntasks:\n")
    const result = reviewAll(BASE, far)
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      `${lineOf(far, "email")} pii_unmasked`,
    ])
  })
})
