"""Page furniture, one kind at a time: it is set aside with a reason and never a block."""

from __future__ import annotations

import pytest

from initiatives.pipeline.structure import structure


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article", "share block"),
        ("Facebook | X | LinkedIn | Email", "share block"),
        ("Read more: EU adopts sanctions package", "related articles"),
        ("Photo: European Union, 2025", "byline"),
        ("© Reuters 2025", "byline"),
        ("Subscribe to our newsletter", "newsletter or cookie prompt"),
        ("This site uses cookies. Accept all cookies", "newsletter or cookie prompt"),
        ("Page 3 of 12", "page number"),
        ("*Press release* | 27 May 2025 | 11:45", "publication date line"),
        ("Blog X says: […] the Council adopted it […]", "trackback excerpt"),
        ("By Maria van der Berg and John Smith | Brussels", "byline"),
        ("(Photo by Jane Roe/Getty Images)", "byline"),
        ("Related: NATO allies debate new spending target", "related articles"),
        ("Story continues below advertisement", "newsletter or cookie prompt"),
        ("Tags: defence, Ukraine", "navigation link"),
        ("press.office@consilium.europa.eu", "contact details"),
        ("![Ministers in Brussels](https://example.eu/photo.jpg)", "image"),
    ],
)
def test_it_sets_aside_one_line_of_furniture(line: str, reason: str) -> None:
    text = f"A title\n\nThe Council adopted the regulation today.\n{line}\nIt applies from 2026."
    parsed = structure(text)
    assert [(text[s.start : s.end], s.reason) for s in parsed.set_aside] == [(line, reason)]
    assert [text[b.start : b.end] for b in parsed.blocks if b.kind == "paragraph"] == [
        "The Council adopted the regulation today.",
        "It applies from 2026.",
    ]


@pytest.mark.parametrize(
    "tail", ["3 responses to “EU adopts plan”", "Leave a Reply", "Comments (4)"]
)
def test_it_sets_aside_everything_after_a_comments_line(tail: str) -> None:
    body = "The Council adopted the regulation on defence production today.\n" * 3
    text = f"Title\n\n{body}{tail}\nGreat article, thanks.\nThe Council will act soon."
    parsed = structure(text)
    assert [(text[s.start : s.end].split("\n")[0], s.reason) for s in parsed.set_aside] == [
        (tail, "comments tail")
    ]
    assert "Great article" not in "".join(text[b.start : b.end] for b in parsed.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "By June, the Commission will present a proposal on joint procurement",
        "Member states agreed on the following:",
        "The Council [...] welcomed the agreement, the minister said.",
        "Comments from stakeholders are due by March.",
    ],
)
def test_it_keeps_article_lines_that_look_like_furniture(line: str) -> None:
    text = f"A title\n\nThe Council adopted the regulation today.\n{line}\nIt applies from 2026."
    parsed = structure(text)
    assert parsed.set_aside == []
    assert line in [text[b.start : b.end] for b in parsed.blocks]


def test_it_does_not_take_an_early_comments_heading_for_the_tail() -> None:
    text = "Title\n\nComments\nThe Council received many comments on the draft regulation.\n" + (
        "The Council adopted the regulation on defence production today.\n" * 3
    )
    parsed = structure(text)
    assert parsed.set_aside == []
    assert [text[b.start : b.end] for b in parsed.blocks if b.kind == "heading"] == ["Comments"]


def test_it_ends_related_articles_at_the_next_heading_over_prose() -> None:
    text = (
        "Title\n\nThe Council adopted the regulation today.\n\nRelated articles\n"
        "EU and Japan sign pact\nNATO summit opens\nBackground\n"
        "The instrument was proposed by the Commission in March as part of the ReArm Europe plan.\n"
    )
    parsed = structure(text)
    assert [(text[s.start : s.end], s.reason) for s in parsed.set_aside] == [
        ("Related articles\nEU and Japan sign pact\nNATO summit opens", "related articles")
    ]
    assert [(b.kind, b.section) for b in parsed.blocks][-2:] == [
        ("heading", ""),
        ("paragraph", "Background"),
    ]
