"""The pipeline's stages as pure transforms, and the thin tasks that run them.

The per-article extraction modules load from their compiled build when it is
current (tasks/native.py); otherwise from these sources.
"""

from tasks import native

NATIVE = native.activate(__path__)  # in use, or why not
