import { closest, distance } from "fastest-levenshtein"

/** The closest candidate when it is near enough to be a likely typo. */
export const suggest = (input: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (candidates.length === 0) return undefined
  const best =
    candidates.find((candidate) => sameLetters(input, candidate)) ?? closest(input, [...candidates])
  const limit = Math.max(1, Math.floor(input.length / 3))
  return distance(input.toLowerCase(), best.toLowerCase()) <= limit || sameLetters(input, best)
    ? best
    : undefined
}

/** Swapped letters (dwh → dhw) cost two edits but are the commonest typo of short names. */
const sameLetters = (a: string, b: string) =>
  [...a.toLowerCase()].sort().join() === [...b.toLowerCase()].sort().join()

export const didYouMean = (input: string, candidates: ReadonlyArray<string>): string => {
  const best = suggest(input, candidates)
  return best === undefined ? "" : `; did you mean "${best}"?`
}
