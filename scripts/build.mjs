// Bundles the CLI and the task runtime: they start fast and need no TypeScript at run time.
import { chmodSync } from "node:fs"
import { build } from "esbuild"

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __airspecRequire } from "node:module";\nconst require = __airspecRequire(import.meta.url);',
  },
}

await Promise.all([
  // The Kafka and ClickHouse clients of `airspec metrics sink` are chunks too: `compile` never loads them.
  build({
    ...common,
    entryPoints: { airspec: "compiler/cli/main.ts" },
    outdir: "bin",
    splitting: true,
    chunkNames: "cli-chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
  }),
  // compile worker threads load only the compiler, not the command line
  build({ ...common, entryPoints: ["compiler/cli/compile-worker.ts"], outfile: "bin/compile-worker.mjs" }),
  // What the Airflow operator starts for every task: the runtime alone, so that it starts fast. Clients
  // only some tasks need (HTTP, Kafka, ClickHouse) are split into chunks loaded on first use.
  build({
    ...common,
    entryPoints: { "airspec-runtime": "runtime/main.ts" },
    outdir: "bin",
    splitting: true,
    chunkNames: "runtime-chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
  }),
])
// npx runs the bin file itself, so it must be executable
chmodSync("bin/airspec.mjs", 0o755)
