"""Classes of phrasing read from real documents, each in several publishers' styles:
work a package includes, verbs that share one object, work done through cooperation,
officers as owners, a series of meetings, asides and relative clauses that date things,
and what happens now rather than what is promised."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_the_work_a_package_includes_as_the_bodys_promise() -> None:
    found = actions(
        "# Relief for households\n\nOsaka, March 3 (Jiji Press)--The Japanese government "
        "adopted a relief package on Tuesday.\n\nThe package will include paying 30,000 yen "
        "to each pensioner household, a ministry official said.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Pay 30,000 yen to each pensioner household", "Japan", "action.included_work")
    ]


def test_it_reads_collaboration_a_strategy_involves_as_work() -> None:
    found = actions(
        "# Battery strategy released\n\nThe Minister for Industry released the battery "
        "strategy on 3 March 2026.\n\nImplementing the strategy will involve closer "
        "collaboration with the states to align permitting rules.\n",
        url="https://www.industry.gov.au/news/battery-strategy",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Closer collaboration with the states to align permitting rules", "Minister for Industry")
    ]


def test_it_reads_no_work_in_what_a_report_will_include() -> None:
    found = actions(
        "# School places plan\n\nThe Department for Education announced a school places plan "
        "on 3 March 2026. The next report will include regional breakdowns.\n",
        url="https://www.gov.uk/government/news/figures",
    )
    assert found == []


def test_it_keeps_verbs_that_share_one_object_in_one_action() -> None:
    found = actions(
        "# Fact sheet: apprenticeships\n\nThe Department of Labor announced a grant round on "
        "3 March 2026. The Department will work closely with employers, unions, colleges and "
        "states to design, test and evaluate new apprenticeship models.\n",
        url="https://www.dol.gov/newsroom/releases/x",
    )
    assert len(found) == 1
    assert "design, test and evaluate new apprenticeship models" in found[0].description


def test_it_reads_no_promise_in_how_a_strategy_will_be_delivered() -> None:
    found = actions(
        "# Water strategy adopted\n\nThe Council adopted the water resilience strategy on "
        "3 March 2026. The strategy will be delivered through coordinated action across all "
        "levels of government. The Commission will publish a progress report in 2027.\n"
    )
    assert [a.description for a in found] == ["Publish a progress report"]


def test_it_gives_a_promise_to_an_officer_named_with_their_body() -> None:
    found = actions(
        "# Remarks on the reorganisation order\n\nThe President signed an order on 3 March "
        "2026. The Director of the Office of Management and Budget will oversee the review "
        "with outside experts.\n",
        url="https://www.whitehouse.gov/briefings/remarks",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Oversee the review with outside experts", "Office of Management and Budget")
    ]


def test_it_reads_a_chairs_series_of_meetings_as_work_and_a_summit_as_no_action() -> None:
    found = actions(
        "# Fisheries talks\n\nWTO members agreed on 3 March 2026 to resume talks. The chair "
        "said that in the coming weeks he will be convening meetings in smaller groups to "
        "narrow the gaps. The leaders will hold their next summit in June.\n",
        url="https://www.wto.org/english/news_e/x.htm",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Convene meetings in smaller groups to narrow the gaps", "Chair")
    ]


def test_it_takes_the_deadline_of_the_object_not_of_an_aside() -> None:
    found = actions(
        "# Fuel relief extended\n\nTokyo, March 3 (Kyodo)--The Japanese government decided "
        "on Tuesday to keep its fuel support. The government will extend the fuel subsidy, "
        "currently due to end in April, until the end of September.\n"
    )
    due = found[0].due
    assert due is not None and due.latest == dt.date(2026, 9, 30)


def test_it_dates_a_promise_by_the_relative_clause_that_follows_it() -> None:
    found = actions(
        "# Immigration engagement launched\n\nThe Government of Canada launched an "
        "engagement on 3 March 2026.\n\nIf you would like to take part, Immigration, Refugees "
        "and Citizenship Canada (IRCC) will also be launching a survey, which will open to "
        "the public in May.\n",
        url="https://www.canada.ca/en/immigration/news/x.html",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Launch a survey", "Immigration, Refugees and Citizenship Canada")
    ]
    due = found[0].due
    assert due is not None and (due.earliest, due.latest) == (
        dt.date(2026, 5, 1),
        dt.date(2026, 5, 31),
    )


def test_it_reads_no_promise_in_what_is_being_done_now() -> None:
    found = actions(
        "# Remarks on waste\n\nThe President signed an order on 3 March 2026. Billions of "
        "dollars are being wasted on programmes that do not work. £5 million is being "
        "devoted to training inspectors.\n",
        url="https://www.whitehouse.gov/briefings/remarks",
    )
    assert [a.description for a in found] == ["Devote £5 million to training inspectors"]


def test_it_ends_an_object_at_a_side_clause_with_a_participle() -> None:
    found = actions(
        "# Defence spending pledge\n\nNATO allies agreed on 3 March 2026 to raise spending. "
        "The allies pledged to spend 4% of their GDP by 2032, with the Secretary General "
        "hailing a historic commitment.\n",
        url="https://www.nato.int/cps/en/natohq/news.htm",
    )
    assert found[0].description == "Spend 4% of their GDP"


def test_it_reads_no_work_in_a_gerund_used_as_a_noun() -> None:
    found = actions(
        "# Nursing package\n\nThe Department of Health announced a nursing package on 3 March "
        "2026. The package will include funding for 200 new nurses. The department will "
        "publish a workforce plan by June.\n",
        url="https://www.gov.uk/government/news/nursing",
    )
    assert [a.description for a in found] == ["Publish a workforce plan"]


def test_it_reads_a_plan_to_be_adopted_as_the_plans_adoption() -> None:
    found = actions(
        "# Cabinet meeting\n\nThe Japanese government approved a relief package on 3 March "
        "2026. The cabinet also discussed a plan to be adopted by June.\n"
    )
    assert [a.description for a in found] == ["Adopt a plan"]
