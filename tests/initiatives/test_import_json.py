"""`import_documents --json` prints one JSON object a script can rely on."""

from io import StringIO

import pytest
from django.core.management import call_command

from initiatives.models import Document, ImportRun, Initiative
from tests.initiatives.conftest import INPUTS, SEED, import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


def test_it_reports_every_fact_with_a_quote_that_is_the_stored_span() -> None:
    report = import_json(SEED)
    (entry,) = report["documents"]
    assert set(entry) == {
        "path",
        "sha256",
        "title",
        "outcome",
        "error",
        "warnings",
        "published_on",
        "reference_date",
        "set_aside",
        "initiative",
        "initiative_id",
        "match",
        "proposals",
    }
    assert entry["reference_date"] == "2025-11-25"
    assert entry["published_on"] is None
    assert entry["set_aside"] and {"reason", "start", "end"} == set(entry["set_aside"][0])
    text = Document.objects.get().text
    initiative = entry["initiative"]
    facts = [*initiative["actors"], *initiative["areas"], *initiative["sectors"]]
    facts += [*initiative["milestones"], *initiative["actions"]]
    assert len(facts) > 15
    for fact in facts:
        evidence = fact["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_it_prints_exactly_one_json_object_on_stdout() -> None:
    out, err = StringIO(), StringIO()
    call_command("import_documents", str(SEED), json=True, stdout=out, stderr=err)
    assert out.getvalue().strip().startswith('{"documents": [')
    assert out.getvalue().count("\n") <= 1
    assert "1 created" in err.getvalue()


def test_a_dry_run_says_what_would_happen_and_writes_nothing() -> None:
    report = import_json(SEED, INPUTS / "council-safe-loans.md", dry_run=True)
    assert [d["outcome"] for d in report["documents"]] == ["created", "created"]
    assert report["documents"][1]["initiative"]["status"] == "adopted"
    assert (Document.objects.count(), Initiative.objects.count(), ImportRun.objects.count()) == (
        0,
        0,
        0,
    )
    import_json(SEED)
    again = import_json(SEED, dry_run=True)
    assert again["documents"][0]["outcome"] == "unchanged"


def test_it_reads_the_published_date_from_front_matter() -> None:
    report = import_json(INPUTS / "council-safe-loans.md")
    (entry,) = report["documents"]
    assert entry["published_on"] == "2025-05-27"
    assert entry["reference_date"] == "2025-05-27"
    assert Document.objects.get().source_url == "https://example.org/press/council-safe-loans"


def test_it_imports_every_file_of_a_folder(tmp_path: object) -> None:
    report = import_json(INPUTS.parent.parent.parent / "seeds")
    assert len(report["documents"]) >= 1
    assert all(d["outcome"] == "created" for d in report["documents"])
