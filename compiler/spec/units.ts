/** Unit conversions for values the schema has already checked. */

const SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const

/** `1h30m` → 5400. Numbers are seconds already. */
export const parseDuration = (duration: number | string): number => {
  if (typeof duration === "number") return duration
  let total = 0
  for (const [, amount, unit] of duration.matchAll(/(\d+)([dhms])/g)) {
    total += Number(amount) * SECONDS[unit as keyof typeof SECONDS]
  }
  return total
}

const BYTES = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: 1024 ** 3 } as const

/** `16MiB` → 16777216. Numbers are bytes already. */
export const parseByteSize = (size: number | string): number => {
  if (typeof size === "number") return size
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(size)
  if (match === null) return Number.NaN
  return Math.round(Number(match[1]) * BYTES[match[2] as keyof typeof BYTES])
}
