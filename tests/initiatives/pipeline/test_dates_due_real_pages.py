"""Session 25 (real pages): due phrases that real pages write and the rules misread or
missed. "throughout" a month; South Asian "upto" and "till" a split financial year;
"within" a half or quarter already under way (from R, as "by" its end); "over a period
of" years; a fortnight; two months joined by "or" with one year after them. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows
from initiatives.pipeline.run import extract_text

R = dt.date(2025, 5, 14)
D = dt.date


@pytest.mark.parametrize(
    ("sentence", "phrase", "earliest", "latest"),
    [
        # throughout a month: the month, as "in" it
        (
            "Wardens will patrol the dunes throughout August.",
            "throughout August",
            D(2025, 8, 1),
            D(2025, 8, 31),
        ),
        # "upto" and "till" a year or a split financial year: from R to its end
        ("The board will lay 900 km of pipes upto 2027.", "upto 2027", R, D(2027, 12, 31)),
        ("The scheme will fund 40 lakh toilets till 2026-27.", "2026-27", R, D(2027, 3, 31)),
        ("Grants continue up to 2027-28 for the hill districts.", "2027-28", R, D(2028, 3, 31)),
        # "within" a part of the year already begun: the rest of it
        (
            "The ministry will settle the tariffs within the first half of this year.",
            "within the first half of this year",
            R,
            D(2025, 6, 30),
        ),
        (
            "The agency will publish the code within the second quarter.",
            "within the second quarter",
            R,
            D(2025, 6, 30),
        ),
        # ... and a part not begun yet is that part
        (
            "The ministry will settle the tariffs within the first half of next year.",
            "within the first half of next year",
            D(2026, 1, 1),
            D(2026, 6, 30),
        ),
        (
            "The lender will disburse the loans over a period of four years.",
            "over a period of four years",
            R,
            D(2029, 5, 14),
        ),
        (
            "The panel will report within the coming fortnight.",
            "within the coming fortnight",
            R,
            D(2025, 5, 28),
        ),
        (
            "The council will vote in a fortnight's time.",
            "in a fortnight's time",
            R,
            D(2025, 5, 28),
        ),
        (
            "The regulator will reopen the review in late September or early October 2026.",
            "in late September or early October 2026",
            D(2026, 9, 21),
            D(2026, 10, 10),
        ),
        (
            "The tender opens in December or January.",
            "in December or January",
            D(2025, 12, 1),
            D(2026, 1, 31),
        ),
        (
            "The ministry will name the bidders by July or August.",
            "by July or August",
            R,
            D(2025, 8, 31),
        ),
        # an event dated by its month: "before" it begins, "by" its month's end
        (
            "The operator will merge its fare systems before the March 2027 launch.",
            "before the March 2027 launch",
            R,
            D(2027, 2, 28),
        ),
        (
            "The board will approve the tariffs by the June 2026 deadline.",
            "by the June 2026 deadline",
            R,
            D(2026, 6, 30),
        ),
        # the end of the fiscal year, abbreviated (US federal year until the publisher is
        # known; a "financial" year from April)
        ("The agency will close the grant round by end-FY.", "by end-FY", R, D(2025, 9, 30)),
        ("The agency will close the grant round by FY-end.", "by FY-end", R, D(2025, 9, 30)),
        (
            "The trust will clear the backlog by financial year-end.",
            "by financial year-end",
            R,
            D(2026, 3, 31),
        ),
    ],
)
def test_a_real_pages_due_phrase_reads_as_its_window(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    found = find_due_windows(sentence, reference=R)
    assert [(w.text, w.earliest, w.latest) for w in found] == [(phrase, earliest, latest)]


def test_a_month_then_a_day_is_not_two_whole_months() -> None:
    found = find_due_windows(
        "The panel will sit in June and 4 July to hear witnesses.", reference=R
    )
    assert all("and" not in w.text for w in found)


def test_a_cut_by_a_named_site_by_a_share_in_a_year_is_due_that_year() -> None:
    found = find_due_windows(
        "The bakery chain will cut water use by its Leeds plant by 20 percent in 2026.",
        reference=R,
    )
    assert [(w.text, w.earliest, w.latest) for w in found] == [
        ("in 2026", D(2026, 1, 1), D(2026, 12, 31))
    ]


def test_a_target_year_wins_over_the_baseline_year_after_a_figure_with_a_comma() -> None:
    extraction = extract_text(
        "The fisheries ministry set out its plan on Tuesday.\n\n"
        "The fisheries ministry will raise seafood exports to 2,400 million euros by 2029, "
        "from the 1,350 million euros recorded in 2024.\n",
        today=dt.date(2026, 1, 5),
        published=R,
    )
    assert extraction.initiative is not None
    assert [(a.due.text if a.due else None) for a in extraction.initiative.actions] == ["by 2029"]
