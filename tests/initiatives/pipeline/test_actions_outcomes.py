"""Promises told from the side of those they help ("Renters will get…", "There will be an
increase in…", "The package includes $2b in…"), and work a text's own plan or scheme will
do ("The scheme will fund…"). Each is the work of the body whose text it is."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import action_rows, published_initiative


def actions(text: str, url: str = "https://example.org/news") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_what_people_will_get_as_the_governments_measure() -> None:
    # a wire factbox on a European government's cost-of-living plan
    found = actions(
        "# Factbox: what is in Spain's energy bill plan\n\nSpain's government approved a "
        "plan on Tuesday to cut energy bills.\n\nSmall farmers will get a rebate on diesel "
        "of 20 cents a litre. Families with three children or more will be eligible for a "
        "discount on rail passes. Pensioners living alone will have access to free home "
        "insulation by the end of the year.\n"
    )
    assert action_rows(found) == [
        ("Give small farmers a rebate on diesel of 20 cents a litre", "Spain", None,
         "action.beneficiary"),
        ("Give families with three children or more a discount on rail passes", "Spain", None,
         "action.beneficiary"),
        ("Give pensioners living alone access to free home insulation", "Spain",
         "by the end of the year", "action.beneficiary"),
    ]  # fmt: skip


def test_it_reads_no_forecast_and_no_body_as_a_beneficiary() -> None:
    found = actions(
        "# Factbox: Spain's energy bill plan\n\nSpain's government approved a plan on Tuesday "
        "to cut energy bills.\n\nDrivers will see prices fall. It will get easier to switch. "
        "Regional councils will receive their share later.\n"
    )
    assert [a.rule for a in found if a.rule == "action.beneficiary"] == []


def test_it_reads_there_will_be_new_things_and_increases() -> None:
    # a ministry's budget-day summary, in the style of a South-East Asian government
    found = actions(
        "# Budget debate 2027: homes\n\nThe Government of Malaysia announced a housing "
        "plan on 4 March 2027.\n\nThere will also be new neighbourhood "
        "clinics and covered walkways in older estates. There will be an increase in rent "
        "rebates, childcare grants and transport vouchers.\n"
    )
    assert action_rows(found) == [
        ("Introduce new neighbourhood clinics and covered walkways in older estates",
         "Malaysia", None, "action.there_will_be"),
        ("Increase rent rebates", "Malaysia", None, "action.there_will_be.split"),
        ("Increase childcare grants", "Malaysia", None, "action.there_will_be.split"),
        ("Increase transport vouchers", "Malaysia", None, "action.there_will_be.split"),
    ]  # fmt: skip


def test_it_reads_no_weather_or_more_of_anything_after_there_will_be() -> None:
    found = actions(
        "# Storm season\n\nThe Government of Malaysia announced a storm plan on 4 March 2027.\n\nThere will be "
        "more storms this year. There will be rain in the north.\n"
    )
    assert [a.rule for a in found if a.rule == "action.there_will_be"] == []


def test_it_reads_each_sum_a_package_includes() -> None:
    # an Australian news site on a stimulus package
    found = actions(
        "# Albanese unveils $9 billion support package\n\nThe Australian Government unveiled "
        "a support package on 2 June 2027.\n\nThe package includes $4.2b in energy rebates "
        "until June 2028, $1.5b in small business tax relief, and $300m for regional "
        "airports.\n"
    )
    assert action_rows(found) == [
        ("Provide $4.2b in energy rebates", "Australia", "until June 2028",
         "action.package_item"),
        ("Provide $1.5b in small business tax relief", "Australia", None,
         "action.package_item"),
        ("Provide $300m for regional airports", "Australia", None, "action.package_item"),
    ]  # fmt: skip


def test_it_reads_the_work_a_package_includes_but_not_funding_as_a_noun() -> None:
    found = actions(
        "# Families package\n\nThe Irish Government published a families package on 9 May "
        "2027.\n\nThe package includes paying every parent of a newborn an extra €50 a week. "
        "The plan includes funding for 300 new midwives.\n"
    )
    assert action_rows(found) == [
        ("Pay every parent of a newborn an extra €50 a week", "Irish Government", None,
         "action.package_item"),
    ]  # fmt: skip


def test_it_reads_what_the_texts_own_scheme_will_do_as_its_makers_work() -> None:
    # an African government's cabinet statement
    found = actions(
        "# Cabinet statement\n\nThe Government of Kenya approved a national irrigation scheme on "
        "12 May 2027.\n\nThe scheme will build 40 small dams in arid counties. The new "
        "programme will train 10,000 extension officers by 2029.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Build 40 small dams in arid counties", "Kenya", "action.instrument_work"),
        ("Train 10,000 extension officers", "Kenya", "action.instrument_work"),
    ]


def test_it_reads_no_work_in_what_a_plan_says_or_a_place_in_a_scheme() -> None:
    found = actions(
        "# Cabinet statement\n\nThe Government of Kenya approved a national irrigation scheme on "
        "12 May 2027.\n\nThe strategy will guide county governments. The plan will dovetail "
        "with other agendas. Farmers in the scheme will plant drought-tolerant seed.\n"
    )
    assert [a.rule for a in found if a.rule == "action.instrument_work"] == []


def test_it_gives_sum_lines_to_the_country_a_bylineless_text_names_first() -> None:
    # a community paper's copy of a UK announcement: no publisher, no body in the lead
    found = actions(
        "# Green plan\n\nSales of new diesel lorries will be phased out across the UK by 2040, "
        "as part of a green plan.\n\nTo support the move Sam Jones has announced.\n\n"
        "£900 million to expand bus lanes in market towns.\n",
        url="https://www.localnews.example/green-plan",
    )
    assert ("Provide £900 million to expand bus lanes in market towns", "United Kingdom") in [
        (a.description, a.owner) for a in found
    ]


def test_it_reads_money_that_will_be_used_for_something_as_spent_by_the_body() -> None:
    # a New Zealand news site on a health package
    found = actions(
        "# Health package\n\nThe New Zealand Government announced a health package on 17 "
        "March 2027.\n\nA sum of $140m will be quickly used for rural clinics and "
        "telehealth. The data will be used.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Use a sum of $140m for rural clinics and telehealth", "New Zealand"),
    ]
