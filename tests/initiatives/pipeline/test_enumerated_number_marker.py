"""The numbered-item marker "(2) " is looked for from bracket to bracket, with its "after a
space or at the start" checked after the bracket: it finds exactly what the marker read
the other way round finds."""

import random
import re

from initiatives.pipeline.extract_action_enumerated import _NUMBER
from tests.initiatives.pipeline.test_literal_gate_gated import _documents

# The marker as it was first written: the space (or the start) looked for first.
_BEFORE_FIRST = re.compile(r"(?:(?<=\s)|(?<=^))\((?P<n>\d{1,2})\)\s+")
_PIECES = ("(", ")", "1", "12", "123", " ", "\n", "a", "x(", "\t")


def _found(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("n")) for m in pattern.finditer(text, start)]


def test_it_finds_the_same_markers_in_our_documents() -> None:
    texts = [*_documents(), "(1) Build roads, (2) open schools and(3) hire staff.\n(4) Pay."]
    for text in texts:
        for start in (0, 1, 5):
            assert _found(_NUMBER, text, start) == _found(_BEFORE_FIRST, text, start)


def test_it_finds_the_same_markers_in_every_short_mix_of_brackets_and_spaces() -> None:
    pick = random.Random(9)
    for _ in range(20000):
        text = "".join(pick.choice(_PIECES) for _ in range(pick.randint(0, 12)))
        for start in (0, 1, 2):
            assert _found(_NUMBER, text, start) == _found(_BEFORE_FIRST, text, start), text


def test_a_bracket_glued_to_a_word_opens_no_item() -> None:
    assert _found(_NUMBER, "(1) a and(2) b", 0) == [((0, 4), "1")]
