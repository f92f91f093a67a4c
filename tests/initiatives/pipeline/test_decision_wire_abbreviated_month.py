"""A wire lead that announces a measure and dates the saying ("Canada will impose a tariff
from Oct. 15, the minister said on Wednesday") is that day's announcement, even when a
month written short, with its full stop, stands inside the sentence. Read against the
publication day (a parameter, never the clock). Sentences written for these tests, in
the styles of two wire services."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 9, 9)  # a Thursday


def test_a_measure_from_an_abbreviated_day_is_announced_on_the_weekday() -> None:
    text = (
        "WELLINGTON, Sept 9 (Wire) - New Zealand will cap port fees from Oct. 1, the "
        "transport minister said on Wednesday."
    )
    assert decision_of(text, PUBLISHED).decided_on == dt.date(2027, 9, 8)


def test_an_agency_style_lead_with_a_short_month_is_dated_too() -> None:
    text = (
        "LIMA (AP) - Peru would require miners to post closure bonds starting Jan. 15, "
        "the energy minister said Tuesday."
    )
    assert decision_of(text, PUBLISHED).decided_on == dt.date(2027, 9, 7)


def test_a_full_stop_that_ends_the_sentence_still_ends_it() -> None:
    # The saying belongs to the next sentence: nothing announces the measure that day.
    text = (
        "The levy will apply to all ports.\n\n"
        "The transport minister said on Wednesday that traffic had grown."
    )
    assert decision_of(text, PUBLISHED).decided_on is None
