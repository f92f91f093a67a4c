"""Deadlines a phrase borrows from elsewhere, or names by a sitting: "over the same period"
repeats the window written just before it; "within two weeks of the determination" counts
from an event the text does not date, so it has no dates; "in the November sitting" is
November; "beginning with the March billing cycle" opens in March."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import find_due_windows, parse_due
from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import DueWindow, ReadResult

R = dt.date(2026, 10, 22)
D = dt.date


def _window(text: str, phrase: str) -> DueWindow:
    found = {w.text: w for w in find_due_windows(text, reference=R)}
    assert phrase in found, list(found)
    return found[phrase]


# --- "over the same period" -----------------------------------------------------------
def test_the_same_period_repeats_the_window_written_before_it() -> None:
    due = _window(
        "The authority will open four bus depots by 2029 and electrify 300 buses over the "
        "same period.",
        "over the same period",
    )
    assert (due.earliest, due.latest, due.rule) == (R, D(2029, 12, 31), "same_period")


def test_the_same_period_keeps_the_start_of_a_window_in_the_sentence_before() -> None:
    due = _window(
        "The college will open two campuses in 2028. It will hire 90 lecturers in the same period.",
        "in the same period",
    )
    assert (due.earliest, due.latest) == (D(2028, 1, 1), D(2028, 12, 31))


def test_the_same_period_with_nothing_before_it_is_no_window() -> None:
    assert parse_due("over the same period", reference=R) is None


# --- A span counted from an event the text does not date ------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "days"),
    [
        (
            "The board will post the new levy within ten days of the determination.",
            "within ten days of the determination",
            10,
        ),
        (
            "Councils must adopt a heat plan within three years of Royal Assent.",
            "within three years of Royal Assent",
            1096,
        ),
        (
            "The ministry will issue guidance six months after enactment.",
            "six months after enactment",
            183,
        ),
        (
            "Imagery will be released within 60 days of launch.",
            "within 60 days of launch",
            60,
        ),
    ],
)
def test_a_span_from_an_undated_event_has_no_dates(sentence: str, phrase: str, days: int) -> None:
    due = _window(sentence, phrase)
    assert (due.earliest, due.latest, due.rule) == (None, None, "relative_to_undated_event")
    assert due.offset_days == days
    assert due.anchor_event


def test_how_long_something_took_is_not_a_deadline() -> None:
    found = find_due_windows("After four years of negotiation, the treaty was signed.", reference=R)
    assert [w.rule for w in found] == []


def test_a_span_from_this_announcement_still_counts_from_the_publication_day() -> None:
    due = _window(
        "It will report within a year of this announcement.", "within a year of this announcement"
    )
    assert (due.earliest, due.latest) == (R, D(2027, 10, 22))


# --- A month naming a sitting, a session or a cycle ----------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "earliest", "latest"),
    [
        (
            "The minister will table the bill in the November sitting of Parliament.",
            "in the November sitting",
            D(2026, 11, 1),
            D(2026, 11, 30),
        ),
        (
            "The assembly will debate the levy in the February session.",
            "in the February session",
            D(2027, 2, 1),
            D(2027, 2, 28),
        ),
        (
            "The treasurer will set out the cuts in the December budget.",
            "in the December budget",
            D(2026, 12, 1),
            D(2026, 12, 31),
        ),
    ],
)
def test_a_month_naming_a_sitting_is_that_month(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    due = _window(sentence, phrase)
    assert (due.earliest, due.latest, due.rule) == (earliest, latest, "month_named_sitting")


def test_beginning_with_a_months_cycle_opens_the_window_in_that_month() -> None:
    due = _window(
        "The utility will recover the cost through a meter fee, beginning with the March "
        "billing cycle.",
        "beginning with the March billing cycle",
    )
    assert (due.earliest, due.latest, due.rule) == (D(2027, 3, 1), None, "from_date")


# --- The action takes the window ------------------------------------------------------
def _dues(text: str) -> dict[str, str | None]:
    read = ReadResult(text=text, format="txt", source_url="https://example.org/news/1")
    extraction = extract_read(read, today=R, published=R)
    assert extraction.initiative is not None, extraction.warnings
    return {a.description: a.due.text if a.due else None for a in extraction.initiative.actions}


def test_promises_take_the_same_period_and_a_sitting_month() -> None:
    dues = _dues(
        "Harbour plan announced\n\nThe Ports Authority will automate four berths by 2030 and "
        "raise the share of electric cranes to 50 percent over the same period. The Minister "
        "for Ports will introduce a harbour safety bill in the November sitting of Parliament."
    )
    assert set(dues.values()) >= {"by 2030", "over the same period", "in the November sitting"}


# --- By an event the sentence dates ---------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "latest"),
    [
        (
            "We ask our envoys to report back by our next summit in 2027.",
            "by our next summit in 2027",
            D(2027, 12, 31),
        ),
        (
            "Members will settle the fisheries text by the next ministerial meeting, due in 2028.",
            "by the next ministerial meeting, due in 2028",
            D(2028, 12, 31),
        ),
        (
            "The panel will finish the guidance in time for the Regional Health Forum in March.",
            "in time for the Regional Health Forum in March",
            D(2027, 3, 31),
        ),
    ],
)
def test_by_an_event_the_sentence_dates_runs_to_that_period(
    sentence: str, phrase: str, latest: dt.date
) -> None:
    due = _window(sentence, phrase)
    assert (due.earliest, due.latest, due.rule) == (R, latest, "by_event")


# --- A recurrence dated by the window beside it ---------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "earliest", "latest"),
    [
        (
            "The ombudsman will publish a ranking of landlords every quarter, starting in "
            "the second quarter of 2027.",
            "every quarter",
            D(2027, 4, 1),
            D(2027, 6, 30),
        ),
        (
            "The operator will report each month on unpaid fees, beginning in February.",
            "each month",
            D(2027, 2, 1),
            D(2027, 2, 28),
        ),
        (
            "The water board will report to the ministry annually through 2031.",
            "annually",
            R,
            D(2031, 12, 31),
        ),
    ],
)
def test_a_recurrence_takes_the_dates_of_the_window_that_starts_or_ends_it(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    due = _window(sentence, phrase)
    assert (due.earliest, due.latest, due.rule) == (earliest, latest, "recurrence")
    assert due.recurrence


def test_a_recurrence_keeps_no_dates_from_a_window_in_another_sentence() -> None:
    due = _window("The panel meets every month. It will publish its plan in March.", "every month")
    assert (due.earliest, due.latest) == (None, None)


# --- An event told as a clause, and a named crop season -------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "latest"),
    [
        (
            "The trust will issue safety guidance before bookings open in February.",
            "before bookings open in February",
            D(2027, 2, 28),
        ),
        (
            "The city will train 80 drivers by the time the tram line opens in 2029.",
            "by the time the tram line opens in 2029",
            D(2029, 12, 31),
        ),
    ],
)
def test_before_an_event_told_as_a_clause_runs_to_its_period(
    sentence: str, phrase: str, latest: dt.date
) -> None:
    due = _window(sentence, phrase)
    assert (due.earliest, due.latest, due.rule) == (R, latest, "by_event")


def test_a_crop_season_of_a_year_is_its_months() -> None:
    due = _window(
        "The board will enrol 30,000 growers in the kharif season of 2027.",
        "in the kharif season of 2027",
    )
    assert (due.earliest, due.latest, due.rule) == (D(2027, 6, 1), D(2027, 10, 31), "part_of_year")


# --- Two promises of one clause, one deadline after the last --------------------------
def test_two_promises_of_a_future_clause_share_the_deadline_after_the_last() -> None:
    found = _dues(
        "Rail plan\n\nUnder the draft, Northline Rail will complete the doubling of the track "
        "between Ashford and Kelby and open two new stations at Marsh End by 2030. The agency "
        "will also test hydrogen trains within 12 months."
    )
    assert found == {
        "Complete the doubling of the track between Ashford and Kelby": "by 2030",
        "Open two new stations at Marsh End": "by 2030",
        "Test hydrogen trains": "within 12 months",
    }


# --- "monthly" before what is measured is no recurrence -------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will double monthly output within 18 months.",
        "The agency will provide monthly food assistance to 9,000 families within 18 months.",
        "Councils will submit quarterly progress reports within 18 months.",
    ],
)
def test_a_monthly_quantity_leaves_the_deadline_to_the_promise(sentence: str) -> None:
    found = find_due_windows(sentence, reference=R)
    assert [(w.text, w.recurrence) for w in found] == [("within 18 months", "")]


# --- "at the end of January" is when, "by the end of January" how late ----------------
@pytest.mark.parametrize(
    ("phrase", "earliest", "latest"),
    [
        ("at the end of February", D(2027, 2, 21), D(2027, 2, 28)),
        ("towards the end of November", D(2026, 11, 21), D(2026, 11, 30)),
        ("by the end of February", R, D(2027, 2, 28)),
    ],
)
def test_at_the_end_of_a_month_is_its_late_part(
    phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    due = _window(f"The hardship fund will open {phrase}.", phrase)
    assert (due.earliest, due.latest) == (earliest, latest)


# --- A promise about a group of the promises before it ---------------------------------
def test_the_first_two_steps_date_only_the_first_two_promises_of_the_list() -> None:
    found = _dues(
        "Flood plan\n\nThe River Authority announced a flood plan today. Under the plan, the "
        "authority will:\n\n- raise the levee at Millbrook;\n- buy two mobile pumps;\n- publish "
        "river levels every hour.\n\nThe first two steps are to be completed by March."
    )
    assert found["Raise the levee at Millbrook"] == "by March"
    assert found["Buy two mobile pumps"] == "by March"
    assert found["Publish river levels every hour"] is None


def test_all_the_projects_date_the_undated_promises_before_them() -> None:
    found = _dues(
        "Harbour works\n\nThe Department of Fisheries will use the funding to rebuild the pier "
        "at Carrow, extend the sea wall at Penlee, and dredge the basin at Porthcove. The "
        "department will award the pier contract by spring 2027, and all three projects are to "
        "be completed by the end of the 2028-29 fiscal year."
    )
    assert found["Extend the sea wall at Penlee"] == "2028-29 fiscal year"
    assert found["Dredge the basin at Porthcove"] == "2028-29 fiscal year"
    assert found["Award the pier contract"] == "by spring 2027"


def test_a_group_under_another_heading_dates_nothing_before_that_heading() -> None:
    found = _dues(
        "Plan\n\nThe agency will repair the old bridge.\n\n## Roads\n\nThe agency will resurface "
        "Mill Road and widen Kiln Lane. Both projects will be completed by 2028."
    )
    assert found["Repair the old bridge"] is None


# --- "…, the first of which will open in September" -----------------------------------
def test_the_first_of_a_series_told_in_a_relative_clause_dates_the_promise() -> None:
    found = _dues(
        "Grants\n\nUnder the plan, Norway will award the grants through four calls, the first "
        "of which will open in February 2027. The agency will also publish a yearly audit of "
        "ferry emissions, the first edition of which will appear in June."
    )
    assert found == {
        "Award the grants through four calls": "in February 2027",
        "Publish a yearly audit of ferry emissions": "in June",
    }


# --- A term counted from R, and work for a dated meeting ------------------------------
def test_within_your_first_hundred_days_counts_from_the_publication_day() -> None:
    due = _window(
        "I expect you to set out a housing plan within your first 100 days.",
        "within your first 100 days",
    )
    assert (due.earliest, due.latest, due.rule) == (R, D(2027, 1, 30), "within_n_units")


def test_work_for_a_meeting_in_a_month_is_due_by_that_month() -> None:
    due = _window(
        "Officials will draft the texts for the Ocean Ministers' Meeting in March.",
        "for the Ocean Ministers' Meeting in March",
    )
    assert (due.earliest, due.latest, due.rule) == (R, D(2027, 3, 31), "by_event")


def test_money_for_a_project_in_a_year_stays_that_year() -> None:
    due = _window("The fund will pay for the bridge project in 2027.", "in 2027")
    assert (due.earliest, due.latest) == (D(2027, 1, 1), D(2027, 12, 31))


# --- A span from what a named thing does, dated in another sentence -------------------
def test_a_span_from_a_ban_taking_effect_counts_from_the_day_another_sentence_gives() -> None:
    due = _window(
        "The temporary ban on the scooters takes effect on 3 December 2026. Retailers will "
        "take the listings down within 72 hours of the ban taking effect.",
        "within 72 hours of the ban taking effect",
    )
    assert (due.earliest, due.latest, due.rule) == (
        D(2026, 12, 3),
        D(2026, 12, 6),
        "relative_to_noun_event",
    )
    assert due.anchor_event == "ban taking effect"


def test_a_span_from_a_thing_no_sentence_dates_has_no_dates() -> None:
    due = _window(
        "Councils will publish their registers within two weeks of the portal opening.",
        "within two weeks of the portal opening",
    )
    assert (due.earliest, due.latest, due.anchor_event) == (None, None, "portal opening")
