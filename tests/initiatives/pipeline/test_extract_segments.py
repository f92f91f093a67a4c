"""Sentences, bullet lines and headings, whatever shape the structure stage hands over."""

from __future__ import annotations

from initiatives.pipeline.extract_segments import segments, sentences
from initiatives.pipeline.types import Block, Structure


def cut(text: str, structure: Structure) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segments(text, structure)]


def test_it_does_not_end_a_sentence_at_an_abbreviation_or_initial() -> None:
    text = "The U.S. and the EU met, e.g. in Brussels. J. Borrell spoke. It ended."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [
        "The U.S. and the EU met, e.g. in Brussels.",
        "J. Borrell spoke.",
        "It ended.",
    ]


def test_it_strips_bullet_markers_and_keeps_a_bullet_to_its_line() -> None:
    text = "Title\n- Joint production of drones\nThe plan follows. It is new."
    structure = Structure(Block(0, 5, "title"), [Block(6, len(text), "bullet")], [])
    assert cut(text, structure) == [
        ("title", "Title"),
        ("bullet", "Joint production of drones"),
        ("paragraph", "The plan follows."),
        ("paragraph", "It is new."),
    ]


def test_it_reads_a_bold_standfirst_marked_as_heading_as_prose() -> None:
    text = "Title\n**Parliament on Tuesday endorsed the deal with Council.**\n## Next steps"
    blocks = [Block(6, 64, "heading"), Block(65, len(text), "heading")]
    assert cut(text, Structure(Block(0, 5, "title"), blocks, [])) == [
        ("title", "Title"),
        ("paragraph", "Parliament on Tuesday endorsed the deal with Council."),
        ("heading", "Next steps"),
    ]


def test_it_tells_which_sentences_are_in_a_next_steps_section() -> None:
    text = "Title\nWhat comes next\nThe Commission will report."
    blocks = [Block(6, 21, "heading"), Block(22, len(text), "paragraph", "What comes next")]
    units = segments(text, Structure(Block(0, 5, "title"), blocks, []))
    assert [u.in_next_steps for u in units] == [False, False, True]
