"""The document series: three initiatives followed over a year, and two decoys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.initiatives.conftest import INPUTS, SEED, import_json

SERIES = INPUTS / "series"
ANNOUNCEMENT_PUBLISHED = dt.date(2025, 11, 26)
# In date order; the seed (the announcement) has no date of its own.
IN_ORDER = [
    SEED,
    SERIES / "02-guidelines-published.md",
    SERIES / "11-uk-drone-partnership.md",
    SERIES / "31-decoy-energy-grid-loan.md",
    SERIES / "03-funding-adopted.md",
    SERIES / "21-asap-top-up.md",
    SERIES / "32-decoy-moldova-energy.md",
    SERIES / "04-structures-delayed.md",
    SERIES / "12-uk-drone-testing-centre.md",
    SERIES / "05-entry-into-force.md",
    SERIES / "22-asap-grants-signed.md",
    SERIES / "06-completed.md",
]


def import_one(path: Path) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if path == SEED:
        options["published"] = ANNOUNCEMENT_PUBLISHED
    report = import_json(path, **options)
    (entry,) = report["documents"]
    return entry


def import_all(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Import one file at a time, as an inbox would; entries by file name."""
    return {path.name: import_one(path) for path in paths}
