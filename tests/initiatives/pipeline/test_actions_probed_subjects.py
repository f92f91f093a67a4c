"""Subjects and cues that our own probes showed missing (session 21): firms named by their
trade ("energy suppliers"), a body's name that runs over "and" to its head, an
organisation's "staff", a promise made "on Thursday", and others' forecasts, which are
no promise. Sentences written for these tests in the styles of wire stories, a
regulator's notice and an alliance's press release."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday
TODAY = dt.date(2026, 11, 24)


def actions(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return []
    return [
        (a.description, a.owner, a.due.latest if a.due else None)
        for a in extraction.initiative.actions
    ]


def test_firms_named_by_their_trade_own_their_pledge() -> None:
    found = actions("The country's biggest grocery retailers pledged to halve plastic packaging.")
    assert [(d, o) for d, o, _ in found] == [
        ("Halve plastic packaging", "Country's biggest grocery retailers")
    ]


def test_universities_that_will_act_own_the_work() -> None:
    found = actions(
        "The Ministry of Education launched a teacher plan on Wednesday, while universities "
        "will add 500 training places from September."
    )
    assert ("Add 500 training places", "Universities") in [(d, o) for d, o, _ in found]


def test_a_name_in_capitals_runs_over_and_to_its_head() -> None:
    found = actions(
        "Defence ministers met on Wednesday. The Baltic Defence Research and Technology Agency "
        "is expected to open a test range by the summer."
    )
    assert [(d, o) for d, o, _ in found] == [
        ("Open a test range", "Baltic Defence Research and Technology Agency")
    ]


def test_an_organisation_s_staff_act_for_it() -> None:
    found = actions(
        "The Financial Conduct Authority adopted new disclosure rules on Wednesday. The staff "
        "is expected to issue a set of answers to common questions by June."
    )
    assert ("Issue a set of answers to common questions", "Financial Conduct Authority") in [
        (d, o) for d, o, _ in found
    ]


def test_the_day_a_pledge_was_made_is_not_its_deadline() -> None:
    found = actions("Water companies pledged on Monday to freeze charges until the end of June.")
    assert found == [("Freeze charges", "Water companies", dt.date(2026, 6, 30))]


def test_a_forecast_of_what_a_bank_will_do_is_no_promise() -> None:
    # A decision first, so that an initiative is read and its actions are what is tested.
    lead = "The Monetary Policy Committee today adopted a new inflation framework. "
    assert extract_text(lead, today=TODAY, published=PUBLISHED).initiative is not None
    assert (
        actions(lead + "The central bank is expected to cut rates on Thursday, economists said.")
        == []
    )
    assert (
        actions(lead + "The Reserve Bank is expected to lift its main rate in May, analysts said.")
        == []
    )


def test_the_agency_is_the_organisation_the_release_is_about() -> None:
    found = actions(
        "NASA selected two firms for a Moon lander on Wednesday. The agency will test the "
        "first prototype in 2027."
    )
    owners = {o for d, o, _ in found if d == "Test the first prototype"}
    assert owners == {"National Aeronautics and Space Administration"}


def test_the_regulator_is_the_organisation_the_notice_is_about() -> None:
    found = actions(
        "Ofgem opened a review of standing charges on Tuesday. The regulator will publish "
        "its proposals in June."
    )
    assert [(d, o) for d, o, _ in found] == [("Publish its proposals", "Ofgem")]


def test_a_company_named_like_a_kind_of_work_is_still_a_body() -> None:
    # "Construction is to begin" is work, not a body; "Boeing" only ends as such words do.
    assert actions("Boeing will build two plants in Gdansk.") == [
        ("Build two plants in Gdansk", "Boeing", None)
    ]
    assert actions("Construction is to begin in 2026.") == []


def test_machines_are_no_bodies() -> None:
    lead = "The Ministry of Health today adopted a winter resilience plan. "
    assert actions(lead + "Backup generators will supply power to 40 hospitals by June.") == []
