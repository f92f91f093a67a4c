"""A release's own day, printed alone on a line at the head of its page, dates the act its
lead reports without a day of its own, when the page is published a little later. Texts
written for these tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 4, 15)  # a Thursday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An Australian minister's media release.
        (
            "Media release\n\n14 April 2027\n\nThe Minister for Health has launched a "
            "national bowel screening programme.",
            dt.date(2027, 4, 14),
        ),
        # A small-island government's post-cabinet page.
        (
            "Tuesday, 13 April 2027\n\nCabinet decisions\n\nCabinet approved the National "
            "Water Policy and a new fisheries levy.",
            dt.date(2027, 4, 13),
        ),
        # A US agency's release, its date line with its kind.
        (
            "April 12, 2027 | News release\n\nThe Agency has published new guidance for "
            "rural water systems.",
            dt.date(2027, 4, 12),
        ),
    ],
)
def test_the_release_date_printed_at_the_head_dates_the_act(text: str, day: dt.date) -> None:
    assert decision_of(text, PUBLISHED).decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        # Two dated lines at the head: items of a digest, not the page's own day.
        "12 April 2027\n\n14 April 2027\n\nThe Minister for Health has launched a national "
        "bowel screening programme.",
        # A day long before the publication is no release date of this page.
        "2 January 2027\n\nThe Minister for Health has launched a national bowel screening "
        "programme.",
    ],
)
def test_other_date_lines_leave_the_publication_day(text: str) -> None:
    assert decision_of(text, PUBLISHED).decided_on == PUBLISHED
