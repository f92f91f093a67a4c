"""Deadline phrasings read on real documents, in sentences written in the styles of
several publishers (a ministry release, a wire story, a communiqué, a regulator's notice),
each read against a fixed publication date R."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows

R = dt.date(2026, 12, 2)  # a Wednesday
D = dt.date

# (sentence, phrase read, earliest, latest, rule)
SENTENCES = [
    # "in the coming month", "over the coming year", "the year ahead"
    (
        "The Department for Transport will publish its response in the coming month.",
        "in the coming month",
        R,
        D(2027, 1, 2),
        "coming_one",
    ),
    (
        "Officials said the ministry would consult industry over the coming year.",
        "over the coming year",
        R,
        D(2027, 12, 2),
        "coming_one",
    ),
    (
        "Leaders agreed to deepen cooperation on critical minerals in the year ahead.",
        "in the year ahead",
        R,
        D(2027, 12, 2),
        "coming_one",
    ),
    # durations given as windows
    (
        "The exemption will apply for an initial 30-day period while the agency reviews it.",
        "for an initial 30-day period",
        R,
        D(2027, 1, 1),
        "for_duration",
    ),
    (
        "The Commission will monitor the scheme for one year.",
        "for one year",
        R,
        D(2027, 12, 2),
        "for_duration",
    ),
    (
        "Under the plan, the regulator will run the sandbox for a period of 18 months.",
        "for a period of 18 months",
        R,
        D(2028, 6, 2),
        "for_duration",
    ),
    (
        "NHS England will launch a two-year pilot in ten hospitals.",
        "a two-year pilot",
        R,
        D(2028, 12, 2),
        "for_duration",
    ),
    (
        "Ottawa will sign a 10-year agreement with the provinces on child care.",
        "a 10-year agreement",
        R,
        D(2036, 12, 2),
        "for_duration",
    ),
    (
        "The G20 members committed to halve the gap within a decade.",
        "within a decade",
        R,
        D(2036, 12, 2),
        "within_decades",
    ),
    (
        "Members pledged to phase out the subsidies within a decade of the 2014 decision.",
        "within a decade of the 2014 decision",
        D(2014, 1, 1),
        D(2024, 12, 31),
        "within_decades_of",
    ),
    (
        "Parties are to report within five years of the 2015 agreement.",
        "within five years of the 2015 agreement",
        D(2015, 1, 1),
        D(2020, 12, 31),
        "within_units_of_year",
    ),
    # parts and turns of the year
    (
        "The strategy is expected in the latter part of the year.",
        "in the latter part of the year",
        R,
        D(2026, 12, 31),
        "latter_part_of_year",
    ),
    (
        "Berlin will present the bill in the latter half of 2027, a spokesperson said.",
        "in the latter half of 2027",
        D(2027, 7, 1),
        D(2027, 12, 31),
        "latter_part_of_year",
    ),
    (
        "The agency plans to finalise the rule later in 2027.",
        "later in 2027",
        D(2027, 7, 1),
        D(2027, 12, 31),
        "latter_part_of_year",
    ),
    (
        "The Treasury will table the budget by the turn of the year.",
        "by the turn of the year",
        R,
        D(2026, 12, 31),
        "turn_of_year",
    ),
    (
        "Tokyo aims to double the capacity by the turn of the decade.",
        "by the turn of the decade",
        R,
        D(2030, 12, 31),
        "turn_of_year",
    ),
    # open starts: a start with no end
    (
        "The new quotas will apply starting in the 2027 season.",
        "starting in the 2027 season",
        D(2027, 1, 1),
        None,
        "from_date",
    ),
    (
        "The levy will be collected starting next year.",
        "starting next year",
        D(2027, 1, 1),
        None,
        "from_date",
    ),
    (
        "Payments will be made from the second half of 2027.",
        "from the second half of 2027",
        D(2027, 7, 1),
        None,
        "half_year",
    ),
    (
        "Catch limits will be tightened during the 2027/28 season.",
        "during the 2027/28 season",
        D(2027, 1, 1),
        D(2028, 12, 31),
        "season_of_year",
    ),
    # postponements: the period it was moved to
    (
        "The vote on the directive has been postponed until January.",
        "postponed until January",
        D(2027, 1, 1),
        D(2027, 1, 31),
        "postponed_until",
    ),
    (
        "The launch of the register was delayed until March 2027, the ministry said.",
        "delayed until March 2027",
        D(2027, 3, 1),
        D(2027, 3, 31),
        "postponed_until",
    ),
    (
        "The consultation was extended until 31 January 2027.",
        "extended until 31 January 2027",
        R,
        D(2027, 1, 31),
        "postponed_until",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "earliest", "latest", "rule"), SENTENCES)
def test_it_reads_the_deadline_of_a_real_phrasing(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date | None, rule: str
) -> None:
    windows = find_due_windows(sentence, reference=R)
    assert [(w.text, w.earliest, w.latest, w.rule) for w in windows] == [
        (phrase, earliest, latest, rule)
    ]
    (window,) = windows
    assert window.span is not None
    assert sentence[window.span.start : window.span.end] == phrase


def test_a_later_postponement_in_the_sentence_replaces_the_earlier_window() -> None:
    sentence = (
        "The paper was to be published before the end of the year, but it has been "
        "delayed until February."
    )
    windows = find_due_windows(sentence, reference=R)
    assert [(w.text, w.earliest, w.latest) for w in windows] == [
        ("delayed until February", D(2027, 2, 1), D(2027, 2, 28))
    ]


def test_a_postponement_leaves_the_windows_of_other_sentences() -> None:
    text = "The bill will be tabled by March. The launch was postponed until June."
    windows = find_due_windows(text, reference=R)
    assert [w.text for w in windows] == ["by March", "postponed until June"]


@pytest.mark.parametrize(
    ("sentence", "latest"),
    [
        # Said on a Wednesday, "by Wednesday" is the next one, not today.
        ("The minister must reply by Wednesday.", D(2026, 12, 9)),
        ("Ministers will decide by Friday.", D(2026, 12, 4)),
        ("Member states must respond before Tuesday.", D(2026, 12, 8)),
    ],
)
def test_a_weekday_after_by_resolves_forward_from_the_publication_date(
    sentence: str, latest: dt.date
) -> None:
    (window,) = find_due_windows(sentence, reference=R)
    assert (window.earliest, window.latest, window.rule) == (R, latest, "by_weekday")


@pytest.mark.parametrize(
    "sentence",
    [
        "He has worked at the ministry for 30 years.",
        "The programme, which has been running for two years, is popular.",
    ],
)
def test_a_span_already_spent_is_no_deadline(sentence: str) -> None:
    assert find_due_windows(sentence, reference=R) == []


def test_an_open_start_has_no_end() -> None:
    (window,) = find_due_windows("The tariff applies from July 2027.", reference=R)
    assert (window.earliest, window.latest, window.rule) == (D(2027, 7, 1), None, "from_date")
