/**
 * Specs drafted without a model from real public samples (vega-datasets): each compiles cleanly, matches
 * its golden file byte for byte and comes out the same on every run.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import {
  type DraftRequest,
  identifierOf,
  skeletonSpec,
  type TargetKind,
} from "../../../compiler/draft/skeleton"
import { profileTable } from "../../../compiler/profile/profile"
import { readSample } from "../../../compiler/profile/sample"
import { compileText } from "../../support"

const DATA = "node_modules/vega-datasets/data"
const GOLDEN = "test/golden/drafts"

const request = async (
  pipeline: string,
  target: TargetKind,
  files: ReadonlyArray<string>,
): Promise<DraftRequest> => ({
  pipeline,
  owner: "data",
  target,
  schema: target === "postgres" ? "raw" : "analytics",
  startDate: "2025-01-01",
  request: null,
  samples: await Promise.all(
    files.map(async (file) => {
      const sample = await Effect.runPromise(readSample(join(DATA, file)))
      return { source: { kind: "file" as const, info: sample.info }, profile: profileTable(sample.table) }
    }),
  ),
})

const drafts: ReadonlyArray<[string, TargetKind, ReadonlyArray<string>]> = [
  ["seattle_weather", "postgres", ["seattle-weather.csv"]],
  ["films", "clickhouse", ["movies.json", "zipcodes.csv"]],
  ["flights", "clickhouse", ["flights-2k.json"]],
]

describe("drafts without a model", () => {
  for (const [pipeline, target, files] of drafts) {
    it(`drafts ${pipeline} (${target}) that compiles and matches its golden file`, async () => {
      const text = skeletonSpec(await request(pipeline, target, files))
      expect(compileText(text, {}, `specs/${pipeline}.yaml`).diagnostics).toEqual([])
      const golden = join(GOLDEN, `${pipeline}.yaml`)
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden)) writeFileSync(golden, text)
      expect(text).toBe(readFileSync(golden, "utf8"))
      expect(skeletonSpec(await request(pipeline, target, files))).toBe(text)
    })
  }

  it("keys leading-zero codes as text, declares every type, and picks the write mode from key and cursor", async () => {
    const text = skeletonSpec(await request("zips", "postgres", ["zipcodes.csv"]))
    expect(text).toMatch(/write: merge\n\s+primary_key:\n\s+- zip_code\n\s+columns:\n\s+zip_code: text/)
    const weather = skeletonSpec(await request("w", "clickhouse", ["seattle-weather.csv"]))
    // a date key and cursor: merge ordered by the key, the cursor as the version, monthly partitions
    expect(weather).toMatch(/partition_by: toYYYYMM\(date\)\n\s+version: date/)
  })

  it("names tasks and tables after their files", () => {
    expect(identifierOf("seattle-weather.csv")).toBe("seattle_weather")
    expect(identifierOf("USEmployment.json")).toBe("usemployment")
    expect(identifierOf("flightsPerDay.json")).toBe("flights_per_day")
    expect(identifierOf("2019-sales.csv")).toBe("t_2019_sales")
  })
})
