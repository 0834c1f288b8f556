/** Schedules, dates and time zones as Airflow understands them. */
import { CronExpressionParser } from "cron-parser"

export const SCHEDULE_PRESETS: ReadonlyArray<string> = [
  "@once",
  "@continuous",
  "@hourly",
  "@daily",
  "@weekly",
  "@monthly",
  "@quarterly",
  "@yearly",
  "@annually",
]

/** Five fields, as Airflow's croniter reads them. */
export const isCronExpression = (expression: string): boolean => {
  if (expression.trim().split(/\s+/).length !== 5) return false
  try {
    CronExpressionParser.parse(expression, { strict: false })
    return true
  } catch {
    return false
  }
}

let zones: ReadonlySet<string> | undefined
export const isKnownTimezone = (zone: string): boolean => {
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"])
  return zones.has(zone)
}

export interface SpecDate {
  /** The text as written, when it names a calendar day only. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number }
  /** The text as written, when it is a full date-time with an offset. */
  readonly dateTime?: string
  /** For ordering only; day-only dates count as midnight UTC. */
  readonly instantMs: number
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

export const parseSpecDate = (text: string): SpecDate | undefined => {
  const day = DAY.exec(text)
  if (day) {
    const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])]
    const instantMs = Date.UTC(year, month - 1, dayOfMonth)
    const check = new Date(instantMs)
    if (
      check.getUTCFullYear() !== year ||
      check.getUTCMonth() !== month - 1 ||
      check.getUTCDate() !== dayOfMonth
    ) {
      return undefined
    }
    return { date: { year, month, day: dayOfMonth }, instantMs }
  }
  const dateTime = DATE_TIME.exec(text)
  if (!dateTime || parseSpecDate(text.slice(0, 10)) === undefined) return undefined
  if (Number(dateTime[4]) > 23 || Number(dateTime[5]) > 59 || Number(dateTime[7] ?? 0) > 59) return undefined
  const instantMs = Date.parse(text)
  return Number.isNaN(instantMs) ? undefined : { dateTime: text, instantMs }
}
