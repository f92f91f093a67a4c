"""Picture credits of any agency, a credit written before the caption, and a site's name
over the headline are page furniture: never a fact, never summary text. Texts written
for these tests, in several publishers' styles."""

from __future__ import annotations

import pytest

from initiatives.pipeline.structure import structure
from tests.initiatives.pipeline.published import published_initiative


def _reasons(text: str) -> dict[str, str]:
    return {text[a.start : a.end]: a.reason for a in structure(text).set_aside}


@pytest.mark.parametrize(
    "caption",
    [
        "(AFP) Workers assemble batteries at a plant near Osaka",
        "(Getty Images) Solar panels on a roof in Kent",
        "Delegates at the signing ceremony in Seoul (Yonhap)",
        "The finance minister arrives at the cabinet office (Jiji)",
        "Wind turbines off the Danish coast (dpa)",
    ],
)
def test_a_caption_with_an_agency_credit_is_set_aside(caption: str) -> None:
    text = f"Ministers agree chip pact\n\n{caption}\n\nThe ministers signed the pact on Monday.\n"
    assert _reasons(text).get(caption) == "caption or image credit"


@pytest.mark.parametrize(
    "lead",
    [
        "(Reuters) - The EU agreed on Tuesday to cut tariffs on solar glass",
        "(Bloomberg) -- Japan will spend more on chip plants, officials said.",
        "(AFP) Officials said the pact was signed after two days of talks.",
    ],
)
def test_a_wire_lead_that_starts_with_its_agency_stays_article(lead: str) -> None:
    text = f"Ministers agree chip pact\n\n{lead}\n\nThe ministers signed the pact on Monday.\n"
    assert lead not in _reasons(text)


@pytest.mark.parametrize("site", ["GOV.UK", "Canada.ca", "www.example.gov"])
def test_a_site_name_over_the_headline_is_not_the_title(site: str) -> None:
    text = (
        f"{site}\nPress release\nMinistry of Ports launches harbour safety plan\n\n"
        "The Ministry of Ports today launched a harbour safety plan.\n"
    )
    assert _reasons(text).get(site) == "site name"
    cut = structure(text)
    assert cut.title is not None
    assert text[cut.title.start : cut.title.end] == "Ministry of Ports launches harbour safety plan"


def test_a_credited_caption_gives_no_area_and_no_summary_text() -> None:
    initiative = published_initiative(
        "SEOUL, March 4 (Yonhap) -- South Korea and Japan on Wednesday signed a pact on "
        "shipbuilding.\n\n(AFP) A stockpile of rare earths at a port\n\nRead also: Seoul "
        "unveils critical minerals fund\n"
    )
    assert initiative.areas == []
    assert "stockpile" not in initiative.summary
