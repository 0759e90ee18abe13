"""Deduplication: fingerprints of a batch's articles (shingles, MinHash, paragraph
hashes), and clusters over the whole corpus (exact, near and contained copies,
boilerplate paragraphs)."""
