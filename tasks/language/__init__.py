"""Language of every paragraph and article (script rules first, langdetect seeded)."""
