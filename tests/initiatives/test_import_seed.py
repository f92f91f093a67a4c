"""The seed article, imported as a user would, gives the initiative the issue describes."""

import datetime as dt

import pytest

from initiatives.models import Actor, Document, Evidence, Initiative, InitiativeArea
from tests.initiatives.conftest import SEED, import_json
from timeline.models import FollowUpAction, Milestone

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


@pytest.fixture
def initiative() -> Initiative:
    report = import_json(SEED)
    assert report["documents"][0]["outcome"] == "created", report
    return Initiative.objects.get()


def test_it_stores_title_status_venue_and_decision_date(initiative: Initiative) -> None:
    assert initiative.title == "EU Votes to Deepen Defense Industry Ties with Ukraine"
    assert initiative.status == "adopted"
    assert initiative.venue == "Brussels"
    assert (initiative.decided_on, initiative.decided_on_precision) == (
        dt.date(2025, 11, 25),
        "day",
    )
    document = Document.objects.get()
    assert any("inferred" in w for w in document.warnings)


def test_it_links_the_actors_with_their_roles(initiative: Initiative) -> None:
    roles = {
        (link.actor.name, link.role) for link in initiative.actor_links.select_related("actor")
    }
    assert ("European Union", "decision_maker") in roles
    assert ("Ukraine", "partner") in roles
    names = {name for name, _ in roles}
    assert {
        "European Commission",
        "European Parliament",
        "EU member states",
        "EU agencies",
    } <= names
    assert not Actor.objects.filter(name__in=["Kyiv", "Kiev"]).exists()


def test_it_evidences_all_five_areas_by_their_bullet_lines(initiative: Initiative) -> None:
    links = InitiativeArea.objects.filter(initiative=initiative).select_related("area", "evidence")
    assert sorted(link.area.slug for link in links) == sorted(
        ["co-production", "supply-chain", "standardization", "investment", "regulation"]
    )
    text = Document.objects.get().text
    bullets = {line.removeprefix("- ") for line in text.splitlines() if line.startswith("- ")}
    for link in links:
        assert link.evidence.quote in bullets
        assert text[link.evidence.start : link.evidence.end] == link.evidence.quote


def test_it_lists_the_priority_sectors(initiative: Initiative) -> None:
    assert {s.name.lower() for s in initiative.sectors.all()} == {
        "ammunition production",
        "armored systems",
        "air defense components",
        "repair logistics",
    }


def test_it_extracts_the_follow_up_actions_with_owners_and_windows(initiative: Initiative) -> None:
    actions = list(FollowUpAction.objects.filter(initiative=initiative).select_related("owner"))
    outlines = [a for a in actions if a.description.lower().startswith("outline")]
    assert len(outlines) == 3
    for action in outlines:
        assert action.owner.name == "EU agencies"
        assert action.due_text == "in the coming months"
        assert (action.due_earliest, action.due_latest) == (
            dt.date(2025, 11, 25),
            dt.date(2026, 5, 25),
        )
    described = " ".join(a.description.lower() for a in outlines)
    for thing in ("funding mechanisms", "co-production guidelines", "implementation structures"):
        assert thing in described
    identify = next(a for a in actions if "identify priority sectors" in a.description.lower())
    assert identify.owner.name == "EU member states"
    assert any("monitoring" in a.description.lower() for a in actions)


def test_it_records_the_decision_milestone(initiative: Initiative) -> None:
    assert Milestone.objects.filter(
        initiative=initiative, kind__in=["decision", "vote"], date=dt.date(2025, 11, 25)
    ).exists()


def test_it_sets_aside_the_comments_tail_and_takes_no_fact_from_it(initiative: Initiative) -> None:
    document = Document.objects.get()
    tail = document.text.index("2 comments")
    assert any(s["start"] <= tail and s["end"] == len(document.text) for s in document.set_aside)
    assert not Evidence.objects.filter(end__gt=tail).exists()
    everything = " ".join(Evidence.objects.values_list("quote", flat=True))
    for word in ("NSS", "drone", "Skeyes", "civilizational"):
        assert word not in everything
        assert not Actor.objects.filter(name__icontains=word).exists()


def test_importing_it_twice_changes_nothing(initiative: Initiative) -> None:
    counts = [
        m.objects.count() for m in (Initiative, Document, Evidence, FollowUpAction, Milestone)
    ]
    report = import_json(SEED)
    assert report["documents"][0]["outcome"] == "unchanged"
    assert [
        m.objects.count() for m in (Initiative, Document, Evidence, FollowUpAction, Milestone)
    ] == counts
