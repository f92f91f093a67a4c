"""Files dropped into the inbox folder are imported once by the periodic task."""

from pathlib import Path

import pytest

from initiatives.models import ImportRun, Initiative
from initiatives.tasks import import_inbox
from tests.initiatives.conftest import INPUTS, SEED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


def test_it_imports_new_files_and_moves_them_out_of_the_inbox(
    tmp_path: Path, settings: object
) -> None:
    settings.DOCKET_INBOX_DIR = tmp_path
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.odt").write_bytes(b"not a document Docket reads")

    assert import_inbox.delay().get() == {"created": 1, "failed": 1}

    assert Initiative.objects.count() == 1
    assert (tmp_path / "imported" / SEED.name).exists()
    assert (tmp_path / "failed" / "empty.txt").exists()
    assert (tmp_path / "notes.odt").exists()
    assert set(ImportRun.objects.values_list("trigger", flat=True)) == {"inbox"}

    assert import_inbox.delay().get() == {}
    assert ImportRun.objects.count() == 2


def test_a_file_dropped_again_after_a_crash_is_unchanged(tmp_path: Path, settings: object) -> None:
    settings.DOCKET_INBOX_DIR = tmp_path
    (tmp_path / "safe.md").write_bytes((INPUTS / "council-safe-loans.md").read_bytes())
    import_inbox.delay().get()
    (tmp_path / "safe.md").write_bytes((INPUTS / "council-safe-loans.md").read_bytes())
    assert import_inbox.delay().get() == {"unchanged": 1}
    assert Initiative.objects.count() == 1


def test_a_file_that_breaks_the_pipeline_fails_alone(
    tmp_path: Path, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from initiatives import imports

    def extract(data: bytes, *, filename: str, **options: object) -> object:
        if filename == "poison.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real_extract(data, filename=filename, **options)

    real_extract = imports.extract_document
    monkeypatch.setattr(imports, "extract_document", extract)
    settings.DOCKET_INBOX_DIR = tmp_path
    (tmp_path / "poison.txt").write_bytes(SEED.read_bytes())
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())

    assert import_inbox.delay().get() == {"created": 1, "failed": 1}
    assert (tmp_path / "failed" / "poison.txt").exists()
    run = ImportRun.objects.get(outcome="failed")
    assert run.error == "Unexpected error: RecursionError: maximum recursion depth exceeded"
