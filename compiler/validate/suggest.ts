import { closest, distance } from "fastest-levenshtein"

/** The closest candidate when it is near enough to be a likely typo. */
export const suggest = (input: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (candidates.length === 0) return undefined
  const best = closest(input, [...candidates])
  const limit = Math.max(1, Math.floor(input.length / 3))
  return distance(input.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined
}

export const didYouMean = (input: string, candidates: ReadonlyArray<string>): string => {
  const best = suggest(input, candidates)
  return best === undefined ? "" : `; did you mean "${best}"?`
}
