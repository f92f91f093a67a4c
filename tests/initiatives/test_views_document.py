"""Cutting a document into highlighted, anchored and set-aside segments (pure Python)."""

from __future__ import annotations

from types import SimpleNamespace

from initiatives.highlight import segments

TEXT = "The Council adopted the plan. Comments: great news."


def span(pk: int, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(pk=pk, start=start, end=end)


def test_it_keeps_every_character_in_order() -> None:
    parts = segments(TEXT, [span(1, 4, 11), span(2, 12, 28)], [])
    assert "".join(p.text for p in parts) == TEXT


def test_it_anchors_each_span_where_it_starts_even_when_spans_overlap() -> None:
    parts = segments(TEXT, [span(1, 4, 19), span(2, 12, 28), span(3, 12, 19)], [])
    by_text = {p.text: p for p in parts}
    assert by_text["Council "].anchors == [1]
    assert by_text["adopted"].anchors == [2, 3]
    assert by_text["adopted"].evidence_ids == [1, 2, 3]
    assert by_text[" the plan"].evidence_ids == [2]


def test_it_marks_the_set_aside_part_with_its_reason_once() -> None:
    parts = segments(
        TEXT, [span(1, 30, 38)], [{"start": 29, "end": len(TEXT), "reason": "comments"}]
    )
    aside = [p for p in parts if p.set_aside]
    assert "".join(p.text for p in aside) == " Comments: great news."
    assert [p.set_aside_starts for p in aside] == [True, False, False]
    assert {p.set_aside for p in aside} == {"comments"}


def test_it_clips_bad_offsets_instead_of_failing() -> None:
    parts = segments(
        TEXT,
        [span(1, -5, 3), span(2, 40, 9999), span(3, 10, 10)],
        [{"start": "x", "end": None}, "not a dict"],
    )
    assert "".join(p.text for p in parts) == TEXT
    assert parts[0].anchors == [1]
    assert all(3 not in p.evidence_ids for p in parts)


def test_an_empty_document_has_no_segments() -> None:
    assert segments("", [], []) == []
