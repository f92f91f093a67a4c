"""A target's starting point ("from 7% in 2019 to 10% by 2022") is no deadline: the year
its quantity was measured gives way to the target's own window. Sentences written for
these tests, in several publishers' styles, read against a fixed publication date R."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows

R = dt.date(2026, 12, 2)
D = dt.date


def _windows(sentence: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(w.text, w.earliest, w.latest) for w in find_due_windows(sentence, reference=R)]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # A news agency on a national climate plan.
        (
            "The country aims to cut emissions from 1.8 billion tonnes of CO2 equivalent in "
            "2023 to 1.1 billion tonnes by 2035.",
            ("by 2035", R, D(2035, 12, 31)),
        ),
        # A finance ministry's budget release.
        (
            "The Treasury will bring the deficit down from 5.2% of GDP in 2025 to 3% by 2028.",
            ("by 2028", R, D(2028, 12, 31)),
        ),
        # An environment ministry on forest cover.
        (
            "The ministry plans to raise forest cover from 8 per cent in 2024 to 12 per cent "
            "in 2030.",
            ("in 2030", D(2030, 1, 1), D(2030, 12, 31)),
        ),
    ],
)
def test_a_targets_baseline_year_is_no_deadline(
    sentence: str, target: tuple[str, dt.date, dt.date]
) -> None:
    assert _windows(sentence) == [target]


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        # A period from one day to another stays one window.
        (
            "The pilot will run from January 2027 to March 2028.",
            ("from January 2027 to March 2028", D(2027, 1, 1), D(2028, 3, 31)),
        ),
        # A year with no "from … to" before a target is still read.
        (
            "Construction starts in 2027 and the line opens to 40,000 riders by 2030.",
            ("in 2027", D(2027, 1, 1), D(2027, 12, 31)),
        ),
    ],
)
def test_a_year_outside_a_from_to_target_is_kept(
    sentence: str, window: tuple[str, dt.date, dt.date]
) -> None:
    assert window in _windows(sentence)
