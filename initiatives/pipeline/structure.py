"""Stage 2, Structure: the title, section headings, paragraphs and bullets of the article.

Page furniture (comments, share buttons, related articles, bylines, prompts) is set aside
first, with a reason, and no block ever overlaps it: nothing set aside may become a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from initiatives.pipeline.structure_furniture import Line, find_furniture, split_glued_date_labels
from initiatives.pipeline.types import Block, SetAside, Structure

TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
# A line this long that stops mid-sentence was wrapped: the next line carries it on.
WRAPPED_LINE_MIN_WORDS = 6
# A line this many times longer than the one before it was not wrapped at that one's width.
UNWRAPPED_RATIO = 1.25
# The title is looked for among the first few lines that are not furniture.
TITLE_SEARCH_LINES = 3

MD_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<body>.*?)(?:[ \t]+#+)?[ \t]*$")
BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<body>[^*_].*?)(?:\*\*|__)[ \t]*$")
BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•–—▪●◦·‣]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\))"
    r"[ \t]+(?=\S)"
)
QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
RULE_LINE = re.compile(
    r"^[ \t]*(?:[-=_*][ \t]*){3,}$|^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$"
)
# Closing quotes and brackets do not hide a sentence's final punctuation.
_CLOSERS = "\"'”’»)]*_ "
# A heading holds no sentence end and does not stop on "the" or "and": a wrapped line does.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_TRAILING_FUNCTION_WORD = re.compile(
    r"\b(?:a|an|the|and|or|of|to|in|on|for|with|by|from|at|as|that|which|who|is|are|was|were)$",
    re.IGNORECASE,
)
_FINAL_PUNCTUATION = (".", "!", "?", ";", ":", ",", "…")
# A headline may ask or exclaim; a section heading may ask ("What happens next?").
_TITLE_MARKS = ("?", "!")


@dataclass
class _Item:
    """One kept line: its kind and the span of its content (markers left out)."""

    kind: str  # "md_heading" | "bold" | "bullet" | "text"
    start: int
    end: int
    line: Line
    level: int = 0
    blank_before: bool = False


def structure(text: str, *, title: str = "") -> Structure:
    """Title, headings, paragraphs and bullets of `text`; furniture set aside with a reason.

    The title is `Structure.title` only; `blocks` holds what follows it (headings,
    paragraphs, bullets), in order.
    """
    lines = split_glued_date_labels(split_lines(text))
    set_aside = find_furniture(lines, text)
    items = _items(lines, set_aside)
    title_index = _find_title(items, text, title)
    blocks: list[Block] = []
    title_block: Block | None = None
    section = ""
    previous: _Item | None = None
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if index == title_index:
            title_block = Block(item.start, item.end, "title")
        elif _is_heading(item, following, text):
            section = text[item.start : item.end]
            blocks.append(Block(item.start, item.end, "heading"))
        elif _continues(previous, item, blocks, text, title_index, index):
            last = blocks[-1]
            blocks[-1] = Block(last.start, item.end, last.kind, last.section)
        else:
            kind = "bullet" if item.kind == "bullet" else "paragraph"
            blocks.append(Block(item.start, item.end, kind, section))
        previous = item
    return Structure(title=title_block, blocks=blocks, set_aside=set_aside)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for raw in text.split("\n"):
        lines.append(Line(position, position + len(raw), raw))
        position += len(raw) + 1
    return lines


def _items(lines: list[Line], set_aside: list[SetAside]) -> list[_Item]:
    items: list[_Item] = []
    blank = False
    aside = iter(sorted(set_aside, key=lambda s: s.start))
    current = next(aside, None)
    for line in lines:
        while current is not None and current.end <= line.start:
            current = next(aside, None)
        if current is not None and current.start < line.end and line.start < current.end:
            blank = True  # furniture separates paragraphs like a blank line
            continue
        if not line.stripped:
            blank = True
            continue
        if RULE_LINE.match(line.text):
            if set(line.stripped) <= {"=", "-"} and items and items[-1].kind == "text":
                items[-1].kind = "md_heading"  # a Setext underline
                items[-1].level = 1 if "=" in line.stripped else 2
            blank = True
            continue
        item = _classify(line)
        item.blank_before = blank
        items.append(item)
        blank = False
    return items


def _classify(line: Line) -> _Item:
    if match := MD_HEADING.match(line.text):
        start = line.start + match.start("body")
        return _Item(
            "md_heading", start, start + len(match.group("body")), line, len(match["marks"])
        )
    if match := BOLD_LINE.match(line.text.strip()):
        offset = line.start + len(line.text) - len(line.text.lstrip())
        start = offset + match.start("body")
        return _Item("bold", start, start + len(match.group("body").rstrip()), line)
    if match := BULLET.match(line.text):
        return _Item("bullet", line.start + match.end(), line.start + len(line.text), line)
    content_start = line.start
    if match := QUOTE_MARK.match(line.text):
        content_start += match.end()
    else:
        content_start += len(line.text) - len(line.text.lstrip())
    return _Item("text", content_start, line.start + len(line.text.rstrip()), line)


def _find_title(items: list[_Item], text: str, hint: str) -> int | None:
    wanted = _squash(hint)
    head = items[:TITLE_SEARCH_LINES]
    if wanted:
        for index, item in enumerate(head):
            content = _squash(text[item.start : item.end])
            if content and (content == wanted or content.startswith(wanted)):
                return index
    if head and head[0].kind in ("text", "md_heading", "bold") and _is_title_like(head[0], text):
        return 0
    for index, item in enumerate(items):
        if item.kind == "md_heading" and item.level == 1:
            return index
    return None


def _is_title_like(item: _Item, text: str) -> bool:
    content = text[item.start : item.end]
    return (
        len(content) <= TITLE_MAX_CHARS
        and len(content.split()) <= TITLE_MAX_WORDS
        and not _ends_sentence(content, allow=_TITLE_MARKS)
    )


def _is_heading(item: _Item, following: _Item | None, text: str) -> bool:
    if item.kind in ("md_heading", "bold"):
        return True
    if item.kind != "text" or following is None:
        return False
    content = text[item.start : item.end]
    following_text = text[following.start : following.end]
    if (
        not _long_heading(item, content, following_text)
        and (len(content) > HEADING_MAX_CHARS or len(content.split()) > HEADING_MAX_WORDS)
    ) or (
        _ends_sentence(content, allow=("?",))
        or not (content[0].isupper() or content[0].isdigit())
        or _SENTENCE_INSIDE.search(content)
        or _TRAILING_FUNCTION_WORD.search(content)
    ):
        return False
    # A heading introduces prose or a list, not another short line.
    if following.kind == "bullet":
        return True
    if following.kind != "text":
        return False
    if not following.blank_before and following_text[:1].islower():
        return False  # the sentence carries on: a hard-wrapped line
    return _ends_sentence(following_text) or len(following_text.split()) > HEADING_MAX_WORDS


def _long_heading(item: _Item, content: str, following_text: str) -> bool:
    """A cabinet release's long heading ("Cabinet approves continuation of the rural housing
    scheme beyond March 2025 (Phase III)") over the paragraph that reports it: a wrapped
    line is never much shorter than the line that carries it on, a heading may be."""
    return (
        item.blank_before
        and len(content.split()) <= TITLE_MAX_WORDS
        and following_text[:1].isupper()
        and len(following_text.split("\n")[0]) > UNWRAPPED_RATIO * len(content)
    )


def _continues(
    previous: _Item | None,
    item: _Item,
    blocks: list[Block],
    text: str,
    title_index: int | None,
    index: int,
) -> bool:
    """A hard-wrapped line: it carries on the block before it instead of starting one."""
    if previous is None or item.blank_before or not blocks or index - 1 == title_index:
        return False
    last = blocks[-1]
    if last.kind not in ("paragraph", "bullet") or item.kind not in ("text",):
        return False
    if last.kind == "bullet":
        # An indented line, or one that carries on a sentence, belongs to the bullet; a
        # capitalized line at the margin starts the prose after the list.
        content = text[item.start : item.end]
        return item.line.text[:1] in " \t" or (
            content[:1].islower() and not _ends_sentence(text[last.start : last.end])
        )
    previous_text = text[last.start : last.end]
    content = text[item.start : item.end]
    if _ends_sentence(previous_text):
        return False
    quoted = QUOTE_MARK.match(item.line.text) and QUOTE_MARK.match(previous.line.text)
    return bool(
        quoted
        or content[:1].islower()
        or len(previous_text.split("\n")[-1].split()) >= WRAPPED_LINE_MIN_WORDS
    )


def _ends_sentence(content: str, *, allow: tuple[str, ...] = ()) -> bool:
    """Ends with sentence punctuation; `allow` lists marks a title or heading may end with."""
    return content.rstrip(_CLOSERS).endswith(tuple(set(_FINAL_PUNCTUATION) - set(allow)))


def _squash(value: str) -> str:
    return " ".join(value.replace("*", "").replace("#", "").split()).casefold()
