/**
 * The migrations of the jobs store, in order. Imported, not globbed from disk: the CLI is one bundle.
 * A migration never changes once released; a change is a new numbered file.
 */
import * as Migrator from "@effect/sql/Migrator"
import createJobs from "./0001_create_jobs"

export const SCHEMA = "airspec_service"
export const MIGRATIONS_TABLE = `${SCHEMA}.schema_migrations`

export const migrations = Migrator.fromRecord({ "0001_create_jobs": createJobs })
