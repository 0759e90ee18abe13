"""The run's configuration: one frozen, typed value built from the flow's parameters.

The flow's parameters are exactly these fields (a test holds the two to the same
names and defaults), so the CLI, the Prefect UI form and this class agree. Each
stage is given only its part: ``batch`` for the batch stages, ``dedup`` for
deduplication.

A field also declares what changing its value between two runs does to the rows
already published, which decides whether an incremental run may carry them over:

- ``rebuild``: the rows or the dedup fingerprints depend on it; every file is read
  again;
- ``recluster``: only deduplication depends on it; rows are carried over and
  deduplication runs again;
- neither: it says where and how a run works, not what it finds.

A parameter renamed or added later is missing from an older snapshot's manifest,
so it counts as changed: the safe answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import Any, Literal

from tasks.dedup.clusters import DedupParams
from tasks.language.tagging import DEFAULT_MAX_CHARS, check_languages
from tasks.run.batches import BatchConfig
from tasks.run.changes import DeletedFiles

MB = 1024 * 1024
RunnerKind = Literal["process", "thread", "dask"]


class OnChange(Enum):
    REBUILD = "rebuild"
    RECLUSTER = "recluster"


_ON_CHANGE = "on_change"
_MISSING = object()  # a parameter an older run did not have: never equal to a value


def _rebuild(default: Any) -> Any:
    return field(default=default, metadata={_ON_CHANGE: OnChange.REBUILD})


def _recluster(default: Any) -> Any:
    return field(default=default, metadata={_ON_CHANGE: OnChange.RECLUSTER})


@dataclass(frozen=True)
class RunConfig:
    """Every parameter of a run; see the flow's docstring for what each one means."""

    input: str = "seeds"
    output: str = "output"
    pattern: str = "*.txt"
    batch_size: int = 1000
    batch_mb: float = 64.0
    max_file_mb: float = _rebuild(16.0)
    workers: int = 0
    task_runner: RunnerKind = "process"
    dask_address: str | None = None
    keep_snapshots: int = 2
    allow_empty: bool = False
    dedup_threshold: float = _recluster(DedupParams.threshold)
    shingle_size: int = _rebuild(DedupParams.shingle_size)
    num_perm: int = _rebuild(DedupParams.num_perm)
    containment_threshold: float = _recluster(DedupParams.containment)
    boilerplate_min_stories: int = _recluster(DedupParams.boilerplate_min_stories)
    dedup_max_days: int = _recluster(DedupParams.max_days_apart)
    languages: tuple[str, ...] | None = _rebuild(None)
    language_max_chars: int = _rebuild(DEFAULT_MAX_CHARS)
    full_refresh: bool = False
    deleted_files: DeletedFiles = "keep"
    verify_checksums: bool = False

    @classmethod
    def of(cls, parameters: Mapping[str, Any]) -> RunConfig:
        """The configuration of the flow's parameters; a language langdetect does not
        know fails here, before anything is read."""
        values = dict(parameters)
        if values.get("languages") is not None:
            values["languages"] = tuple(values["languages"])
        check_languages(values.get("languages"))
        return cls(**values)

    def parameters(self) -> dict[str, Any]:
        """The parameters as JSON values, as the runs table and the manifest keep them."""
        parameters: dict[str, Any] = json.loads(json.dumps(asdict(self)))
        return parameters

    def changed(self, before: Mapping[str, Any], effect: OnChange) -> list[str]:
        """The fields with ``effect`` whose value differs from ``before`` (an earlier
        run's parameters())."""
        now = self.parameters()
        return [
            f.name
            for f in fields(self)
            if f.metadata.get(_ON_CHANGE) is effect and before.get(f.name, _MISSING) != now[f.name]
        ]

    @property
    def batch(self) -> BatchConfig:
        return BatchConfig(
            max_file_bytes=int(self.max_file_mb * MB),
            shingle_size=self.shingle_size,
            num_perm=self.num_perm,
            languages=self.languages,
            language_max_chars=self.language_max_chars,
        )

    @property
    def dedup(self) -> DedupParams:
        return DedupParams(
            threshold=self.dedup_threshold,
            shingle_size=self.shingle_size,
            num_perm=self.num_perm,
            containment=self.containment_threshold,
            boilerplate_min_stories=self.boilerplate_min_stories,
            max_days_apart=self.dedup_max_days,
        )

    @property
    def batch_bytes(self) -> int:
        return int(self.batch_mb * MB)
