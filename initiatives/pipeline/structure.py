"""Stage 2, Structure: title, headings, paragraphs, bullets; page furniture set aside."""

from __future__ import annotations

from initiatives.pipeline.types import Block, Structure


def structure(text: str, *, title: str = "") -> Structure:
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), "paragraph"))
        pos += len(line) + 1
    head = blocks.pop(0) if blocks else None
    if head is not None:
        head = Block(head.start, head.end, "title")
    return Structure(title=head, blocks=blocks, set_aside=[])
