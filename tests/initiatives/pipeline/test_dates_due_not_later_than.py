""" "Not later than", the statute's spelling of "no later than", opens a window from the
publication day as "by" does, whatever the deadline it governs. Sentences written for
these tests, in several publishers' styles, read against a fixed publication date R."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates import find_due_windows

R = dt.date(2026, 12, 2)
D = dt.date

# (sentence, phrase read, earliest, latest)
SENTENCES = [
    # A parliamentary reform deal, as a regional daily reports it.
    (
        "The government will table the amendment not later than next year, the minister said.",
        "not later than next year",
        R,
        D(2027, 12, 31),
    ),
    # An EU-style legal act.
    (
        "Member States shall transmit their national plans not later than 30 June 2028.",
        "not later than 30 June 2028",
        R,
        D(2028, 6, 30),
    ),
    # A regulator's direction, by a quarter's end.
    (
        "Suppliers must publish their complaint figures not later than the end of the "
        "first quarter of 2027.",
        "not later than the end of the first quarter of 2027",
        R,
        D(2027, 3, 31),
    ),
    # A wire story on a gas storage plan, by a season still to come.
    (
        "Operators are to fill the caverns no later than the winter, the agency said.",
        "no later than the winter",
        R,
        D(2027, 2, 28),
    ),
    # A city council's resolution, with a season.
    (
        "The council resolved that the first bus lanes be painted not later than next spring.",
        "not later than next spring",
        R,
        D(2027, 5, 31),
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "earliest", "latest"), SENTENCES)
def test_not_later_than_opens_a_window_from_publication(
    sentence: str, phrase: str, earliest: dt.date, latest: dt.date
) -> None:
    found = [(w.text, w.earliest, w.latest) for w in find_due_windows(sentence, reference=R)]
    assert (phrase, earliest, latest) in found
