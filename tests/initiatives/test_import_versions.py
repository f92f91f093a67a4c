"""A new version of a known document updates what was extracted, never what a curator did."""

import datetime as dt

import pytest

from initiatives.models import Document, Initiative, InitiativeArea, Origin
from initiatives.services import initiative_save, initiative_verify
from tests.initiatives.conftest import INPUTS, import_json
from timeline.models import ChangeEvent, EventKind, FollowUpAction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
V1, V2 = INPUTS / "council-safe-loans.md", INPUTS / "council-safe-loans-v2.md"


def guidance(initiative: Initiative) -> FollowUpAction:
    return initiative.actions.get(description__icontains="guidance")


def test_a_new_version_updates_the_extracted_facts() -> None:
    import_json(V1)
    initiative = Initiative.objects.get()
    assert guidance(initiative).due_latest == dt.date(2025, 7, 31)
    (entry,) = import_json(V2)["documents"]
    assert entry["outcome"] == "updated"
    assert Initiative.objects.count() == 1
    assert Document.objects.filter(initiative=initiative).count() == 2
    assert guidance(initiative).due_latest == dt.date(2025, 9, 30)
    assert InitiativeArea.objects.filter(
        initiative=initiative, area__slug="standardization"
    ).exists()
    changed = ChangeEvent.objects.get(kind=EventKind.ACTION_CHANGED, action=guidance(initiative))
    assert changed.via == "import"
    assert (changed.old_value, changed.new_value) == (
        "27 May 2025 – 31 Jul 2025",
        "28 May 2025 – 30 Sep 2025",
    )


def test_it_never_overwrites_what_a_curator_edited(curator: object) -> None:
    import_json(V1)
    initiative = Initiative.objects.get()
    initiative.title = "SAFE: Security Action for Europe loans"
    initiative_save(initiative=initiative, via="admin", user=curator)
    action = guidance(initiative)
    action.due_latest = dt.date(2025, 8, 15)
    action.origin = Origin.CURATOR
    action.save()
    import_json(V2)
    initiative.refresh_from_db()
    assert initiative.title == "SAFE: Security Action for Europe loans"
    assert guidance(initiative).due_latest == dt.date(2025, 8, 15)


def test_a_verified_initiative_only_gains_facts(curator: object) -> None:
    import_json(V1)
    initiative = Initiative.objects.get()
    initiative_verify(initiative=initiative, via="admin", user=curator)
    import_json(V2)
    assert guidance(initiative).due_latest == dt.date(2025, 7, 31)
    assert InitiativeArea.objects.filter(
        initiative=initiative, area__slug="standardization"
    ).exists()


def test_the_same_text_under_another_name_is_unchanged(tmp_path: object) -> None:
    import_json(V1)
    copy = tmp_path / "renamed.md"
    copy.write_bytes(V1.read_bytes())
    (entry,) = import_json(copy)["documents"]
    assert entry["outcome"] == "unchanged"
    assert Document.objects.count() == 1
