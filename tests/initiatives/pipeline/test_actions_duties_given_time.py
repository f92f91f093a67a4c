"""Duties a rule places on firms and other third parties, with the time it gives them:
"Water companies now have 18 months to install…", "Firms will have one year, until 7
March 2027, to prepare…", "The regulator will give suppliers six months to publish…"."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

DECIDED = dt.date(2026, 3, 3)
OFWAT = "https://www.ofwat.gov.uk/press-release/smart-meters"


def actions(text: str, url: str = OFWAT) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_dates_a_duty_by_the_months_the_firms_are_given() -> None:
    found = actions(
        "# Smart meters\n\nThe regulator announced new rules on 3 March 2026. Water "
        "companies now have 18 months to install smart meters in all new homes.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Install smart meters in all new homes", "Water companies")
    ]
    due = found[0].due
    assert due is not None and (due.text, due.rule) == ("have 18 months", "given_units_to")
    # counted from the day the rules were announced, as every relative deadline is
    assert (due.earliest, due.latest) == (DECIDED, dt.date(2027, 9, 3))


def test_it_reads_the_deadline_set_off_between_the_time_given_and_the_duty() -> None:
    found = actions(
        "# Conduct rules\n\nThe Financial Conduct Authority published final rules on 3 March "
        "2026. Firms will have one year, until 7 March 2027, to prepare for the wider "
        "application of the conduct rules.\n",
        url="https://www.fca.org.uk/news/press-releases/conduct-rules",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Prepare for the wider application of the conduct rules", "Firms")
    ]
    due = found[0].due
    assert due is not None and due.latest == dt.date(2027, 3, 7)


def test_it_gives_the_work_to_those_a_regulator_gives_time() -> None:
    found = actions(
        "# Tariff plans\n\nThe regulator announced new rules on 3 March 2026. The regulator "
        "will give suppliers six months to publish their tariff plans.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Publish their tariff plans", "Suppliers", "action.time_given")
    ]
    due = found[0].due
    assert due is not None and due.latest == dt.date(2026, 9, 3)


def test_it_reads_the_time_a_regulator_allows_named_providers() -> None:
    found = actions(
        "# Switching rules\n\nOfcom announced new switching rules on 3 March 2026. Ofcom will "
        "allow communications providers at least 12 months to implement the changes.\n",
        url="https://www.ofcom.org.uk/news-centre/switching",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Implement the changes", "Communications providers")
    ]


def test_it_reads_no_duty_in_time_some_think_firms_could_have_or_had() -> None:
    found = actions(
        "# Smart meters\n\nOfwat announced new rules on 3 March 2026. Landlords could "
        "have 12 months to adapt, some experts suggested. Under the old scheme, suppliers had "
        "six months to publish their plans.\n"
    )
    assert found == []
