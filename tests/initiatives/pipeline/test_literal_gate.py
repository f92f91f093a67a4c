"""The literal gate skips a vocabulary's scan only where the vocabulary cannot match."""

import re

from initiatives.pipeline.areas_vocabulary import AREA_GATES, AREA_MEANING_RES, area_supported
from initiatives.pipeline.extract_areas import find_areas
from initiatives.pipeline.extract_decision import _ANY_CUE, _CUE_GATE, cue_hits
from initiatives.pipeline.extract_segments import Segment
from initiatives.pipeline.literal_gate import fold, gate_for, may_match

SENTENCES = (
    "Ministers agreed a €2 billion fund to secure supplies of critical minerals.",
    "The regulator finalised stricter rules for lenders on Tuesday.",
    "ТНЕ KELVIN SIGN: The ſtandards body and the İnvestment bank met.",
    "Partners will CO-PRODUCE shells under licence and harmonise technical standards.",
    "The Cabinet approved an outlay of 600 billion yen for grants to farmers.",
    "by 31 December 2026, by 31 December 2026, by 31 December 2026,",
)


def test_it_keeps_offsets_when_it_folds_case() -> None:
    text = "İnvestment in ſupply, KELVIN and ı"
    folded = fold(text)
    assert folded is not None and len(folded) == len(text)
    assert folded.startswith("investment in supply, kelvin")


def test_every_area_and_the_cues_have_a_gate() -> None:
    assert all(gate is not None for gate in AREA_GATES.values())
    assert _CUE_GATE is not None


def test_it_never_closes_where_the_vocabulary_matches() -> None:
    for sentence in SENTENCES:
        folded = fold(sentence)
        for area, pattern in AREA_MEANING_RES.items():
            if pattern.search(sentence):
                assert may_match(AREA_GATES[area], folded, 0, len(sentence)), (area, sentence)
        if _ANY_CUE.search(sentence):
            assert may_match(_CUE_GATE, folded, 0, len(sentence)), sentence


def test_it_reads_lookaheads_small_classes_and_branches() -> None:
    gate = gate_for(re.compile(r"(?<!\w)[€$]\s?\d+(?=[^.]{0,40}\bfund)|grants?\b", re.I))
    assert gate is not None
    assert gate.search("a grant") and gate.search("the fund")
    assert not gate.search("€5 for roads")
    # A term with no literal of its own leaves the whole vocabulary ungated.
    assert gate_for(re.compile(r"\d+\s?%|quota", re.I)) is None


def test_it_closes_on_a_run_of_dates() -> None:
    text = "by 31 December 2026, " * 2000
    folded = fold(text)
    assert not any(may_match(g, folded, 0, len(text)) for g in AREA_GATES.values())
    assert not may_match(_CUE_GATE, folded, 0, len(text))


def test_areas_and_cues_are_found_as_before_in_a_long_paragraph() -> None:
    # One huge paragraph with a single area term and a single cue near its end.
    text = "by 31 December 2026, " * 20000 + "The Council adopted rules on export controls."
    segment = Segment(0, len(text), "paragraph", "", 0, 0)
    areas = find_areas(text, [segment])
    hits = cue_hits(text, segment)
    assert [a.area for a in areas] == ["regulation"]
    assert [text[h.start : h.end] for h in hits] == ["adopted"]
    assert area_supported("regulation", text, 0, len(text), folded=fold(text))


def test_it_shares_prefixes_and_keeps_only_the_shortest_literal() -> None:
    from initiatives.pipeline.literal_gate import _minimal, _trie

    assert _trie(_minimal(frozenset({"decree", "decided", "dec", "bank", "ban", "a.b"}))) == (
        "(?:a\\.b|ban|dec)"
    )
    assert _trie(["deal", "decree"]) == "de(?:al|cree)"
