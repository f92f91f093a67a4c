"""The pipeline end to end: read, structure, reference date, extract.

This is the loader's contract: `extract_document` takes the uploaded bytes and returns
one Extraction, or raises DocumentError (from read) with a message a person can act on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from initiatives.pipeline.dates import choose_reference_date, find_dates
from initiatives.pipeline.extract import ExtractResult, extract
from initiatives.pipeline.language import (
    ENGLISH,
    detect_language,
    unsupported_language_warning,
)
from initiatives.pipeline.read import MAX_BYTES_DEFAULT, read_document
from initiatives.pipeline.structure import structure
from initiatives.pipeline.types import Extraction, ReadResult, Structure

_DAY_FIRST_DATE = re.compile(r"\b([0-3]?\d)-([01]?\d)-((?:19|20)\d{2})\b")

__all__ = ["MAX_BYTES_DEFAULT", "extract_document", "extract_read", "extract_text"]


def extract_document(
    data: bytes,
    *,
    filename: str,
    today: dt.date,
    published: dt.date | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Extraction:
    """Everything the pipeline learns from one uploaded file. Raises DocumentError."""
    read = read_document(data, filename=filename, max_bytes=max_bytes)
    return extract_read(read, today=today, published=published)


def extract_text(
    text: str,
    *,
    today: dt.date,
    published: dt.date | None = None,
    title: str = "",
    fmt: str = "txt",
) -> Extraction:
    """The same, for text already read (tests, benchmarks)."""
    return extract_read(
        ReadResult(text=text, format=fmt, title=title), today=today, published=published
    )


def extract_read(
    read: ReadResult, *, today: dt.date, published: dt.date | None = None
) -> Extraction:
    text = read.text
    cut = structure(text, title=read.title)
    article = "\n".join(
        text[block.start : block.end]
        for block in ([cut.title] if cut.title else []) + list(cut.blocks)
    )
    # The caller's date wins over the document's own (front matter, HTML metadata, or the
    # date line that structure set aside as page furniture).
    own = read.published or _date_line(text, cut, today=today)
    reference, date_warnings = choose_reference_date(
        published=published or own, text=article, today=today
    )
    language = detect_language(text)
    if language != ENGLISH:
        # Rules written for English would invent facts from another language's words.
        result = ExtractResult(None, [unsupported_language_warning(language)])
    else:
        result = extract(
            text,
            cut,
            reference=reference,
            title=read.title,
            published=published or own,
            source_url=read.source_url,
            site_name=read.site_name,
        )
    return Extraction(
        read=read,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        reference_date=reference,
        set_aside=list(cut.set_aside),
        warnings=_unique([*read.warnings, *date_warnings, *result.warnings]),
        initiative=result.initiative,
    )


def _date_line(text: str, cut: Structure, *, today: dt.date) -> dt.date | None:
    """The day of a set-aside publication date line ("12 March 2025 10:30"), if any."""
    for part in cut.set_aside:
        if "date" not in part.reason:
            continue
        for found in find_dates(text, reference=today, start=part.start, end=part.end):
            if found.precision == "day" and not found.year_inferred and found.value <= today:
                return found.value
        # The European Parliament writes "12-03-2025 - 13:05", day first.
        numeric = _DAY_FIRST_DATE.search(text, part.start, part.end)
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            try:
                value = dt.date(year, month, day)
            except ValueError:
                continue
            if value <= today:
                return value
    return None


def _unique(warnings: list[str]) -> list[str]:
    """Each warning once, as a sentence: capitalized, ending with a full stop."""
    seen: set[str] = set()
    out: list[str] = []
    for warning in warnings:
        sentence = warning.strip()
        if not sentence:
            continue
        sentence = sentence[0].upper() + sentence[1:]
        if sentence[-1] not in ".!?…":
            sentence += "."
        if sentence.casefold() not in seen:
            seen.add(sentence.casefold())
            out.append(sentence)
    return out
