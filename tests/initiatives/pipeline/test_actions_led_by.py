"""Session 26 (round 2): who will run a body, told in the passive with its agent ("The
committee will be chaired by the Ministry of Interior", "The agency will be led by its
first coordinator"), is a role given, not a promise; the active "The minister will chair
the talks" is work and stays. Sentences written for these tests, in a cabinet
communiqué's, a prime minister's release's and a city's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import due_rows, text_actions

PUBLISHED = dt.date(2026, 3, 6)
TODAY = dt.date(2026, 8, 1)


def descriptions(text: str) -> list[str]:
    return [row[0] for row in due_rows(text_actions(text, today=TODAY, published=PUBLISHED))]


def test_a_committee_chaired_by_a_ministry_is_no_promise() -> None:
    found = descriptions(
        "The Cabinet of Kenya on Thursday approved a flood response plan.\n\n"
        "A response committee was formed. It will be chaired by the Ministry of Water and "
        "the counties will coordinate relief operations."
    )
    assert not [d for d in found if d.startswith("Chair")]


def test_an_agency_led_by_a_named_person_is_no_promise() -> None:
    found = descriptions(
        "The Government of Australia will establish a national drought agency, the Prime "
        "Minister announced on Friday.\n\n"
        "The agency will be led by Margaret Olsen, a former water commissioner."
    )
    assert not [d for d in found if d.startswith("Lead")]
    assert [d for d in found if d.startswith("Establish a national drought agency")]


def test_a_minister_who_will_chair_talks_keeps_the_promise() -> None:
    found = descriptions(
        "The City of Leeds announced a housing summit on Tuesday.\n\n"
        "The City of Leeds will chair the regional housing talks in May."
    )
    assert [d for d in found if d.startswith("Chair the regional housing talks")]
