/**
 * The base side of a review: spec texts at a git ref, read with git itself (argv, never a shell), so
 * that specs deleted since the ref are reviewed too. Paths are project-relative, like the compiler's.
 */
import { spawnSync } from "node:child_process"
import { Data, Effect } from "effect"

export class GitFailed extends Data.TaggedError("GitFailed")<{ readonly message: string }> {}

const SPEC_FILE = /\.ya?ml$/
const MAX_OUTPUT = 64 * 1024 * 1024

const git = (args: ReadonlyArray<string>) =>
  Effect.suspend(() => {
    const result = spawnSync("git", args, { maxBuffer: MAX_OUTPUT })
    if (result.error !== undefined)
      return Effect.fail(new GitFailed({ message: `cannot run git: ${result.error.message}` }))
    if (result.status !== 0) {
      const stderr = result.stderr.toString("utf8").trim().split("\n")[0] ?? ""
      return Effect.fail(new GitFailed({ message: stderr === "" ? `git ${args[0]} failed` : stderr }))
    }
    return Effect.succeed(result.stdout)
  })

const text = (args: ReadonlyArray<string>) => Effect.map(git(args), (out) => out.toString("utf8").trim())

export interface BaseSpec {
  readonly path: string
  readonly text: string
}

/**
 * The spec files under `paths` (project-relative files or directories) at `ref`, with their text. The
 * project is the working directory, which may be a subdirectory of the repository.
 */
export const specsAt = (
  ref: string,
  paths: ReadonlyArray<string>,
): Effect.Effect<ReadonlyArray<BaseSpec>, GitFailed> =>
  Effect.gen(function* () {
    if (ref.startsWith("-") || ref.trim() === "")
      return yield* new GitFailed({ message: `not a git ref: ${JSON.stringify(ref)}` })
    const commit = yield* text([
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${ref}^{commit}`,
    ]).pipe(
      Effect.mapError(
        () =>
          new GitFailed({
            message: `unknown git ref ${JSON.stringify(ref)} (in CI, fetch it first: actions/checkout with fetch-depth: 0)`,
          }),
      ),
    )
    const prefix = yield* text(["rev-parse", "--show-prefix"])
    const pathspecs = paths.map((path) => (path === "." || path === "" ? prefix || "." : `${prefix}${path}`))
    const listed = yield* git([
      "ls-tree",
      "-r",
      "-z",
      "--name-only",
      "--full-tree",
      commit,
      "--",
      ...pathspecs,
    ])
    const files = listed
      .toString("utf8")
      .split("\0")
      .filter((file) => file.startsWith(prefix) && SPEC_FILE.test(file))
      .sort()
    return yield* Effect.forEach(files, (file) =>
      Effect.map(git(["cat-file", "blob", `${commit}:${file}`]), (bytes) => ({
        path: file.slice(prefix.length),
        text: bytes.toString("utf8"),
      })),
    )
  })
