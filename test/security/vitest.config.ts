/**
 * The security suite (`npm run security`): its own vitest project, not part of `npx vitest run`, because it
 * needs the Airflow virtualenv and runs real loads. Files run one at a time (the argv sampler should see
 * only what its own check starts, and the machine is small); the checklist reporter prints the results.
 */
import { resolve } from "node:path"
import { defineConfig } from "vitest/config"

const root = resolve(import.meta.dirname, "../..")

export default defineConfig({
  test: {
    root,
    include: ["test/security/**/*.security.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    globalSetup: [resolve(root, "test/build-cli.ts"), resolve(root, "test/services.ts")],
    reporters: ["default", resolve(root, "test/security/checklist-reporter.ts")],
  },
})
