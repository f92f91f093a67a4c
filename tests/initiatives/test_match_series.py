"""The document series in date order: which document lands where, and what it changes."""

from __future__ import annotations

from typing import Any

import pytest

from initiatives.models import Initiative
from tests.initiatives.series import IN_ORDER, import_all
from timeline.models import ActionStatus, ChangeEvent, EventKind

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]

DECISIONS = {
    "eu-ukraine-defence-industrial-cooperation.txt": ("created", "new"),
    "02-guidelines-published.md": ("updated", "attached"),
    "11-uk-drone-partnership.md": ("created", "new"),
    "31-decoy-energy-grid-loan.md": ("created", "new"),
    "03-funding-adopted.md": ("updated", "attached"),
    "21-asap-top-up.md": ("created", "new"),
    "32-decoy-moldova-energy.md": ("created", "new"),
    "04-structures-delayed.md": ("updated", "attached"),
    "12-uk-drone-testing-centre.md": ("updated", "attached"),
    "05-entry-into-force.md": ("updated", "attached"),
    "22-asap-grants-signed.md": ("updated", "attached"),
    "06-completed.md": ("updated", "attached"),
}
# Each document's proposals that name their target: (kind, target, value, state).
PROPOSALS = {
    "02-guidelines-published.md": [
        ("action_done", "Outline co-production guidelines", "2026-01-19", "applied"),
        ("window_change", "Outline specific funding mechanisms", "2026-03-31", "pending"),
    ],
    "03-funding-adopted.md": [
        ("action_done", "Outline specific funding mechanisms", "2026-03-26", "applied"),
        (
            "action_done",
            "Coordinate with Kyiv to identify priority sectors",
            "2026-03-27",
            "applied",
        ),
        ("new_actor", "", "Council of the EU", "pending"),
    ],
    "04-structures-delayed.md": [
        ("window_change", "Outline implementation structures", "2026-11-30", "applied"),
    ],
    "12-uk-drone-testing-centre.md": [
        (
            "action_done",
            "Open a joint testing centre",
            "2026-06-12",
            "applied",
        ),
    ],
    "05-entry-into-force.md": [
        (
            "status_change",
            "EU Votes to Deepen Defense Industry Ties with Ukraine",
            "in_implementation",
            "applied",
        ),
        ("new_milestone", "", "2026-07-01", "applied"),
    ],
    "22-asap-grants-signed.md": [
        ("action_done", "Sign grant agreements with ammunition makers", "2026-09-01", "applied"),
    ],
    "06-completed.md": [
        ("action_done", "Outline implementation structures", "2026-11-09", "applied"),
        (
            "status_change",
            "EU Votes to Deepen Defense Industry Ties with Ukraine",
            "completed",
            "applied",
        ),
    ],
}


def described(proposal: dict[str, Any]) -> tuple[str, str, str, str]:
    target = proposal["target"]
    name = (target.get("description") or target.get("title") or "").split(",")[0]
    value = proposal["value"]
    shown = (
        value.get("completed_on")
        or value.get("due_latest")
        or (value.get("status") if proposal["kind"] == "status_change" else None)
        or value.get("date")
        or value.get("name")
    )
    return (proposal["kind"], name, shown, proposal["state"])


@pytest.fixture
def report() -> dict[str, dict[str, Any]]:
    return import_all(IN_ORDER)


def test_it_lands_every_document_where_a_reader_would(report: dict[str, Any]) -> None:
    assert {name: (e["outcome"], e["match"]["decision"]) for name, e in report.items()} == DECISIONS
    assert Initiative.objects.count() == 5
    defence = report["eu-ukraine-defence-industrial-cooperation.txt"]["initiative_id"]
    for name in ("02", "03", "04", "05", "06"):
        (entry,) = [e for n, e in report.items() if n.startswith(name)]
        assert entry["initiative_id"] == entry["match"]["initiative_id"] == defence


def test_the_decoys_stay_apart_from_the_defence_initiative(report: dict[str, Any]) -> None:
    defence = report["eu-ukraine-defence-industrial-cooperation.txt"]["initiative_id"]
    for name in ("31-decoy-energy-grid-loan.md", "32-decoy-moldova-energy.md"):
        assert report[name]["initiative_id"] != defence
        assert report[name]["match"]["score"] < 0.2


def test_it_proposes_each_change_with_its_quote(report: dict[str, Any]) -> None:
    targeted = {
        name: [
            described(p) for p in entry["proposals"] if p["target"] or p["kind"] != "action_done"
        ]
        for name, entry in report.items()
    }
    assert {name: found for name, found in targeted.items() if found} == PROPOSALS
    for entry in report.values():
        for proposal in entry["proposals"]:
            assert proposal["evidence"]["quote"]


def test_it_applies_the_confident_changes_and_keeps_the_rest_waiting(
    report: dict[str, Any],
) -> None:
    defence = Initiative.objects.get(title="EU Votes to Deepen Defense Industry Ties with Ukraine")
    assert defence.status == "completed"
    assert defence.curated_fields == []
    actions = {a.description.split(",")[0]: a for a in defence.actions.all()}
    assert actions["Outline co-production guidelines"].completed_on.isoformat() == "2026-01-19"
    funding = actions["Outline specific funding mechanisms"]
    # The firmer window waits for a curator; the completion was confident.
    assert (funding.status, funding.due_latest.isoformat()) == (ActionStatus.DONE, "2026-05-25")
    structures = actions["Outline implementation structures"]
    assert structures.due_latest.isoformat() == "2026-11-30"
    assert structures.completed_on.isoformat() == "2026-11-09"
    assert (
        actions[
            "Monitoring and evaluation measures to accompany the rollout to track progress and capability impacts"
        ].status
        == ActionStatus.OPEN
    )
    assert not defence.actor_links.filter(actor__name="Council of the EU").exists()


def test_every_change_event_names_the_document_that_reported_it(report: dict[str, Any]) -> None:
    defence = report["eu-ukraine-defence-industrial-cooperation.txt"]["initiative_id"]
    events = [
        (e.kind, e.summary, e.document.source_path.rsplit("/", 1)[-1] if e.document else None)
        for e in ChangeEvent.objects.filter(initiative_id=defence).order_by("pk")
    ]
    reported = [
        e for e in events if e[0] not in (EventKind.DOCUMENT_ADDED, EventKind.INITIATIVE_CREATED)
    ]
    assert reported == [
        ("action_done", "Done: Outline co-production guidelines", "02-guidelines-published.md"),
        ("action_done", "Done: Outline specific funding mechanisms", "03-funding-adopted.md"),
        (
            "action_done",
            "Done: Coordinate with Kyiv to identify priority sectors, including ammunition "
            "production, armored systems, air defense components, and repair logistics",
            "03-funding-adopted.md",
        ),
        (
            "action_changed",
            "Due earliest changed: Outline implementation structures",
            "04-structures-delayed.md",
        ),
        (
            "action_changed",
            "Due latest changed: Outline implementation structures",
            "04-structures-delayed.md",
        ),
        (
            "status_changed",
            "Status changed from Adopted to In implementation",
            "05-entry-into-force.md",
        ),
        (
            "milestone_added",
            "New milestone: Entry into force (1 July 2026)",
            "05-entry-into-force.md",
        ),
        ("action_done", "Done: Outline implementation structures", "06-completed.md"),
        ("status_changed", "Status changed from In implementation to Completed", "06-completed.md"),
    ]
    assert [e[0] for e in events].count(EventKind.DOCUMENT_ADDED) == 6


def test_reimporting_the_whole_series_changes_nothing(report: dict[str, Any]) -> None:
    before = (
        Initiative.objects.count(),
        ChangeEvent.objects.count(),
        sorted(Initiative.objects.values_list("pk", "status")),
    )
    again = import_all(IN_ORDER)
    assert {e["outcome"] for e in again.values()} == {"unchanged"}
    # The same proposals, in the same states, but for the new window that 02 reported
    # for the funding mechanisms: 03 reported them delivered, which withdrew it.
    first = [e["proposals"] for e in report.values()]
    for proposal in first[1]:
        if proposal["kind"] == "window_change":
            proposal["state"] = "withdrawn"
    assert [e["proposals"] for e in again.values()] == first
    assert before == (
        Initiative.objects.count(),
        ChangeEvent.objects.count(),
        sorted(Initiative.objects.values_list("pk", "status")),
    )
