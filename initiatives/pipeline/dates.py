"""Stage 3, Dates: explicit dates and vague deadlines, read against a reference date."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import DueWindow, FoundDate


def choose_reference_date(
    *, published: dt.date | None, text: str, today: dt.date
) -> tuple[dt.date, list[str]]:
    if published is not None:
        return published, []
    return today, [
        f"no date in the document: relative dates were read against today, {today.isoformat()}"
    ]


def find_dates(
    text: str, *, reference: dt.date, start: int = 0, end: int | None = None
) -> list[FoundDate]:
    return []


def resolve_yearless(month: int, day: int, *, reference: dt.date, future: bool | None) -> dt.date:
    return dt.date(reference.year, month, day)


def parse_due(phrase: str, *, reference: dt.date) -> DueWindow | None:
    return None


def find_due_windows(
    text: str, *, reference: dt.date, start: int = 0, end: int | None = None
) -> list[DueWindow]:
    return []
