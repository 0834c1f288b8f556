"""Airflow connections turned into the URIs the airspec runtime reads, one per logical connection.

The URIs carry credentials, so they only ever travel in the runtime's environment: never in argv, never
in a log line, never in XCom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from airflow.sdk import Connection


class ConnectionKindError(ValueError):
    """The spec names a connection kind this operator cannot build a URI for."""


def _userinfo(conn: Connection) -> str:
    if not conn.login and not conn.password:
        return ""
    login = quote(conn.login or "", safe="")
    password = quote(conn.password or "", safe="")
    return f"{login}:{password}@" if password else f"{login}@"


def _host_port(conn: Connection, default_port: int | None) -> str:
    host = conn.host or "localhost"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    port = conn.port or default_port
    return f"{host}:{port}" if port else host


def connection_uri(kind: str, conn: Connection) -> str:
    """The runtime's URI for an Airflow connection of the spec's `kind`."""
    extra = conn.extra_dejson
    if kind == "postgres":
        uri = f"postgresql://{_userinfo(conn)}{_host_port(conn, 5432)}/{quote(conn.schema or '', safe='')}"
        sslmode = extra.get("sslmode")
        return f"{uri}?sslmode={quote(str(sslmode), safe='')}" if sslmode else uri
    if kind == "kafka":
        servers = extra.get("bootstrap.servers") or _host_port(conn, 9092)
        return f"kafka://{servers}"
    if kind == "http":
        host = conn.host or ""
        if "://" in host:
            scheme, _, rest = host.partition("://")
            conn_host, _, path = rest.partition("/")
            base = f"{scheme}://{_userinfo(conn)}{conn_host}"
            if conn.port:
                base += f":{conn.port}"
            return f"{base}/{path}".rstrip("/")
        scheme = conn.schema or "https"
        return f"{scheme}://{_userinfo(conn)}{_host_port(conn, None)}"
    if kind == "file":
        path = extra.get("path") or conn.host or "."
        return str(path)
    if kind == "clickhouse":
        secure = str(extra.get("secure", "")).lower() in ("1", "true", "yes")
        scheme = "https" if secure else "http"
        return f"{scheme}://{_userinfo(conn)}{_host_port(conn, 8443 if secure else 8123)}/{quote(conn.schema or '', safe='')}"
    raise ConnectionKindError(f"connection kind {kind!r} is not supported")


def environment_variable(name: str) -> str:
    """Where the runtime looks for a logical connection's URI (see runtime/context.ts)."""
    return f"AIRSPEC_CONN_{name.upper()}"
