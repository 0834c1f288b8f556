/** Read-only access to the files a spec refers to (SQL files). The compiler's only input besides spec text. */
import { readFileSync, realpathSync, statSync } from "node:fs"
import { isAbsolute, relative, sep } from "node:path"
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
  /**
   * The files of the project in the working directory: SQL files are small, so they are read synchronously.
   * Only regular files whose real path is inside the project are read: a symlink out of it (to
   * `/proc/self/environ`, a home directory) would put that file into the plan, and a FIFO or device would
   * hang the compiler; both count as missing.
   */
  static readonly disk = Layer.succeed(Workspace, {
    readText: (path) =>
      Effect.sync(() => {
        try {
          const real = realpathSync(path)
          const inside = relative(realpathSync(process.cwd()), real)
          if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return Option.none()
          if (!statSync(real).isFile()) return Option.none()
          return Option.some(readFileSync(real, "utf8"))
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
