"""Run by test_plugin.py in a fresh interpreter with its own AIRFLOW_HOME and DAGs folder.

`python plugin_probe.py <dag_id> <logical date>` runs Airflow's CLI in this process (`airflow db migrate`,
then `airflow dags test <dag_id> <date>`; one interpreter instead of three keeps the test cheap), then
builds Airflow's api-server app as `airflow api-server` does and asks the mounted airspec app as users
with and without access. Prints one JSON object last: what Airflow's plugin manager loaded and the
responses.
"""

from __future__ import annotations

import json
import sys


def airflow(*argv: str) -> None:
    from airflow.cli import cli_parser

    args = cli_parser.get_parser().parse_args(list(argv))
    args.func(args)


def main(dag_id: str, logical_date: str) -> None:
    airflow("db", "migrate")
    airflow("dags", "test", dag_id, logical_date)

    from airflow import plugins_manager
    from airflow.api_fastapi.app import create_app, get_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from fastapi.testclient import TestClient

    app = create_app()
    tokens = {
        role: get_auth_manager().generate_jwt(SimpleAuthManagerUser(username=role or "nobody", role=role))
        for role in ("admin", "viewer", None)
    }
    client = TestClient(app)

    def get(path: str, role: str | None = "viewer", *, cookie: bool = False) -> dict[str, object]:
        headers = {} if role == "anonymous" or cookie else {"Authorization": f"Bearer {tokens[role]}"}
        cookies = {"_token": tokens[role]} if cookie else {}
        client.cookies.clear()
        response = client.get(path, headers=headers, cookies=cookies)
        is_json = response.headers.get("content-type", "").startswith("application/json")
        return {"status": response.status_code, "body": response.json() if is_json else response.text}

    plugins, errors = plugins_manager._get_plugins()
    fastapi_apps, _ = plugins_manager.get_fastapi_plugins()
    external_views, _ = plugins_manager._get_ui_plugins()
    result = {
        "loaded": {
            "errors": errors,
            "plugins": [{"name": p.name, "source": str(p.source)} for p in plugins],
            "fastapi_apps": [{"name": a["name"], "url_prefix": a["url_prefix"]} for a in fastapi_apps],
            "external_views": external_views,
        },
        "plugins_api": get("/api/v2/plugins", "admin"),
        "list_anonymous": get("/airspec/api/pipelines", "anonymous"),
        "page_anonymous": get("/airspec/", "anonymous"),
        "list_no_role": get("/airspec/api/pipelines", None),
        "detail_no_role": get(f"/airspec/api/pipelines/{dag_id}", None),
        "list": get("/airspec/api/pipelines"),
        "detail": get(f"/airspec/api/pipelines/{dag_id}"),
        "page_with_cookie": get("/airspec/", "viewer", cookie=True),
        "detail_page_with_cookie": get(f"/airspec/pipelines/{dag_id}", "viewer", cookie=True),
    }
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
