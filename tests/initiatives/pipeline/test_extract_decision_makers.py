"""Who took the decision: subjects, agents, parties to an agreement, not bystanders."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedInitiative

TODAY = dt.date(2026, 11, 24)


def extract(text: str) -> ExtractedInitiative:
    extraction = extract_text(text, today=TODAY)
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative


def makers(initiative: ExtractedInitiative) -> list[str]:
    return [a.name for a in initiative.actors if a.role == "decision_maker"]


def test_it_names_the_parties_to_an_agreement_not_the_institution_welcoming_it() -> None:
    initiative = extract(
        "Commission welcomes political agreement on the Facility for Moldova\n"
        "Brussels, 23 April 2025 – The Commission welcomes the political agreement reached "
        "today between the European Parliament and the Council on the Facility for Moldova."
    )
    assert initiative.status == "provisional_agreement"
    assert makers(initiative) == ["European Parliament", "Council of the EU"]
    assert ("Moldova", "partner") in {(a.name, a.role) for a in initiative.actors}
    assert (initiative.decided_on, initiative.venue) == (dt.date(2025, 4, 23), "Brussels")


def test_it_reads_the_venue_from_an_agency_dateline_and_the_date_from_a_weekday() -> None:
    initiative = extract(
        "EU lawmakers back plan to boost arms production\n"
        "STRASBOURG, May 4, 2025 (AFP) – European lawmakers on Thursday backed a plan to "
        "boost ammunition production for Kiev."
    )
    assert makers(initiative) == ["European Parliament"]
    assert initiative.venue == "Strasbourg"
    assert initiative.decided_on == dt.date(2025, 5, 1)  # the Thursday before 4 May


def test_it_reads_a_participle_after_an_article_as_no_decision() -> None:
    initiative = extract(
        "Member states discuss the proposed instrument\n"
        "Member states discussed the adopted text and the announced fund with Ukraine. "
        "They will coordinate joint production with Ukrainian firms."
    )
    assert initiative.status == "proposed"  # "the proposed instrument" says one exists
    assert makers(initiative) == []


def test_it_does_not_take_companies_named_by_a_demonym_for_governments() -> None:
    initiative = extract(
        "EU and Ukraine sign defence deal\n"
        "The EU and Ukraine signed a deal on 3 May 2025. Ukrainian firms signed contracts too."
    )
    assert makers(initiative) == ["European Union", "Ukraine"]
    initiative = extract(
        "Defence deal signed\nUkrainian firms signed a deal with the EU on 3 May 2025."
    )
    assert "Ukraine" not in makers(initiative)


def test_it_makes_the_country_an_agreement_is_reached_with_its_partner() -> None:
    initiative = extract(
        "Council and Parliament strike deal\n"
        "Luxembourg, 3 May 2025 – The Council reached a provisional agreement with the "
        "European Parliament on a security partnership with Norway."
    )
    roles = {(a.name, a.role) for a in initiative.actors}
    assert {
        ("Council of the EU", "decision_maker"),
        ("European Parliament", "decision_maker"),
    } <= roles
    assert ("Norway", "partner") in roles
    assert "Luxembourg" not in {a.name for a in initiative.actors}  # the dateline's city
    assert initiative.venue == "Luxembourg"
