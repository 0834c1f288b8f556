// Bundles the CLI into one file so that `npx airspec` starts fast and needs no TypeScript at run time.
import { build } from "esbuild"

await build({
  entryPoints: ["compiler/cli/main.ts"],
  outfile: "bin/airspec.mjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __airspecRequire } from "node:module";\nconst require = __airspecRequire(import.meta.url);',
  },
})
