"""One dlt load for bench/peers, run with the peers' venv (.cache/peers-venv).

    dlt_load.py SETUP csv FILE DESTINATION DESTINATION_URL DATASET PIPELINES_DIR
    dlt_load.py SETUP postgres SOURCE_URL DESTINATION DESTINATION_URL DATASET PIPELINES_DIR

SETUP `default` uses dlt's documented building blocks with their default settings: the filesystem source
with its `read_csv` reader (pandas, 10,000-row chunks) for a CSV file, `sql_table` (SQLAlchemy backend,
50,000-row chunks, full reflection) for a Postgres table, and the destination's preferred loader file
format (`insert_values` for Postgres). The only deviation: column hints for the CSV, so that dlt creates
the same column types as the other tools' target tables instead of what pandas infers (float for the
numeric, text for the timestamp).

SETUP `arrow` is dlt's documented fast path: Arrow record batches end to end (a resource yielding
pyarrow's streaming CSV reader's batches with the column types given; `sql_table` with the `pyarrow`
backend) and, for Postgres, the `csv` loader file format, which dlt loads with COPY.

Exits non-zero with dlt's own error when a step fails.
"""

import os
import sys

os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")

import dlt  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.csv as pa_csv  # noqa: E402
from dlt.sources.filesystem import filesystem, read_csv  # noqa: E402
from dlt.sources.sql_database import sql_table  # noqa: E402

HINTS = {
    "id": {"data_type": "bigint"},
    "qty": {"data_type": "bigint", "precision": 32},
    "amount": {"data_type": "decimal", "precision": 12, "scale": 2},
    "name": {"data_type": "text"},
    "created_at": {"data_type": "timestamp", "timezone": True},
    "note": {"data_type": "text"},
}
ARROW_TYPES = {
    "id": pa.int64(),
    "qty": pa.int32(),
    "amount": pa.decimal128(12, 2),
    "name": pa.string(),
    "created_at": pa.timestamp("us", tz="UTC"),
    "note": pa.string(),
}


def csv_resource(setup: str, path: str):
    if setup == "arrow":

        @dlt.resource(name="orders")
        def orders():
            options = pa_csv.ConvertOptions(column_types=ARROW_TYPES)
            yield from pa_csv.open_csv(path, convert_options=options)

        return orders()
    folder, name = os.path.split(os.path.abspath(path))
    resource = (filesystem(bucket_url=f"file://{folder}", file_glob=name) | read_csv()).with_name("orders")
    resource.apply_hints(columns=HINTS)
    return resource


def main(setup: str, kind: str, source: str, destination: str, url: str, dataset: str, pipelines: str) -> None:
    if kind == "csv":
        resource = csv_resource(setup, source)
    else:
        # SQLAlchemy 2 maps postgresql:// to psycopg 3; dlt[postgres] brings psycopg2
        credentials = source.replace("postgresql://", "postgresql+psycopg2://", 1)
        backend = "pyarrow" if setup == "arrow" else "sqlalchemy"
        resource = sql_table(credentials=credentials, schema="public", table="orders", backend=backend)
    if destination == "postgres":
        target = dlt.destinations.postgres(credentials=url)
    else:
        target = dlt.destinations.clickhouse(credentials=url)
    pipeline = dlt.pipeline(
        pipeline_name=f"peers_{setup}_{kind}_{destination}",
        destination=target,
        dataset_name=dataset,
        pipelines_dir=pipelines,
    )
    file_format = "csv" if setup == "arrow" and destination == "postgres" else None
    info = pipeline.run(resource, loader_file_format=file_format)
    info.raise_on_failed_jobs()


if __name__ == "__main__":
    if len(sys.argv) != 8 or sys.argv[1] not in ("default", "arrow") or sys.argv[2] not in ("csv", "postgres"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
