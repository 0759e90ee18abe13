"""Cast a frame to its table's schema and refuse anything that does not fit."""

from __future__ import annotations

from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from schemas.spec import TableSpec


def polars_schema(spec: TableSpec) -> pl.Schema:
    """The Polars dtypes that round-trip to the table's Arrow schema."""
    return pl.from_arrow(spec.schema.empty_table()).schema  # type: ignore[union-attr]


def frame_of(rows: list[dict[str, Any]], spec: TableSpec) -> pl.DataFrame:
    """Build a table's frame from row dicts; an empty list gives a typed empty frame."""
    return pl.DataFrame(rows, schema=polars_schema(spec), orient="row")


def frame_of_tuples(rows: list[tuple[Any, ...]], spec: TableSpec) -> pl.DataFrame:
    """Build a table's frame from row tuples in the schema's column order, column by
    column: a list column (participants, quote_ids) goes through Arrow, several times
    faster than Polars reading Python lists row by row."""
    schema = polars_schema(spec)
    if not rows:
        return pl.DataFrame(schema=schema)
    columns = []
    for (name, dtype), values in zip(schema.items(), zip(*rows, strict=True), strict=True):
        if isinstance(dtype, pl.List):
            columns.append(pl.Series(name, pa.array(values, type=spec.schema.field(name).type), dtype=dtype))
        else:
            columns.append(pl.Series(name, list(values), dtype=dtype))
    return pl.DataFrame(columns)


class SchemaMismatchError(ValueError):
    """A frame cannot be written as its table: the message holds the column-level diff."""


def schema_diff(actual: pa.Schema, expected: pa.Schema) -> dict[str, dict[str, str]]:
    """Column-by-column differences, e.g. ``{'col': {'type': 'int64 -> int32'}}``.

    >>> a = pa.schema([pa.field("x", pa.int64()), pa.field("y", pa.string())])
    >>> e = pa.schema([pa.field("x", pa.int32(), nullable=False), pa.field("z", pa.string())])
    >>> for column, change in schema_diff(a, e).items():
    ...     print(column, change)
    x {'type': 'int64 -> int32', 'nullable': 'True -> False'}
    y {'column': 'unexpected'}
    z {'column': 'missing'}
    """
    diff: dict[str, dict[str, str]] = {}
    for f in actual:
        if f.name not in expected.names:
            diff[f.name] = {"column": "unexpected"}
            continue
        want = expected.field(f.name)
        entry: dict[str, str] = {}
        if not f.type.equals(want.type):
            entry["type"] = f"{f.type} -> {want.type}"
        if f.nullable != want.nullable:
            entry["nullable"] = f"{f.nullable} -> {want.nullable}"
        if entry:
            diff[f.name] = entry
    for name in expected.names:
        if name not in actual.names:
            diff[name] = {"column": "missing"}
    return dict(sorted(diff.items(), key=lambda kv: kv[0]))


def conform(frame: pl.DataFrame | pa.Table, spec: TableSpec) -> pa.Table:
    """Return ``frame`` as an Arrow table with exactly ``spec.schema``.

    Columns are reordered and cast (safely: no silent truncation); a missing or extra
    column, a failed cast or a null in a non-nullable column raises
    SchemaMismatchError naming the table and column.
    """
    table = frame.to_arrow() if isinstance(frame, pl.DataFrame) else frame
    names = set(table.schema.names)
    wanted = spec.schema.names
    missing = [n for n in wanted if n not in names]
    extra = [n for n in table.schema.names if n not in set(wanted)]
    if missing or extra:
        raise SchemaMismatchError(
            f"{spec.name}: columns do not match the schema: missing={missing} extra={extra}"
        )
    arrays: list[Any] = []
    for target in spec.schema:
        col = table.column(target.name)
        try:
            cast = col.cast(target.type, safe=True) if not col.type.equals(target.type) else col
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            raise SchemaMismatchError(
                f"{spec.name}.{target.name}: cannot cast {col.type} to {target.type}: {exc}"
            ) from exc
        if not target.nullable and cast.null_count:
            raise SchemaMismatchError(
                f"{spec.name}.{target.name}: {cast.null_count} null value(s) in a non-nullable column"
            )
        if pa.types.is_list(target.type) and cast.null_count == 0:
            # a list column's items must not be null either: an empty keyword is a bug
            flat = pc.list_flatten(cast)
            if flat.null_count:
                raise SchemaMismatchError(f"{spec.name}.{target.name}: null list item(s)")
        arrays.append(cast)
    return pa.Table.from_arrays(arrays, schema=spec.schema)
