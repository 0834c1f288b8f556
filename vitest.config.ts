import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    globalSetup: ["test/build-cli.ts", "test/services.ts"],
  },
})
