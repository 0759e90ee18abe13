"""Date expressions in article text, resolved against the publication date."""
