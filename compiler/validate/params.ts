/** Trigger-form params: is each default valid for the param's own type and constraints? */

import type { DiagnosticCode } from "../diagnostics"
import { quote } from "../diagnostics"
import { parseSpecDate } from "../spec/calendar"
import type { Param } from "../spec/schema"

export interface ParamProblem {
  readonly code: DiagnosticCode
  readonly key: string
  readonly message: string
}

export const paramProblem = (param: Param): ParamProblem | undefined => {
  const bad = (message: string, key = "default"): ParamProblem => ({
    code: "invalid_param_default",
    key,
    message,
  })
  switch (param.type) {
    case "boolean":
      return undefined
    case "integer":
    case "number": {
      if (param.minimum !== undefined && param.maximum !== undefined && param.minimum > param.maximum) {
        return { code: "invalid_value", key: "minimum", message: "minimum is greater than maximum" }
      }
      return param.default === undefined ? undefined : scalarProblem(param.default, param, bad)
    }
    case "string": {
      if (
        param.min_length !== undefined &&
        param.max_length !== undefined &&
        param.min_length > param.max_length
      ) {
        return { code: "invalid_value", key: "min_length", message: "min_length is greater than max_length" }
      }
      if (param.enum !== undefined && param.format !== undefined) {
        for (const value of param.enum) {
          if (!matchesFormat(value, param.format))
            return bad(`enum value ${quote(value)} is not a ${param.format}`, "enum")
        }
      }
      return param.default === undefined ? undefined : scalarProblem(param.default, param, bad)
    }
    case "array": {
      if (
        param.min_items !== undefined &&
        param.max_items !== undefined &&
        param.min_items > param.max_items
      ) {
        return { code: "invalid_value", key: "min_items", message: "min_items is greater than max_items" }
      }
      for (const [index, value] of (param.items.enum ?? []).entries()) {
        if (!itemHasType(value, param.items.type))
          return bad(`enum value ${index + 1} is not a ${param.items.type}`, "items")
      }
      if (param.default === undefined) return undefined
      const count = param.default.length
      if (param.min_items !== undefined && count < param.min_items)
        return bad(`default has fewer than ${param.min_items} items`)
      if (param.max_items !== undefined && count > param.max_items)
        return bad(`default has more than ${param.max_items} items`)
      for (const [index, value] of param.default.entries()) {
        if (!itemHasType(value, param.items.type))
          return bad(`default item ${index + 1} is not a ${param.items.type}`)
        if (param.items.enum !== undefined && !param.items.enum.includes(value)) {
          return bad(`default item ${quote(value)} is not one of the allowed values`)
        }
      }
      return undefined
    }
  }
}

type Scalar = Extract<Param, { type: "integer" | "number" | "string" }>

const scalarProblem = (
  value: string | number,
  param: Scalar,
  bad: (message: string) => ParamProblem,
): ParamProblem | undefined => {
  const allowed: ReadonlyArray<string | number> | undefined = param.enum
  if (allowed !== undefined && !allowed.includes(value)) {
    const shown = allowed.slice(0, 10).map(quote).join(", ")
    return bad(
      `default ${quote(value)} is not one of ${allowed.length > 10 ? `${shown}, … (${allowed.length} values)` : shown}`,
    )
  }
  if (param.type === "string" && typeof value === "string") {
    if (param.format !== undefined && !matchesFormat(value, param.format)) {
      return bad(`default ${quote(value)} is not a valid ${param.format}`)
    }
    if (param.min_length !== undefined && value.length < param.min_length)
      return bad("default is shorter than min_length")
    if (param.max_length !== undefined && value.length > param.max_length)
      return bad("default is longer than max_length")
  }
  if (param.type !== "string" && typeof value === "number") {
    if (param.minimum !== undefined && value < param.minimum)
      return bad(`default ${value} is below minimum ${param.minimum}`)
    if (param.maximum !== undefined && value > param.maximum)
      return bad(`default ${value} is above maximum ${param.maximum}`)
  }
  return undefined
}

const matchesFormat = (value: string, format: "date" | "date-time"): boolean => {
  const parsed = parseSpecDate(value)
  return format === "date" ? parsed?.date !== undefined : parsed?.dateTime !== undefined
}

const itemHasType = (value: string | number, type: "string" | "integer" | "number"): boolean =>
  type === "string"
    ? typeof value === "string"
    : type === "integer"
      ? Number.isInteger(value)
      : typeof value === "number"

/**
 * Params the runtime gives a meaning to (see docs/runtime.md): declared with another type they would
 * silently do nothing, so their type is checked.
 */
export const runtimeParamProblem = (name: string, param: Param): ParamProblem | undefined => {
  if (name === "full_refresh" && param.type !== "boolean") {
    return {
      code: "invalid_value",
      key: "type",
      message: "full_refresh is read by the runtime and must be a boolean",
    }
  }
  if (
    (name === "interval_start" || name === "interval_end") &&
    (param.type !== "string" || param.format === undefined)
  ) {
    return {
      code: "invalid_value",
      key: "type",
      message: `${name} is read by the runtime and must be a string with format date or date-time`,
    }
  }
  return undefined
}
