from __future__ import annotations

import contextlib
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "eu-ukraine-defence-industrial-cooperation.txt"
INPUTS = Path(__file__).resolve().parent / "inputs"
TODAY = "2026-11-24 09:00:00+00:00"


@pytest.fixture
def frozen_today() -> Any:
    with time_machine.travel(TODAY, tick=False) as traveller:
        yield traveller


def import_json(*paths: Path | str, **options: Any) -> dict[str, Any]:
    """Run `import_documents --json` and return the parsed stdout, as a script would."""
    out = StringIO()
    err = StringIO()
    # A failed document makes the command exit non-zero; its JSON is printed all the same.
    with contextlib.suppress(CommandError):
        call_command(
            "import_documents", *map(str, paths), json=True, stdout=out, stderr=err, **options
        )
    return json.loads(out.getvalue())
