"""People, organizations and places: gazetteer matching, discovery of names the
gazetteer lacks, linking to one entity ID, and the entities table.

The plain-text API:

    >>> from tasks.entities import extract_mentions
    >>> [m.entity_id for m in extract_mentions("التقى لافروف بنظيره روبيو في موسكو")]
    ['per:sergey-lavrov', 'per:marco-rubio', 'gpe:moscow']
"""

from tasks.entities.extract import EntityExtractor, Mention, extract_entities, extract_mentions

__all__ = ["EntityExtractor", "Mention", "extract_entities", "extract_mentions"]
