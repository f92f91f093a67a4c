"""Curators read how each import went, find the documents that made no initiative, and
re-run an import once its cause is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import ImportRun, Initiative
from tests.initiatives.conftest import INPUTS, SEED, import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
CHANGELIST = "admin:initiatives_importrun_changelist"


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    """The seed (an initiative), a recipe (no initiative) and an empty file (failed)."""
    import_json(SEED)
    import_json(INPUTS / "recipe.txt")
    empty = tmp_path / "press-release.md"
    empty.write_bytes(b"  \n")
    import_json(empty)
    return empty


def result_list(html: str) -> str:
    table = html[html.index('id="result_list"') :]
    return table[: table.index("</table>")]


def rows(html: str) -> list[str]:
    table = result_list(html)
    return table[table.index("<tbody>") :].split("<tr")[1:]


def test_the_list_shows_each_outcome_and_error_before_the_long_columns(
    client: Client, curator: User, runs: Path
) -> None:
    client.force_login(curator)
    html = client.get(reverse(CHANGELIST)).content.decode()
    (failed,) = [row for row in rows(html) if "press-release.md" in row]
    assert "failed" in failed.lower()
    assert "empty" in failed
    head = result_list(html)
    head = head[: head.index("</thead>")]
    columns = ["file", "outcome", "error_first_line", "initiative", "trigger", "started_at"]
    places = [head.index(f"column-{c}") for c in columns]
    assert places == sorted(places)


def test_a_curator_lists_the_documents_that_made_no_initiative(
    client: Client, curator: User, runs: Path
) -> None:
    client.force_login(curator)
    html = client.get(reverse(CHANGELIST), {"produced": "no_initiative"}).content.decode()
    listed = rows(html)
    assert len(listed) == 1
    assert "recipe.txt" in listed[0]
    assert "Document without an initiative" in html


def test_a_curator_re_runs_a_failed_import_once_the_file_is_fixed(
    client: Client, curator: User, runs: Path, django_capture_on_commit_callbacks: object
) -> None:
    failed = ImportRun.objects.get(outcome="failed")
    runs.write_bytes((INPUTS / "council-safe-loans.md").read_bytes())
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            reverse(CHANGELIST),
            {"action": "rerun", "_selected_action": [failed.pk]},
            follow=True,
        )
    assert "1 import(s) queued again" in page.content.decode()
    again = ImportRun.objects.exclude(pk=failed.pk).get(path=str(runs))
    assert again.outcome == "created"
    assert Initiative.objects.filter(title__icontains="SAFE").exists()


def test_a_run_whose_file_is_gone_says_so(client: Client, curator: User, runs: Path) -> None:
    failed = ImportRun.objects.get(outcome="failed")
    runs.unlink()
    client.force_login(curator)
    page = client.post(
        reverse(CHANGELIST), {"action": "rerun", "_selected_action": [failed.pk]}, follow=True
    )
    assert "The file press-release.md is no longer on disk" in page.content.decode()
    assert ImportRun.objects.count() == 3
