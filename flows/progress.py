"""A progress artifact on the flow run, advanced as batch tasks complete."""

from __future__ import annotations

import logging
from uuid import UUID

from prefect.artifacts import create_progress_artifact, update_progress_artifact

log = logging.getLogger(__name__)


class Progress:
    """Percent of the run's work done: each batch is one step, and so
    are deduplication and publishing. Shown live in the flow run's Artifacts tab."""

    def __init__(self, steps: int, description: str) -> None:
        self.steps = max(steps, 1)
        self.done = 0
        self.description = description
        self.artifact: UUID | None = None
        try:
            created = create_progress_artifact(0.0, key="news-etl-progress", description=description)
        except Exception:  # no API to report to (flow.fn() in a notebook): run without it
            log.debug("no progress artifact", exc_info=True)
            return
        self.artifact = created if isinstance(created, UUID) else None

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.done + steps, self.steps)
        if self.artifact is not None:
            update_progress_artifact(self.artifact, 100.0 * self.done / self.steps, self.description)
