"""The Celery app, for a worker that a test kills with SIGKILL mid-import.

The first import it runs (while the file named by DOCKET_TEST_STALL_MARKER does not
exist) creates the marker and then stalls inside its transaction, with the document and
initiative written but not committed; any later worker finds the marker and imports at
full speed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from celery.signals import task_prerun

from config.celery import app

__all__ = ["app"]
STALL_SECONDS = 600


@task_prerun.connect
def stall_the_first_import(**kwargs: Any) -> None:
    from initiatives import imports

    refresh = imports._refresh_search
    if getattr(refresh, "stalls", False):
        return

    def refresh_then_stall(initiative_id: int) -> None:
        refresh(initiative_id)
        marker = Path(os.environ["DOCKET_TEST_STALL_MARKER"])
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(STALL_SECONDS)

    refresh_then_stall.stalls = True
    imports._refresh_search = refresh_then_stall
