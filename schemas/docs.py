"""Render the data dictionary (docs/tables.md) from the table specs.

    python -m schemas.docs > docs/tables.md    (or: make docs)

A test fails when the committed file differs from this output.
"""

from __future__ import annotations

import pyarrow as pa

from schemas import STATE, TABLES
from schemas.spec import TableSpec

HEADER = """# Data dictionary

Generated from `schemas/` by `make docs`; do not edit by hand. Every table is one
Parquet file (zstd) in the output folder, e.g. `output/articles.parquet`. Field
descriptions are also stored in each file's Arrow schema metadata.
"""


def _type_name(dtype: pa.DataType) -> str:
    if pa.types.is_large_string(dtype):
        return "string"
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return f"list<{_type_name(dtype.value_type)}>"
    if pa.types.is_struct(dtype):
        inner = ", ".join(f"{f.name}: {_type_name(f.type)}" for f in dtype)
        return f"struct<{inner}>"
    return str(dtype)


STATE_HEADER = """# Working and state files

Not for analysts: files the pipeline writes and reads back itself, declared in
`schemas/state.py` and checked like the tables. Working files live in the run's
staging folder (`<output>/.staging/<run_id>/`) and are removed once the run is
published; state files stay in the snapshot (`snapshots/<run_id>/_state/`) for the
next run.
"""


def table_markdown(spec: TableSpec, level: str = "##") -> str:
    lines = [
        f"{level} `{spec.name}`",
        "",
        spec.description,
        "",
        f"Key: {', '.join(f'`{k}`' for k in spec.primary_key)}. "
        + (
            f"Rows sorted by {', '.join(f'`{k}`' for k in spec.sort_by)}."
            if spec.sort_by
            else f"Rows {spec.order_note}."
        ),
        "",
        "| column | type | null | description |",
        "|---|---|---|---|",
    ]
    for field in spec.schema:
        null = "yes" if field.nullable else "no"
        desc = spec.describe(field.name).replace("|", "\\|")
        lines.append(f"| `{field.name}` | {_type_name(field.type)} | {null} | {desc} |")
    return "\n".join(lines)


def data_dictionary() -> str:
    published = [HEADER.rstrip(), *(table_markdown(s) for s in TABLES.values())]
    state = [STATE_HEADER.rstrip(), *(table_markdown(s) for s in STATE.values())]
    return "\n\n".join([*published, *state]) + "\n"


if __name__ == "__main__":
    print(data_dictionary(), end="")
