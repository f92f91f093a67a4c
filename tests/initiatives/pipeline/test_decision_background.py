"""A decision the text recalls is not the decision it reports: "plans to" used as a noun,
a decision dated long before the publication deep in the text, and a lead that reports a
delay. Texts written for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 2, 16)  # a Tuesday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # A wire report of a secretariat's appeal.
        "UN urges late countries to file their climate plans\n\nThe UN climate body has "
        "asked countries that missed the deadline for their national adaptation plans to "
        "file them without delay.",
        # A trade paper on a delayed white paper.
        "Skills white paper pushed back\n\nA skills white paper containing “ambitious plans "
        "to retrain a million adults” has slipped to the spring.",
        # A think-tank style note on member states' own plans.
        "Progress report\n\nSeveral member states have still to publish their recovery "
        "spending plans to the required standard.",
    ],
)
def test_plans_to_after_a_possessive_or_an_adjective_is_no_announcement(text: str) -> None:
    decision = _decide(text)
    assert not decision.has_cue
    assert decision.decided_on is None


@pytest.mark.parametrize(
    "text",
    [
        "Ministry plans to cap rents\n\nThe housing ministry plans to cap rent rises at "
        "three per cent, the minister said.",
        "TOKYO, Feb. 16 (Jiji Press)--The Japanese government plans to compile an extra "
        "budget next month, sources said.",
    ],
)
def test_plans_to_after_its_subject_still_announces(text: str) -> None:
    decision = _decide(text)
    assert decision.status_rule == "status.announced"
    # An intention is announced, but nothing is decided yet: the publication day dates
    # acts only (decision_intention).
    assert decision.decided_on is None


def test_a_decision_recalled_deep_in_a_report_is_background() -> None:
    # A WTO-style news item: the meeting is the news, the postponement months old.
    decision = _decide(
        "Chair reports on fisheries talks\n\nThe chair told the negotiating group that he had "
        "consulted delegations in several formats.\n\nDelegations pointed to technical "
        "questions that remain open.\n\nMembers on 19 November 2026 agreed to postpone the "
        "ministerial conference after a storm closed the airport."
    )
    assert decision.decided_on is None


def test_a_decision_the_first_paragraph_dates_long_ago_is_still_the_news() -> None:
    # An EU Council page published weeks after the vote it reports.
    decision = _decide(
        "Packaging: Council adopts regulation\n\nOn 10 November 2026 the Council adopted "
        "the packaging regulation."
    )
    assert decision.decided_on == dt.date(2026, 11, 10)


@pytest.mark.parametrize(
    "text",
    [
        # UK trade-press style: the first announcement months back, the news a delay.
        "Planning white paper delayed\n\nThe planning white paper has been delayed until "
        "the summer.\n\nThe Secretary of State first announced the white paper at the party "
        "conference in October, saying it would be published by Christmas.",
        # Reuters style: the plan was unveiled long ago; the news is a review.
        "LONDON, Feb 16 (Reuters) - Britain's grid operator is reviewing its connection "
        "queue.\n\nThe regulator unveiled the reform package on 3 September 2026, "
        "promising faster connections.",
    ],
)
def test_an_old_announcement_takes_no_publication_day(text: str) -> None:
    decision = _decide(text)
    assert decision.decided_on is None


def test_a_fresh_announcement_without_a_date_takes_the_publication_day() -> None:
    # White House style: the lead states the news with no date of its own.
    decision = _decide(
        "FACT SHEET: Administration launches a grid resilience initiative\n\nThe "
        "Administration launched a grid resilience initiative that will fund storm-hardened "
        "substations."
    )
    assert (decision.decided_on, decision.date_rule) == (PUBLISHED, "decided_on.published")


def test_a_decision_only_the_body_tells_of_is_not_dated() -> None:
    # A Reuters-style story on a draft: the lead reports no decision, the body recalls one.
    decision = _decide(
        "ROME — Leaders will endorse a deal on a shipping levy, draft conclusions showed on "
        "Monday.\n\nThe conclusions are to be formally adopted on Tuesday.\n\nThe text "
        "runs to 20 pages.\n\nIn February, 60 countries reached a deal on the levy after "
        "two years of talks."
    )
    assert decision.decided_on is None
