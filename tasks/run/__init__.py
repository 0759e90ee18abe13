"""Running the pipeline without Prefect: the run's configuration, its batches and what
each batch does, the corpus-wide steps (inventory, deduplication, publish), the runs
history and the report. flows/prefect_tasks.py wraps these as Prefect tasks."""
