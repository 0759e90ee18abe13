"""The run configuration: the flow's parameters, typed, and what a change of each one does."""

from __future__ import annotations

import dataclasses
import inspect
import json

import pytest

from tasks.dedup.clusters import DedupParams
from tasks.run.config import OnChange, RunConfig


def test_the_flow_takes_exactly_the_configuration_fields_with_their_defaults() -> None:
    """The flow's signature is the UI form and the CLI; the configuration is what the
    stages get. A parameter added to one and not the other fails here."""
    from flows.news_etl import news_etl

    parameters = inspect.signature(news_etl.fn).parameters
    fields = {f.name: f.default for f in dataclasses.fields(RunConfig)}
    assert list(parameters) == list(fields)
    assert {name: p.default for name, p in parameters.items()} == fields


def test_every_parameter_says_whether_it_changes_rows_clusters_or_neither() -> None:
    config = RunConfig()
    assert config.changed({}, OnChange.REBUILD) == [
        "max_file_mb",
        "shingle_size",
        "num_perm",
        "languages",
        "language_max_chars",
    ]
    assert config.changed({}, OnChange.RECLUSTER) == [
        "dedup_threshold",
        "containment_threshold",
        "boilerplate_min_stories",
        "dedup_max_days",
    ]


def test_a_change_is_found_against_an_earlier_runs_json_parameters() -> None:
    before = json.loads(json.dumps(RunConfig(languages=("ar", "en")).parameters()))
    assert RunConfig.of(before).changed(before, OnChange.REBUILD) == []
    assert RunConfig.of(before | {"workers": 7, "input": "elsewhere"}).changed(before, OnChange.REBUILD) == []
    changed = RunConfig.of(before | {"languages": ["ar"], "dedup_max_days": 0})
    assert changed.changed(before, OnChange.REBUILD) == ["languages"]
    assert changed.changed(before, OnChange.RECLUSTER) == ["dedup_max_days"]
    # a parameter an older snapshot did not record counts as changed: rebuild to be safe
    older = {k: v for k, v in before.items() if k != "language_max_chars"}
    assert RunConfig.of(before).changed(older, OnChange.REBUILD) == ["language_max_chars"]


def test_each_stage_gets_its_part_of_the_configuration() -> None:
    config = RunConfig.of(
        {"max_file_mb": 2, "languages": ["ar", "fa"], "dedup_threshold": 0.5, "shingle_size": 3}
    )
    assert config.batch.max_file_bytes == 2 * 1024 * 1024
    assert config.batch.languages == ("ar", "fa")
    assert config.batch.shingle_size == config.dedup.shingle_size == 3
    assert config.dedup == DedupParams(threshold=0.5, shingle_size=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.workers = 3  # type: ignore[misc]


def test_an_unknown_language_fails_before_anything_runs() -> None:
    with pytest.raises(ValueError, match=r"no langdetect profile for \['xx'\]"):
        RunConfig.of({"languages": ["ar", "xx"]})
