"""A deadline set by an event in a named period: "by the next conference in 2019"."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import parse_due

R = dt.date(2027, 12, 13)


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        (
            "Members will conclude the talks by the next ministerial meeting in 2029.",
            dt.date(2029, 12, 31),
        ),
        (
            "Parties should file plans ahead of the climate summit in November.",
            dt.date(2028, 11, 30),
        ),
        ("The board will decide before the general election in May 2028.", dt.date(2028, 5, 31)),
        ("The text will be ready in time for the Health Assembly in May.", dt.date(2028, 5, 31)),
        ("Envoys will meet before the summit on 12 March.", dt.date(2028, 3, 12)),
    ],
)
def test_it_reads_a_deadline_set_by_an_event_in_a_period(sentence: str, latest: dt.date) -> None:
    found = parse_due(sentence, reference=R)
    assert found is not None
    assert (found.earliest, found.latest, found.rule) == (R, latest, "by_event")


def test_a_means_is_not_an_event() -> None:
    found = parse_due("They will grow by boosting exports in 2028.", reference=R)
    assert found is not None and found.rule == "in_year"


def test_an_event_already_past_sets_no_deadline() -> None:
    found = parse_due("as agreed before the vote in 2016", reference=R)
    assert found is None or found.rule != "by_event"


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "rule"),
    [
        (
            "The final text will be presented at the 2029 World Health Assembly.",
            dt.date(2029, 1, 1),
            dt.date(2029, 12, 31),
            "event_year",
        ),
        (
            "Leaders will sign it at the 2028 COP.",
            dt.date(2028, 1, 1),
            dt.date(2028, 12, 31),
            "event_year",
        ),
        ("The roadmap is due by the 2029 G20 Summit.", R, dt.date(2029, 12, 31), "by_event_year"),
    ],
)
def test_it_reads_an_event_named_by_its_year(
    sentence: str, earliest: dt.date, latest: dt.date, rule: str
) -> None:
    found = parse_due(sentence, reference=R)
    assert found is not None
    assert (found.earliest, found.latest, found.rule) == (earliest, latest, rule)


def test_a_year_before_a_common_noun_is_no_event() -> None:
    assert parse_due("Athletes will compete at the 2028 games.", reference=R) is None
