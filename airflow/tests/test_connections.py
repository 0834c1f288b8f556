"""Airflow connections → the runtime's URIs, with credentials percent-encoded so that any password works."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

import pytest
from airflow.sdk import Connection

from airspec_airflow.connections import ConnectionKindError, connection_uri, environment_variable

HARD_PASSWORD = "p@ss:w/rd?#%&= \"'"


def test_postgres_uri_round_trips_any_password():
    conn = Connection(conn_id="dwh", conn_type="postgres", host="db.internal", port=6543, login="etl", password=HARD_PASSWORD, schema="warehouse")
    uri = connection_uri("postgres", conn)
    parts = urlsplit(uri)
    assert (parts.scheme, parts.hostname, parts.port, parts.path) == ("postgresql", "db.internal", 6543, "/warehouse")
    assert unquote(parts.username or "") == "etl"
    assert unquote(parts.password or "") == HARD_PASSWORD


def test_postgres_defaults_and_sslmode():
    conn = Connection(conn_id="x", conn_type="postgres", host="h", extra=json.dumps({"sslmode": "require"}))
    assert connection_uri("postgres", conn) == "postgresql://h:5432/?sslmode=require"


def test_kafka_from_host_or_bootstrap_servers():
    assert connection_uri("kafka", Connection(conn_id="k", conn_type="kafka", host="broker", port=19092)) == "kafka://broker:19092"
    extra = json.dumps({"bootstrap.servers": "a:9092,b:9092"})
    assert connection_uri("kafka", Connection(conn_id="k", conn_type="kafka", extra=extra)) == "kafka://a:9092,b:9092"


def test_http_base_url_keeps_its_path_and_carries_the_token_as_password():
    conn = Connection(conn_id="api", conn_type="http", host="https://api.example.com/v2", password="tok/en")
    assert connection_uri("http", conn) == "https://:tok%2Fen@api.example.com/v2"
    plain = Connection(conn_id="api", conn_type="http", host="api.example.com", schema="http", port=8080)
    assert connection_uri("http", plain) == "http://api.example.com:8080"


def test_file_connections_name_a_directory():
    assert connection_uri("file", Connection(conn_id="f", conn_type="fs", extra=json.dumps({"path": "/data/feeds"}))) == "/data/feeds"


def test_unknown_kind_is_refused():
    with pytest.raises(ConnectionKindError):
        connection_uri("ftp", Connection(conn_id="f", conn_type="ftp"))


def test_environment_variable_names_match_the_runtime():
    assert environment_variable("dwh") == "AIRSPEC_CONN_DWH"
