/**
 * Describes a table through a connection URI, whichever database it reaches. The database clients load
 * on first use: commands that never describe a table start without them.
 */
import { Effect, type Redacted } from "effect"
import { databaseOf, IntrospectError, type TableRef, type TableSample } from "./table"

export const describeTable = (
  uri: Redacted.Redacted<string>,
  ref: TableRef,
  sampleRows: number,
): Effect.Effect<TableSample, IntrospectError> => {
  switch (databaseOf(uri)) {
    case "postgres":
      return Effect.flatMap(
        Effect.promise(() => import("./postgres")),
        ({ describePostgresTable }) => describePostgresTable(uri, ref, sampleRows),
      )
    case "clickhouse":
      return Effect.flatMap(
        Effect.promise(() => import("./clickhouse")),
        ({ describeClickHouseTable }) => describeClickHouseTable(uri, ref, sampleRows),
      )
    case null:
      return Effect.fail(
        new IntrospectError({
          reason: "usage",
          message: `connection ${ref.connection}: its URI must be postgres(ql)://… or ClickHouse's http(s)://…`,
        }),
      )
  }
}
