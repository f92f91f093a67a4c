"""No import path follows a symbolic link or reads outside the folder it was given:
the command, the inbox and admin uploads refuse links, devices and FIFOs by name."""

from __future__ import annotations

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from initiatives.files import FileRefused, file_read_inside
from initiatives.models import Document, ImportRun
from initiatives.tasks import import_document, import_inbox
from tests.initiatives.conftest import SEED, import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]

SECRET = "root:x:0:0:secret-line-that-must-never-be-imported"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n" + SEED.read_text())  # a real document, were it read
    return secret


@pytest.fixture
def folder(tmp_path: Path, outside: Path) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "linked").symlink_to(outside.parent, target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "also.txt").symlink_to(outside)
    os.mkfifo(folder / "pipe.txt")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    return folder


def assert_nothing_leaked() -> None:
    assert not Document.objects.filter(text__contains="secret-line").exists()


def test_the_command_refuses_each_link_and_fifo_by_name_and_imports_the_rest(
    folder: Path,
) -> None:
    report = import_json(folder)
    outcomes = {Path(d["path"]).name: (d["outcome"], d["error"]) for d in report["documents"]}
    assert outcomes["seed.txt"] == ("created", None)
    for name, kind in (
        ("passwd.txt", "symbolic link"),
        ("also.txt", "symbolic link"),
        ("pipe.txt", "FIFO"),
    ):
        outcome, error = outcomes[name]
        assert outcome == "failed"
        assert f"Refused {folder}" in error and name in error and kind in error
    assert_nothing_leaked()


def test_the_command_counts_refusals_in_its_summary(folder: Path) -> None:
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_documents", str(folder), stdout=out, stderr=StringIO())
    assert "1 created, 0 updated, 0 unchanged, 3 failed (4 document(s))." in out.getvalue()
    assert f"FAILED {folder / 'passwd.txt'}: Refused" in out.getvalue()


def test_the_command_refuses_a_link_named_on_the_command_line(folder: Path) -> None:
    (entry,) = import_json(folder / "passwd.txt")["documents"]
    assert entry["outcome"] == "failed"
    assert "symbolic link" in entry["error"]
    assert_nothing_leaked()


def test_the_inbox_refuses_links_and_moves_them_aside(folder: Path, settings: object) -> None:
    settings.DOCKET_INBOX_DIR = folder
    assert import_inbox.delay().get() == {"created": 1, "failed": 2}
    assert_nothing_leaked()
    errors = set(ImportRun.objects.exclude(error="").values_list("error", flat=True))
    assert any("passwd.txt" in e and "symbolic link" in e for e in errors)
    assert (folder / "failed" / "passwd.txt").is_symlink()


def test_an_enqueued_file_is_read_inside_its_own_folder_only(folder: Path) -> None:
    result = import_document.delay(str(folder / "passwd.txt")).get()
    assert result["outcome"] == "failed"
    assert "symbolic link" in result["error"]
    assert_nothing_leaked()


def test_the_reader_refuses_devices_dot_dots_and_linked_folders(
    folder: Path, outside: Path
) -> None:
    with pytest.raises(FileRefused, match="device file"):
        file_read_inside(Path("/dev/null"), root=Path("/dev"))
    with pytest.raises(FileRefused, match="outside"):
        file_read_inside(outside, root=folder)
    with pytest.raises(FileRefused, match="it is outside"):
        file_read_inside(folder / ".." / "outside" / "passwd", root=folder)
    with pytest.raises(FileRefused, match="linked on its way is a symbolic link"):
        file_read_inside(folder / "linked" / "passwd", root=folder)
    assert file_read_inside(folder / "seed.txt", root=folder) == SEED.read_bytes()
