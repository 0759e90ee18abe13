"""`python -m tasks.entities.gazetteer`: check every gazetteer file and print a summary."""

import sys

from tasks.entities.gazetteer import check, load, summary

problems = check()
print("\n".join(problems) if problems else f"ok: {summary(load())}")
sys.exit(1 if problems else 0)
