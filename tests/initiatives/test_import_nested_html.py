"""A page nested thousands of levels deep is read, with a warning naming the cause."""

from __future__ import annotations

import pytest

from initiatives.pipeline.read import read_document

DEPTH = 10_000
SENTENCE = "The Council adopted the regulation on battery recycling today in Brussels."


def _deep_page(depth: int, tag: str = "div") -> bytes:
    return (
        "<html><head><title>Battery rules</title><style>p{}</style></head><body>"
        + f"<{tag}>" * depth
        + f"<p>{SENTENCE}</p><script>var hidden = 1;</script><p>It applies from 2027.</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    ).encode()


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_it_reads_the_text_of_a_page_nested_ten_thousand_levels_deep(tag: str) -> None:
    result = read_document(_deep_page(DEPTH, tag), filename="deep.html")
    assert SENTENCE in result.text
    assert "It applies from 2027." in result.text
    assert "hidden" not in result.text and "p{}" not in result.text
    assert result.title == "Battery rules"
    assert any("nested 10,00" in w and "levels deep" in w for w in result.warnings)


def test_it_reads_a_shallow_page_without_the_warning() -> None:
    result = read_document(_deep_page(20), filename="shallow.html")
    assert SENTENCE in result.text
    assert not any("levels deep" in w for w in result.warnings)
