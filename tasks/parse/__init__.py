"""From bytes to articles: decoding, line roles, keywords, publication dates, the page
parser, paragraphs, and ingest (a batch of raw files to the files, articles,
boilerplate and rejects rows)."""
