from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine

from initiatives.pipeline.read import read_document
from initiatives.pipeline.structure import structure
from initiatives.pipeline.types import Structure

INPUTS = Path(__file__).parent / "inputs"
SEED_TITLE = "EU Votes to Deepen Defense Industry Ties with Ukraine"
SEED = Path(__file__).parents[3] / "seeds" / "eu-ukraine-defence-industrial-cooperation.txt"


def _read(path: Path) -> tuple[str, Structure]:
    result = read_document(path.read_bytes(), filename=path.name)
    return result.text, structure(result.text, title=result.title)


def _quotes(text: str, parsed: Structure, kind: str) -> list[str]:
    return [text[b.start : b.end] for b in parsed.blocks if b.kind == kind]


def _aside(text: str, parsed: Structure) -> dict[str, str]:
    return {text[s.start : s.end].split("\n")[0]: s.reason for s in parsed.set_aside}


def _assert_no_block_overlaps_furniture(parsed: Structure) -> None:
    pairs = [(b, a) for b in parsed.blocks for a in parsed.set_aside]
    assert all(b.end <= a.start or a.end <= b.start for b, a in pairs)


def test_it_reads_the_seed_title_sections_and_bullets() -> None:
    text, parsed = _read(SEED)
    title = parsed.title
    assert title and text[title.start : title.end] == SEED_TITLE
    bullets = [b for b in parsed.blocks if b.kind == "bullet"]
    assert text[bullets[0].start : bullets[0].end] == (
        "Co-production agreements between Ukrainian and European defense firms"
    )
    assert len(bullets) == 5
    assert text[bullets[-1].start : bullets[-1].end].endswith("to ease technology transfer")
    assert {b.section for b in bullets} == {"Policy Details and Objectives"}
    assert "What Comes Next" in _quotes(text, parsed, "heading")
    intro = "EU officials stated that the measure is designed to enhance cooperation"
    assert any(q.startswith(intro) for q in _quotes(text, parsed, "paragraph"))


def test_it_sets_the_seed_comments_tail_aside_to_the_end() -> None:
    text, parsed = _read(SEED)
    tails = [s for s in parsed.set_aside if s.reason == "comments tail"]
    assert len(tails) == 1
    assert text[tails[0].start :].startswith("2 comments\n[…] The NSS warns")
    assert tails[0].end == len(text)
    _assert_no_block_overlaps_furniture(parsed)
    assert all("civilizational" not in text[b.start : b.end] for b in parsed.blocks)


DOCUMENTS = [
    (
        "council-press-release.txt",
        "Ukraine Facility: Council approves",
        ["Next steps", "Background"],
        {
            "Press release": "page kicker",
            "12 March 2025 10:30": "publication date line",
            "Press office - General Secretariat of the Council": "contact details",
        },
    ),
    (
        "ep-plenary-page.txt",
        "Defence: MEPs call for",
        ["Quote", "Next steps", "Background"],
        {"Press Releases": "page kicker", "Contacts:": "contact details"},
    ),
    (
        "reuters-wire.txt",
        "EU finance ministers agree",
        [],
        {
            "By Jane Doe, Reuters": "byline",
            "Reporting by Jane Doe; Editing by John Smith": "byline",
        },
    ),
    (
        "news-agency-story.txt",
        "EU leaders agree to boost",
        ["Why it matters"],
        {
            "Share:": "share block",
            "(Photo by Jane Roe/Getty Images)": "byline",
            "Related: NATO allies debate new spending target": "related articles",
            "About the author": "author bio",
        },
    ),
]


@pytest.mark.parametrize(("name", "title", "headings", "furniture"), DOCUMENTS)
def test_it_reads_title_headings_and_furniture_of_a_document(
    name: str, title: str, headings: list[str], furniture: dict[str, str]
) -> None:
    text, parsed = _read(INPUTS / name)
    assert parsed.title and text[parsed.title.start : parsed.title.end].startswith(title)
    assert _quotes(text, parsed, "heading") == headings
    assert _aside(text, parsed).items() >= furniture.items()
    _assert_no_block_overlaps_furniture(parsed)


def test_it_reads_a_parliament_press_release_with_next_steps() -> None:
    text, parsed = _read(INPUTS / "ep-press-release.txt")
    assert (
        _quotes(text, parsed, "bullet")[2] == "Funds to flow within six months of entry into force"
    )
    next_steps = [b for b in parsed.blocks if b.section == "Next steps"]
    assert [b.kind for b in next_steps] == ["paragraph"]
    assert text[next_steps[0].start :].startswith("The Council has to formally approve")
    assert _aside(text, parsed)["Contacts:"] == "contact details"
    _assert_no_block_overlaps_furniture(parsed)


def test_it_reads_a_markdown_commission_press_release() -> None:
    text, parsed = _read(INPUTS / "commission-press-release.md")
    assert parsed.title is not None
    assert text[parsed.title.start - 2 : parsed.title.start] == "# "
    assert _quotes(text, parsed, "heading") == ["Next steps", "Background"]
    assert _quotes(text, parsed, "bullet")[0] == (
        "integrate raw materials value chains, including through investment;"
    )
    aside = _aside(text, parsed)
    assert aside["Share on Facebook"] == "share block"
    assert aside["## Related articles"] == "related articles"
    assert not any("47 strategic projects" in text[b.start : b.end] for b in parsed.blocks)
    _assert_no_block_overlaps_furniture(parsed)


@time_machine.travel(dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC), tick=False)
def test_it_keeps_share_and_related_blocks_of_an_html_page_out_of_the_blocks() -> None:
    text, parsed = _read(INPUTS / "news-page.html")
    joined = "\n".join(text[b.start : b.end] for b in parsed.blocks)
    for furniture in ("Share on", "NATO summit opens", "Subscribe", "By John Smith", "©"):
        assert furniture not in joined
    assert _quotes(text, parsed, "bullet") == [
        "Joint naval exercises",
        "Exchanges on defence industrial standards",
    ]
    assert [b.section for b in parsed.blocks if b.kind == "bullet"] == [
        "What the partnership covers"
    ] * 2


@time_machine.travel(dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC), tick=False)
def test_it_reads_an_html_press_release_whose_furniture_reaches_the_text() -> None:
    text, parsed = _read(INPUTS / "council-page.html")
    assert text.count("EDIP: Council adopts European Defence Industry Programme") == 1
    assert parsed.title is not None
    assert text[parsed.title.start : parsed.title.end].startswith("EDIP: Council adopts")
    assert _quotes(text, parsed, "heading") == ["Next steps", "Background"]
    assert len(_quotes(text, parsed, "paragraph")) == 3
    reasons = {"page kicker", "publication date line", "share block", "related articles"}
    assert set(_aside(text, parsed).values()) >= reasons | {"comments tail"}
    _assert_no_block_overlaps_furniture(parsed)


def test_it_joins_hard_wrapped_lines_and_treats_colon_lines_as_list_intros() -> None:
    text = (
        "Council adopts position\n\nThe Council today adopted its position on the regulation\n"
        "establishing the instrument.\n\nMember states agreed on the following:\n- first point\n"
    )
    parsed = structure(text)
    assert _quotes(text, parsed, "paragraph") == [
        "The Council today adopted its position on the regulation\nestablishing the instrument.",
        "Member states agreed on the following:",
    ]
    assert _quotes(text, parsed, "heading") == []
    assert _quotes(text, parsed, "bullet") == ["first point"]


def test_it_joins_a_wrapped_quote_and_a_wrapped_sentence() -> None:
    text = (
        "Title\n\n> “Europe must act,” said the\n> Polish minister.\n\n"
        "Member states have until 30 November to submit plans. The\nCommission will assess them."
    )
    assert _quotes(text, structure(text), "paragraph") == [
        "“Europe must act,” said the\n> Polish minister.",
        "Member states have until 30 November to submit plans. The\nCommission will assess them.",
    ]


def test_it_takes_a_question_for_a_title_and_a_heading() -> None:
    text = "Will the EU back Kyiv?\n\nThe Council met today.\n\nWhat happens next?\nTalks go on."
    parsed = structure(text)
    assert parsed.title and text[parsed.title.start : parsed.title.end] == "Will the EU back Kyiv?"
    assert _quotes(text, parsed, "heading") == ["What happens next?"]
