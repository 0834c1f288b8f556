/**
 * The jobs table. Its invariants are checks, so that no code path can leave a job half-finished: a
 * completed job has a result, a failed one a reason, a processing one a lease, and nothing else has any.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`
    CREATE TABLE airspec_service.airspec_jobs (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('draft')),
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
      input jsonb NOT NULL,
      result jsonb,
      error text,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      lease_until timestamptz,
      worker text,
      dispatched_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'completed') = (result IS NOT NULL)),
      CHECK ((status = 'failed') = (error IS NOT NULL)),
      CHECK ((status = 'processing') = (lease_until IS NOT NULL))
    )`
  // what the sweep looks for: unfinished jobs, oldest dispatch first
  yield* sql`
    CREATE INDEX airspec_jobs_unfinished ON airspec_service.airspec_jobs (dispatched_at)
      WHERE status IN ('pending', 'processing')`
})
