"""A text run through the pipeline as if published on one day at one address: the helpers
the pipeline's tests share, so that each reads a text as the importer does in one place."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_areas import find_areas
from initiatives.pipeline.extract_decision import Decision, decide
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.run import extract_read, extract_text
from initiatives.pipeline.structure import structure
from initiatives.pipeline.types import ExtractedAction, ExtractedInitiative, ReadResult

# An action as the tests compare it: (description, owner, latest due day, rule).
ActionRow = tuple[str, str | None, dt.date | None, str]

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


def text_initiative(text: str, *, today: dt.date, published: dt.date) -> ExtractedInitiative:
    """The initiative of plain `text` published on `published`; it must have one."""
    extraction = extract_text(text, today=today, published=published)
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative


def text_actions(text: str, *, today: dt.date, published: dt.date) -> list[ExtractedAction]:
    """The actions of plain `text` published on `published`; none if it has no initiative."""
    extraction = extract_text(text, today=today, published=published)
    return [] if extraction.initiative is None else extraction.initiative.actions


def due_rows(found: list[ExtractedAction]) -> list[ActionRow]:
    """Each action as (description, owner, the latest day of its due window, rule)."""
    return [(a.description, a.owner, a.due.latest if a.due else None, a.rule) for a in found]


def decision_of(text: str, published: dt.date) -> Decision:
    """The decision read in `text`, segmented as the importer segments it, published on
    (and its relative days read against) `published`."""
    return decide(text, segments(text, structure(text)), reference=published, published=published)


def sentence_areas(sentence: str) -> dict[str, str]:
    """The areas read in `sentence`, standing after a heading, each with its statement."""
    text = f"A statement\n\n{sentence}"
    return {a.area: a.statement for a in find_areas(text, segments(text, structure(text)))}
