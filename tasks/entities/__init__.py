"""People, organizations and places: gazetteer matching, discovery of names the
gazetteer lacks, linking to one entity ID, and the entities table.

The plain-text API:

    >>> from tasks.entities import extract_mentions
    >>> [m.entity_id for m in extract_mentions("التقى لافروف بنظيره روبيو في موسكو")]
    ['per:sergey-lavrov', 'per:marco-rubio', 'gpe:moscow']
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tasks.entities.extract import EntityExtractor, Mention, extract_entities, extract_mentions

__all__ = ["EntityExtractor", "Mention", "extract_entities", "extract_mentions"]


def __getattr__(name: str) -> Any:
    """The API above, loaded on first use: the flow process imports the gazetteer and
    the entities table from this package, and has no use for the extractor."""
    if name in __all__:
        from tasks.entities import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
