"""The Jinja2 templates' date filter keeps the days it formatted, and gives exactly what
Django's filter gives, in the active language."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import defaultfilters
from django.utils import timezone, translation

from config.jinja2 import date


@pytest.mark.parametrize("format", ["j M Y", "j F Y", "D j M"])
def test_it_gives_what_django_gives_each_time(format: str) -> None:
    day = dt.date(2025, 3, 4)
    for _ in range(2):  # the second time from the kept days
        assert date(day, format) == defaultfilters.date(day, format)


def test_it_follows_the_active_language() -> None:
    day = dt.date(2025, 3, 4)
    assert date(day, "j F Y") == "4 March 2025"
    with translation.override("de"):
        assert date(day, "j F Y") == "4 März 2025"
    assert date(day, "j F Y") == "4 March 2025"


def test_a_moment_is_shown_in_the_current_time_zone() -> None:
    moment = dt.datetime(2025, 3, 4, 23, 30, tzinfo=dt.UTC)
    with timezone.override("Europe/Vienna"):
        assert date(moment, "j M Y H:i") == "5 Mar 2025 00:30"
