/**
 * Answers on disk, addressed by the sha256 of everything that decides them: the same request gets the
 * same answer without a call, so CI runs are cheap and repeatable. The API key is never part of the key
 * or of the file. A cache that cannot be read or written is a miss, never a failure.
 */
import { createHash } from "node:crypto"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { Effect, Option, Schema as S } from "effect"

/** JSON with object keys sorted at every level, so equal values always hash alike. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )

export const cacheKey = (request: unknown): string =>
  createHash("sha256").update(canonicalJson(request)).digest("hex")

const CachedReply = S.Struct({
  model: S.String,
  text: S.String,
  usage: S.Struct({ prompt: S.Int, completion: S.Int }),
})
export type CachedReply = typeof CachedReply.Type

const decode = S.decodeUnknownOption(S.parseJson(CachedReply))

export interface ReplyCache {
  readonly read: (key: string) => Effect.Effect<Option.Option<CachedReply>>
  readonly write: (key: string, reply: CachedReply) => Effect.Effect<void>
}

export const makeReplyCache = (
  dir: string,
): Effect.Effect<ReplyCache, never, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const fileOf = (key: string) => path.join(dir, `${key}.json`)
    return {
      read: (key) =>
        fs.readFileString(fileOf(key)).pipe(
          Effect.map(decode),
          Effect.orElseSucceed(() => Option.none()),
        ),
      // through a temporary file and a rename, so that a reader never sees half a file
      write: (key, reply) => {
        const temporary = `${fileOf(key)}.${process.pid}.tmp`
        return fs.makeDirectory(dir, { recursive: true }).pipe(
          Effect.zipRight(fs.writeFileString(temporary, `${JSON.stringify(reply, null, 2)}\n`)),
          Effect.zipRight(fs.rename(temporary, fileOf(key))),
          Effect.catchAll((error) =>
            Effect.logWarning(`llm cache: cannot write ${fileOf(key)} (${error.message})`),
          ),
        )
      },
    }
  })
