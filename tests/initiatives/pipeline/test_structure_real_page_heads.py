"""Session 25 (real pages): the heads of saved pages. A date label glued to the first words
of the story ("date 2024-06-03 OTTAWA: The cabinet…"), the title of a blog's archive page
above the one story it lists, and a listing's teaser cut short
with "[…]" that is the only text of the story. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_segments import sentences
from initiatives.pipeline.run import extract_text
from initiatives.pipeline.structure import structure

TODAY = dt.date(2026, 11, 24)


def _aside(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end].strip(), s.reason) for s in structure(text).set_aside]


def _blocks(text: str) -> list[str]:
    return [text[b.start : b.end] for b in structure(text).blocks]


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        (" date 2024-06-03 ", "WINNIPEG: The provincial cabinet approved a water strategy."),
        ("Published: 4 May 2024 ", "The ministry of ports approved a dredging plan on Friday."),
        ("Posted on March 9, 2023 ", "The city council adopted a transit plan on Thursday."),
    ],
)
def test_a_date_label_glued_to_the_story_is_set_aside_alone(label: str, rest: str) -> None:
    text = f"{label}{rest}\n\nThe plan will be reviewed next spring."
    assert _aside(text) == [(label.strip(), "publication date line")]
    assert _blocks(text)[0] == rest


def test_the_rest_of_a_glued_line_is_read_as_the_furniture_it_is() -> None:
    text = (
        " date 2022-10-05 Photo : Harbour Press Agency\n\nThe port authority will dredge the canal."
    )
    assert [reason for _, reason in _aside(text)] == [
        "publication date line",
        "byline",  # a photo credit
    ]
    assert _blocks(text) == ["The port authority will dredge the canal."]


def test_a_written_date_opening_a_sentence_is_not_a_label() -> None:
    text = "12 March 2025 The Council adopted the regulation, officials said.\n\nMore follows."
    assert _aside(text) == []


def test_a_glued_label_never_names_the_owner_and_dates_the_page() -> None:
    text = (
        " date 2019-09-11 The regional cabinet on Wednesday approved a fisheries fund. "
        "The regional cabinet will pay 40 million to coastal villages next year.\n"
    )
    extraction = extract_text(text, today=TODAY)
    assert extraction.reference_date == dt.date(2019, 9, 11)
    assert extraction.initiative is not None
    owners = {action.owner or "" for action in extraction.initiative.actions}
    assert owners and not any("2019" in owner or "date" in owner.lower() for owner in owners)


def test_an_archive_page_title_is_set_aside() -> None:
    headline = "Chile to Build 40 New Desalination Plants by 2035"
    text = (
        f"water-policy Archives | Andes Wire\n{headline}\n\n{headline}\n\n"
        "SANTIAGO, May 3 — Chile plans to build 40 desalination plants over the next decade, "
        "the water ministry said on Monday. [...]"
    )
    assert _aside(text) == [("water-policy Archives | Andes Wire", "archive page title")]
    parsed = structure(text)
    assert parsed.title is not None and text[parsed.title.start : parsed.title.end] == headline
    # The teaser cut short is the story itself: it stays.
    assert _blocks(text)[-1].startswith("SANTIAGO, May 3")


@pytest.mark.parametrize(
    "line",
    ["[…] the ministry approved the plant, the blog said […]", "Port Diary says: [...] a plan"],
)
def test_a_trackback_quoting_from_mid_sentence_is_still_set_aside(line: str) -> None:
    text = f"A title\n\nThe ministry adopted the plan today.\n{line}\nIt applies from 2027."
    assert _aside(text) == [(line, "trackback excerpt")]


def test_a_long_heading_over_its_paragraph_is_a_heading() -> None:
    heading = "Cabinet approves extension of the coastal flood defence programme beyond June 2026 (Stage Two)"
    paragraph = (
        "The cabinet, chaired by the Premier, approved the extension of the coastal flood "
        "defence programme beyond June 2026 for three more years, with the details as follows:"
    )
    text = f"Cabinet decisions of 4 May\n\nOther business.\n\n{heading}\n{paragraph}\n"
    parsed = structure(text)
    assert [(b.kind, text[b.start : b.end]) for b in parsed.blocks][-2:] == [
        ("heading", heading),
        ("paragraph", paragraph),
    ]


def test_a_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    text = (
        "A title\n\n"
        "The cabinet approved the extension of the coastal flood defence programme with\n"
        "Treasury funding of 40 million over the next three years.\n"
    )
    assert _blocks(text) == [text[9:].strip()]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The port will grow over the next five years.From the north quay, ferries sail.",
            ["The port will grow over the next five years.", "From the north quay, ferries sail."],
        ),
        # initials, abbreviations and web addresses glued to a word stay inside a sentence
        ("Visit Canada.ca for the rules. Staff at Acme Inc.Ltd agreed.", None),
    ],
)
def test_sentences_joined_without_a_space_are_two(text: str, wanted: list[str] | None) -> None:
    found = [text[a:b] for a, b in sentences(text, 0, len(text))]
    if wanted is None:
        wanted = ["Visit Canada.ca for the rules.", "Staff at Acme Inc.Ltd agreed."]
    assert found == wanted


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Reports |  Events |  Data |  Search |  Home |  About the C40 Network", "navigation menu"),
        ("Read 2,311 times", "page counter"),
        ("1.2k views", "page counter"),
        ("04:37", "page counter"),
        ("(@HarbourDeskNews)", "byline"),
        ("(pixabay) |", "byline"),
        ("Home News Page 412", "byline"),
        ("Ana Lima Ana Lima", "byline"),
    ],
)
def test_real_page_furniture_in_the_header_is_set_aside(line: str, reason: str) -> None:
    text = f"{line}\n\nThe port authority adopted the dredging plan today.\nIt runs to 2028."
    assert _aside(text) == [(line, reason)]


def test_a_labelled_date_line_is_set_aside_below_the_header() -> None:
    body = "The port authority adopted the dredging plan today.\n\n" * 6
    text = f"A title\n\n{body}Updated : Feb 3, 2024\n\nIt runs to 2028."
    assert _aside(text) == [("Updated : Feb 3, 2024", "publication date line")]


@pytest.mark.parametrize(
    "line",
    [
        "| Region | 2024 | 2025 | 2026 |",
        "Harbours | 12 bn | 4 | 5",
        "Ana Lima and Ana Lima's team will report in June.",
    ],
)
def test_tables_and_sentences_are_not_menus_or_names(line: str) -> None:
    text = f"{line}\n\nThe port authority adopted the dredging plan today.\nIt runs to 2028."
    assert all(reason not in ("navigation menu", "byline") for _, reason in _aside(text))
