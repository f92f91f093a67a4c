"""Deadlines a reader can still date: from a day another sentence gives ("within six months
of entry into force", "by the end of this parliament", "by the time of the next summit"),
or from the day a span is said to start ("for five years from 2027")."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.dates_due import find_due_windows, parse_due
from initiatives.pipeline.types import DueWindow

R = dt.date(2026, 3, 10)


def _window(text: str, phrase: str) -> DueWindow:
    found = {w.text: w for w in find_due_windows(text, reference=R)}
    assert phrase in found, list(found)
    return found[phrase]


def test_it_counts_months_from_an_entry_into_force_the_text_dates() -> None:
    due = _window(
        "The regulation enters into force on 1 July 2026. Lenders must comply within six "
        "months of entry into force.",
        "within six months of entry into force",
    )
    assert (due.earliest, due.latest, due.rule) == (
        dt.date(2026, 7, 1),
        dt.date(2027, 1, 1),
        "relative_to_dated_event",
    )
    assert due.anchor_event == "entry into force"


def test_it_counts_years_from_a_signature_dated_in_the_sentence_after() -> None:
    due = _window(
        "The parties must ratify it within two years of signature. The treaty was signed "
        "on 12 May 2025 in Oslo.",
        "within two years of signature",
    )
    assert (due.earliest, due.latest) == (dt.date(2025, 5, 12), dt.date(2027, 5, 12))


def test_an_event_the_text_does_not_date_leaves_the_window_open() -> None:
    due = parse_due("within six months of entry into force", reference=R)
    assert due is not None
    assert (due.earliest, due.latest, due.rule) == (None, None, "relative_to_event")
    assert due.offset_days == 183


def test_it_ends_this_parliament_when_the_text_says_when_its_term_ends() -> None:
    due = _window(
        "The parliament's term ends in 2029. Ministers will build 100 schools by the end of "
        "this parliament.",
        "by the end of this parliament",
    )
    assert (due.earliest, due.latest, due.rule) == (R, dt.date(2029, 12, 31), "by_end_of_term")


def test_it_ends_this_term_at_the_next_election_the_text_dates() -> None:
    due = _window(
        "The next general election is due in May 2029. We will act before the end of this term.",
        "before the end of this term",
    )
    assert due.latest == dt.date(2029, 5, 31)


def test_a_term_the_text_does_not_date_keeps_its_phrase_without_dates() -> None:
    due = parse_due("We will do it by the end of the mandate.", reference=R)
    assert due is not None
    assert (due.text, due.earliest, due.latest) == ("by the end of the mandate", None, None)


def test_an_undated_term_gives_way_to_a_date_in_the_same_sentence() -> None:
    text = (
        "The ministry will double its grants for rural clinics by the end of this "
        "parliament (£2 billion in 2028-29). Another sentence follows by the end of this term."
    )
    found = [(w.text, w.earliest, w.latest) for w in find_due_windows(text, reference=R)]
    assert [phrase for phrase, _, _ in found] == ["2028-29", "by the end of this term"]
    assert found[0][1:] == (dt.date(2028, 4, 1), dt.date(2029, 3, 31))


def test_a_term_that_is_no_government_s_term_is_no_deadline() -> None:
    assert parse_due("He served a long term in office.", reference=R) is None
    assert parse_due("over the term of the loan", reference=R) is None
    assert parse_due("in the long term", reference=R) is None


def test_it_reads_by_the_time_of_the_next_summit_dated_elsewhere() -> None:
    due = _window(
        "The next summit will be held in Rome on 3 October. Officials will report by the "
        "time of the next summit.",
        "by the time of the next summit",
    )
    assert (due.earliest, due.latest) == (R, dt.date(2026, 10, 3))


def test_a_span_from_a_year_runs_from_that_year() -> None:
    due = parse_due("The scheme will run for five years from 2027.", reference=R)
    assert due is not None
    assert (due.earliest, due.latest, due.rule) == (
        dt.date(2027, 1, 1),
        dt.date(2031, 12, 31),
        "for_units_from",
    )


def test_a_span_starting_in_a_month_or_next_year_runs_from_its_first_day() -> None:
    due = parse_due("over three years starting in January 2027", reference=R)
    assert due is not None and (due.earliest, due.latest) == (
        dt.date(2027, 1, 1),
        dt.date(2029, 12, 31),
    )
    due = parse_due("for two years from next year", reference=R)
    assert due is not None and (due.earliest, due.latest) == (
        dt.date(2027, 1, 1),
        dt.date(2028, 12, 31),
    )


def test_a_span_from_a_fiscal_year_stays_a_fiscal_period() -> None:
    due = parse_due("over five years, starting in 2026-27", reference=R)
    assert due is not None and due.rule == "fiscal_period"
