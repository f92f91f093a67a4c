"""Two readings that depended on too little: a verb in "-ing" is a whole word, and a
single fiscal year is the publishing government's own."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_no_work_under_way_in_an_adverb_in_ing() -> None:
    found = actions(
        "# Relief steps approved\n\nThe Japanese government approved a package of relief "
        "steps on 3 March 2026. The industry ministry is increasingly concerned about energy "
        "prices, and the agency is increasingly relying on imported gas.\n"
    )
    assert found == []


def test_it_reads_fiscal_2026_of_a_japanese_wire_story_as_japans_year() -> None:
    found = actions(
        "# Cabinet approves relief steps\n\nTokyo, March 3 (Jiji Press)--The Japanese "
        "government approved a package of relief steps on Tuesday. The government plans to "
        "submit an extra budget for fiscal 2026 to the Diet.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Submit an extra budget to the Diet", "Japan")
    ]
    due = found[0].due
    assert due is not None
    assert (due.earliest, due.latest) == (dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    assert due.rule == "fiscal_year_of_publisher"


def test_it_reads_an_australian_fy_as_ending_in_june_of_its_year() -> None:
    found = actions(
        "# Water grants opened\n\nThe Minister for Water announced on 3 March 2026 a new round "
        "of grants. The department will pay the first grants in FY2027.\n",
        url="https://www.dcceew.gov.au/about/news/water-grants",
    )
    due = found[0].due
    assert due is not None
    assert (due.earliest, due.latest) == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))


def test_it_keeps_the_us_federal_year_for_a_white_house_fact_sheet() -> None:
    found = actions(
        "# Fact sheet: grid resilience\n\nThe President signed an order on 3 March 2026. "
        "The Department of Energy will award the first grants in fiscal year 2027.\n",
        url="https://www.whitehouse.gov/briefings/fact-sheet-grid",
    )
    due = found[0].due
    assert due is not None
    assert (due.earliest, due.latest, due.rule) == (
        dt.date(2026, 10, 1),
        dt.date(2027, 9, 30),
        "fiscal_year_us_federal",
    )


def test_it_counts_coming_weeks_from_the_update_not_from_a_decision_told_months_later() -> None:
    # published on 4 March 2026 (see `published`), about a decision of the autumn before
    found = actions(
        "# Fisheries talks resume\n\nWTO members on 20 November 2025 agreed to postpone the "
        "ministerial conference. The chair said that over the coming weeks he will be "
        "convening meetings in small groups to narrow the gaps.\n",
        url="https://www.wto.org/english/news_e/news26_e/fish_04mar26_e.htm",
    )
    due = found[0].due
    assert due is not None and due.earliest == dt.date(2026, 3, 4)


def test_it_reads_verbs_that_end_like_adverbs() -> None:
    found = actions(
        "# Packaging rules adopted\n\nThe Council today adopted the packaging regulation. Member "
        "states will have 18 months to apply the new rules. The Commission will supply "
        "guidance to producers by 2027.\n",
        url="https://www.consilium.europa.eu/en/press/press-releases/x",
    )
    assert [a.description for a in found][:1] == ["Apply the new rules"]
    assert "Supply guidance to producers" in [a.description for a in found]


def test_it_reads_by_the_end_of_a_decade_as_a_deadline() -> None:
    found = actions(
        "# Wage policy\n\nTokyo, March 3 (Jiji Press)--The Japanese government on Tuesday "
        "decided on a basic policy. The government aims to raise the minimum wage to 1,500 yen "
        "by the end of the 2020s.\n"
    )
    due = found[0].due
    assert due is not None and (due.earliest, due.latest) == (
        dt.date(2026, 3, 3),
        dt.date(2029, 12, 31),
    )


def test_it_reads_councils_receiving_the_money_as_funded_by_the_department() -> None:
    found = actions(
        "# Pothole funding\n\nThe Department for Transport has today announced £200 million to "
        "fix potholes. Councils will receive the money from April.\n",
        url="https://www.gov.uk/government/news/potholes",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Provide £200 million to fix potholes", "Department for Transport"),
        ("Fund Councils the money", "Department for Transport"),
    ]
