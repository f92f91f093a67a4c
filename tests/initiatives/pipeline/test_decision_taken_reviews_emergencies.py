"""Decisions told as taken, approvals given without an article, a lender's programme review
completed and an emergency declared: each the day's decision. Texts written for these
tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 4, 15)  # a Thursday
TUESDAY = dt.date(2027, 4, 13)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A Pakistani wire on a provincial cabinet.
        (
            "LAHORE: The provincial cabinet will buy 2 million tonnes of wheat. A decision to "
            "this effect was taken at the cabinet meeting on Tuesday.",
            TUESDAY,
        ),
        # An Indian daily.
        ("The decisions were taken at a meeting of the state cabinet on Tuesday.", TUESDAY),
        # A Caribbean government's news page.
        (
            "Government will waive port fees on relief supplies. The decision has been "
            "taken by Cabinet.",
            PUBLISHED,
        ),
    ],
)
def test_a_decision_told_as_taken_dates_it(text: str, day: dt.date) -> None:
    decision = decision_of(text, PUBLISHED)
    assert (decision.status, decision.decided_on) == ("adopted", day)


def test_no_decision_taken_dates_nothing() -> None:
    assert (
        decision_of("No decision was taken at the meeting on Tuesday.", PUBLISHED).decided_on
        is None
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A development bank's board, as a business daily reports it.
        (
            "The bank's board of directors on Tuesday gave approval for a $40 million loan "
            "for rural roads.",
            TUESDAY,
        ),
        # An Indian cabinet's approval, in its headline's words.
        ("Cabinet gives nod to coastal highway\n\nThe highway will link four ports.", PUBLISHED),
    ],
)
def test_an_approval_given_without_an_article_dates_it(text: str, day: dt.date) -> None:
    assert decision_of(text, PUBLISHED).decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        # A lender's own press release.
        "The Executive Board of the Fund completed the third review of the country's "
        "programme on Tuesday, releasing $120 million.",
        # A wire story.
        "The IMF board completed the fifth and sixth reviews of the arrangement on "
        "Tuesday, the lender said.",
    ],
)
def test_a_programme_review_completed_dates_the_decision(text: str) -> None:
    decision = decision_of(text, PUBLISHED)
    assert (decision.status, decision.decided_on) == ("adopted", TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        # A US governor's office.
        "The Governor has declared a state of emergency in three counties after the floods.",
        # A Philippine provincial board.
        "The provincial board declared a state of calamity in four towns.",
        # A Kenyan daily.
        "The government has declared the drought a national disaster.",
    ],
)
def test_an_emergency_declared_is_the_days_decision(text: str) -> None:
    decision = decision_of(text, PUBLISHED)
    assert (decision.status, decision.decided_on) == ("adopted", PUBLISHED)


def test_completing_a_review_of_files_is_no_decision() -> None:
    text = "Officials completed the review of 4,000 files on Tuesday."
    assert decision_of(text, PUBLISHED).decided_on is None
