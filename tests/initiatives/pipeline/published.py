"""A text run through the pipeline as if published on one day at one address."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ExtractedInitiative, ReadResult

TODAY = dt.date(2026, 11, 24)
PUBLISHED = dt.date(2026, 3, 4)


def published_initiative(
    text: str, *, url: str = "", site: str = "", fmt: str = "txt"
) -> ExtractedInitiative:
    """The initiative of `text` published on PUBLISHED at `url` (on `site`); it must have one."""
    read = ReadResult(text=text, format=fmt, source_url=url, site_name=site)
    extraction = extract_read(read, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative


def published_actions(lead: str, paragraph: str) -> list[ExtractedAction]:
    """The actions of a Markdown text: a lead that gives it an initiative, then `paragraph`."""
    return published_initiative(lead + paragraph + "\n", fmt="md").actions


def quoted_actions(text: str) -> list[ExtractedAction]:
    """The actions of Markdown `text` published at a news address, each checked to quote
    the text exactly where its offsets say."""
    found = published_initiative(text, url="https://example.org/news", fmt="md").actions
    for action in found:
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
    return found


def action_rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, str | None, str]]:
    """Each action as (description, owner, its due window's words, rule)."""
    return [(a.description, a.owner, a.due.text if a.due else None, a.rule) for a in found]
