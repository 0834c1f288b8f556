/** A source with the task's `mask` applied: masked column types, masked rows and masked bad rows. */
import { Effect } from "effect"
import type { MaskPlan, SourcePlan } from "../../compiler/plan/plan"
import { TaskFailed } from "../errors"
import { type ColumnMask, columnMasks, maskBadRow, maskChunk, maskedColumn } from "../mask"
import type { BadRow, RowChunk } from "../rows"
import type { OpenedSource } from "./open-source"

export const maskSource = (
  opened: OpenedSource,
  mask: MaskPlan,
  source: SourcePlan,
): Effect.Effect<OpenedSource, TaskFailed> => {
  const { masks, missing } = columnMasks(opened.columns, mask)
  if (missing.length > 0) {
    return new TaskFailed({
      reason: "config",
      retryable: false,
      message: `mask names ${missing.map((name) => JSON.stringify(name)).join(", ")}, which the source does not have (a file or API source has the fields of its first 1000 records and the columns the targets declare)`,
    })
  }
  const recordSource = source.kind === "http" || (source.kind === "file" && source.format !== "csv")
  return Effect.succeed({
    columns: opened.columns.map((column) => {
      const method = Object.hasOwn(mask, column.name) ? mask[column.name] : undefined
      return method === undefined ? column : maskedColumn(column, method)
    }),
    chunks: maskedChunks(opened.chunks, masks, (row) => maskBadRow(row, mask, recordSource)),
  })
}

async function* maskedChunks(
  chunks: AsyncIterable<RowChunk>,
  masks: ReadonlyArray<ColumnMask>,
  maskBad: (row: BadRow) => BadRow,
): AsyncGenerator<RowChunk> {
  for await (const chunk of chunks) {
    const masked = maskChunk(chunk, masks)
    yield chunk.bad.length === 0 ? masked : { ...masked, bad: chunk.bad.map(maskBad) }
  }
}
