"""The iCalendar writer, read back by the icalendar library: escaping, folding, stamps."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from zoneinfo import ZoneInfo

import icalendar

from timeline import ical

HOSTILE = (
    'Publish the <script>alert("x")</script> roadmap; then, at last, sign C:\\tmp\\a\\b\r\n'
    "Second line\nthird\rfourth\x00\x07\x1b\x0c with a tab\tand émojis 🚀 — “quotes”"
)
# What a reader gets back: control characters dropped, every line break a newline.
HOSTILE_READ = (
    'Publish the <script>alert("x")</script> roadmap; then, at last, sign C:\\tmp\\a\\b\n'
    "Second line\nthird\nfourth with a tab\tand émojis 🚀 — “quotes”"
)


def event(**overrides: object) -> str:
    fields = {
        "uid": "action-7@docket.example",
        "summary": "Due: the roadmap",
        "start": dt.date(2026, 12, 1),
        "end": dt.date(2027, 2, 28),
        "description": "Deliver it",
        "url": "https://docket.example/initiatives/drones/",
        "stamp": "20261130T093015Z",
    }
    return ical.all_day_event(**{**fields, **overrides})


def parse(*events: str, name: str = "Docket") -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ical.calendar(name, events).encode())


def test_it_writes_an_all_day_event_a_calendar_reads() -> None:
    (parsed,) = parse(event()).walk("VEVENT")
    assert str(parsed["UID"]) == "action-7@docket.example"
    assert parsed.decoded("dtstart") == dt.date(2026, 12, 1)
    assert parsed.decoded("dtend") == dt.date(2027, 3, 1)  # exclusive: the last day counts
    assert parsed.decoded("dtstamp") == dt.datetime(2026, 11, 30, 9, 30, 15, tzinfo=dt.UTC)
    assert parsed.decoded("last-modified") == parsed.decoded("dtstamp")
    assert str(parsed["URL"]) == "https://docket.example/initiatives/drones/"
    assert str(parsed["TRANSP"]) == "TRANSPARENT"


def test_it_escapes_untrusted_text_and_drops_control_characters() -> None:
    calendar = parse(event(summary=HOSTILE, description=HOSTILE), name=f"Search: {HOSTILE}")
    (parsed,) = calendar.walk("VEVENT")
    assert str(parsed["SUMMARY"]) == HOSTILE_READ
    assert str(parsed["DESCRIPTION"]) == HOSTILE_READ
    # icalendar leaves an X- property's value as written; calendar applications read it
    # as TEXT, as written here.
    name = calendar["X-WR-CALNAME"].to_ical().decode()
    unescaped = re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], name)
    assert unescaped == f"Search: {HOSTILE_READ}"
    assert len(calendar.walk("VEVENT")) == 1  # no text started a line of its own


def test_it_escapes_as_rfc_5545_says() -> None:
    assert ical.text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_a_url_cannot_break_its_line() -> None:
    written = event(url="https://docket.example/x\r\nBEGIN:VEVENT")
    assert [line for line in written.split("\r\n") if line.startswith("BEGIN:")] == ["BEGIN:VEVENT"]


def test_it_folds_long_lines_at_75_octets_whole_characters_and_escapes() -> None:
    for text in ("é" * 200, "🚀x" * 90, "a" * 73 + "\\" * 40, "ab,;" * 60, HOSTILE * 3):
        written = event(description=text).encode()
        lines = written.split(b"\r\n")
        assert max(len(line) for line in lines) <= ical.LINE_OCTETS
        for line in lines:
            line.decode()  # never half a UTF-8 character on a line
        for line, following in itertools.pairwise(lines):
            if following.startswith(b" "):
                backslashes = len(line) - len(line.rstrip(b"\\"))
                assert backslashes % 2 == 0, "an escape split across lines"
        (parsed,) = icalendar.Calendar.from_ical(ical.calendar("x", [written.decode()])).walk(
            "VEVENT"
        )
        assert str(parsed["DESCRIPTION"]) == (
            ical._CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
        )


def test_it_leaves_short_lines_alone() -> None:
    assert ical.fold("SUMMARY:short") == "SUMMARY:short"
    assert ical.fold("SUMMARY:" + "é" * 33) == "SUMMARY:" + "é" * 33  # 74 octets


def test_a_stamp_is_in_utc_to_the_second() -> None:
    paris = dt.datetime(2026, 7, 1, 14, 5, 9, 999_999, tzinfo=ZoneInfo("Europe/Paris"))
    assert ical.utc_value(paris) == "20260701T120509Z"
    assert ical.utc_value(dt.datetime(2026, 7, 1, 12, 5, 9, tzinfo=dt.UTC)) == "20260701T120509Z"


def test_the_calendar_names_itself_and_its_producer() -> None:
    calendar = parse(event(), event(uid="milestone-1@docket.example"))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == ical.PRODID
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        "action-7@docket.example",
        "milestone-1@docket.example",
    ]
