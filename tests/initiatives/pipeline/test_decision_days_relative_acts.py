"""Decision days told relative to the day of writing, read against the publication date
(a parameter, never the clock): a plan launched "yesterday" in a participle or on a visit,
a council's vote at "Tuesday night's meeting", and a regulator's interim ban, which is its
own decision. Texts written for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # a ministry's release: the launch in a participle after a comma
            "Cancer plan\n\nThe Health Secretary visited a hospital in Leeds, launching the "
            "ten-year cancer plan yesterday. The department will open 20 diagnostic centres.",
            dt.date(2027, 3, 10),
        ),
        (  # a regional paper: a visit made for the launch
            "Water strategy\n\nThe Minister for Housing was in Galway on Monday to unveil the "
            "national water strategy. Councils will fix 300 leaks by 2028.",
            dt.date(2027, 3, 8),
        ),
        (  # a local paper: the council's meeting by its weekday evening
            "Parking\n\nRiverside councillors backed a new parking strategy at Tuesday "
            "night's meeting. The council will install 400 meters.",
            dt.date(2027, 3, 9),
        ),
        (  # a regulator's notice: its interim ban is its decision, dated that day
            "Chlorpyrifos\n\nThe Pesticides Authority yesterday imposed an interim ban on "
            "chlorpyrifos. The authority will finish its review by December.",
            dt.date(2027, 3, 10),
        ),
    ],
)
def test_it_reads_the_day_of_an_act_told_relative_to_publication(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_it_dates_an_interim_ban_without_a_day_on_the_day_of_publication() -> None:
    decision = _decide(
        "Device ban\n\nThe Medical Devices Regulator has imposed a temporary ban on the sale "
        "of the X200 pump. It will publish its findings within 60 days."
    )
    assert decision.decided_on == PUBLISHED and decision.status == "adopted"


def test_a_trip_planned_to_launch_a_plan_later_is_no_launch() -> None:
    decision = _decide(
        "Visit\n\nThe Minister will travel to Cork next week and plans a visit to Galway to "
        "see flood works. Officials said a water strategy is being drafted."
    )
    assert decision.decided_on is None


def test_a_sum_committed_today_is_the_day_s_decision() -> None:
    decision = _decide(
        "Rail funding\n\nThe Ministry of Transport today committed $4 billion over six years "
        "to rail. The funding will electrify the northern line."
    )
    assert decision.decided_on == PUBLISHED and decision.status == "announced"


def test_a_sum_that_has_been_committed_before_is_no_decision() -> None:
    decision = _decide(
        "Rail funding\n\nOfficials said works worth $4 billion have been committed $2 "
        "billion of federal money so far, and that the line is still being built."
    )
    assert decision.decided_on is None
