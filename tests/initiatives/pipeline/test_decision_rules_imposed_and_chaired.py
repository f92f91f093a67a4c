"""Decision days a reader takes from four wordings: final regulations issued, a measure
that "has been imposed", an agreement "formalised on" its day, and a deciding body's
meeting told by who chaired it. Texts written for these tests, in several publishers'
styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 4, 15)  # a Thursday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    "text",
    [
        # A benefits newsletter on a federal department.
        "Transport department issues final regs\n\nThe Department of Transport has "
        "issued final regulations setting out how it drafts, withdraws and publishes "
        "guidance for carriers.",
        # A tax authority's own release.
        "Revenue service releases new regulations on credits\n\nThe Revenue Service released "
        "new regulations on clean-vehicle credits that apply to cars bought after June.",
        # A state agency on its environmental directives.
        "Water directives published\n\nThe state environment agency published two "
        "directives on the discharge of treated water into rivers.",
    ],
)
def test_plural_rules_issued_are_the_days_decision(text: str) -> None:
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        # A Malaysian news portal on seasonal price controls.
        "KUALA LUMPUR – Ceiling prices have been imposed on 12 items, including imported "
        "beef and onions, under the festive price-control scheme between April 20 and 24.",
        # A district authority, as an Indian daily tells it.
        "A curfew has now been imposed in three wards of the district after clashes, the "
        "collector said.",
        # A wire story on a trade measure.
        "Anti-dumping duties have been imposed on steel wire from two countries for five "
        "years, the trade ministry said in a notice.",
    ],
)
def test_a_measure_that_has_been_imposed_is_the_days_decision(text: str) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", PUBLISHED)


def test_a_measure_imposed_long_ago_in_the_lead_still_dates_nothing() -> None:
    decision = _decide(
        "Ceiling prices have been imposed on 12 items since 3 January, the ministry said."
    )
    assert decision.decided_on != PUBLISHED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A Philippine business site on a logistics network.
        (
            "The expansion, formalized on Feb. 11, 2027, brings six transport firms into the "
            "department's emergency logistics network.",
            dt.date(2027, 2, 11),
        ),
        # A British council's news page.
        (
            "The partnership, formalised on 9 April, commits the council and the college to "
            "train 200 apprentices.",
            dt.date(2027, 4, 9),
        ),
        # A port authority's release.
        (
            "The cooperation between the two ports was formalised on Tuesday with the "
            "signing of a memorandum.",
            dt.date(2027, 4, 13),
        ),
    ],
)
def test_an_agreement_formalised_on_a_day_is_dated_by_it(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A Kenyan daily on a cabinet dispatch.
        (
            "The Cabinet has warned traders not to hoard fertiliser ahead of the planting "
            "season.\n\nPresident Amina Wekesa on Wednesday chaired a Cabinet meeting at State "
            "House and said stern action will be taken against traders who flout the order.",
            dt.date(2027, 4, 14),
        ),
        # A Gulf news agency, in the ruler's own words.
        (
            "The country's leaders met on rail.\n\nThe Vice President said: \"I chaired the "
            'Cabinet meeting today; we reviewed the national rail project."',
            PUBLISHED,
        ),
        # A South Asian wire on a federal cabinet.
        (
            "ISLAMABAD: The Prime Minister on Tuesday presided over a meeting of the federal "
            "cabinet, which took up the wheat import plan.",
            dt.date(2027, 4, 13),
        ),
    ],
)
def test_a_deciding_bodys_meeting_told_by_its_chair_dates_the_decision(
    text: str, day: dt.date
) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", day)


def test_the_chair_of_the_meeting_is_not_its_decision_maker() -> None:
    decision = _decide(
        "ISLAMABAD: The Prime Minister on Tuesday presided over a meeting of the federal "
        "cabinet, which took up the wheat import plan."
    )
    assert not any("Prime Minister" in entry.name for entry, _, _ in decision.makers)


@pytest.mark.parametrize(
    "text",
    [
        # A meeting still to come dates nothing.
        "The President will chair a Cabinet meeting on Friday to discuss the drought.",
        # A meeting of a body that decides nothing.
        "The minister on Tuesday chaired a meeting of stakeholders on the drought response.",
    ],
)
def test_a_meeting_to_come_or_of_no_deciding_body_dates_nothing(text: str) -> None:
    assert _decide(text).decided_on is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An Indian daily on a state cabinet.
        (
            "LUCKNOW: The state Cabinet on Wednesday cleared a proposal to set up a fund for "
            "village roads.",
            dt.date(2027, 4, 14),
        ),
        # A state government's release on flood money.
        ("The state government has sanctioned Rs 420 crore for flood relief works.", PUBLISHED),
        # A US local paper's shorthand.
        ("The county board okayed a plan to expand the bus depot.", PUBLISHED),
        # A British trade paper.
        ("Ministers have signed off on the new grid connection plan.", PUBLISHED),
        # A Commonwealth parliament's news.
        ("The Governor-General has assented to the Water Security Bill.", PUBLISHED),
        # An Indian ministry's gazette notice.
        ("The ministry has notified new rules for online gaming platforms.", PUBLISHED),
    ],
)
def test_approval_in_other_englishes_is_the_days_decision(text: str, day: dt.date) -> None:
    decision = _decide(text)
    assert (decision.status, decision.decided_on) == ("adopted", day)


@pytest.mark.parametrize(
    "text",
    [
        "The council has cleared the backlog of planning applications.",
        "The United States sanctioned two foreign banks on Monday.",
        "The government notified the trade body of its new tariffs.",
        "The proposal, which is yet to be cleared by the cabinet, would create 5,000 jobs.",
    ],
)
def test_clearing_a_backlog_or_sanctioning_a_bank_is_no_approval(text: str) -> None:
    assert _decide(text).decided_on is None
