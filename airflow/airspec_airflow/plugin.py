"""The airspec Airflow plugin: a page in the UI's navigation listing the compiled pipelines.

Registered through the ``airflow.plugins`` entry point of this package, so installing the package is
enough. The api-server mounts the app at ``/airspec``; the navigation link (an external view) shows it
inside Airflow's UI at ``/plugin/airspec``.

Every Airflow process loads plugins (the scheduler, the dag-processor, each task's runner), so importing
this module must stay cheap: the FastAPI app is built on its first request, in the api-server only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from airflow.configuration import conf
from airflow.plugins_manager import AirflowPlugin

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, MutableMapping

    Scope = MutableMapping[str, Any]
    Message = MutableMapping[str, Any]
    Receive = Callable[[], Awaitable[Message]]
    Send = Callable[[Message], Awaitable[None]]

URL_PREFIX = "/airspec"


def nav_href() -> str:
    """The app's address as the browser sees it: under the path of ``[api] base_url``, as Airflow mounts it."""
    root = urlsplit(conf.get("api", "base_url", fallback="") or "/").path.rstrip("/")
    return f"{root}{URL_PREFIX}/"


class AirspecApp:
    """An ASGI app that imports and builds the airspec FastAPI app when the first request comes."""

    def __init__(self) -> None:
        self._app: Callable[[Scope, Receive, Send], Awaitable[None]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._app is None:
            from airspec_airflow.ui.app import create_app

            self._app = create_app()
        await self._app(scope, receive, send)


class AirspecPlugin(AirflowPlugin):
    """The airspec page: compiled pipelines, their provenance and their latest runs."""

    name = "airspec"
    fastapi_apps = [{"app": AirspecApp(), "url_prefix": URL_PREFIX, "name": "airspec"}]
    external_views = [
        {
            "name": "airspec pipelines",
            "href": nav_href(),
            "destination": "nav",
            "category": "browse",
            "url_route": "airspec",
        }
    ]
