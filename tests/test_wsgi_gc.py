"""The WSGI module loads every view before the first request and hides what it loaded from
the garbage collector, which would otherwise walk it again in every full collection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_it_freezes_the_loaded_application() -> None:
    probe = (
        "import gc, sys; import config.wsgi; "
        "print(gc.get_freeze_count(), 'initiatives.views' in sys.modules)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) > 10_000
    assert out[1] == "True"
