"""`make run PORT=…` serves on that port and writes links to it in emails and feeds,
unless SITE_URL says otherwise. The commands make runs are replaced by a stand-in that,
for runserver, prints the links the real settings build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINKS = (
    "from notifications.emails import absolute_url; from timeline.feeds import absolute; "
    "print(absolute_url('/following/'), absolute('/feeds/'))"
)


def make_run(tmp_path: Path, *args: str, **env: str) -> str:
    stand_in = tmp_path / "python"
    stand_in.write_text(
        "#!/bin/sh\n"
        f'if [ "$2" = runserver ]; then echo "serving $3"; '
        f'exec {sys.executable} manage.py shell -c "{LINKS}"; fi\n'
    )
    stand_in.chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "MAKEFLAGS"}}
    result = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed-run", "run", f"PY={stand_in}", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_it_writes_links_to_the_port_it_serves_on(tmp_path: Path) -> None:
    out = make_run(tmp_path, "PORT=8100")
    assert "serving 127.0.0.1:8100" in out
    assert "http://127.0.0.1:8100/following/ http://127.0.0.1:8100/feeds/" in out


def test_it_keeps_the_default_port_by_default(tmp_path: Path) -> None:
    out = make_run(tmp_path)
    assert "http://127.0.0.1:8000/following/" in out


def test_a_site_url_that_is_set_wins(tmp_path: Path) -> None:
    out = make_run(tmp_path, "PORT=8100", SITE_URL="https://docket.example.org")
    assert "https://docket.example.org/following/ https://docket.example.org/feeds/" in out
