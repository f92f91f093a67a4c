"""The rule tables, one behaviour at a time, on short texts in the style of EU news."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedInitiative

TODAY = dt.date(2026, 11, 24)
PUBLISHED = dt.date(2025, 6, 10)


def extract(body: str, title: str = "EU defence support for Ukraine") -> ExtractedInitiative:
    extraction = extract_text(f"{title}\n{body}\n", today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Council adopted the regulation.", "adopted"),
        ("MEPs voted in favour of the text.", "adopted"),
        ("EU ministers gave their final green light to the package.", "adopted"),
        ("The Council and Parliament reached a provisional agreement.", "provisional_agreement"),
        ("The Commission proposed a new instrument.", "proposed"),
        ("The Council agreed its negotiating mandate on the instrument.", "proposed"),
        ("The Commission announced a new fund for member states.", "announced"),
        ("The regulation entered into force for member states.", "in_implementation"),
        ("The Commission withdrew the proposal for member states.", "withdrawn"),
        ("The Council has not yet adopted the regulation for member states.", "announced"),
        ("Once adopted by the Council, the rules will help member states.", "announced"),
    ],
)
def test_it_takes_the_status_from_the_cue_table(sentence: str, status: str) -> None:
    # The second sentence keeps an initiative when the first has no cue.
    assert extract(f"{sentence} It covers joint production with Ukrainian firms.").status == status


def test_it_prefers_the_earliest_strong_cue_to_an_announcement() -> None:
    initiative = extract("The Commission announced today that the Council adopted the plan.")
    assert (initiative.status, initiative.status_rule) == ("adopted", "status.adopted")
    assert [a.name for a in initiative.actors if a.role == "decision_maker"] == [
        "Council of the EU"
    ]


def test_it_dates_a_decision_taken_today_on_the_publication_day() -> None:
    initiative = extract("Brussels, 10 June – The Council today adopted the instrument.")
    assert (initiative.decided_on, initiative.venue) == (PUBLISHED, "Brussels")


@pytest.mark.parametrize(
    "sentence",
    [
        "On 5 June 2025 the Council adopted the act that the Commission proposed on 5 March 2024.",
        "The Council adopted the act, which the Commission put forward on 5 March 2024, "
        "on 5 June 2025.",
    ],
)
def test_it_dates_the_decision_by_its_cue_not_by_another_event(sentence: str) -> None:
    assert extract(sentence).decided_on == dt.date(2025, 6, 5)


def test_it_takes_no_country_for_the_venue_of_an_eu_vote() -> None:
    initiative = extract("MEPs voted in Strasbourg on 9 June 2025 to fund projects in Ukraine.")
    assert (initiative.venue, initiative.decided_on) == ("Strasbourg", dt.date(2025, 6, 9))
    initiative = extract("MEPs voted on 9 June 2025 to fund projects in Ukraine.")
    assert initiative.venue is None


def test_it_may_take_the_venue_from_the_meeting_sentence() -> None:
    initiative = extract(
        "EU ministers adopted the plan on 9 June 2025. They met in Luxembourg with Ukraine."
    )
    assert initiative.venue == "Luxembourg"
    assert initiative.venue_evidence is not None
    assert initiative.venue_evidence.quote == "Luxembourg"


def test_it_names_the_agent_of_a_passive_decision() -> None:
    initiative = extract("The loan was approved by the European Parliament on 5 June 2025.")
    assert ("European Parliament", "decision_maker") in {
        (a.name, a.role) for a in initiative.actors
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council adopted a plan with priority sectors, including drones, munitions and space.",
        "The Council adopted a plan that covers key defence areas such as drones, munitions and space.",
        "The Council adopted a plan; priorities include drones, munitions and space.",
    ],
)
def test_it_takes_priority_sectors_from_enumerations(sentence: str) -> None:
    assert [s.name for s in extract(sentence).sectors] == ["drones", "munitions", "space"]


def test_it_takes_no_single_focus_for_a_list_of_sectors() -> None:
    assert extract("The Council adopted a plan to focus on strengthening resilience.").sectors == []


def test_it_splits_a_plain_list_of_objects_into_actions_sharing_owner_and_due() -> None:
    initiative = extract(
        "The Council adopted the plan.\n"
        "The Commission will publish guidelines, templates, and a handbook by the end of 2025."
    )
    actions = initiative.actions
    assert [a.description for a in actions] == [
        "Publish guidelines",
        "Publish templates",
        "Publish a handbook",
    ]
    assert {a.owner for a in actions} == {"European Commission"}
    assert {a.due.latest for a in actions if a.due} == {dt.date(2025, 12, 31)}
    assert [a.evidence.quote for a in actions] == ["guidelines", "templates", "a handbook"]


def test_it_turns_a_passive_promise_into_an_imperative_owned_by_its_agent() -> None:
    initiative = extract(
        "The Council adopted the plan.\nThe first report will be presented by the Commission."
    )
    (action,) = initiative.actions
    assert (action.description, action.owner) == ("Present the first report", "European Commission")


def test_it_makes_the_subject_of_a_promise_its_owner_and_an_implementer() -> None:
    initiative = extract(
        "The Council adopted the plan.\nMember states must now submit national plans."
    )
    (action,) = initiative.actions
    assert (action.description, action.owner) == ("Submit national plans", "EU member states")
    assert ("EU member states", "implementer") in {(a.name, a.role) for a in initiative.actors}
