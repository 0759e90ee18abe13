"""The docs say what the code does: generated parts are current, every option is documented."""

from __future__ import annotations

from schemas import TABLES
from schemas.docs import data_dictionary
from tests.conftest import ROOT


def test_data_dictionary_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "docs/tables.md is stale: run `make docs`"


def test_every_flow_parameter_and_table_is_in_the_readme() -> None:
    from flows.news_etl import news_etl

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in news_etl.parameters.properties:
        assert f"`{name}`" in readme, f"flow parameter {name} is not documented in README.md"
    for name in TABLES:
        assert f"`{name}`" in readme, f"table {name} is not mentioned in README.md"
