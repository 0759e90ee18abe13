"""Every output table, declared once. Writers cast and check against these specs."""

from schemas.articles import ARTICLES
from schemas.boilerplate import BOILERPLATE
from schemas.duplicates import DUPLICATES
from schemas.entities import ENTITIES
from schemas.files import FILES
from schemas.mentions import MENTIONS
from schemas.paragraphs import PARAGRAPHS
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.spec import TableSpec

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (FILES, ARTICLES, PARAGRAPHS, DUPLICATES, BOILERPLATE, REJECTS, ENTITIES, MENTIONS, RUNS)
}

__all__ = [
    "ARTICLES",
    "BOILERPLATE",
    "DUPLICATES",
    "ENTITIES",
    "FILES",
    "MENTIONS",
    "PARAGRAPHS",
    "REJECTS",
    "RUNS",
    "TABLES",
    "TableSpec",
]
