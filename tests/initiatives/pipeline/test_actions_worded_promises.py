"""Promises worded as work with a partner, a request to officials, or a step taken now.

The sentences are written for these tests in the style of ministerial statements, wire
copy and ministry press releases: "we are working with X to launch…" is a promise of the
launch; "I have asked my officials to…" gives the work to the speaker's officials; and
"we are launching the fund today" is the announcement itself, not work to follow.
"""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

STATEMENT = (
    "# Rural broadband update\n\n"
    "The UK government published its rural broadband plan on 3 March 2026.\n\n"
)
GOV_UK = "https://www.gov.uk/government/news/rural-broadband-update"


def found(paragraph: str, lead: str = STATEMENT) -> list[ExtractedAction]:
    return published_initiative(lead + paragraph + "\n", url=GOV_UK, fmt="md").actions


def described(paragraph: str, lead: str = STATEMENT) -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in found(paragraph, lead)]


def test_working_with_a_partner_to_do_something_promises_that_thing() -> None:
    assert described(
        "The government is working with the county councils to open a voucher "
        "window for remote farms."
    ) == [("Open a voucher window for remote farms", "United Kingdom")]


def test_working_at_full_speed_to_do_something_promises_it() -> None:
    assert described(
        "Ministers said the government was pleased with the take-up. The government is "
        "also currently working at full speed to connect the last 5,000 villages."
    ) == [("Connect the last 5,000 villages", "United Kingdom")]


def test_a_subject_left_out_after_and_is_the_first_clause_subject() -> None:
    # "we are launching X and are working with Y to…": the second verb is still "we".
    items = described(
        "Today we are launching the first round of grants and are working with the "
        "regional mayors to launch a second round as soon as possible."
    )
    assert items == [("Launch a second round", "United Kingdom")]


def test_launching_or_announcing_now_is_the_announcement_not_a_follow_up() -> None:
    assert described("Today we are launching the first round of grants.") == []
    assert described("We are also announcing today that the scheme is open.") == []


def test_a_minister_asking_officials_gives_them_the_work() -> None:
    items = found(
        "The Minister for Rural Affairs said: “I have asked my department officials to "
        "meet the network operators in the coming days to agree a timetable.”"
    )
    assert [a.description for a in items] == ["Meet the network operators to agree a timetable"]
    assert items[0].rule == "action.tasked"
    assert items[0].due is not None and items[0].due.text == "in the coming days"
