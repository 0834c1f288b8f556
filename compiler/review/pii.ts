/**
 * pii_unmasked: columns whose names look like personal data, loaded by a load task without a `mask`
 * entry. Names are split into words (snake_case, kebab-case, camelCase, digits), and only whole words
 * count: `contact_email` and `phoneNumber` match, `winner`, `innings` and `telemetry` do not.
 */
import { changed, type Location, locateIn, type SpecPair, specValue } from "./diff"
import { type Finding, finding, quoteName, type Rule } from "./finding"
import {
  isRecord,
  type Json,
  recordOf,
  type SpecPath,
  stringsOf,
  targetsOf,
  tasksOf,
  textOf,
} from "./spec-view"
import { selectList } from "./sql"

/** The words of an identifier, lowercase: `contactEMailAddress2` → contact, e, mail, address, 2. */
export const nameWords = (name: string): ReadonlyArray<string> =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])([0-9])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")

/** Kinds of personal data, each a list of word sequences that name it. */
const KINDS: ReadonlyArray<readonly [string, ReadonlyArray<ReadonlyArray<string>>]> = [
  ["e-mail address", [["email"], ["emails"], ["e", "mail"], ["mail", "address"], ["emailaddress"]]],
  [
    "phone number",
    [["phone"], ["phones"], ["phonenumber"], ["mobile"], ["tel"], ["telephone"], ["msisdn"], ["cellphone"]],
  ],
  ["passport number", [["passport"]]],
  ["tax number (INN)", [["inn"]]],
  ["insurance number (SNILS)", [["snils"]]],
  ["national id", [["ssn"], ["national", "id"], ["nationalid"], ["tax", "id"], ["taxpayer", "id"]]],
  ["birth date", [["birth"], ["birthdate"], ["birthday"], ["dob"]]],
  ["bank account (IBAN)", [["iban"]]],
  ["card number", [["card", "number"], ["card", "no"], ["card", "num"], ["cardnumber"], ["pan"]]],
]

const contains = (words: ReadonlyArray<string>, sequence: ReadonlyArray<string>) =>
  words.some((_, start) => sequence.every((word, offset) => words[start + offset] === word))

/** What kind of personal data a column name suggests, or undefined. */
export const personalDataKind = (name: string): string | undefined => {
  const words = nameWords(name)
  return KINDS.find(([, sequences]) => sequences.some((sequence) => contains(words, sequence)))?.[0]
}

interface Loaded {
  readonly column: string
  readonly at: SpecPath
  readonly part: "key" | "value"
  /** The element whose change makes the column worth reporting. */
  readonly subject: SpecPath
  /** The column's name in the target, which `mask` names. */
  readonly output: string
}

/** Every column a load task names, with where it is named. */
const loadedColumns = (id: string, task: Json): ReadonlyArray<Loaded> => {
  const loaded: Loaded[] = []
  const sourcePath: SpecPath = ["tasks", id, "source"]
  const source = recordOf(task.source)
  const query = textOf(source.query)
  if (query !== undefined)
    for (const item of selectList(query)?.items ?? []) {
      const entry = {
        at: [...sourcePath, "query"],
        part: "value",
        subject: [...sourcePath, "query"],
      } as const
      loaded.push({ ...entry, column: item.output, output: item.output })
      if (item.source !== undefined && item.source !== item.output)
        loaded.push({ ...entry, column: item.source, output: item.output })
    }
  stringsOf(recordOf(source.csv).columns).forEach((column, index) => {
    loaded.push({
      column,
      output: column,
      at: [...sourcePath, "csv", "columns", index],
      part: "value",
      subject: sourcePath,
    })
  })
  for (const view of targetsOf(id, task)) {
    const named = (column: unknown, at: SpecPath, part: "key" | "value" = "value") => {
      if (typeof column === "string") loaded.push({ column, output: column, at, part, subject: view.path })
    }
    for (const column of Object.keys(recordOf(view.target.columns)))
      named(column, [...view.path, "columns", column], "key")
    for (const key of ["primary_key", "order_by"] as const)
      stringsOf(view.target[key]).forEach((column, index) => {
        named(column, [...view.path, key, index])
      })
    named(view.target.version, [...view.path, "version"])
  }
  return loaded
}

/** Columns a task masks: `mask: { <column>: hash | null }` (read raw: the key is newer than this rule). */
const maskedColumns = (task: Json): ReadonlySet<string> =>
  new Set(isRecord(task.mask) ? Object.keys(task.mask).map((column) => column.toLowerCase()) : [])

/** Where the query names the column, for a finding inside a multi-line query. */
const naming = (pair: SpecPair, from: Location, column: string): Location => {
  const lines = pair.head?.text.split(/\r?\n/) ?? []
  const word = new RegExp(`(?<![A-Za-z0-9_])${column}(?![A-Za-z0-9_])`, "i")
  for (let line = from.line; line <= Math.min(lines.length, from.line + 200); line++) {
    const index = (lines[line - 1] ?? "").search(word)
    if (index !== -1) return { file: from.file, line, col: index + 1 }
  }
  return from
}

export const piiUnmasked: Rule = ({ pairs }) =>
  pairs.flatMap((pair) => {
    if (pair.head === undefined) return []
    return tasksOf(specValue(pair.head)).flatMap(([id, task]): Finding[] => {
      const masked = maskedColumns(task)
      const maskChanged = changed(pair, ["tasks", id, "mask"])
      const reported = new Set<string>()
      return loadedColumns(id, task).flatMap((loaded): Finding[] => {
        const kind = personalDataKind(loaded.column)
        if (kind === undefined || masked.has(loaded.output.toLowerCase())) return []
        if (reported.has(loaded.output.toLowerCase())) return []
        if (!maskChanged && !changed(pair, loaded.subject)) return []
        reported.add(loaded.output.toLowerCase())
        const located = locateIn(pair, loaded.at, loaded.part)
        const at = loaded.at.at(-1) === "query" ? naming(pair, located, loaded.column) : located
        return [
          finding(
            "pii_unmasked",
            at,
            `column ${quoteName(loaded.output)} of task ${id} looks like personal data (${kind}) and is loaded unmasked: add mask: { ${loaded.output}: hash } (or null to load NULL), or acknowledge it with "# airspec-review: allow pii_unmasked"`,
          ),
        ]
      })
    })
  })
