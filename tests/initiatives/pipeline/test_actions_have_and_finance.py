"""Targets written with "have" ("will have the pumps back in service by May") and money
promised with "finance", "co-finance" or "commit": a body's dated work. An undated "have",
or one that brings nothing about ("will have a bright future"), is a forecast."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import action_rows, quoted_actions

# A wire story, a county news list and a ministry's release, each in its own style.
WIRE = (
    "# Chile sets out plan for cleaner city buses\n\n"
    "SANTIAGO, March 4 (Reuters) - The Chilean government on Wednesday announced a plan to "
    "renew the bus fleets of its regional capitals.\n\n"
)
COUNTY = (
    "# Latest news\n\n"
    "The Ministry of Health and the Council of Governors on Tuesday signed an agreement on "
    "rural clinics.\n\n"
)


def test_it_reads_a_dated_have_with_a_share_as_a_target() -> None:
    found = quoted_actions(
        WIRE + "The government aims to have hydrogen buses account for a fifth of the fleet "
        "in each regional capital by 2032.\n"
    )
    assert [(a.description, a.due.text if a.due else None, a.rule) for a in found] == [
        (
            "Have hydrogen buses account for a fifth of the fleet in each regional capital",
            "by 2032",
            "action.promise",
        )
    ]
    assert found[0].owner is not None
    assert found[0].due is not None and found[0].due.latest == dt.date(2032, 12, 31)


def test_it_reads_a_quoted_have_back_in_service_as_the_speakers_work() -> None:
    found = quoted_actions(
        COUNTY + '"We will have 250 clinics back in operation before the end of the year," '
        "the Ministry of Health said.\n"
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Have 250 clinics back in operation", "before the end of the year")
    ]


def test_it_reads_have_with_work_done_to_a_thing_as_a_target() -> None:
    found = quoted_actions(
        WIRE + "The government will have every depot fitted with chargers by June 2028.\n"
    )
    assert [a.description for a in found] == ["Have every depot fitted with chargers"]


def test_it_takes_no_undated_or_stative_have_for_a_promise() -> None:
    for sentence in (
        "The Ministry of Health will have a bright future by 2032.",
        "Patients will have shorter journeys to clinics by 2032.",
        "The Ministry of Health will have 250 clinics back in operation.",
    ):
        assert quoted_actions(COUNTY + sentence + "\n") == [], sentence


def test_it_reads_a_programme_that_will_finance_purchases_as_the_governments_work() -> None:
    found = quoted_actions(
        WIRE + "The programme, known as Ruta Limpia, will finance the purchase of 2,400 "
        "electric buses by the end of 2030.\n"
    )
    assert action_rows(found) == [
        (
            "Finance the purchase of 2,400 electric buses",
            "Chile",
            "by the end of 2030",
            "action.instrument_work",
        )
    ]


def test_it_reads_co_finance_as_a_known_bodys_promise() -> None:
    found = quoted_actions(
        "# Bank approves loan for ports\n\n"
        "MANILA, March 4 - The Asian Development Bank approved a loan for two ports on "
        "Wednesday.\n\n"
        "The European Investment Bank will co-finance the project with a EUR 80 million "
        "loan.\n"
    )
    assert ("Co-finance the project with a EUR 80 million loan", "European Investment Bank") in [
        (a.description, a.owner) for a in found
    ]


def test_it_reads_what_a_sum_will_fund_as_the_texts_bodys_work() -> None:
    found = quoted_actions(
        COUNTY + "The remaining USD 3 million will fund mobile clinics for nomadic "
        "communities, starting in July.\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found][-1:] == [
        (
            "Fund mobile clinics for nomadic communities",
            found[-1].owner,
            "action.money_funds",
        )
    ]
    assert found[-1].owner is not None


def test_it_takes_no_sum_without_a_body_behind_it_for_a_promise() -> None:
    found = quoted_actions(COUNTY + "Higher prices will fund nothing new.\n")
    assert [a for a in found if a.rule == "action.money_funds"] == []
