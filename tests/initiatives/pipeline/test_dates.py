from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine

from initiatives.pipeline.dates import (
    choose_reference_date,
    find_dates,
    resolve_yearless,
    sentence_tense,
)

SEED = Path(__file__).parents[3] / "seeds" / "eu-ukraine-defence-industrial-cooperation.txt"
TODAY = dt.date(2026, 11, 24)
R = dt.date(2025, 11, 25)


def _found(text: str, reference: dt.date = R) -> list[tuple[str, dt.date, str, bool]]:
    return [
        (f.span.quote, f.value, f.precision, f.year_inferred)
        for f in find_dates(text, reference=reference)
    ]


@pytest.mark.parametrize(
    ("text", "quote", "value", "precision"),
    [
        ("adopted on 25 November 2025.", "25 November 2025", dt.date(2025, 11, 25), "day"),
        ("on Tuesday, 25th November 2025", "25th November 2025", dt.date(2025, 11, 25), "day"),
        ("signed on November 25, 2025 in Kyiv", "November 25, 2025", dt.date(2025, 11, 25), "day"),
        ("published 2025-11-25.", "2025-11-25", dt.date(2025, 11, 25), "day"),
        ("dated 25/11/2025.", "25/11/2025", dt.date(2025, 11, 25), "day"),
        ("from Nov. 3 2025 onwards", "Nov. 3 2025", dt.date(2025, 11, 3), "day"),
        ("will start in March 2026.", "March 2026", dt.date(2026, 3, 1), "month"),
        ("will apply in 2027.", "2027", dt.date(2027, 1, 1), "year"),
    ],
)
def test_it_finds_explicit_dates(text: str, quote: str, value: dt.date, precision: str) -> None:
    assert _found(text) == [(quote, value, precision, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 2027 projects were funded.",
        "The 27 member states may act.",
        "Room 2025.",
        # a count after a preposition, not a year: an Indian cabinet release, a port's plan
        "The Cabinet approved an additional outlay of 1920 crore rupees for the scheme.",
        "It adds storage for 2000 tonnes of grain and a berth of 2025 m.",
        "The grant covers the cost of 2040 jobs in the region.",
    ],
)
def test_it_finds_no_date_in_bare_numbers_or_the_verb_may(text: str) -> None:
    assert _found(text) == []


def test_it_gives_spans_into_the_whole_text_within_a_range() -> None:
    text = "Intro on 1 May 2024. Then the Council met on 3 June 2025."
    found = find_dates(text, reference=R, start=20)
    assert [(f.span.start, f.span.quote) for f in found] == [(45, "3 June 2025")]
    assert text[found[0].span.start : found[0].span.end] == "3 June 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulation was finalized on November 25.", dt.date(2025, 11, 25)),
        ("The Council adopted its position on 12 December.", dt.date(2024, 12, 12)),
        ("Ministers agreed on 30 November.", dt.date(2024, 11, 30)),
        ("Ministers will meet on 12 December.", dt.date(2025, 12, 12)),
        ("The vote is scheduled for 3 October.", dt.date(2026, 10, 3)),
        ("The funds are due on 1 March.", dt.date(2026, 3, 1)),
        ("The summit on 12 December.", dt.date(2025, 12, 12)),
        ("The summit on 1 January.", dt.date(2026, 1, 1)),
        ("The summit on 1 October.", dt.date(2025, 10, 1)),
        ("The pact is expected to be signed on 3 May.", dt.date(2026, 5, 3)),
        ("The act was adopted by the Council on 12 March.", dt.date(2025, 3, 12)),
        ("Member states must report by 1 March.", dt.date(2026, 3, 1)),
        ("It has applied since 1 December.", dt.date(2024, 12, 1)),
        ("Ministers met on 12 December due to the crisis.", dt.date(2024, 12, 12)),
        ("The rules will apply from 1 June.", dt.date(2026, 6, 1)),
        ("The rules have been applied from 1 June.", dt.date(2025, 6, 1)),
    ],
)
def test_it_infers_the_year_of_a_yearless_date_from_tense(text: str, expected: dt.date) -> None:
    [(_, value, precision, inferred)] = _found(text)
    assert (value, precision, inferred) == (expected, "day", True)


def test_it_reads_each_date_by_the_verb_nearest_to_it() -> None:
    text = "The agreement, signed on 3 May, will apply from 1 June."
    assert [value for _, value, _, _ in _found(text)] == [dt.date(2025, 5, 3), dt.date(2026, 6, 1)]


def test_it_reads_the_tense_of_the_sentence_only() -> None:
    text = "The Council adopted the act. The summit on 1 December."
    start = text.index("1 December")
    assert sentence_tense(text, start, start + 10) is None
    assert sentence_tense(text, 10, 12) is False


@pytest.mark.parametrize(
    ("month", "day", "future", "expected"),
    [
        (11, 25, False, dt.date(2025, 11, 25)),
        (11, 26, False, dt.date(2024, 11, 26)),
        (11, 25, True, dt.date(2025, 11, 25)),
        (11, 24, True, dt.date(2026, 11, 24)),
        (12, 1, None, dt.date(2025, 12, 1)),
        (6, 1, None, dt.date(2025, 6, 1)),
        (2, 29, False, dt.date(2024, 2, 29)),
        (2, 29, True, dt.date(2028, 2, 29)),
    ],
)
def test_it_resolves_yearless_dates(month: int, day: int, future: bool, expected: dt.date) -> None:
    assert resolve_yearless(month, day, reference=R, future=future) == expected


def test_it_prefers_the_published_date_as_reference() -> None:
    reference, warnings = choose_reference_date(
        published=dt.date(2025, 3, 1), text="Adopted on 5 May 2025.", today=TODAY
    )
    assert (reference, warnings) == (dt.date(2025, 3, 1), [])


def test_it_takes_the_latest_date_not_after_today_as_reference() -> None:
    text = "Adopted on 5 May 2025, signed on 2 June 2025; it applies from 1 January 2027."
    reference, warnings = choose_reference_date(published=None, text=text, today=TODAY)
    assert reference == dt.date(2025, 6, 2)
    assert "2 June 2025" in warnings[0]


@time_machine.travel(dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC), tick=False)
def test_it_reads_the_seed_against_november_25_of_the_last_year() -> None:
    text = SEED.read_text()
    reference, warnings = choose_reference_date(published=None, text=text, today=dt.date.today())
    assert reference == dt.date(2025, 11, 25)
    assert any("year" in w and "November 25" in w for w in warnings)
    decided = [f for f in find_dates(text, reference=reference) if f.precision == "day"]
    assert [(f.span.quote, f.value, f.year_inferred) for f in decided] == [
        ("November 25", dt.date(2025, 11, 25), True)
    ]
    assert text[decided[0].span.start - 13 : decided[0].span.start] == "finalized on "


def test_it_falls_back_to_today_with_a_warning_when_the_text_has_no_date() -> None:
    reference, warnings = choose_reference_date(
        published=None, text="It will happen soon.", today=TODAY
    )
    assert reference == TODAY
    assert warnings == [
        "no date in the document: relative dates were read against today, 2026-11-24"
    ]


def test_it_leaves_dates_the_text_puts_ahead_out_of_the_reference() -> None:
    text = "The Council adopted it on 3 March 2025. It will apply from 1 January 2026."
    reference, _ = choose_reference_date(published=None, text=text, today=TODAY)
    assert reference == dt.date(2025, 3, 3)


def test_it_reads_against_the_latest_month_when_no_day_is_written() -> None:
    text = "Talks began in January 2025 and ministers agreed in March 2025; more in March 2027."
    reference, warnings = choose_reference_date(published=None, text=text, today=TODAY)
    assert reference == dt.date(2025, 3, 1)
    assert "March 2025" in warnings[0]


def test_it_ignores_dates_after_today_when_choosing_the_reference() -> None:
    reference, _ = choose_reference_date(
        published=None, text="It applies from 1 January 2027.", today=TODAY
    )
    assert reference == TODAY
