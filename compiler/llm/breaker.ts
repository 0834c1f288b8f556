/**
 * A circuit breaker: after `threshold` consecutive failures it opens and fails fast for `cooldown`; then
 * one probe goes through (half-open) while every other call still fails fast, and the probe's outcome
 * closes or reopens it.
 */
import { Cause, Clock, Duration, Effect, Exit, Option, Ref } from "effect"

export interface BreakerSettings {
  readonly threshold: number
  readonly cooldown: Duration.DurationInput
}

type State =
  | { readonly _tag: "closed"; readonly failures: number }
  | { readonly _tag: "open"; readonly until: number }
  | { readonly _tag: "half_open" }

export interface Breaker {
  /**
   * Runs `effect` unless the circuit is open (then `rejected`). Only failures for which `counts` holds are
   * the endpoint's fault; any other outcome proves it answered.
   */
  readonly guard: <A, E, R>(
    effect: Effect.Effect<A, E, R>,
    counts: (error: E) => boolean,
    rejected: () => E,
  ) => Effect.Effect<A, E, R>
}

export const makeBreaker = (settings: BreakerSettings): Effect.Effect<Breaker> =>
  Effect.map(Ref.make<State>({ _tag: "closed", failures: 0 }), (state) => {
    const cooldown = Duration.toMillis(settings.cooldown)
    const admit = (now: number) =>
      Ref.modify(state, (current): [boolean, State] => {
        if (current._tag === "closed") return [true, current]
        if (current._tag === "open" && now >= current.until) return [true, { _tag: "half_open" }]
        return [false, current]
      })
    const failed = (now: number) =>
      Ref.update(state, (current): State => {
        if (current._tag === "half_open") return { _tag: "open", until: now + cooldown }
        if (current._tag === "open") return current
        const failures = current.failures + 1
        return failures >= settings.threshold
          ? { _tag: "open", until: now + cooldown }
          : { _tag: "closed", failures }
      })
    const guard: Breaker["guard"] = (effect, counts, rejected) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.flatMap(admit(now), (admitted) =>
          admitted
            ? Effect.onExit(effect, (exit) =>
                Effect.flatMap(Clock.currentTimeMillis, (end) => {
                  if (Exit.isSuccess(exit)) return Ref.set(state, { _tag: "closed", failures: 0 })
                  // An interrupted probe proved nothing: the next call may probe again.
                  if (Cause.isInterruptedOnly(exit.cause))
                    return Ref.update(
                      state,
                      (current): State =>
                        current._tag === "half_open" ? { _tag: "open", until: end } : current,
                    )
                  // a defect counts against the endpoint too
                  const counted = Option.match(Cause.failureOption(exit.cause), {
                    onNone: () => true,
                    onSome: counts,
                  })
                  return counted ? failed(end) : Ref.set(state, { _tag: "closed", failures: 0 })
                }),
              )
            : Effect.fail(rejected()),
        ),
      )
    return { guard }
  })
