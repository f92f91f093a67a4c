"""The thing a title names, and whether a sentence's act is done to it.

A release's title names its news ("Regional Rail Fund backs three new lines"); its lead
may open with background dated days before ("On 3 May, the Government tabled its
budget") and tell the news after ("the minister announced the new Regional Rail Fund").
The act whose object is the title's name is the news (`extract_decision._title_named`).
Only a proper name is read: a run of two or more capitalized words inside a title that
is not itself in title case, so that a headline in title case names nothing.
"""

from __future__ import annotations

import re

# A run of capitalized words, "of"/"and"/"for" allowed between them: "Strategic
# Innovation Fund", "Fund for Rural Roads".
_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on)\s+)?){1,5}[A-Z][\w'’-]*(?![\w'’-])"
)
# Words that are capitalized only for starting a title or as furniture.
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*\b")
MIN_LOWER_WORDS = 2
# How far after the act's verb its object may name the title's name.
OBJECT_REACH = 80


def title_name(title: str) -> str | None:
    """The longest proper name of a title that is written in sentence case (it holds at
    least MIN_LOWER_WORDS lowercase words); None otherwise."""
    if len(_LOWER_WORD.findall(title)) < MIN_LOWER_WORDS:
        return None
    names = [m.group() for m in _NAME.finditer(title) if len(m.group().split()) >= 2]
    return max(names, key=len, default=None)


def names_after(text: str, start: int, end: int, name: str) -> bool:
    """Whether `name` stands in text[start:end] within OBJECT_REACH characters of `start`
    (the end of an act's verb): the act is done to the thing named."""
    window = text[start : min(end, start + OBJECT_REACH + len(name))]
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", window, re.IGNORECASE) is not None


def names_anywhere(text: str, start: int, end: int, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[start:end], re.IGNORECASE) is not None
