/**
 * Preloaded with `node --import` by the compile check: replaces `process.env` with a view that appends
 * every variable name read (and every enumeration, as `*`) to the file ENV_PROBE_LOG, so the check can
 * prove which variables a command looked at, not only that its output did not change.
 */
import { appendFileSync } from "node:fs"

const log = process.env.ENV_PROBE_LOG
if (log) {
  const env = process.env
  const note = (name) => appendFileSync(log, `${name}\n`)
  process.env = new Proxy(env, {
    get: (target, name) => {
      if (typeof name === "string") note(name)
      return Reflect.get(target, name)
    },
    has: (target, name) => {
      if (typeof name === "string") note(name)
      return Reflect.has(target, name)
    },
    ownKeys: (target) => {
      note("*")
      return Reflect.ownKeys(target)
    },
    getOwnPropertyDescriptor: (target, name) => {
      if (typeof name === "string") note(name)
      return Reflect.getOwnPropertyDescriptor(target, name)
    },
  })
}
