"""Decision wording of any government or international body, and its date."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision, decide
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure

PUBLISHED = dt.date(2025, 6, 18)


def _decide(text: str, published: dt.date | None = PUBLISHED) -> Decision:
    return decide(
        text,
        segments(text, structure(text)),
        reference=published or dt.date(2026, 11, 24),
        published=published,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Leaders launch a clean hydrogen partnership\n\nThe leaders of the seven countries "
        "launched the partnership at their summit in the Rockies.",
        "Minister releases national battery strategy\n\nThe Minister for Industry has "
        "released Australia's new National Battery Strategy to grow local manufacturing.",
        "Trade ministers reach an agreement on fisheries\n\nMembers reached an agreement on "
        "curbing subsidies that drive overfishing.",
        "Parliament gives final approval to the housing bill\n\nThe final adoption of the "
        "bill caps a two-year debate in the chamber.",
        "Pandemic accord: talks resume\n\nThe Health Assembly green-lit a new round of talks "
        "on the pandemic accord.",
        "Department unveils plan to speed up grid connections\n\nThe department unveiled a "
        "plan to cut waiting times for new connections.",
        "Bill signed into law\n\nThe President signed into law a bill funding rural clinics.",
        "Government publishes its industrial strategy\n\nThe Government published the "
        "industrial strategy, which sets out eight priority sectors.",
    ],
)
def test_it_dates_a_decision_worded_by_any_body_on_the_publication_day(text: str) -> None:
    decision = _decide(text)
    assert decision.has_cue
    assert decision.decided_on == PUBLISHED
    assert decision.date_rule in ("decided_on.published", "decided_on.today")


def test_it_says_that_the_publication_day_was_taken_for_the_decision() -> None:
    decision = _decide("Leaders launch a clean hydrogen partnership\n\nThe leaders launched it.")
    assert decision.date_rule == "decided_on.published"
    assert any("publication date" in w for w in decision.warnings)


def test_it_prefers_a_date_written_in_the_lead() -> None:
    decision = _decide(
        "Council reaches an agreement on soil monitoring\n\nOn 10 April 2025 the Council "
        "reached an agreement with the Parliament on soil monitoring."
    )
    assert (decision.decided_on, decision.date_rule) == (
        dt.date(2025, 4, 10),
        "decided_on.status.agreement_reached",
    )


def test_it_takes_no_publication_day_when_none_is_known() -> None:
    decision = _decide("Leaders launch a partnership\n\nThe leaders launched it.", published=None)
    assert decision.decided_on is None


def test_it_skips_an_announcement_dated_long_before_the_publication() -> None:
    decision = _decide(
        "Housing statement\n\nThe Government announced in September 2018 that it would "
        "lift the borrowing cap. The Government today launched a new garden villages fund."
    )
    assert decision.decided_on == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Product launch\n\nThe launch of the new phone was delayed by a month.",
        "Ministers to meet\n\nFinal adoption is expected in the autumn, officials said.",
        "Press release\n\nThe committee will launch a consultation next year.",
        "Forecast\n\nThe agency published figures showing that exports fell.",
    ],
)
def test_it_reads_no_decision_in_look_alike_wording(text: str) -> None:
    decision = _decide(text)
    assert decision.decided_on is None


def test_it_takes_no_decision_day_from_a_window_of_talks_ahead() -> None:
    decision = _decide(
        "Member States agree to resume talks\n\nMember States agreed to resume the talks "
        "during 29 April to 10 May, after two weeks of discussions.",
        published=dt.date(2024, 3, 28),
    )
    assert (decision.decided_on, decision.date_rule) == (
        dt.date(2024, 3, 28),
        "decided_on.published",
    )


def test_it_reads_a_programme_submitted_to_parliament_as_proposed() -> None:
    decision = _decide(
        "Cabinet programme sent to parliament\n\nThe government has submitted the Programme "
        "of Activities of the Cabinet of Ministers of the country for consideration by the "
        "parliament."
    )
    assert (decision.status, decision.decided_on) == ("proposed", PUBLISHED)


def test_it_reads_a_weekday_against_the_date_in_the_wire_brackets() -> None:
    decision = _decide(
        "Leaders announce new climate plans\n\nNEW YORK, (Agency / Wire - 25th Sep, 2025) "
        "Leaders of 100 countries announced new climate plans during a meeting on Wednesday.",
        published=dt.date(2025, 9, 25),
    )
    assert (decision.decided_on, decision.date_rule) == (
        dt.date(2025, 9, 24),
        "decided_on.weekday",
    )
