# The airspec CLI as the service (`serve`) and the worker (`worker`) run it.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY compiler compiler
COPY runtime runtime
COPY service service
COPY dag-templates dag-templates
RUN node scripts/build.mjs && npm prune --omit=dev

FROM node:20.19-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/bin bin
COPY --from=build /app/dag-templates dag-templates
USER node
ENTRYPOINT ["node", "bin/airspec.mjs"]
