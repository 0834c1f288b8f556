"""Airflow integration for airspec: the operator that generated DAGs use."""

from airspec_airflow.operators import AirspecOperator

__all__ = ["AirspecOperator"]
