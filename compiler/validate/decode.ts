/**
 * Plain YAML value → typed spec, with every shape error located in the source.
 *
 * effect/Schema reports a tree of issues; we walk it ourselves so that each leaf becomes one diagnostic
 * at the right place: unknown keys point at the key (with a suggestion), missing keys at their mapping,
 * wrong values at the value. For unions of structs (task kinds, check kinds) only the member that best
 * fits the user's keys is reported, instead of one error per member.
 */
import { SchemaAST as AST, Either, Option, ParseResult, Schema as S } from "effect"
import { type Diagnostic, type DiagnosticCode, formatPath, quote } from "../diagnostics"
import type { Locate } from "../parse/yaml"
import { Spec } from "../spec/schema"
import { didYouMean } from "./suggest"

const decodeSpec = S.decodeUnknownEither(Spec, { errors: "all", onExcessProperty: "error" })

export type DecodeResult =
  | { readonly ok: true; readonly spec: Spec }
  | {
      readonly ok: false
      readonly errors: Diagnostic[]
      /** Where each problem is, as path segments (for salvaging the parts that did decode). */
      readonly paths: ReadonlyArray<ReadonlyArray<PropertyKey>>
    }

export const decode = (file: string, value: unknown, locate: Locate): DecodeResult => {
  const result = decodeSpec(value)
  if (Either.isRight(result)) return { ok: true, spec: result.right }
  const errors: Diagnostic[] = []
  const paths: Array<ReadonlyArray<PropertyKey>> = []
  const emit = (code: DiagnosticCode, path: ReadonlyArray<PropertyKey>, message: string, part?: "key") => {
    errors.push({ file, ...locate(path, part), code, message, path: formatPath(path) })
    paths.push(path)
  }
  walk(result.left.issue, [], undefined, emit)
  return { ok: false, errors, paths }
}

type Emit = (code: DiagnosticCode, path: ReadonlyArray<PropertyKey>, message: string, part?: "key") => void

const walk = (
  issue: ParseResult.ParseIssue,
  path: ReadonlyArray<PropertyKey>,
  parent: AST.AST | undefined,
  emit: Emit,
): void => {
  switch (issue._tag) {
    case "Pointer": {
      const segments = Array.isArray(issue.path) ? issue.path : [issue.path]
      return walk(issue.issue, [...path, ...segments], parent, emit)
    }
    case "Unexpected": {
      const key = String(path[path.length - 1])
      return emit(
        "unknown_key",
        path,
        `unknown key ${quote(key)}${didYouMean(key, propertyNames(parent))}`,
        "key",
      )
    }
    case "Missing": {
      const key = path[path.length - 1]
      // a missing first item is how effect/Schema reports an empty non-empty list
      if (typeof key === "number") return emit("invalid_value", path.slice(0, -1), "must not be empty")
      return emit("missing_key", path.slice(0, -1), `missing required key ${quote(String(key))}`)
    }
    case "Composite": {
      if (AST.isUnion(issue.ast) && Array.isArray(issue.issues)) {
        return walkUnion(issue, issue.issues as ReadonlyArray<ParseResult.ParseIssue>, path, emit)
      }
      const children = Array.isArray(issue.issues) ? issue.issues : [issue.issues as ParseResult.ParseIssue]
      for (const child of children) walk(child, path, issue.ast, emit)
      return
    }
    case "Refinement":
      if (issue.kind === "From") return walk(issue.issue, path, parent, emit)
      return emit("invalid_value", path, leafMessage(issue))
    case "Transformation":
      return walk(issue.issue, path, parent, emit)
    case "Type":
      return emitType(issue, path, emit)
    case "Forbidden":
      return emit("invalid_value", path, leafMessage(issue))
  }
}

/**
 * Report a failed union through the member that fits the value best: for a mapping, the member sharing
 * the most keys with it; otherwise the one member whose type matched but whose content did not.
 * `S.optional` adds an `undefined` member, which never explains a present value, so it is ignored.
 */
const walkUnion = (
  union: ParseResult.Composite,
  memberIssues: ReadonlyArray<ParseResult.ParseIssue>,
  path: ReadonlyArray<PropertyKey>,
  emit: Emit,
) => {
  const actual = union.actual
  const members = memberIssues.filter((member) => issueAst(member)?._tag !== "UndefinedKeyword")
  if (members.length === 1 && members[0] !== undefined) return walk(members[0], path, undefined, emit)
  if (isRecord(actual)) {
    const named = members.map((member) => ({ member, names: propertyNames(issueAst(member)) }))
    // keys that every member has (depends_on, retries, …) say nothing about which member was meant
    const shared = new Set(named[0]?.names.filter((name) => named.every(({ names }) => names.includes(name))))
    const keys = Object.keys(actual)
    const distinctive = keys.filter((key) => !shared.has(key))
    const scored = named.map(({ member, names }) => ({
      member,
      names,
      score: distinctive.filter((key) => names.includes(key)).length,
    }))
    const best = scored.reduce<(typeof scored)[number] | undefined>(
      (top, next) => (top === undefined || next.score > top.score ? next : top),
      undefined,
    )
    if (best !== undefined && best.score > 0) return walk(best.member, path, undefined, emit)
    // no member fits: each unknown key is the error, saying what the mapping should have been
    const known = [...new Set(scored.flatMap(({ names }) => names))]
    const unknown = keys.filter((key) => !known.includes(key))
    for (const key of unknown) {
      const hint = didYouMean(key, known) || `; expected ${describeAst(union.ast)}`
      emit("unknown_key", [...path, key], `unknown key ${quote(key)}${hint}`, "key")
    }
    if (unknown.length > 0) return
  } else {
    const typeMatched = members.filter((member) => !isTypeMismatch(member))
    if (typeMatched.length === 1 && typeMatched[0] !== undefined)
      return walk(typeMatched[0], path, undefined, emit)
  }
  emitMismatch(union.ast, actual, path, emit)
}

/** The value is not even of the member's base type (a string where a number was expected, …). */
const isTypeMismatch = (issue: ParseResult.ParseIssue): boolean =>
  issue._tag === "Type" ||
  (issue._tag === "Refinement" && issue.kind === "From" && isTypeMismatch(issue.issue))

const emitType = (issue: ParseResult.Type, path: ReadonlyArray<PropertyKey>, emit: Emit) =>
  issue.message === undefined
    ? emitMismatch(issue.ast, issue.actual, path, emit)
    : emit("invalid_type", path, issue.message)

const emitMismatch = (ast: AST.AST, actual: unknown, path: ReadonlyArray<PropertyKey>, emit: Emit) => {
  const literals = literalValues(ast)
  if (literals.length > 0 && (typeof actual === "string" || typeof actual === "number")) {
    const options = literals.map((literal) => JSON.stringify(literal)).join(", ")
    const hint = typeof actual === "string" ? didYouMean(actual, literals.map(String)) : ""
    return emit("invalid_value", path, `expected one of ${options}, got ${quote(actual)}${hint}`)
  }
  emit("invalid_type", path, `expected ${describeAst(ast)}, got ${describeValue(actual)}`)
}

const leafMessage = (issue: ParseResult.ParseIssue): string =>
  ParseResult.ArrayFormatter.formatIssueSync(issue)[0]?.message ?? "invalid value"

const issueAst = (issue: ParseResult.ParseIssue): AST.AST | undefined =>
  "ast" in issue ? (issue.ast as AST.AST) : undefined

/** Property names of a struct AST, looking through refinements and transformations. */
const propertyNames = (ast: AST.AST | undefined): ReadonlyArray<string> => {
  if (ast === undefined) return []
  if (AST.isTypeLiteral(ast)) return ast.propertySignatures.map((signature) => String(signature.name))
  if (AST.isRefinement(ast)) return propertyNames(ast.from)
  if (AST.isTransformation(ast)) return propertyNames(ast.from)
  return []
}

const literalValues = (ast: AST.AST): ReadonlyArray<string | number> => {
  if (AST.isLiteral(ast))
    return typeof ast.literal === "string" || typeof ast.literal === "number" ? [ast.literal] : []
  if (AST.isUnion(ast)) {
    const present = ast.types.filter((member) => member._tag !== "UndefinedKeyword")
    if (present.every((member) => AST.isLiteral(member) || AST.isUnion(member))) {
      const values = present.map(literalValues)
      if (values.every((list) => list.length > 0)) return values.flat()
    }
  }
  return []
}

const describeAst = (ast: AST.AST): string => {
  const title = Option.getOrUndefined(AST.getTitleAnnotation(ast))
  if (title !== undefined) return title
  if (AST.isUnion(ast)) {
    const present = ast.types.filter((member) => member._tag !== "UndefinedKeyword")
    if (present.length === 1 && present[0] !== undefined) return describeAst(present[0])
    const description = Option.getOrUndefined(AST.getDescriptionAnnotation(ast))
    if (description !== undefined) return description.replace(/\.$/, "").toLowerCase()
  }
  if (AST.isTypeLiteral(ast)) return "a mapping"
  if (AST.isTupleType(ast)) return "a list"
  if (AST.isUnion(ast)) return [...new Set(ast.types.map(describeAst))].join(" or ")
  if (AST.isLiteral(ast)) return JSON.stringify(ast.literal)
  const identifier = Option.getOrUndefined(AST.getIdentifierAnnotation(ast))
  if (identifier === "Int" || identifier === "NonNegativeInt" || identifier === "PositiveInt")
    return "an integer"
  if (AST.isRefinement(ast)) return describeAst(ast.from)
  switch (ast._tag) {
    case "StringKeyword":
      return "a string"
    case "NumberKeyword":
      return "a number"
    case "BooleanKeyword":
      return "true or false"
    default:
      return identifier ?? String(ast)
  }
}

const describeValue = (value: unknown): string => {
  if (value === null || value === undefined) return "null"
  if (Array.isArray(value)) return "a list"
  if (typeof value === "object") return "a mapping"
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `${typeof value} ${String(value)}`
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
