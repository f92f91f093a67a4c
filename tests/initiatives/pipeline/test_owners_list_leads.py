"""Who owns bullets written without a subject: the subject of their lead-in ("The
Administration is:"), resolved like any subject, so that "the Administration" and "the
Government" are the publishing government and a third party's list stays its own; with
no subject in the lead-in, a head of government stands for the government whose page it is."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, str | None]]:
    return [(a.description, a.owner, a.due.text if a.due else None) for a in found]


def test_the_administrations_bullets_belong_to_the_government_the_address_names() -> None:
    found = actions(
        "# FACT SHEET: The President Acts to Secure Safe Drinking Water\n\n"
        "The President signed a memorandum on safe drinking water on 2 April 2027. "
        "The Administration is:\n\n"
        "- Replacing every lead service line in the country by 2035.\n"
        "- Expanding testing in schools and child care centres.\n",
        "https://www.whitehouse.gov/briefing-room/statements-releases/2027/04/02/water/",
    )
    assert rows(found) == [
        ("Replace every lead service line in the country", "United States", "by 2035"),
        ("Expand testing in schools and child care centres", "United States", None),
    ]


def test_the_governments_bullets_after_an_opening_phrase_belong_to_the_publisher() -> None:
    found = actions(
        "# Prime Minister sets out a flood plan\n\nThe Prime Minister set out a flood "
        "resilience plan on 4 May 2027. Under the plan, the Government is also:\n\n"
        "- Investing £2 billion in new flood defences by 2030.\n"
        "- Doubling the number of homes protected from river flooding.\n",
        "https://www.gov.uk/government/news/flood-plan",
    )
    assert [(d, o) for d, o, _ in rows(found)] == [
        ("Invest £2 billion in new flood defences", "United Kingdom"),
        ("Double the number of homes protected from river flooding", "United Kingdom"),
    ]


def test_a_dateline_names_the_government_when_there_is_no_address() -> None:
    found = actions(
        "WASHINGTON, 6 June 2027 — The Administration announced a rural water plan on "
        "Tuesday. The Administration is:\n\n"
        "- Expanding grants for rural water systems.\n"
        "- Launching a technical assistance network next spring.\n"
    )
    assert {a.owner for a in found} == {"United States"}
    assert [a.rule for a in found] == ["action.gerund_line", "action.gerund_line"]


def test_a_third_partys_list_on_a_government_page_stays_the_third_partys() -> None:
    found = actions(
        "# Fact sheet: battery supply chains\n\nThe President signed an order on 5 May "
        "2027. Alongside the order, private companies are:\n\n"
        "- Investing $4 billion in battery recycling plants.\n"
        "- Training 10,000 technicians by 2029.\n",
        "https://www.whitehouse.gov/briefing-room/2027/05/05/batteries",
    )
    assert rows(found) == [
        ("Invest $4 billion in battery recycling plants", "Private companies", None),
        ("Train 10,000 technicians", "Private companies", "by 2029"),
    ]
    assert found[0].evidence.quote == "Investing $4 billion in battery recycling plants."


def test_a_head_of_government_announcing_bullets_stands_for_the_publishing_government() -> None:
    found = actions(
        "# Fact sheet: cleaner ports\n\nToday, the President announced new actions to clean "
        "up the nation's ports:\n\n"
        "- Investing $3 billion in zero-emission cargo equipment.\n"
        "- Expanding shore power at twenty ports.\n",
        "https://www.whitehouse.gov/briefing-room/statements-releases/2027/04/02/ports/",
    )
    assert {a.owner for a in found} == {"United States"}


def test_a_lead_in_that_names_no_body_leaves_the_list_to_the_texts_body() -> None:
    found = actions(
        "# Council backs a rail package\n\nOn 12 March 2027 the Council adopted a rail "
        "package. The package is:\n\n"
        "- Modernising signalling on cross-border lines.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2027/03/12/rail/",
    )
    assert rows(found) == [
        ("Modernise signalling on cross-border lines", "Council of the EU", None)
    ]


def test_a_regulators_new_rules_listed_after_the_rules_will_are_the_regulators() -> None:
    found = actions(
        "# Ofwat tightens rules for water companies\n\nBy | 3 March 2027\n\nOfwat yesterday "
        "announced changes to the licence conditions of water companies.\n\n"
        "In short, the new rules will:\n\n"
        "- Introduce daily reporting of sewage spills.\n"
        "- Ban bonuses for directors of companies that miss their targets.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Introduce daily reporting of sewage spills", "Ofwat"),
        ("Ban bonuses for directors of companies that miss their targets", "Ofwat"),
    ]


def test_an_australian_regulators_rules_are_the_regulators_too() -> None:
    found = actions(
        "# ACCC sets new code for supermarkets\n\nThe ACCC on 3 March 2027 published a new "
        "code for supermarkets. Under the code, the new rules will:\n\n"
        "- Introduce unit pricing for online shopping.\n"
    )
    assert [a.owner for a in found] == ["Australian Competition and Consumer Commission"]
