# Airflow 3 with the airspec operator and UI plugin (the airflow/ package) and the task runtime (node and
# bin/airspec-runtime.mjs), so that every airspec task can start the runtime where the task runs.
FROM node:20.20.2-bookworm-slim AS runtime
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY compiler compiler
COPY runtime runtime
COPY service service
COPY dag-templates dag-templates
RUN node scripts/build.mjs

FROM apache/airflow:3.3.2-python3.11
USER root
# Node 20 from the node image (both are Debian bookworm); the runtime bundle needs no node_modules
COPY --from=runtime /usr/local/bin/node /usr/local/bin/node
COPY --from=runtime /app/bin /opt/airspec/bin
COPY airflow/pyproject.toml /opt/airspec/airflow/pyproject.toml
COPY airflow/airspec_airflow /opt/airspec/airflow/airspec_airflow
# Named volumes mounted on these start with the image's owner: airflow, not root.
RUN node --version \
    && mkdir -p /opt/airflow/auth /opt/airflow/logs \
    && chown -R airflow:0 /opt/airspec /opt/airflow/auth /opt/airflow/logs
USER airflow
# --no-deps: the package needs only Airflow, which must stay the image's own version
RUN pip install --no-cache-dir --no-deps /opt/airspec/airflow
ENV AIRSPEC_NODE=/usr/local/bin/node \
    AIRSPEC_RUNTIME=/opt/airspec/bin/airspec-runtime.mjs
