/**
 * A PostgreSQL connection dropped under the runtime: `pg_terminate_backend` on the runtime's backend
 * (found by its `application_name`, `airspec <pipeline>.<task>`, in the suite's own database; safe on the
 * shared server), once k batches went through (k random).
 *
 *   target   the target's connection, mid-COPY (`COPY … FROM STDIN` active), or in any state
 *   source   a PostgreSQL source's connection, mid `COPY (SELECT …) TO STDOUT`, or in any state
 *
 * The runtime must fail retryably (exit 75, which Airflow retries) and the retry load the exact data; or,
 * when the connection went after its work was done (a commit, a source that had sent every row), finish
 * with the exact data.
 */
import pg from "pg"
import { batchLine, describeRun, finish, type Outcome, prepareLoad, type Suite, type Trial } from "./trial"

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

export const pgDropTrial = async (
  suite: Suite,
  trial: Trial,
  side: "target" | "source",
): Promise<Outcome> => {
  const rng = trial.rng
  const midCopy = rng.chance(0.7)
  // A source sends its rows ahead into the sockets' buffers (megabytes), so its COPY ends on the server
  // well before the load does: catch it mid-COPY within the first batch, with three times the rows.
  const early = side === "source" && midCopy
  const load = await prepareLoad(suite, trial, {
    ...(side === "source" ? { sourceKind: "postgres" } : {}),
    ...(early ? { rowsFactor: 3 } : {}),
  })
  const database = side === "target" ? suite.dwhName : suite.srcName
  const k = early ? rng.int(0, 1) : rng.int(0, Math.max(0, load.batches - 2))
  const notes = [load.summary, `drop the ${side} connection after batch ${k}${midCopy ? " mid-COPY" : ""}`]
  const watcher = new pg.Client({ connectionString: side === "target" ? suite.dwh : suite.src })
  await watcher.connect()
  try {
    let seen = 0
    let running = true
    let dropped = null as string | null
    const watch = async () => {
      while (running && dropped === null) {
        if (seen >= k) {
          const result = await watcher.query<{ state: string; query: string }>(
            `SELECT pg_terminate_backend(pid), state, left(query, 40) AS query FROM pg_stat_activity
             WHERE datname = $1 AND application_name LIKE 'airspec %' AND pid <> pg_backend_pid()
               ${midCopy ? `AND state = 'active' AND query LIKE 'COPY %'` : ""}`,
            [database],
          )
          const first = result.rows[0]
          if (first !== undefined) dropped = `${first.state}: ${first.query}`
        }
        await sleep(3)
      }
    }
    const watching = watch()
    const result = await load.run(1, {
      onLine: (line) => {
        if (batchLine(line) !== null) seen++
      },
    })
    running = false
    await watching
    notes.push(
      `try 1: ${dropped === null ? "nothing dropped" : `dropped (${dropped})`} → ${describeRun(result)}`,
    )
    const hit = dropped !== null
    if (result.code !== 0 && (result.code !== 75 || !hit))
      return { passed: false, hit, detail: [...notes, "not a retryable failure", result.log].join("\n") }
    // exit 0: the connection went after the rows were safe (committed, or all read from the source)
    const rest = await finish(load, result.code === 0 ? null : 2, notes)
    if (rest.passed) load.cleanup()
    return { ...rest, hit }
  } catch (error) {
    return { passed: false, hit: false, detail: `${load.dir}: ${String(error)}` }
  } finally {
    await watcher.end()
  }
}
