"""Bad input gets a clear message in the command, the task result and admin, and leaves
no partial records."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from pypdf import PdfWriter

from initiatives.models import Document, Evidence, ImportRun, Initiative
from initiatives.tasks import import_document
from tests.initiatives.conftest import INPUTS, import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (bytes(range(256)) * 20, "binary"),
    "scanned.pdf": (blank_pdf(), "(scanned PDF?): no text to import"),
    "notes.docx": (b"PK\x03\x04 word document", "accepted"),
}


def assert_nothing_stored() -> None:
    assert (Document.objects.count(), Initiative.objects.count(), Evidence.objects.count()) == (
        0,
        0,
        0,
    )


@pytest.mark.parametrize("name", BAD_FILES)
def test_the_command_says_what_is_wrong_and_stores_nothing(tmp_path: Path, name: str) -> None:
    data, message = BAD_FILES[name]
    (tmp_path / name).write_bytes(data)
    err = io.StringIO()
    with pytest.raises(CommandError, match="failed to import"):
        call_command("import_documents", str(tmp_path / name), stdout=io.StringIO(), stderr=err)
    report = import_json(tmp_path / name)
    (entry,) = report["documents"]
    assert entry["outcome"] == "failed"
    assert message in entry["error"]
    assert_nothing_stored()
    run = ImportRun.objects.filter(outcome="failed").latest("started_at")
    assert message in run.error


def test_the_task_result_carries_the_message(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"  \n")
    result = import_document.delay(str(tmp_path / "empty.md")).get()
    assert result["outcome"] == "failed"
    assert "empty" in result["error"]
    assert_nothing_stored()


def test_admin_shows_the_failure_to_a_curator(
    client: Client, curator: object, tmp_path: Path
) -> None:
    (tmp_path / "scanned.pdf").write_bytes(blank_pdf())
    import_json(tmp_path / "scanned.pdf")
    client.force_login(curator)
    page = client.get(reverse("admin:initiatives_importrun_changelist"))
    assert "(scanned PDF?): no text to import" in page.content.decode()


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, settings: object) -> None:
    settings.DOCKET_MAX_UPLOAD_BYTES = 100
    (tmp_path / "long.txt").write_text("Council adopts a regulation. " * 20)
    (entry,) = import_json(tmp_path / "long.txt")["documents"]
    assert entry["outcome"] == "failed"
    assert "DOCKET_MAX_UPLOAD_BYTES" in entry["error"]
    assert_nothing_stored()


def test_text_that_is_not_utf8_is_decoded_with_a_warning() -> None:
    (entry,) = import_json(INPUTS / "cp1252-proposal.txt")["documents"]
    assert entry["outcome"] == "created"
    assert any("cp1252" in w.lower() or "encoding" in w.lower() for w in entry["warnings"])
    assert "règles for défense" in Document.objects.get().text


def test_scripts_in_html_never_reach_the_stored_text() -> None:
    (entry,) = import_json(INPUTS / "scripts.html")["documents"]
    assert entry["outcome"] == "created"
    text = Document.objects.get().text
    assert "Parliament approves defence partnership with Ukraine" in text
    for fragment in ("<script", "alert(", "document.cookie", "evil.example"):
        assert fragment not in text


def test_a_document_without_an_initiative_is_kept_for_a_curator() -> None:
    (entry,) = import_json(INPUTS / "recipe.txt")["documents"]
    assert entry["outcome"] == "created"
    assert entry["initiative"] is None
    assert any("No initiative found" in w for w in entry["warnings"])
    document = Document.objects.get()
    assert document.initiative is None
    assert Initiative.objects.count() == 0
