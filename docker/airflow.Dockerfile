# Airflow 3 with the airspec operator and UI plugin (the airflow/ package) and the task runtime (node and
# bin/airspec-runtime.mjs), so that every airspec task can start the runtime on any Airflow worker.
FROM node:20.19-bookworm-slim AS runtime
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

FROM apache/airflow:3.3.2-python3.11
USER root
COPY --from=runtime /usr/local/bin/node /usr/local/bin/node
COPY --from=runtime /app/bin /opt/airspec/bin
COPY --from=runtime /app/node_modules /opt/airspec/node_modules
COPY airflow/pyproject.toml /opt/airspec/airflow/pyproject.toml
COPY airflow/airspec_airflow /opt/airspec/airflow/airspec_airflow
RUN chown -R airflow: /opt/airspec
USER airflow
RUN pip install --no-cache-dir --no-deps /opt/airspec/airflow
ENV AIRSPEC_NODE=/usr/local/bin/node \
    AIRSPEC_RUNTIME=/opt/airspec/bin/airspec-runtime.mjs
