import { closest, distance } from "fastest-levenshtein"
import { quote } from "../diagnostics"

/** Past these sizes a suggestion is unlikely to help and comparing everything with everything costs too much. */
const MAX_INPUT_LENGTH = 64
const MAX_CANDIDATES = 500

/** The closest candidate when it is near enough to be a likely typo. */
export const suggest = (input: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (candidates.length === 0 || candidates.length > MAX_CANDIDATES || input.length > MAX_INPUT_LENGTH)
    return undefined
  const letters = sortedLetters(input)
  // only a candidate of the same length can be an anagram: sorting every candidate for every unknown key
  // made a spec of many unknown keys slow
  const best =
    candidates.find(
      (candidate) => candidate.length === input.length && sortedLetters(candidate) === letters,
    ) ?? closest(input, [...candidates])
  const limit = Math.max(1, Math.floor(input.length / 3))
  return distance(input.toLowerCase(), best.toLowerCase()) <= limit || sortedLetters(best) === letters
    ? best
    : undefined
}

/** Swapped letters (dwh → dhw) cost two edits but are the commonest typo of short names. */
const sortedLetters = (text: string) => [...text.toLowerCase()].sort().join("")

export const didYouMean = (input: string, candidates: ReadonlyArray<string>): string => {
  const best = suggest(input, candidates)
  return best === undefined ? "" : `; did you mean ${quote(best)}?`
}
