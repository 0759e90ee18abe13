"""The table-spec type every schema module builds: fields carry their description."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

DESCRIPTION = b"description"


def column(name: str, dtype: pa.DataType, description: str, *, nullable: bool = False) -> pa.Field:
    """A field whose description travels in the Parquet file's own metadata."""
    return pa.field(name, dtype, nullable=nullable, metadata={DESCRIPTION: description.encode()})


@dataclass(frozen=True)
class TableSpec:
    """One table: its name, purpose, Arrow schema, key and row order.

    A per-file table's rows each belong to one input file: batches write them in
    parts, and an incremental run carries an unchanged file's rows over. Its
    ``corpus_columns`` are the ones deduplication computes over the whole corpus,
    joined in at publish: a batch part holds every other column (``part``).
    """

    name: str
    description: str
    schema: pa.Schema
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...]  # empty: rows keep the order they are produced in, see order_note
    order_note: str = ""
    per_file: bool = False
    corpus_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        names = set(self.schema.names)
        for key in (*self.primary_key, *self.sort_by, *self.corpus_columns):
            if key not in names:
                raise ValueError(f"{self.name}: key column {key!r} is not in the schema")
        if self.corpus_columns and not self.per_file:
            raise ValueError(f"{self.name}: only per-file tables are written in parts")
        for f in self.schema:
            if not (f.metadata and f.metadata.get(DESCRIPTION)):
                raise ValueError(f"{self.name}.{f.name} has no description")
        if not self.sort_by and not self.order_note:
            raise ValueError(f"{self.name}: without sort_by, say the row order in order_note")

    @property
    def file_name(self) -> str:
        return f"{self.name}.parquet"

    def without(self, *names: str) -> TableSpec:
        """The same table minus columns a later stage adds."""
        missing = set(names) - set(self.schema.names)
        if missing:
            raise ValueError(f"{self.name}: no columns {sorted(missing)}")
        kept = [f for f in self.schema if f.name not in names]
        return TableSpec(
            name=self.name,
            description=self.description,
            schema=pa.schema(kept),
            primary_key=self.primary_key,
            sort_by=self.sort_by,
            order_note=self.order_note,
            per_file=self.per_file,
            corpus_columns=tuple(c for c in self.corpus_columns if c not in names),
        )

    @property
    def part(self) -> TableSpec:
        """What one batch writes of a per-file table: every column but the corpus ones."""
        if not self.per_file:
            raise ValueError(f"{self.name} is not written in batch parts")
        return self.without(*self.corpus_columns)

    def describe(self, column_name: str) -> str:
        meta: dict[bytes, bytes] = self.schema.field(column_name).metadata or {}
        return meta.get(DESCRIPTION, b"").decode()
