"""Owners named by a party, by a bare "Council", or after a list's mark: a party's
government is the government of the country the story is told in; a bare "the Council" is
the EU's only in a text about the EU; "-The government" is the government, not a dash."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def owners(text: str, url: str = "") -> list[tuple[str, str | None]]:
    found: list[ExtractedAction] = published_initiative(text, url=url, fmt="md").actions
    return [(a.description, a.owner) for a in found]


def test_a_coalition_s_government_in_a_new_delhi_story_is_india() -> None:
    assert owners(
        "# Food bill\n\nNEW DELHI: The Cabinet approved the food security bill on 3 March "
        "2026. The UPA government will introduce the bill in Parliament next month. The US "
        "Department of State welcomed the bill.\n"
    ) == [("Introduce the bill in Parliament", "India")]


def test_a_party_led_government_is_that_of_the_capital_the_lead_names() -> None:
    assert owners(
        "# Grants\n\nThe Cabinet approved new farm grants on 3 March 2026, officials in "
        "Canberra said, after talks with the US Department of Agriculture. The ALP-led "
        "government will pay the first grants next month.\n"
    ) == [("Pay the first grants", "Australia")]


def test_a_country_named_by_letters_is_still_that_country() -> None:
    assert owners(
        "# Deal\n\nNEW DELHI: India and the United States signed a trade deal on 3 March "
        "2026. The US government will cut tariffs next month.\n"
    ) == [("Cut tariffs", "United States")]


def test_a_bare_council_in_a_city_s_text_is_the_council_named_before() -> None:
    assert owners(
        "# Housing plan\n\nWellington City Council announced a housing plan on 3 March "
        "2026.\n\nThe Council will review the plan next year.\n"
    ) == [("Review the plan", "Wellington City Council")]


def test_a_bare_council_in_an_eu_text_is_still_the_council_of_the_eu() -> None:
    assert owners(
        "# Plan\n\nThe EU adopted the plan on 3 March 2026. The Council will review the "
        "plan next year.\n"
    ) == [("Review the plan", "Council of the EU")]


def test_a_bare_council_on_the_council_s_own_pages_is_the_council_of_the_eu() -> None:
    assert owners(
        "# Council adopts rules\n\nOn 10 May 2027 the Council adopted the plan. The Council "
        "will review the plan by 2028.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2027/05/10/plan/",
    ) == [("Review the plan", "Council of the EU")]


def test_a_list_mark_run_into_the_subject_is_no_part_of_the_owner() -> None:
    found = owners(
        "# Housing plan\n\nLONDON, 3 March 2026 - The Prime Minister announced a housing "
        "plan.\n\n-The government will publish the rules next month.\n"
    )
    assert found == [("Publish the rules", "United Kingdom")]


def test_many_bare_councils_in_a_city_s_text_do_not_make_it_an_eu_text() -> None:
    found = owners(
        "# Parks\n\nAuckland Council announced a parks plan on 3 March 2026. The Council said "
        "the Council had listened. The Council will plant 1,000 trees next year.\n"
    )
    assert ("Plant 1,000 trees", "Auckland Council") in found
