"""Captions, credits, banners, bylines and annex lines are set aside, never facts."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.structure import structure

BODY = "The Council adopted the regulation on battery recycling today."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Ministers pose before the meeting in Luxembourg. Photo: Council of the EU",
            "caption or image credit",
        ),
        ("Flags in front of the Berlaymont building © agency/shutterstock", "byline"),
        ("The Prime Minister speaks to reporters in Canberra (Getty Images)", "byline"),
        ("Solar panels on a school roof in Leeds (Photo by PA)", "caption or image credit"),
        (
            "We use cookies to give you the best experience on our website. By continuing to "
            "browse the site you agree to our use of cookies and our privacy policy.",
            "cookie banner",
        ),
        ("JANE DOEMonday, 3 March 2025, 10:15", "byline"),
        ("ANNEX I", "annex line"),
        ("Annex: list of projects selected", "annex line"),
        ("READ: Ministers clash over fishing quotas", "related articles"),
        ("Copied", "share block"),
        ("Paris (AFP)", "dateline"),
    ],
)
def test_it_sets_aside_a_caption_or_credit_with_its_reason(line: str, reason: str) -> None:
    text = f"Battery rules adopted\n\n{BODY}\n{line}\nThe rules apply from 2027."
    parsed = structure(text)
    assert [(text[s.start : s.end], s.reason) for s in parsed.set_aside] == [(line, reason)]


def test_it_sets_aside_a_page_header_in_another_script() -> None:
    text = f"Σελίδες\n\nΠέμπτη 10 Απριλίου 2025\n\nBattery rules adopted\n\n{BODY}"
    parsed = structure(text)
    assert [s.reason for s in parsed.set_aside] == ["page header in another script"] * 2
    assert parsed.title is not None
    assert text[parsed.title.start : parsed.title.end] == "Battery rules adopted"


@pytest.mark.parametrize(
    "line",
    [
        "The photo: a new era for the Union's industry, said the minister, is clear.",
        "Annexed territories remain under sanctions, the Council recalled in its conclusions.",
    ],
)
def test_it_keeps_article_sentences_that_look_like_furniture(line: str) -> None:
    text = f"Battery rules adopted\n\n{BODY}\n{line}"
    assert structure(text).set_aside == []


def test_it_never_makes_a_caption_a_venue_or_the_start_of_the_summary() -> None:
    text = (
        "Council adopts battery rules\n\n"
        "Ministers in Luxembourg before the vote. Photo: Council of the EU\n\n"
        "BRUSSELS, 3 March 2025 (Reuters) - The Council adopted the regulation on battery "
        "recycling on Monday.\n\nANNEX I"
    )
    initiative = extract_text(text, today=dt.date(2025, 3, 5)).initiative
    assert initiative is not None
    assert initiative.venue == "Brussels"
    assert initiative.summary.startswith("The Council adopted")
    assert "Photo" not in initiative.summary
    assert "ANNEX" not in initiative.summary


@pytest.mark.parametrize(
    "lead",
    [
        "BRUSSELS, 3 March (Reuters) - ",
        "Tokyo, Sept. 13 (Jiji Press)--",
        "(Bloomberg) -- ",
        "30/05/2024 - ",
        "OTTAWA, March 3, 2025 /CNW/ - ",
        "March 3, 2025—Halifax, NS –",
        "date 2025-03-03 ",
        "03/03/2025 16:00 | Press release | | | ",
        "TALLINN - ",
        "Kyiv, Mar 3 ",
    ],
)
def test_it_starts_the_summary_after_a_dateline(lead: str) -> None:
    text = f"Council adopts battery rules\n\n{lead}{BODY}"
    initiative = extract_text(text, today=dt.date(2025, 6, 5)).initiative
    assert initiative is not None
    assert initiative.summary == BODY


@pytest.mark.parametrize(
    "line",
    [
        "An official website of the United States government",
        "Here's how you know",
        "Official websites use .gov A .gov website belongs to an official government "
        "organization in the United States.",
        "National Archives This is historical material “frozen in time”. The website is no "
        "longer updated and links to external websites may not work.",
    ],
)
def test_it_sets_aside_a_government_site_banner(line: str) -> None:
    text = f"Battery rules adopted\n\n{line}\n\n{BODY}"
    parsed = structure(text)
    assert [(text[s.start : s.end], s.reason) for s in parsed.set_aside] == [(line, "site banner")]
