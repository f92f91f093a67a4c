"""Deadlines named from the day of writing, in the words wires, budgets, cabinets and
international bodies use: "tomorrow", "from next April", "within January", "for this and
next year", fiscal spans ("over five years, starting in 2027-28"), "30 days from the date
of the announcement", open starts ("from mid-June", "from this spring"), "starting during
the 2028 fishing season", "the latter part of the year", and a span counted from a pledge
made in a past year ("In 2019, members agreed to … within a decade"). Every window is read
against the reference date given, never the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import find_due_windows

D = dt.date

SENTENCES = [
    # (reference, sentence, phrase, earliest, latest, rule)
    (D(2027, 3, 9), "EU ministers will meet tomorrow to sign the accord, diplomats said.",
     "tomorrow", D(2027, 3, 10), D(2027, 3, 10), "relative_day"),
    (D(2027, 3, 9), "The minister will set out the details to Parliament later today.",
     "later today", D(2027, 3, 9), D(2027, 3, 9), "relative_day"),
    (D(2027, 8, 2), "The ministry will open the new visa route from next April.",
     "from next April", D(2028, 4, 1), None, "from_date"),
    (D(2027, 2, 2), "The regulator wants the code in place by next June.",
     "by next June", D(2027, 2, 2), D(2027, 6, 30), "by_month_no_year"),
    (D(2028, 1, 8), "The cabinet will approve the outline within January, the chief cabinet "
     "secretary said.", "within January", D(2028, 1, 8), D(2028, 1, 31), "within_month"),
    (D(2027, 6, 14), "Commuter grants will be doubled for this and next year.",
     "for this and next year", D(2027, 1, 1), D(2028, 12, 31), "this_and_next_year"),
    (D(2026, 9, 3), "The mission will be carried out over six years, from 2026-27 to 2031-32.",
     "over six years, from 2026-27 to 2031-32", D(2026, 4, 1), D(2032, 3, 31), "fiscal_period"),
    (D(2027, 4, 20), "Budget 2027 proposes $1.2 billion over four years, starting in 2028-29, "
     "for rural clinics.", "over four years, starting in 2028-29", D(2028, 4, 1),
     D(2032, 3, 31), "fiscal_period"),
    (D(2027, 5, 10), "The board will assess the effect on prices 45 days from the date of "
     "the agency's announcement.", "45 days from the date of the agency's announcement",
     D(2027, 6, 24), D(2027, 6, 24), "after_announcement"),
    (D(2027, 5, 10), "Members will report back within two weeks of the decision.",
     "within two weeks of the decision", D(2027, 5, 10), D(2027, 5, 24), "after_announcement"),
    (D(2027, 3, 1), "The committee will hear the bill from mid-June, the speaker said.",
     "from mid-June", D(2027, 6, 15), None, "from_date"),
    # a start said to fall in a season is due in it (session 23); "from" still opens one
    (D(2027, 3, 1), "Night trains will run to the coast starting this summer.",
     "starting this summer", D(2027, 6, 1), D(2027, 8, 31), "season"),
    (D(2027, 3, 1), "Night trains will run to the coast from this summer.",
     "from this summer", D(2027, 6, 1), None, "from_date"),
    (D(2027, 3, 1), "Quotas will be enforced starting during the 2028 fishing season.",
     "during the 2028 fishing season", D(2028, 1, 1), D(2028, 12, 31), "season_of_year"),
    (D(2027, 7, 8), "The department will send the plan to Brussels in the latter part of the "
     "year.", "in the latter part of the year", D(2027, 9, 1), D(2027, 12, 31),
     "latter_part_of_year"),
    (D(2024, 6, 5), "In 2019, the members agreed to halve the waiting lists within five years.",
     "within five years", D(2024, 6, 5), D(2024, 12, 31), "within_units_of_past_pledge"),
    (D(2027, 2, 20), "Since 2021, allies have pledged to reach the goal within a decade.",
     "within a decade", D(2027, 2, 20), D(2031, 12, 31), "within_units_of_past_pledge"),
    (D(2027, 8, 2), "The secretariat will publish a synthesis ahead of COP32, the annual UN "
     "climate summit in Ethiopia this November.", "ahead of COP32, the annual UN climate "
     "summit in Ethiopia this November", D(2027, 8, 2), D(2027, 11, 30), "by_event"),
    (D(2027, 1, 4), "Ministers will settle the text before Expo2030, the world fair to be held "
     "in Riyadh in October 2030.", "before Expo2030, the world fair to be held in Riyadh in "
     "October 2030", D(2027, 1, 4), D(2030, 10, 31), "by_event"),
    (D(2021, 3, 2), "The first zero-carbon town will be built by the end of the decade.",
     "by the end of the decade", D(2021, 3, 2), D(2029, 12, 31), "by_end_of_year"),
]  # fmt: skip


@pytest.mark.parametrize(("ref", "sentence", "phrase", "earliest", "latest", "rule"), SENTENCES)
def test_it_reads_a_deadline_named_from_the_day_of_writing(
    ref: dt.date,
    sentence: str,
    phrase: str,
    earliest: dt.date,
    latest: dt.date | None,
    rule: str,
) -> None:
    windows = [w for w in find_due_windows(sentence, reference=ref) if w.text == phrase]
    assert [(w.earliest, w.latest, w.rule) for w in windows] == [(earliest, latest, rule)]


def test_a_range_that_starts_with_from_keeps_its_end() -> None:
    windows = find_due_windows(
        "Consultations will run from mid-June to late July.", reference=D(2027, 3, 1)
    )
    assert all(w.latest is not None for w in windows)


def test_a_pledge_year_that_has_not_passed_changes_nothing() -> None:
    (window,) = find_due_windows(
        "In 2027, the members agreed to close the gap within a decade.", reference=D(2027, 9, 1)
    )[-1:]
    assert (window.latest, window.rule) == (D(2037, 9, 1), "within_decades")


def test_a_pledge_in_an_earlier_sentence_does_not_move_the_span() -> None:
    windows = find_due_windows(
        "In 2019, the members agreed a plan. They will cut waiting lists within five years.",
        reference=D(2024, 6, 5),
    )
    assert [(w.text, w.latest, w.rule) for w in windows][-1] == (
        "within five years",
        D(2029, 6, 5),
        "within_n_units",
    )


def test_a_span_after_a_treaty_enters_into_force_stays_anchored_on_that_event() -> None:
    (window,) = find_due_windows(
        "Parties will report 90 days after the agreement enters into force.",
        reference=D(2027, 3, 1),
    )
    assert window.rule != "after_announcement"


def test_a_weekday_with_a_said_clause_after_it_is_no_event() -> None:
    windows = find_due_windows(
        "The plan will be ready by Friday, the minister said on 3 March.", reference=D(2027, 1, 1)
    )
    assert [w.rule for w in windows] == ["by_weekday", "on_date"]


def test_tomorrows_meeting_and_the_jobs_of_tomorrow_are_no_deadline() -> None:
    for sentence in (
        "Tomorrow's meeting was cancelled.",
        "The fund will train workers for the jobs of tomorrow.",
        "We will build a better tomorrow for our children.",
    ):
        assert find_due_windows(sentence, reference=D(2027, 3, 1)) == []


def test_a_season_named_after_its_year_may_carry_a_word_between() -> None:
    (window,) = find_due_windows(
        "Limits will apply in the 2029 ozone season.", reference=D(2027, 3, 1)
    )
    assert (window.earliest, window.latest) == (D(2029, 1, 1), D(2029, 12, 31))
