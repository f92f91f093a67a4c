"""The importer's `--json` contract for matches and proposals; `--dry-run` writes nothing."""

from __future__ import annotations

import pytest

from initiatives.models import Document, DocumentMatch, ImportRun, Initiative
from tests.initiatives.conftest import SEED, import_json
from tests.initiatives.series import ANNOUNCEMENT_PUBLISHED, SERIES
from timeline.models import ChangeEvent, FollowUpAction, Proposal

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
GUIDELINES = SERIES / "02-guidelines-published.md"


def test_a_new_initiative_reports_its_match_and_id() -> None:
    (entry,) = import_json(SEED, published=ANNOUNCEMENT_PUBLISHED)["documents"]
    initiative = Initiative.objects.get()
    assert entry["initiative_id"] == initiative.pk
    assert entry["match"] == {
        "decision": "new",
        "initiative_id": initiative.pk,
        "score": 0.0,
        "features": {},
    }


def test_an_attached_document_reports_its_score_features_and_proposals() -> None:
    import_json(SEED, published=ANNOUNCEMENT_PUBLISHED)
    (entry,) = import_json(GUIDELINES)["documents"]
    initiative = Initiative.objects.get()
    match = entry["match"]
    assert (match["decision"], match["initiative_id"]) == ("attached", initiative.pk)
    assert set(match["features"]) == {
        "title_similarity",
        "programme_names",
        "back_reference",
        "action_overlap",
        "same_actors",
        "areas_sectors",
        "date_plausible",
    }
    assert (
        match["score"] == DocumentMatch.objects.get(document__title__startswith="EU agencies").score
    )
    done = next(p for p in entry["proposals"] if p["kind"] == "action_done")
    action = FollowUpAction.objects.get(description="Outline co-production guidelines")
    assert done == {
        "kind": "action_done",
        "target": {"type": "action", "id": action.pk, "description": action.description},
        "value": {"status": "done", "completed_on": "2026-01-19"},
        "state": "applied",
        "confidence": 0.9,
        "evidence": {
            "quote": (
                "EU agencies published the co-production guidelines on 19 January, the first "
                "deliverable of the defence industrial cooperation with Ukraine approved on "
                "25 November 2025"
            ),
            "start": done["evidence"]["start"],
            "end": done["evidence"]["end"],
        },
    }
    text = Document.objects.get(pk=ImportRun.objects.latest("pk").document_id).text
    assert text[done["evidence"]["start"] : done["evidence"]["end"]] == done["evidence"]["quote"]


def test_a_dry_run_reports_the_same_and_writes_nothing() -> None:
    import_json(SEED, published=ANNOUNCEMENT_PUBLISHED)
    counts = [m.objects.count() for m in (Document, Proposal, ChangeEvent, ImportRun)]
    (dry,) = import_json(GUIDELINES, dry_run=True)["documents"]
    assert [m.objects.count() for m in (Document, Proposal, ChangeEvent, ImportRun)] == counts
    assert (
        FollowUpAction.objects.get(description="Outline co-production guidelines").status == "open"
    )
    (real,) = import_json(GUIDELINES)["documents"]
    assert dry["match"] == real["match"]
    assert [(p["kind"], p["state"], p["value"]) for p in dry["proposals"]] == [
        (p["kind"], p["state"], p["value"]) for p in real["proposals"]
    ]


def test_a_dry_run_of_a_new_initiative_gives_no_id() -> None:
    (entry,) = import_json(SEED, published=ANNOUNCEMENT_PUBLISHED, dry_run=True)["documents"]
    assert entry["match"]["decision"] == "new"
    assert entry["initiative_id"] is None
    assert Initiative.objects.count() == 0
