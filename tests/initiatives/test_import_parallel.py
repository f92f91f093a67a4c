"""On PostgreSQL the command imports a folder in several processes, losing nothing."""

from pathlib import Path

import pytest
from django.db import connection

from initiatives.models import Actor, ImportRun, Initiative
from tests.initiatives.conftest import INPUTS, import_json

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("frozen_today"),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel import needs PostgreSQL"
    ),
]
FILES = 24


def test_it_imports_a_folder_in_two_processes_once_each(tmp_path: Path) -> None:
    template = (INPUTS / "council-safe-loans.md").read_text()
    for n in range(FILES):
        text = template.replace("council-safe-loans", f"council-safe-loans-{n}")
        text = text.replace("€150 billion", f"€{n + 1} billion")
        (tmp_path / f"release-{n:02d}.md").write_text(text)

    report = import_json(tmp_path, jobs=2)

    # Each file is another release about the same loan instrument: the first creates
    # the initiative, whichever process imports it; every other one attaches to it.
    outcomes = sorted(d["outcome"] for d in report["documents"])
    assert outcomes == ["created"] + ["updated"] * (FILES - 1)
    assert [d["path"] for d in report["documents"]] == sorted(str(p) for p in tmp_path.iterdir())
    assert Initiative.objects.count() == 1
    assert Initiative.objects.get().documents.count() == FILES
    assert {d["match"]["decision"] for d in report["documents"]} == {"new", "attached"}
    assert ImportRun.objects.count() == FILES
    names = list(Actor.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
    assert "Council of the EU" in names
