"""Every output table, declared once. Writers cast and check against these specs."""

from schemas.articles import ARTICLES
from schemas.boilerplate import BOILERPLATE
from schemas.dates import DATES
from schemas.duplicates import DUPLICATES
from schemas.entities import ENTITIES
from schemas.events import EVENTS
from schemas.files import FILES
from schemas.mentions import MENTIONS
from schemas.paragraphs import PARAGRAPHS
from schemas.quotes import QUOTES
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.spec import TableSpec

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        FILES,
        ARTICLES,
        PARAGRAPHS,
        DUPLICATES,
        BOILERPLATE,
        REJECTS,
        ENTITIES,
        MENTIONS,
        QUOTES,
        EVENTS,
        DATES,
        RUNS,
    )
}

__all__ = [
    "ARTICLES",
    "BOILERPLATE",
    "DATES",
    "DUPLICATES",
    "ENTITIES",
    "EVENTS",
    "FILES",
    "MENTIONS",
    "PARAGRAPHS",
    "QUOTES",
    "REJECTS",
    "RUNS",
    "TABLES",
    "TableSpec",
]
