/** Describes a table through a connection URI, whichever database it reaches. */
import { Effect, type Redacted } from "effect"
import { describeClickHouseTable } from "./clickhouse"
import { describePostgresTable } from "./postgres"
import { databaseOf, IntrospectError, type TableRef, type TableSample } from "./table"

export const describeTable = (
  uri: Redacted.Redacted<string>,
  ref: TableRef,
  sampleRows: number,
): Effect.Effect<TableSample, IntrospectError> => {
  switch (databaseOf(uri)) {
    case "postgres":
      return describePostgresTable(uri, ref, sampleRows)
    case "clickhouse":
      return describeClickHouseTable(uri, ref, sampleRows)
    case null:
      return Effect.fail(
        new IntrospectError({
          reason: "usage",
          message: `connection ${ref.connection}: its URI must be postgres(ql)://… or ClickHouse's http(s)://…`,
        }),
      )
  }
}
