"""End to end in real Airflow 3.3: `airflow dags test` of the supplier_feeds example into ClickHouse.

The compiled example DAG runs against the project's ClickHouse (18.16, started by its service script): a CSV
of prices and an XML of stock levels from a local directory (a `file` connection) load into window targets,
the product catalogue (JSON) comes from a small HTTP server in this test behind an `http` connection with a
bearer token and replaces its table. The test checks the exact rows (decimals as text, times in UTC), that
rows outside the run's data interval stay out, that bad prices land in the quarantine while the task
succeeds, that a second run of the same logical date changes nothing, and that the token never shows.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import urllib.request
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT

TOKEN = "e2e-supplier-t0ken-7f3a9c"
PIPELINE = "supplier_feeds"
TABLES = ("analytics.supplier_prices", "analytics.supplier_catalogue", "analytics.supplier_stock")
# A fixed past logical date: the hourly data interval of a manual run is the whole hour before it.
LOGICAL = datetime(2025, 6, 15, 12, 20, tzinfo=timezone.utc)
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses the project's Linux service scripts")


def service(script: str) -> str:
    out = subprocess.run(["bash", str(ROOT / "scripts" / "services" / script), "start"], check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def clickhouse(url: str, sql: str) -> str:
    request = urllib.request.Request(url + "/", data=sql.encode(), method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


def rows(url: str, sql: str) -> list[dict]:
    """Rows as JSONEachRow, every number kept as its text (18.16 prints Decimals unquoted, all scale digits)."""
    text = clickhouse(url, f"{sql} FORMAT JSONEachRow")
    return [json.loads(line, parse_float=str, parse_int=str) for line in text.splitlines() if line]


def hourly_interval(logical: datetime) -> tuple[datetime, datetime]:
    """The data interval Airflow gives a manual run of an `@hourly` UTC DAG at `logical`."""
    end = logical.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return end - timedelta(hours=1), end


# As the supplier sends it: the big list price has more digits than a float keeps.
CATALOGUE = """{"data": {"products": [
  {"sku": "B-200", "name": "Mutter \\"M4\\"", "list_price": 12345678901234.5678, "dims": null, "discontinued": true},
  {"sku": "A-100", "name": "Schraube M4 – verzinkt", "list_price": 0.1234, "dims": {"l": 12, "w": 3}, "discontinued": false}
]}, "generated_at": "2025-06-15T12:05:00Z"}
"""


class CatalogueApi(BaseHTTPRequestHandler):
    """GET /exports/catalogue.json with `Authorization: Bearer <TOKEN>`; anything else is refused."""

    requests: list[tuple[str, str | None]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        auth = self.headers.get("Authorization")
        CatalogueApi.requests.append((self.path, auth))
        if auth != f"Bearer {TOKEN}":
            self.send_error(401)
            return
        if self.path != "/exports/catalogue.json":
            self.send_error(404)
            return
        body = CATALOGUE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
        pass


@pytest.fixture(scope="module")
def api():
    server = ThreadingHTTPServer(("127.0.0.1", 0), CatalogueApi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory, api: ThreadingHTTPServer):
    ch = service("clickhouse.sh")
    # the example's tables and quarantine start empty; airspec's own ledger is keyed by run, so it may stay
    clickhouse(ch, "DROP DATABASE IF EXISTS analytics")
    home = tmp_path_factory.mktemp("airflow-home")
    dags = home / "dags"
    dags.mkdir()
    for name in ("supplier_feeds.py", "supplier_feeds.plan.json"):
        shutil.copy(ROOT / "airflow" / "dags" / name, dags / name)
    feeds = home / "feeds"
    (feeds / "prices").mkdir(parents=True)
    (feeds / "stock").mkdir()
    server = urlsplit(ch)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        "AIRFLOW_CONN_SUPPLIER_FEEDS_DIR": json.dumps({"conn_type": "fs", "extra": {"path": str(feeds)}}),
        "AIRFLOW_CONN_SUPPLIER_API": json.dumps(
            {"conn_type": "http", "host": "127.0.0.1", "port": api.server_address[1], "schema": "http", "password": TOKEN}
        ),
        # 18.16's `default` user has no password, so only the bearer token can prove that secrets stay hidden
        "AIRFLOW_CONN_CLICKHOUSE_DEFAULT": json.dumps(
            {"conn_type": "generic", "host": server.hostname, "port": server.port, "login": "default", "schema": "default"}
        ),
    }
    airflow = str(Path(sys.executable).with_name("airflow"))
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, text=True)
    return {"env": env, "airflow": airflow, "ch": ch, "feeds": feeds, "home": home}


def dags_test(stack, logical: datetime) -> subprocess.CompletedProcess[str]:
    argv = [stack["airflow"], "dags", "test", PIPELINE, logical.isoformat()]
    result = subprocess.run(argv, env=stack["env"], capture_output=True, text=True, timeout=120)
    assert TOKEN not in result.stdout + result.stderr
    return result


def airflow_db(stack, sql: str) -> list[tuple]:
    with sqlite3.connect(Path(stack["env"]["AIRFLOW_HOME"]) / "airflow.db") as db:
        return db.execute(sql).fetchall()


def xcom_summaries(stack) -> list[dict]:
    return [json.loads(value) for (value,) in airflow_db(stack, "SELECT value FROM xcom WHERE key = 'return_value'")]


def write_feeds(feeds: Path) -> None:
    """Rows inside [11:00, 12:00) UTC, rows just outside it (in other zones too) and two bad prices."""
    (feeds / "prices" / "prices.csv").write_text(
        "supplier_id;sku;valid_from;price;currency\n"
        "7;A-100;2025-06-15T11:00:00Z;12.5;EUR\n"  # the interval's first second
        "7;A-101;2025-06-15 13:59:59+02:00;0.0001;EUR\n"  # 11:59:59 UTC
        "7;A-102;2025-06-15T12:00:00Z;1;EUR\n"  # the interval's end: outside
        "8;B-200;2025-06-15T11:30:00;99999999999999.9999;USD\n"  # no offset: the column's zone, UTC
        "8;B-201;2025-06-15T13:30:00+02:00;2.50000;NULL\n"  # trailing zeros dropped; NULL currency
        "8;B-202;2025-06-15T11:45:00-01:00;5;EUR\n"  # 12:45 UTC: outside
        "9;C-300;2025-06-15T11:15:00Z;abc;EUR\n"  # bad: not a number
        "9;C-301;2025-06-15T11:20:00Z;1.23456;EUR\n"  # bad: more decimals than Decimal(18, 4) holds
        "9;C-302;2025-05-31T23:30:00Z;4;EUR\n",  # last month's partition: outside
        encoding="utf-8",
    )
    (feeds / "stock" / "stock.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<stock supplier="7">\n'
        "<item><warehouse>BER</warehouse><sku>A-100</sku><quantity>120</quantity><counted_at>2025-06-15T11:05:00Z</counted_at></item>\n"
        "<item><warehouse>MUC</warehouse><sku>A-100</sku><quantity>0</quantity><counted_at>2025-06-15T13:45:00+02:00</counted_at></item>\n"
        "<item><warehouse>BER</warehouse><sku>B-200</sku><quantity>7</quantity><counted_at>2025-06-15T12:10:00+01:00</counted_at></item>\n"
        "<item><warehouse>HAM</warehouse><sku>B-200</sku><quantity>3</quantity><counted_at>2025-06-15T11:30:00-01:00</counted_at></item>\n"
        "<item><warehouse>HAM</warehouse><sku>C-300</sku><quantity>40</quantity><counted_at>2025-06-15T10:59:59Z</counted_at></item>\n"
        "</stock>\n",
        encoding="utf-8",
    )


def tables(stack) -> dict[str, list[dict]]:
    ch = stack["ch"]
    return {
        "prices": rows(
            ch,
            "SELECT supplier_id, sku, toString(valid_from) AS valid_from, price, currency "
            "FROM analytics.supplier_prices ORDER BY supplier_id, sku, valid_from",
        ),
        "catalogue": rows(ch, "SELECT * FROM analytics.supplier_catalogue ORDER BY sku"),
        "stock": rows(ch, "SELECT * FROM analytics.supplier_stock ORDER BY warehouse, sku, counted_at"),
    }


EXPECTED = {
    "prices": [
        {"supplier_id": "7", "sku": "A-100", "valid_from": "2025-06-15 11:00:00", "price": "12.5000", "currency": "EUR"},
        {"supplier_id": "7", "sku": "A-101", "valid_from": "2025-06-15 11:59:59", "price": "0.0001", "currency": "EUR"},
        {"supplier_id": "8", "sku": "B-200", "valid_from": "2025-06-15 11:30:00", "price": "99999999999999.9999", "currency": "USD"},
        {"supplier_id": "8", "sku": "B-201", "valid_from": "2025-06-15 11:30:00", "price": "2.5000", "currency": None},
    ],
    "catalogue": [
        {"sku": "A-100", "name": "Schraube M4 – verzinkt", "list_price": "0.1234", "dims": '{"l":12,"w":3}', "discontinued": "false"},
        {"sku": "B-200", "name": 'Mutter "M4"', "list_price": "12345678901234.5678", "dims": None, "discontinued": "true"},
    ],
    # no type declared for stock: the values stay the supplier's text, the interval is read from it
    "stock": [
        {"warehouse": "BER", "sku": "A-100", "quantity": "120", "counted_at": "2025-06-15T11:05:00Z"},
        {"warehouse": "BER", "sku": "B-200", "quantity": "7", "counted_at": "2025-06-15T12:10:00+01:00"},
        {"warehouse": "MUC", "sku": "A-100", "quantity": "0", "counted_at": "2025-06-15T13:45:00+02:00"},
    ],
}


def quarantine(stack) -> list[dict]:
    return rows(
        stack["ch"],
        "SELECT task, target_table, dag_run_id, interval_start, interval_end, source_row, reason, raw "
        "FROM analytics.supplier_quarantine FINAL ORDER BY dag_run_id, source_row",
    )


def test_supplier_feeds_end_to_end(stack):
    start, end = hourly_interval(LOGICAL)
    assert (start, end) == (datetime(2025, 6, 15, 11, tzinfo=timezone.utc), datetime(2025, 6, 15, 12, tzinfo=timezone.utc))
    interval = ("2025-06-15T11:00:00.000Z", "2025-06-15T12:00:00.000Z")  # as the runtime records it
    write_feeds(stack["feeds"])
    CatalogueApi.requests.clear()

    first = dags_test(stack, LOGICAL)
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-4000:]
    assert tables(stack) == EXPECTED

    states = airflow_db(stack, "SELECT task_id, state FROM task_instance ORDER BY task_id")
    assert states == [("catalogue", "success"), ("prices", "success"), ("stock", "success")]

    # the catalogue was fetched with the bearer token, and only with it
    assert CatalogueApi.requests == [("/exports/catalogue.json", f"Bearer {TOKEN}")]

    # every task pushed its summary to XCom: the run's interval, rows written, filtered and quarantined
    summaries = {summary["task"]: summary for summary in xcom_summaries(stack)}
    assert set(summaries) == {"prices", "catalogue", "stock"}
    for summary in summaries.values():
        assert summary["status"] == "success"
        assert datetime.fromisoformat(summary["interval_start"].replace("Z", "+00:00")) == start
        assert datetime.fromisoformat(summary["interval_end"].replace("Z", "+00:00")) == end
    counts = {
        task: (s["rows_read"], s["rows_written"], s["targets"][0]["rows_filtered"], s["rows_quarantined"]) for task, s in summaries.items()
    }
    assert counts == {"prices": (9, 4, 3, 2), "catalogue": (2, 2, 0, 0), "stock": (5, 3, 2, 0)}
    output = first.stdout + first.stderr
    assert "INFO batch 1: 7 row(s) into analytics.supplier_prices" in output and "2 quarantined" in output
    assert '"task":"prices"' in output and '"rows_written":4' in output, "the prices task's summary is not in the log"

    # the bad prices are in the spec's quarantine table, with their reason, and the task still succeeded
    run_id = summaries["prices"]["dag_run_id"]
    bad = quarantine(stack)
    assert [(row["task"], row["target_table"], row["dag_run_id"], row["source_row"]) for row in bad] == [
        ("prices", "analytics.supplier_prices", run_id, "7"),
        ("prices", "analytics.supplier_prices", run_id, "8"),
    ]
    assert all((row["interval_start"], row["interval_end"]) == interval for row in bad)
    assert "price" in bad[0]["reason"] and "abc" in bad[0]["reason"]
    assert "price" in bad[1]["reason"] and "1.23456" in bad[1]["reason"]
    assert json.loads(bad[0]["raw"])["sku"] == "C-300"
    assert json.loads(bad[1]["raw"])["sku"] == "C-301"

    # the ledger recorded one finished load per table, for the run's interval
    ledger = rows(
        stack["ch"],
        "SELECT target_table, write_mode, interval_start, interval_end, rows_written, rows_quarantined FROM airspec.load_ledger "
        f"WHERE pipeline = '{PIPELINE}' AND dag_run_id = '{run_id}' AND state = 'done' ORDER BY target_table",
    )
    assert [tuple(row.values()) for row in ledger] == [
        ("analytics.supplier_catalogue", "replace", *interval, "2", "0"),
        ("analytics.supplier_prices", "window", *interval, "4", "2"),
        ("analytics.supplier_stock", "window", *interval, "3", "0"),
    ]

    # the same logical date again (Airflow 3.3 names the run after the time it ran): window and replace
    # rewrite the same rows; the quarantine records the new run's bad rows under its own run id
    second = dags_test(stack, LOGICAL)
    assert second.returncode == 0, second.stdout[-4000:] + second.stderr[-4000:]
    assert tables(stack) == EXPECTED
    (rerun_id,) = {summary["dag_run_id"] for summary in xcom_summaries(stack)} - {run_id}
    assert quarantine(stack) == bad + [{**row, "dag_run_id": rerun_id} for row in bad]
    assert len(CatalogueApi.requests) == 2

    # window rewrites only the run's interval: a stale row inside it goes, a row of the hour before stays;
    # replace rewrites the whole catalogue
    ch = stack["ch"]
    clickhouse(
        ch,
        "INSERT INTO analytics.supplier_prices VALUES "
        "('7', 'A-100', '2025-06-15 10:30:00', 11.9900, 'EUR'), ('7', 'A-999', '2025-06-15 11:40:00', 1.0000, 'EUR')",
    )
    clickhouse(
        ch,
        "INSERT INTO analytics.supplier_stock VALUES "
        "('HAM', 'A-100', '5', '2025-06-15T10:00:00Z'), ('HAM', 'A-999', '1', '2025-06-15T11:10:00Z')",
    )
    clickhouse(ch, "INSERT INTO analytics.supplier_catalogue VALUES ('Z-999', 'gone', NULL, NULL, NULL)")
    third = dags_test(stack, LOGICAL)
    assert third.returncode == 0, third.stdout[-4000:] + third.stderr[-4000:]
    assert tables(stack) == {
        "prices": [
            {"supplier_id": "7", "sku": "A-100", "valid_from": "2025-06-15 10:30:00", "price": "11.9900", "currency": "EUR"},
            *EXPECTED["prices"],
        ],
        "catalogue": EXPECTED["catalogue"],
        "stock": [
            *EXPECTED["stock"][:2],
            {"warehouse": "HAM", "sku": "A-100", "quantity": "5", "counted_at": "2025-06-15T10:00:00Z"},
            *EXPECTED["stock"][2:],
        ],
    }

    # the token is nowhere: not in the output (checked by dags_test, `dags test` prints the task logs), in any
    # file Airflow wrote (its database with XCom, logs), nor in ClickHouse
    written = [path for path in stack["home"].rglob("*") if path.is_file() and stack["feeds"] not in path.parents]
    assert any(path.name == "airflow.db" for path in written)
    for path in written:
        assert TOKEN.encode() not in path.read_bytes(), path
    assert TOKEN not in json.dumps(xcom_summaries(stack))
    for table in (*TABLES, "analytics.supplier_quarantine"):
        assert TOKEN not in clickhouse(ch, f"SELECT * FROM {table} FORMAT TabSeparated")
