"""A pattern tried only where its first words start finds exactly what the pattern finds:
no match can start anywhere else. Checked for every such pattern of the pipeline, over
our own test documents and probes, stretch by stretch."""

import re
import sys

from initiatives.pipeline.literal_gate import StartGated, fold
from tests.initiatives.pipeline.test_literal_gate_gated import (
    _documents,
    _stretches,
    pipeline_values,
)

# Our own sentences, so that each pattern matches somewhere.
SENTENCES = (
    "The agency is set to publish the rules, and the council has pledged to review them.",
    "The regulation will enter into force on 1 March 2027.",
    "Ministers are due to meet again in Geneva on 4 May.",
)


def _start_gated() -> dict[str, StartGated]:
    return pipeline_values(StartGated)


def test_every_start_gated_pattern_knows_its_first_words() -> None:
    patterns = _start_gated()
    assert len(patterns) >= 2
    assert all(gated.starts is not None for gated in patterns.values())


def test_it_finds_what_the_pattern_finds_on_every_stretch() -> None:
    patterns = _start_gated()
    matched: set[str] = set()
    for text in [*_documents(), "\n".join(SENTENCES)]:
        for start, end in _stretches(text):
            for name, gated in patterns.items():
                expected = [m.span() for m in gated.compiled.finditer(text, start, end)]
                assert [m.span() for m in gated.finditer(text, start, end)] == expected, name
                first = gated.search(text, start, end)
                assert (first.span() if first else None) == (expected[0] if expected else None)
                if expected:
                    matched.add(name)
    assert matched == set(patterns)


def test_it_reads_the_first_words_through_optional_parts_and_keeps_case_folding() -> None:
    gated = StartGated(re.compile(r"\b(?:(?:has|have)\s+)?(?:pledged|vowed)\s+to\b", re.I))
    assert gated.starts is not None
    assert all(gated.starts.match(word) for word in ("has ", "have\n", "pledged ", "vowed "))
    assert gated.starts.match("ministers") is None
    assert gated.search("The bank lent money.") is None
    found = gated.search("Yesterday the Bank HAS VOWED TO act.")
    assert found is not None and found.group() == "HAS VOWED TO"


def test_it_leaves_a_pattern_without_first_words_to_its_own_search() -> None:
    gated = StartGated(re.compile(r"\d+ (?:homes|schools)"))
    assert gated.starts is None
    assert gated.search("It will build 40 homes.").group() == "40 homes"


def test_a_short_first_word_is_found_only_with_the_space_after_it() -> None:
    gated = StartGated(re.compile(r"\b(?:a|the)\s+plan\s+is\s+to\b", re.I))
    assert gated.starts is not None
    assert gated.starts.search("agenda athens") is None
    assert gated.search("The Plan is to act, and a plan is to follow.").group() == "The Plan is to"
    assert [m.group() for m in gated.finditer("Thea plan is to; a\tplan is to")] == [
        "a\tplan is to"
    ]


def test_folding_keeps_word_and_space_characters() -> None:
    # The scan of a pattern that opens with "\\b" reads word starts in the folded text.
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        if folded is None:
            continue
        assert bool(word.match(char)) == bool(word.match(folded)), hex(code)
        assert bool(space.match(char)) == bool(space.match(folded)), hex(code)


def test_words_that_share_their_first_letters_are_read_whole() -> None:
    # The parser writes "was|were" as "w" and a branch: the first words go on into it.
    gated = StartGated(re.compile(r"\b(?:was|were)\s+directed\s+to\b", re.I))
    assert gated.starts is not None
    assert gated.starts.match("with ") is None
    assert all(gated.starts.match(word) for word in ("was ", "were\n"))  # folded text
    assert gated.search("It was agreed; the board were directed to act.").group() == (
        "were directed to"
    )
