/** Read-only access to the files a spec refers to (SQL files). The compiler's only input besides spec text. */
import { Context, Effect, Layer, Option } from "effect"

export class Workspace extends Context.Tag("airspec/Workspace")<
  Workspace,
  { readonly readText: (path: string) => Effect.Effect<Option.Option<string>> }
>() {
  /** Files held in memory, keyed by project-relative path: for tests and the compile service. */
  static readonly memory = (files: Readonly<Record<string, string>>) =>
    Layer.succeed(Workspace, {
      readText: (path) =>
        Effect.succeed(Option.fromNullable(Object.hasOwn(files, path) ? files[path] : undefined)),
    })
}
