# The airspec CLI as the service (`serve`) and the worker (`worker`) run it.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# the build below is the only script needed (`prepare` would run it before the sources are here)
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY compiler compiler
COPY runtime runtime
COPY service service
COPY dag-templates dag-templates
RUN node scripts/build.mjs

# The bundles carry their dependencies: no node_modules in the image.
FROM node:20.20.2-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/bin bin
# the compiler finds the DAG template by walking up from bin/
COPY --from=build /app/dag-templates dag-templates
COPY docker/healthcheck.mjs docker/healthcheck.mjs
# the model's reply cache; a named volume mounted here starts with this owner
RUN mkdir -p /var/cache/airspec && chown node:node /var/cache/airspec
USER node
ENTRYPOINT ["node", "bin/airspec.mjs"]
