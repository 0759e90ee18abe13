"""Every table, declared once: the published ones (TABLES) and the pipeline's working
and state files (STATE). Writers cast and check against these specs."""

from schemas.articles import ARTICLES
from schemas.boilerplate import BOILERPLATE
from schemas.dates import DATES
from schemas.duplicates import DUPLICATES
from schemas.entities import ENTITIES
from schemas.events import EVENT_MENTIONS, EVENTS
from schemas.files import FILES
from schemas.mentions import MENTIONS
from schemas.paragraphs import PARAGRAPHS
from schemas.quotes import QUOTES
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.spec import TableSpec
from schemas.state import CLUSTERS, FINGERPRINTS, INVENTORY, PARAGRAPH_STORIES, ROW_INDEX, SHINGLES

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
        EVENT_MENTIONS,
        DATES,
        RUNS,
    )
}

# Tables whose rows belong to input files: written in batch parts, carried over per file.
PER_FILE: tuple[TableSpec, ...] = tuple(spec for spec in TABLES.values() if spec.per_file)

STATE: dict[str, TableSpec] = {
    spec.name: spec for spec in (INVENTORY, ROW_INDEX, FINGERPRINTS, SHINGLES, CLUSTERS, PARAGRAPH_STORIES)
}

__all__ = [
    "ARTICLES",
    "BOILERPLATE",
    "CLUSTERS",
    "DATES",
    "DUPLICATES",
    "ENTITIES",
    "EVENTS",
    "EVENT_MENTIONS",
    "FILES",
    "FINGERPRINTS",
    "INVENTORY",
    "MENTIONS",
    "PARAGRAPHS",
    "PARAGRAPH_STORIES",
    "PER_FILE",
    "QUOTES",
    "REJECTS",
    "ROW_INDEX",
    "RUNS",
    "SHINGLES",
    "STATE",
    "TABLES",
    "TableSpec",
]
