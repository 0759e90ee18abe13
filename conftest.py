"""Loaded by pytest before anything under tasks/ is imported: the tests run the
extraction modules from their sources, so that doctests and tracebacks see them;
tests/tasks/test_native.py checks the compiled build gives the same rows."""

import os

os.environ["NEWS_ETL_NATIVE"] = "0"
