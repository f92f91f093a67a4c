"""The decision day of a communiqué that opens by saying who met, where and when ("We,
the Leaders of …, met in … on …"), and of a wire story whose ministers "met in … on
Tuesday": the day of the meeting, or its last day when it ran over several. Texts written
for these tests in the styles of leaders' communiqués, ministerial statements and wires."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 12)  # a Friday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Leaders' communiqué after a summit of three days: the communiqué's day is the last.
        (
            "Leaders' communiqué\n\nWe, the Leaders of the Group of Seven, met in Banff on "
            "8-10 March 2027. We agreed a shared plan to secure critical minerals.",
            dt.date(2027, 3, 10),
        ),
        # Leaders' statement after a call.
        (
            "Leaders' statement\n\nWe, the Leaders of the G20, met virtually on 9 March 2027. "
            "We agreed to provide $400 million for cholera vaccines.",
            dt.date(2027, 3, 9),
        ),
        # Ministerial statement.
        (
            "Ministers' statement\n\nWe, the trade ministers of the Pacific Alliance, met in "
            "Lima on 5 March 2027. We adopted a work plan on customs procedures.",
            dt.date(2027, 3, 5),
        ),
        # Wire story: the weekday, read against the publication day.
        (
            "Finance ministers back debt plan\n\nFinance ministers met in Nairobi, Kenya, on "
            "Tuesday. They agreed to extend the debt service pause for the poorest countries.",
            dt.date(2027, 3, 9),
        ),
    ],
)
def test_it_dates_the_decision_by_the_meeting_the_text_opens_with(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_it_does_not_date_the_decision_by_a_target_met() -> None:
    text = (
        "Waiting lists\n\nThe ministry announced a new plan to cut waiting lists. Its "
        "last targets were met on 4 March 2027."
    )
    assert _decide(text).decided_on != dt.date(2027, 3, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Leaders' statement after a call, no verb of decision in its lead.
        (
            "Leaders' statement\n\nWe, the Leaders of the G20, met virtually on 9 March 2027 "
            "to address the famine in the Horn of Africa. We will provide $400 million for "
            "food aid.",
            dt.date(2027, 3, 9),
        ),
        # Summit communiqué over three days: issued as the summit closes.
        (
            "Leaders' communiqué\n\nWe, the Heads of State and Government of the African "
            "Union, met in Kigali on 8-10 March 2027, determined to end malaria. We will "
            "double funding for bed nets by 2030.",
            dt.date(2027, 3, 10),
        ),
    ],
)
def test_it_dates_a_communique_by_its_meeting_when_no_verb_says_agreed(
    text: str, day: dt.date
) -> None:
    assert _decide(text).decided_on == day
