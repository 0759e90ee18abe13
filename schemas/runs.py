"""`runs`: one row per completed run, appended; the audit trail of the output."""

import pyarrow as pa

from schemas.spec import TableSpec, column

ROW_COUNT = pa.struct(
    [pa.field("table", pa.string(), nullable=False), pa.field("rows", pa.int64(), nullable=False)]
)

TIMING = pa.struct(
    [
        pa.field("step", pa.string(), nullable=False),
        pa.field("scope", pa.string(), nullable=False),
        pa.field("seconds", pa.float64(), nullable=False),
    ]
)

RUNS = TableSpec(
    name="runs",
    description="History of the runs that wrote this output location, oldest first.",
    schema=pa.schema(
        [
            column(
                "run_id",
                pa.string(),
                "Run identifier: UTC start time plus a random suffix, sortable.",
            ),
            column(
                "flow_run_id",
                pa.string(),
                "Prefect flow run ID; null when the pipeline ran without Prefect.",
                nullable=True,
            ),
            column("started_at", pa.timestamp("us", tz="UTC"), "When the run started."),
            column(
                "finished_at",
                pa.timestamp("us", tz="UTC"),
                "When processing finished, just before the tables were published.",
            ),
            column("parameters", pa.string(), "The run's parameters as a JSON object."),
            column(
                "row_counts",
                pa.list_(ROW_COUNT),
                "Rows written per table by this run: a list of {table, rows}.",
            ),
            column(
                "code_version",
                pa.string(),
                "news-etl version, with the git commit when run from a checkout.",
            ),
            column(
                "timings",
                pa.list_(TIMING),
                "Where the run's time went, in the order the steps ran: a list of {step, scope, "
                "seconds}. Scope 'wall' is elapsed time of a step of the flow (inventory, batches, "
                "deduplicate); scope 'batches' is a per-batch stage (parse, fingerprint, language, "
                "entities, quotes-events) summed over all batches, i.e. worker time. Publishing, "
                "which writes this row, is not in it. Null for runs before this column existed.",
                nullable=True,
            ),
        ]
    ),
    primary_key=("run_id",),
    sort_by=("started_at", "run_id"),
)
