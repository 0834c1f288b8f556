"""The airspec Airflow plugin: a page in the UI's navigation listing the compiled pipelines.

Registered through the ``airflow.plugins`` entry point of this package, so installing the package is
enough. The api-server mounts the app at ``/airspec``; the navigation link opens it.
"""

from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin

from airspec_airflow.ui.app import create_app


class AirspecPlugin(AirflowPlugin):
    name = "airspec"
    fastapi_apps = [{"app": create_app(), "url_prefix": "/airspec", "name": "airspec"}]
    external_views = [
        {
            "name": "airspec pipelines",
            "href": "/airspec/",
            "destination": "nav",
            "category": "browse",
            "url_route": "airspec",
        }
    ]
