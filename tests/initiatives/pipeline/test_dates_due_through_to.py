""" "Through to December 2019" and "until at least March 2027", as British and Commonwealth
English write a window's end, are read as "until" is. Sentences written for these tests,
in several publishers' styles, read against a fixed publication date R."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows

R = dt.date(2026, 12, 2)
D = dt.date

# (sentence, phrase read, earliest, latest)
SENTENCES = [
    # A Kenyan daily on a drought committee.
    (
        "The committee will run mitigation measures for the rest of the year through to "
        "December 2026.",
        "through to December 2026",
        R,
        D(2026, 12, 31),
    ),
    # A Welsh regional paper on a care fund.
    (
        "The housing fund has been extended until at least March 2028, the Cabinet Secretary said.",
        "until at least March 2028",
        R,
        D(2028, 3, 31),
    ),
    # An Australian department's grant guidelines.
    (
        "Payments will be made through to 2029 for farms in declared areas.",
        "through to 2029",
        R,
        D(2029, 12, 31),
    ),
    # A UK government release, a period with both ends.
    (
        "The pilot runs from April 2027 through to March 2029 in six regions.",
        "from April 2027 through to March 2029",
        D(2027, 4, 1),
        D(2029, 3, 31),
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "earliest", "latest"), SENTENCES)
def test_through_to_and_until_at_least_end_a_window(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    found = [(w.text, w.earliest, w.latest) for w in find_due_windows(sentence, reference=R)]
    assert (phrase, earliest, latest) in found
