/** Plan → files: the DAG through the handlebars template, the plan as canonical JSON. */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import Handlebars from "handlebars"
import type { Plan } from "../plan/plan"
import { type DagView, dagFileName, dagView, planFileName } from "./view-model"

export interface OutputFile {
  /** Relative to the output directory. */
  readonly name: string
  readonly text: string
}

export const renderPipeline = (plan: Plan): ReadonlyArray<OutputFile> => [
  { name: dagFileName(plan.pipeline), text: endWithNewline(dagTemplate()(dagView(plan))) },
  { name: planFileName(plan.pipeline), text: `${JSON.stringify(plan, null, 2)}\n` },
]

const endWithNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`)

let compiled: Handlebars.TemplateDelegate<DagView> | undefined

const dagTemplate = () => {
  compiled ??= Handlebars.compile<DagView>(readFileSync(join(templatesDir(), "dag.py.hbs"), "utf8"), {
    noEscape: true,
    strict: true,
  })
  return compiled
}

/** `dag-templates/` sits at the package root; walk up from this module (source tree or bundle). */
const templatesDir = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, "dag-templates")
    if (isDirectory(candidate) && readdirSync(candidate).includes("dag.py.hbs")) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error("dag-templates/ not found above the airspec installation")
    dir = parent
  }
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
