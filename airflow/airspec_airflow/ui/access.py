"""Who may see what: Airflow's signed-in user and its auth manager's DAG permissions.

Airflow mounts plugin apps without any protection of their own, so the app asks for the user the way
Airflow's own API does (``get_user``: the bearer token, else the UI's JWT cookie) and asks the configured
auth manager about each DAG:

- ``dag``: read the DAG — the pipeline is listed and its page opens;
- ``code``: read the DAG's code — the spec text and the plan (as Airflow's Code tab);
- ``runs``: read its runs, task instances and XComs — the latest runs' states and metrics.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal, Protocol

from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity, DagDetails
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends

Part = Literal["dag", "code", "runs"]

ENTITIES: dict[Part, tuple[DagAccessEntity | None, ...]] = {
    "dag": (None,),
    "code": (DagAccessEntity.CODE,),
    "runs": (DagAccessEntity.RUN, DagAccessEntity.TASK_INSTANCE, DagAccessEntity.XCOM),
}


class Access(Protocol):
    def may_read(self, dag_id: str, part: Part = "dag") -> bool: ...


class AirflowAccess:
    """One request's user, asked about DAGs through Airflow's auth manager (and its teams, if any)."""

    def __init__(self, user: BaseUser) -> None:
        self.user = user
        self._teams: dict[str, str | None] = {}

    def _team(self, dag_id: str) -> str | None:
        from airflow.configuration import conf
        from airflow.models.dag import DagModel

        if not conf.getboolean("core", "multi_team", fallback=False):
            return None
        if dag_id not in self._teams:
            self._teams[dag_id] = DagModel.get_team_name(dag_id)
        return self._teams[dag_id]

    def may_read(self, dag_id: str, part: Part = "dag") -> bool:
        from airflow.api_fastapi.app import get_auth_manager

        manager = get_auth_manager()
        details = DagDetails(id=dag_id, team_name=self._team(dag_id))
        return all(
            manager.is_authorized_dag(method="GET", access_entity=entity, details=details, user=self.user)
            for entity in ENTITIES[part]
        )


def airflow_access(user: Annotated[BaseUser, Depends(get_user)]) -> Access:
    """The FastAPI dependency every route has: 401 without a valid token, else the user's access."""
    return AirflowAccess(user)


def readable(access: Access, dag_ids: Iterable[str], part: Part = "dag") -> set[str]:
    return {dag_id for dag_id in dag_ids if access.may_read(dag_id, part)}
