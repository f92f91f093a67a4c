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


@pytest.mark.parametrize(
    "format", ["j M Y", "D j F Y", "Y-m-d", "jS \\o\\f F", "j M Y H:i", "c", "e"]
)
@pytest.mark.parametrize("zone", ["UTC", "Europe/Vienna", "America/Los_Angeles"])
def test_a_moment_shown_as_a_day_is_the_day_in_the_current_time_zone(
    format: str, zone: str
) -> None:
    # Near midnight, on either side of a change of daylight saving time.
    moments = [
        dt.datetime(2025, 3, 30, 0, 30, tzinfo=dt.UTC),
        dt.datetime(2025, 3, 30, 23, 30, tzinfo=dt.UTC),
        dt.datetime(2025, 11, 2, 7, 59, tzinfo=dt.UTC),
        dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
    ]
    with timezone.override(zone):
        for moment in moments:
            for _ in range(2):  # the second time from the kept days
                expected = defaultfilters.date(timezone.template_localtime(moment), format)
                assert date(moment, format) == expected
    with timezone.override("Europe/Vienna"):
        assert date(moments[3], "j M Y") == "1 Jan 2026"
    assert date(moments[3], "j M Y") == "31 Dec 2025"


@pytest.mark.parametrize("zone", ["UTC", "Europe/Vienna", "America/Los_Angeles"])
@pytest.mark.parametrize("language", ["en-gb", "de"])
def test_a_drawing_shows_its_dates_in_its_time_zone_and_language(zone: str, language: str) -> None:
    from django.template import engines
    from django.test import RequestFactory

    drawn = engines["jinja2"].from_string(
        "{% for m in moments %}{{ m|date('j F Y') }}|{{ m|date('j M Y H:i') }}|"
        "{{ m.date()|date('D j M') }};{% endfor %}"
    )
    moments = [
        dt.datetime(2025, 3, 30, 0, 30, tzinfo=dt.UTC),
        dt.datetime(2025, 3, 30, 23, 30, tzinfo=dt.UTC),
        dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
    ]
    with timezone.override(zone), translation.override(language):
        expected = "".join(
            f"{defaultfilters.date(timezone.template_localtime(m), 'j F Y')}|"
            f"{defaultfilters.date(timezone.template_localtime(m), 'j M Y H:i')}|"
            f"{defaultfilters.date(m.date(), 'D j M')};"
            for m in moments
        )
        for _ in range(2):  # the second time from the kept days
            assert drawn.render({"moments": moments}, request=RequestFactory().get("/")) == expected
