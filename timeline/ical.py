"""iCalendar (RFC 5545) text for all-day events, written directly.

The calendars hold up to 4,000 events. Built through the icalendar library's object model
(a Component per event, a typed value per property, then `to_ical` folding every line
character by character) they took about 0.35 ms an event, 1.5 s of CPU for the site-wide
calendar. Written here as strings it is a few microseconds an event. What the library did
for us is done here, and the tests check it against the library's parser: TEXT values
escaped, control characters dropped, dates and UTC timestamps in their basic formats, and
lines folded at 75 octets without splitting a UTF-8 character or an escape.

Plain Python, no Django: values in, text out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Any

CRLF = "\r\n"
# RFC 5545 3.1: a line SHOULD NOT be longer than 75 octets, excluding the line break; a
# continuation line starts with one space, which counts.
LINE_OCTETS = 75
PRODID = "-//Docket//Initiative deadlines//EN"
# Control characters are not allowed in TEXT (RFC 5545 3.3.11): a pasted form feed or NUL in
# a description would make some clients reject the whole calendar. Tab is allowed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BACKSLASH = 0x5C


def text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, any line break as ``\\n``."""
    if not value.isprintable():  # a line break, a tab, or rarely a control character
        # An action's description and its due date are two lines: no need to look for
        # control characters in every such text.
        if not value.replace("\n", "").replace("\r", "").isprintable():
            value = _CONTROL.sub("", value)
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def uri(value: str) -> str:
    """A URI value is not escaped, but nothing in it may end the line."""
    if value.isprintable():  # every URL Docket makes
        return value
    return _CONTROL.sub("", value).replace("\r", "").replace("\n", "")


def fold(line: str) -> str:
    """Fold a content line at 75 octets: never inside a UTF-8 character, nor between a
    backslash and the character it escapes (which some clients misread)."""
    if line.isascii():  # most lines: a character is an octet, and no encoding is needed
        if len(line) <= LINE_OCTETS:
            return line
        return "\r\n ".join(_folded(line, "\\"))
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    return b"\r\n ".join(_folded(data, _BACKSLASH)).decode()


def _folded(data: Any, backslash: Any) -> list[Any]:
    """The pieces of a line folded at 75 octets: ``data`` is text of one octet a character
    or bytes (``backslash`` their backslash); a piece never ends inside a UTF-8 character
    nor between a backslash and the character it escapes."""
    parts = []
    start, room = 0, LINE_OCTETS
    while len(data) - start > room:
        cut = start + room
        if isinstance(data, bytes):
            while data[cut] & 0xC0 == 0x80:  # a continuation byte: back to its start
                cut -= 1
        last = cut - 1
        while last >= start and data[last] == backslash:
            last -= 1
        if (cut - 1 - last) % 2:  # its last backslash escapes what follows: keep them together
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, LINE_OCTETS - 1
    parts.append(data[start:])
    return parts


@functools.lru_cache(maxsize=8192)
def date_value(day: dt.date) -> str:
    # A calendar's thousands of events fall on a few hundred days.
    return day.isoformat().replace("-", "")


@functools.lru_cache(maxsize=8192)
def day_after_value(day: dt.date) -> str:
    """The day after ``day`` (an all-day event's exclusive end), as `date_value`."""
    return date_value(day + dt.timedelta(days=1))


def utc_value(moment: dt.datetime) -> str:
    """A DATE-TIME in UTC (the form DTSTAMP requires), to the second. A naive datetime is
    taken to be in UTC already."""
    if moment.utcoffset():
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def all_day_event(
    *,
    uid: str,
    summary: str,
    start: dt.date,
    end: dt.date,
    description: str,
    url: str,
    stamp: str,
) -> str:
    """A VEVENT over whole days, from ``start`` to ``end`` inclusive, with its line breaks.

    ``stamp`` is the row's last change as a UTC DATE-TIME (`utc_value`, or the database's
    `UTCStamp`): DTSTAMP and LAST-MODIFIED, so that the same data always gives the same
    file. The event is transparent, so that it never shows as busy."""
    # DTEND of an all-day event is exclusive: the day after the window's last day.
    return (
        f"BEGIN:VEVENT\r\n{fold('UID:' + text(uid))}\r\n"
        f"{fold('SUMMARY:' + text(summary))}\r\n"
        f"DTSTART;VALUE=DATE:{date_value(start)}\r\n"
        f"DTEND;VALUE=DATE:{day_after_value(end)}\r\n"
        f"DTSTAMP:{stamp}\r\nLAST-MODIFIED:{stamp}\r\n"
        f"{fold('DESCRIPTION:' + text(description))}\r\n"
        f"{fold('URL:' + uri(url))}\r\n"
        "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
    )


def calendar(name: str, events: Iterable[str]) -> str:
    """A VCALENDAR holding ``events`` (each a VEVENT from `all_day_event`)."""
    return "".join(
        [
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
            f"PRODID:{PRODID}\r\n",
            fold("X-WR-CALNAME:" + text(name)) + CRLF,
            *events,
            "END:VCALENDAR\r\n",
        ]
    )
