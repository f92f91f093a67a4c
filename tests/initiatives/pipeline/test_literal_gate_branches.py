"""An alternation tried branch by branch finds a match exactly where the whole one does."""

import re

from initiatives.pipeline.areas_vocabulary import AREA_BRANCHES, area_supported
from initiatives.pipeline.extract_decision import _CUE_BRANCHES
from initiatives.pipeline.literal_gate import any_branch_matches, branches_of, fold

# Our own sentences, in several publishers' styles, each with some area's words in them.
SENTENCES = (
    "Ministers agreed a €2 billion fund to secure supplies of critical minerals.",
    "The regulator finalised stricter rules for lenders on Tuesday.",
    "ТНЕ KELVIN SIGN: The ſtandards body and the İnvestment bank met.",
    "Partners will CO-PRODUCE shells under licence and harmonise technical standards.",
    "The Cabinet approved an outlay of 600 billion yen for grants to farmers.",
    "Amid fears for supply chains, the two firms will jointly produce batteries.",
    "The agency will require operators to publish their fees from next year.",
    "Both countries pledged $300m in loans and will cut red tape for exporters.",
    "Council and Parliament agreed to jointly develop common certification rules.",
    "The bank is funding new production lines; procurement rules were eased in May.",
    "The Council formally adopted the regulation, which was approved by Parliament.",
    "Leaders clinched a deal on Friday but did not agree on the budget.",
    "by 31 December 2026, by 31 December 2026, by 31 December 2026,",
)


def _stretches(sentence: str) -> list[tuple[int, int]]:
    """The whole sentence and every stretch between two of its word starts."""
    starts = [0] + [m.start() for m in re.finditer(r"(?<=\s)\S", sentence)] + [len(sentence)]
    return [(a, b) for i, a in enumerate(starts) for b in starts[i + 1 :]]


def test_it_agrees_with_the_whole_alternation_on_every_stretch() -> None:
    for sentence in SENTENCES:
        folded = fold(sentence)
        for area, branches in {**AREA_BRANCHES, "decision cues": _CUE_BRANCHES}.items():
            for start, end in _stretches(sentence):
                whole = branches.whole.search(sentence, start, end) is not None
                assert any_branch_matches(branches, sentence, folded, start, end) == whole, (
                    area,
                    sentence[start:end],
                )


def test_it_finds_every_area_it_found_before() -> None:
    text = SENTENCES[0]
    assert area_supported("supply-chain", text, 0, len(text), folded=fold(text))
    assert area_supported("investment", text, 0, len(text), folded=fold(text))


def test_a_longer_literal_at_one_place_still_opens_the_branch_of_its_prefix() -> None:
    branches = branches_of(
        ("fund(?:ing)?s?", "funding\\s+gap", r"\d+\s?%"),
        prefix=r"(?<!\w)",
        suffix=r"(?!\w)",
        flags=re.IGNORECASE,
    )
    # The percentage has no literal of its own: it is always tried.
    assert branches.ungated == (2,)
    assert branches.gated_by["funding"] == (0, 1)
    text = "New FUNDING for roads"
    assert any_branch_matches(branches, text, fold(text), 0, len(text))
    text = "A 5 % rise"
    assert any_branch_matches(branches, text, fold(text), 0, len(text))
    text = "New roads"
    assert not any_branch_matches(branches, text, fold(text), 0, len(text))


def test_it_runs_the_whole_alternation_when_the_text_cannot_be_folded() -> None:
    branches = AREA_BRANCHES["regulation"]
    text = "The Council adopted rules on export controls."
    assert any_branch_matches(branches, text, None, 0, len(text))
