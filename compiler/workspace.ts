/** Read-only access to the files a spec refers to (SQL files). The compiler's only input besides spec text. */
import { readFileSync } from "node:fs"
import { Context, Effect, Layer, Option } from "effect"

/** What reading a SQL file named in a spec gave; `path` is project-relative. */
export type SqlFileLookup =
  | { readonly kind: "found"; readonly path: string; readonly text: string }
  | { readonly kind: "missing"; readonly path: string }
  | { readonly kind: "outside" }

/** Keyed by the path as written in the spec. */
export type SqlFiles = ReadonlyMap<string, SqlFileLookup>

export class Workspace extends Context.Tag("airspec/Workspace")<
  Workspace,
  { readonly readText: (path: string) => Effect.Effect<Option.Option<string>> }
>() {
  /** The files of the project in the working directory: SQL files are small, so they are read synchronously. */
  static readonly disk = Layer.succeed(Workspace, {
    readText: (path) =>
      Effect.sync(() => {
        try {
          return Option.some(readFileSync(path, "utf8"))
        } catch {
          return Option.none()
        }
      }),
  })

  /** Files held in memory, keyed by project-relative path. */
  static readonly memory = (files: Readonly<Record<string, string>>) =>
    Layer.succeed(Workspace, {
      readText: (path) =>
        Effect.succeed(Option.fromNullable(Object.hasOwn(files, path) ? files[path] : undefined)),
    })
}
