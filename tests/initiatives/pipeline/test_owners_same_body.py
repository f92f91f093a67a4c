"""A bare "the Department" or "the Agency" is the body of that kind the text named before,
known to the tables or not; a prime minister named without a country belongs to the one
country the story's lead names."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def test_the_department_is_the_department_the_lead_named() -> None:
    found = published_initiative(
        "Flood plan published\n"
        "The Department for Rivers and Coasts today published its flood resilience plan.\n\n"
        "By the end of 2027, the Department will:\n\n"
        "- publish new flood maps for every catchment;\n"
        "- fund 200 community flood wardens.\n"
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners == {
        "Publish new flood maps for every catchment": "Department for Rivers and Coasts",
        "Fund 200 community flood wardens": "Department for Rivers and Coasts",
    }


def test_the_agency_is_the_agency_named_a_paragraph_up() -> None:
    found = published_initiative(
        "Seed bank scheme launched\n"
        "The Plant Health Agency launched a national seed bank scheme on 3 March 2026.\n\n"
        "Growers welcomed the move.\n\n"
        "The Agency will publish a list of protected varieties by June 2026."
    )
    assert [a.owner for a in found.actions] == ["Plant Health Agency"]
    agencies = [actor for actor in found.actors if actor.name == "Plant Health Agency"]
    assert agencies and all(actor.found_by_pipeline for actor in agencies)


def test_a_bare_department_with_none_named_before_is_not_invented() -> None:
    found = published_initiative(
        "Rail fares frozen\n"
        "Rail fares will be frozen, the UK government announced on 3 March 2026.\n\n"
        "The department will publish the new fares table in April 2026.",
        url="https://www.gov.uk/government/news/rail-fares",
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Publish the new fares table"] == "United Kingdom"


def test_a_prime_minister_named_without_a_country_is_the_one_country_of_the_lead() -> None:
    found = published_initiative(
        "Prime Minister Aiko Tanaka set out a plan on 3 March 2026 to bring more nurses to "
        "Japan.\n\nThe government will submit a bill to the Diet in the autumn."
    )
    assert [a.owner for a in found.actions] == ["Japan"]
