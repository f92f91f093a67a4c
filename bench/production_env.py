"""What the page benchmarks share: the project on the path and the production settings
(DEBUG off, so templates carry no debug information), set before Django starts."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "bench-only-not-a-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "testserver",
    "SECURE_SSL_REDIRECT": "false",
}


def use_production_settings() -> Path:
    """Put the project on the path and default to production settings; returns its root."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    for key, value in PRODUCTION.items():
        os.environ.setdefault(key, value)
    return ROOT
