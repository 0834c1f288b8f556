/**
 * Airflow 3 opens a DAG's `doc_md` that ends in `.md` as a file at parse time and shows its contents (found
 * by the security suite): a description ending so is rendered with a trailing newline and stays text.
 * airflow/tests/test_injection.py checks the same in real Airflow.
 */
import { describe, expect, it } from "vitest"
import { compileText, VALID } from "../../support"

const dagText = (description: string) => {
  const outcome = compileText(`${VALID}description: ${JSON.stringify(description)}\n`)
  expect(outcome.diagnostics).toEqual([])
  return outcome.files.find((file) => file.name.endsWith(".py"))?.text ?? ""
}

describe("doc_md", () => {
  it("gets a trailing newline when it ends in .md, so that Airflow never reads it as a path", () => {
    expect(dagText("/etc/airflow/secrets.md")).toContain('doc_md="/etc/airflow/secrets.md\\n",')
    expect(dagText("See docs/README.md")).toContain('doc_md="See docs/README.md\\n",')
  })

  it("is the description as written otherwise", () => {
    expect(dagText("Nightly load.")).toContain('doc_md="Nightly load.",')
    expect(dagText("notes.md.")).toContain('doc_md="notes.md.",')
  })
})
