"""End to end in real Airflow 3.3: `airflow dags test` of the shop_orders example.

The compiled example DAG runs against a real PostgreSQL (shop and warehouse databases) and a real Kafka
broker, both started by the project's scripts. File and Postgres sources load into Postgres targets; the
test checks the exact rows, that a second run of the same interval changes nothing, that a run triggered
with full_refresh=true reloads, and that metric events reached Kafka.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT

BERLIN = ZoneInfo("Europe/Berlin")
SECRET = "e2e-s3cret-pw"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses the project's Linux service scripts")


def service(script: str) -> str:
    out = subprocess.run(["bash", str(ROOT / "scripts" / "services" / script), "start"], check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def psql(url: str, sql: str) -> list[list[str]]:
    out = subprocess.run(
        ["psql", url, "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True
    )
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def database(admin_url: str, name: str) -> str:
    psql(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(admin_url, f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def cron_interval(logical: datetime) -> tuple[datetime, datetime]:
    """The data interval Airflow gives a manual run of a `0 2 * * *` Europe/Berlin DAG at `logical`."""
    local = logical.astimezone(BERLIN)
    end = local.replace(hour=2, minute=0, second=0, microsecond=0)
    if end > local:
        end -= timedelta(days=1)
    return end - timedelta(days=1), end


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory):
    pg = service("postgres.sh")
    kafka = service("kafka.sh")
    shop = database(pg, "e2e_shop")
    dwh = database(pg, "e2e_dwh")
    home = tmp_path_factory.mktemp("airflow-home")
    dags = home / "dags"
    dags.mkdir()
    for name in ("shop_orders.py", "shop_orders.plan.json"):
        shutil.copy(ROOT / "airflow" / "dags" / name, dags / name)
    rates = home / "rates"
    rates.mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        # the server trusts loopback, so a password can ride along to prove it never leaks
        "AIRFLOW_CONN_SHOP_PG": shop.replace("postgres@", f"postgres:{SECRET}@"),
        "AIRFLOW_CONN_DWH_PG": dwh.replace("postgres@", f"postgres:{SECRET}@"),
        "AIRFLOW_CONN_KAFKA_DEFAULT": f"kafka://{kafka}",
        "AIRFLOW_CONN_FX_RATES_DIR": json.dumps({"conn_type": "fs", "extra": {"path": str(rates)}}),
    }
    airflow = str(Path(sys.executable).with_name("airflow"))
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, text=True)
    return {"env": env, "airflow": airflow, "shop": shop, "dwh": dwh, "rates": rates, "kafka": kafka}


def dags_test(stack, logical: datetime, conf: dict | None = None) -> subprocess.CompletedProcess[str]:
    argv = [stack["airflow"], "dags", "test", "shop_orders", logical.isoformat()]
    if conf is not None:
        argv += ["--conf", json.dumps(conf)]
    result = subprocess.run(argv, env=stack["env"], capture_output=True, text=True, timeout=600)
    assert SECRET not in result.stdout + result.stderr
    return result


def xcom_summaries(stack) -> list[dict]:
    import sqlite3

    with sqlite3.connect(Path(stack["env"]["AIRFLOW_HOME"]) / "airflow.db") as db:
        rows = db.execute("SELECT value FROM xcom WHERE key = 'return_value'").fetchall()
    return [json.loads(value) for (value,) in rows]


def seed(stack, start: datetime, end: datetime) -> None:
    inside = [end - timedelta(hours=h) for h in (1, 2, 3)]
    before = start - timedelta(hours=1)
    psql(
        stack["shop"],
        f"""
        CREATE TABLE customers (id bigint PRIMARY KEY, name text, email text, updated_at timestamptz NOT NULL);
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total_amount numeric(12,2),
          currency char(3), created_at timestamptz, updated_at timestamptz NOT NULL);
        INSERT INTO customers VALUES
          (1, 'Ada', 'ada@example.com', '{inside[0].isoformat()}'),
          (2, 'Grace', NULL, '{inside[1].isoformat()}'),
          (3, 'Old', 'old@example.com', '{before.isoformat()}');
        INSERT INTO orders VALUES
          (10, 1, 'paid', 1234567890.12, 'EUR', '{before.isoformat()}', '{inside[0].isoformat()}'),
          (11, 2, 'new', 0.01, 'USD', '{inside[2].isoformat()}', '{inside[2].isoformat()}'),
          (12, 1, 'old', 5, 'EUR', '{before.isoformat()}', '{before.isoformat()}');
        """,
    )
    published = (end - timedelta(hours=4)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    stale = (start - timedelta(days=1)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    (stack["rates"] / "fx_rates.csv").write_text(
        "currency,rate,published_at\n"
        f"USD,1.08123456,{published}\n"
        f"GBP,0.85000001,{published}\n"
        f"JPY,161.5,{stale}\n",
        encoding="utf-8",
    )


def warehouse(stack) -> dict[str, list[list[str]]]:
    return {
        "customers": psql(stack["dwh"], "SELECT id, name, coalesce(email, '<null>') FROM raw.customers ORDER BY id"),
        "orders": psql(stack["dwh"], "SELECT id, status, total_amount, currency FROM raw.orders ORDER BY id"),
        "fx_rates": psql(stack["dwh"], "SELECT currency, rate FROM raw.fx_rates ORDER BY currency"),
    }


def test_shop_orders_end_to_end(stack):
    logical = datetime.now(timezone.utc) - timedelta(hours=12)
    start, end = cron_interval(logical)
    seed(stack, start, end)

    first = dags_test(stack, logical)
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-4000:]
    expected = {
        "customers": [["1", "Ada", "ada@example.com"], ["2", "Grace", "<null>"]],
        "orders": [["10", "paid", "1234567890.12", "EUR"], ["11", "new", "0.01", "USD"]],
        "fx_rates": [["GBP", "0.85000001"], ["USD", "1.08123456"]],
    }
    assert warehouse(stack) == expected
    ledger = psql(stack["dwh"], "SELECT DISTINCT interval_start, interval_end FROM airspec.load_ledger")
    assert len(ledger) == 1
    assert [datetime.fromisoformat(value.replace(" ", "T") + ":00") for value in ledger[0]] == [start, end]

    # the same interval again: identical contents (append would skip, merge and window rewrite the same rows)
    second = dags_test(stack, logical)
    assert second.returncode == 0, second.stdout[-4000:] + second.stderr[-4000:]
    assert warehouse(stack) == expected

    # full_refresh from the trigger form reloads every source row, whatever the interval
    psql(stack["dwh"], "INSERT INTO raw.orders (id, status, updated_at) VALUES (999, 'stray', now())")
    refreshed = dags_test(stack, logical, conf={"full_refresh": True})
    assert refreshed.returncode == 0, refreshed.stdout[-4000:] + refreshed.stderr[-4000:]
    assert [row[0] for row in warehouse(stack)["orders"]] == ["10", "11", "12"]
    assert [row[0] for row in warehouse(stack)["customers"]] == ["1", "2", "3"]
    assert psql(stack["dwh"], "SELECT count(*) FROM airspec.load_ledger WHERE full_refresh") == [["3"]]

    # every task pushed its run summary to XCom, and no summary carries a credential
    summaries = xcom_summaries(stack)
    assert {summary["task"] for summary in summaries} == {"customers", "orders", "fx_rates", "orders_checks"}
    orders = [summary for summary in summaries if summary["task"] == "orders" and summary["full_refresh"]]
    assert orders and orders[-1]["rows_written"] == 3
    assert SECRET not in json.dumps(summaries)


def test_metric_events_reached_kafka(stack):
    script = """
const { Kafka, logLevel } = require("kafkajs")
const kafka = new Kafka({ brokers: [process.argv[1]], logLevel: logLevel.NOTHING })
const consumer = kafka.consumer({ groupId: "e2e-" + Date.now() })
const events = []
const stop = async () => { await consumer.disconnect(); console.log(JSON.stringify(events)); process.exit(0) }
;(async () => {
  await consumer.connect()
  await consumer.subscribe({ topic: "airspec.metrics", fromBeginning: true })
  let timer = setTimeout(stop, 8000)
  await consumer.run({ eachMessage: async ({ message }) => {
    events.push(JSON.parse(String(message.value)))
    clearTimeout(timer); timer = setTimeout(stop, 2000)
  } })
})()
"""
    out = subprocess.run(["node", "-e", script, stack["kafka"]], cwd=ROOT, check=True, capture_output=True, text=True, timeout=60)
    events = [event for event in json.loads(out.stdout) if event["pipeline"] == "shop_orders"]
    finished = {event["task"] for event in events if event["event"] == "task_finished"}
    assert finished >= {"customers", "orders", "fx_rates", "orders_checks"}
    assert all(event["schema_version"] == 1 for event in events)
