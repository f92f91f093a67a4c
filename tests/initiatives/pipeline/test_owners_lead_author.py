"""A page's own body, named in its lead as the one that publishes, decides or signs, owns
the page's "we" and its subjectless promises, even when the tables do not know it: a
regulator's "What happens next" list, a council's decision page, an agency's release
relayed by a news site, a site named after a body. An address or a known body still
comes first."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_owners import publisher_of
from tests.initiatives.pipeline.published import published_initiative


def owners(text: str, url: str = "") -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in published_initiative(text, url=url).actions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # an energy regulator's determination page
            "Final decision\n\nOn 2 March 2026, the Water Pricing Authority published its "
            "final decision on charges for the five years from April 2027.\n\n"
            "What happens next\n\nWe will publish the new charging rules by 30 June 2026.\n",
            ("Publish the new charging rules", "Water Pricing Authority"),
        ),
        (
            # a competition regulator, in the first person from the start
            "Merger review\n\nThe Fair Markets Commission has decided to open an in-depth "
            "review of the proposed merger of two bus operators.\n\n"
            "We will consult on possible remedies in the summer.\n",
            ("Consult on possible remedies", "Fair Markets Commission"),
        ),
        (
            # an agency's release as a science news site relays it
            "March 3, 2026\n\nThe Northern Space Institute says it has signed a contract for "
            "a new weather satellite.\n\nWe will open a call for science teams in September, "
            "the institute said.\n",
            ("Open a call for science teams", "Northern Space Institute"),
        ),
    ],
)
def test_the_body_acting_in_the_lead_owns_the_pages_we(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in owners(text)


def test_a_decisions_items_belong_to_the_body_that_adopted_them() -> None:
    text = (
        "Item 2026.TR4.2\n\nTracking Status\n\n"
        "- Harbour City Council adopted this item on 3 March 2026 without amendment.\n\n"
        "Decision\n\nThe pilot will run for one year from July. We will publish the "
        "results of the pilot by the end of 2027.\n"
    )
    assert ("Publish the results of the pilot", "Harbour City Council") in owners(text)


def test_an_address_says_who_we_are_before_the_lead_does() -> None:
    text = (
        "Heat networks\n\nThe Heat Networks Regulator published its first annual report "
        "today.\n\nWe will set out new consumer protections by the end of the year.\n"
    )
    found = owners(text, "https://www.gov.uk/government/news/heat-networks")
    assert ("Set out new consumer protections", "United Kingdom") in found


def test_a_thing_published_in_the_lead_is_no_author() -> None:
    text = (
        "Market update\n\nOn 2 March 2026, the Annual Report published by the sector showed "
        "lower prices. The Grid Code Panel will review the connection rules in May.\n\n"
        "We will publish the review in the autumn.\n"
    )
    assert ("Publish the review", "Annual Report") not in owners(text)


@pytest.mark.parametrize(
    "lead",
    [
        "Bluewave Telecom, a U.S. broadband provider, today announced it will expand fiber "
        "service to 40,000 rural homes.",
        "Harbourline Ferries, a Canadian ferry operator, has announced that it will expand "
        "fiber service to 40,000 rural homes.",
    ],
)
def test_a_firm_described_by_its_home_owns_its_release(lead: str) -> None:
    initiative = published_initiative(
        f"Rural broadband\n\nMarch 3, 2026 -- {lead}\n\nThe company will invest $120 "
        "million in new network equipment over two years.\n"
    )
    owners_found = {a.owner for a in initiative.actions}
    assert len(owners_found) == 1 and owners_found.pop() in (
        "Bluewave Telecom",
        "Harbourline Ferries",
    )
    assert not [a for a in initiative.actors if a.role == "decision_maker" and a.name != "Bluewave Telecom"
                and a.name != "Harbourline Ferries"]  # fmt: skip


def test_a_country_described_in_an_apposition_still_acts() -> None:
    found = owners(
        "Tariff cuts\n\nCanada, a major wheat exporter, agreed on 3 March 2026 to cut "
        "tariffs on farm machinery.\n\nCanada will cut the tariffs by half in 2027.\n"
    )
    assert ("Cut the tariffs by half", "Canada") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a regional paper on a devolved government, with no address
            "Weekend clinics\n\nBy a staff reporter\n\nThe Welsh Government is set to open "
            "weekend clinics to cut waiting lists.\n\nThe clinics will be piloted in Cardiff "
            "first, from January.\n",
            ("Pilot the clinics in Cardiff first", "Welsh Government"),
        ),
        (
            # a state transport authority in a trade magazine
            "New depot\n\nThe Harbour Transit Authority plans to build a bus depot at Eastport."
            "\n\nThe depot will be completed by the end of 2028.\n",
            ("Complete the depot", "Harbour Transit Authority"),
        ),
    ],
)
def test_a_passive_promise_is_the_first_promising_bodys_when_no_other_is_known(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in owners(text)


SITE_PAGE = (
    "Final decision on water charges\n\nOn 2 March 2026 we published our final decision on "
    "charges for the five years from April 2027.\n\nWhat happens next\n\nWe will publish the "
    "new charging rules by 30 June 2026.\n"
)


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        ("Water Pricing Authority", "Water Pricing Authority"),
        ("City of Lakeport", "City of Lakeport"),
        # a portfolio's name as the site's: that department, not the US one
        ("Department of Education", "Department of Education"),
    ],
)
def test_a_site_named_after_a_body_is_its_pages_we(site: str, expected: str) -> None:
    initiative = published_initiative(SITE_PAGE, site=site)
    assert ("Publish the new charging rules", expected) in [
        (a.description, a.owner) for a in initiative.actions
    ]


@pytest.mark.parametrize("site", ["BBC News", "Farmers Weekly", "The Guardian"])
def test_a_news_sites_name_is_no_body(site: str) -> None:
    assert publisher_of(SITE_PAGE, site_name=site) is None
