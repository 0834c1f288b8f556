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

/** Five fields, as Airflow's croniter reads them; hashed `H` fields need a hash id Airflow does not give. */
export const isCronExpression = (expression: string): boolean => {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 5) return false
  if (fields.some((field) => field.split(",").some((item) => /^H(\(|\/|$)/i.test(item)))) return false
  try {
    CronExpressionParser.parse(expression, { strict: false })
    return true
  } catch {
    return false
  }
}

/**
 * An IANA zone name, aliases included (Asia/Calcutta, US/Eastern). ICU matches names in any case, but the
 * zone files pendulum reads are case-sensitive, so only the exact spelling of a known name counts.
 */
export const isKnownTimezone = (zone: string): boolean => {
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone
    return canonical === zone || canonical.toLowerCase() !== zone.toLowerCase() || zone === "UTC"
  } catch {
    return false
  }
}

/** Milliseconds that `zone` is ahead of UTC at the instant `utcMs`. */
const zoneOffsetMs = (utcMs: number, zone: string): number => {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(utcMs))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  )
  return wall - Math.floor(utcMs / 1000) * 1000
}

/** The instant a spec date stands for: day-only dates are midnight in the pipeline's time zone. */
export const instantOf = (date: SpecDate, zone: string): number => {
  if (date.date === undefined) return date.instantMs
  const wallMs = date.instantMs
  const guess = wallMs - zoneOffsetMs(wallMs, zone)
  return wallMs - zoneOffsetMs(guess, zone)
}

export interface SpecDate {
  /** The text as written, when it names a calendar day only. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number }
  /** The text as written, when it is a full date-time with an offset. */
  readonly dateTime?: string
  /** The instant for date-times; for day-only dates midnight UTC (see `instantOf` for the zone's midnight). */
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
