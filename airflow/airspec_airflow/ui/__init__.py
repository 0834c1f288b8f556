"""The airspec page in Airflow's UI: compiled pipelines, their provenance and their latest runs."""
