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


def test_the_architecture_doc_names_every_module_of_the_tree() -> None:
    """docs/architecture.md shows the tree: a module added without a place in it fails here."""
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for folder in ("tasks", "flows", "schemas"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name in ("__init__.py", "__main__.py") or path.parent.name == "gazetteer":
                continue
            assert path.name in architecture or folder == "schemas", f"{path} is not in docs/architecture.md"
        for package in sorted(p for p in (ROOT / folder).iterdir() if (p / "__init__.py").exists()):
            assert f"{package.name}/" in architecture, f"{package} is not in docs/architecture.md"
