/**
 * A seeded PRNG, so that every trial is reproducible: a trial's generator is derived from the run's seed
 * and the trial's name alone, so `--seed S --only <kind>:<target>:<mode> --trial N` repeats exactly one
 * trial (same data, same batch size, same fault at the same point) without running the others.
 */

/** xmur3: a 32-bit hash of a string, to derive independent seeds from names. */
const hash = (text: string): number => {
  let h = 1779033703 ^ text.length
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507)
  h = Math.imul(h ^ (h >>> 13), 3266489909)
  return (h ^ (h >>> 16)) >>> 0
}

export class Rng {
  private state: number

  constructor(seed: number | string) {
    this.state = typeof seed === "number" ? seed >>> 0 : hash(seed)
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [low, high], both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<A>(items: ReadonlyArray<A>): A {
    if (items.length === 0) throw new Error("pick from nothing")
    return items[Math.floor(this.next() * items.length)] as A
  }
}

/** The generator of one trial: the same seed and name always give the same sequence. */
export const trialRng = (seed: number, name: string): Rng => new Rng(`${seed}/${name}`)
