"""A page whose decider is a government's office holder, not a body the tables know,
still gives an initiative (`actor.office_holder`): a Canadian-style minister, a US state
governor, an Indian-style prime minister, an African president. Pages where an office
holder decides and promises nothing still give none."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

TODAY = dt.date(2026, 11, 24)
PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def _initiative(text: str):
    return extract_text(text, today=TODAY, published=PUBLISHED).initiative


def _deciders(text: str) -> list[tuple[str, str]]:
    initiative = _initiative(text)
    assert initiative is not None
    return [(a.name, a.rule) for a in initiative.actors if a.role == "decision_maker"]


# A local radio's wire copy: the country only as a demonym, the minister in paragraph two.
MINISTER_BAN = (
    "date 2026-03-06 Canadian retailers will be barred from selling single-use cutlery by "
    "the end of next year.\n\n"
    "That is according to Fisheries Minister Jo Tremblay, who says the import of the items "
    "will also be barred by 2027.\n"
)
# A US local TV station: a state governor, no country named at all.
GOVERNOR_FUNDING = (
    "date 2026-03-06 ALBANY (WXYZ) – Governor Lee Park announced that $50 million in "
    "grants is available for rural broadband projects across the state.\n\n"
    "Applications open in March.\n"
)
# An Indian wire story: the prime minister (misspelt) reports a target the government set.
PRIME_MINISTER_TARGET = (
    "Govt to open 3,000 rural clinics; 900 this year: PM\n\n"
    "Prime Minster Asha Rao on Friday said that the government has set a target of opening "
    "3,000 rural clinics across India, 900 of which will be opened this year.\n\n"
    "He said this will cut waiting times for families.\n"
)
# A Nairobi daily: the president's words come after the promise.
PRESIDENT_PROMISE = (
    "Drylands to get 50 million trees\n\n"
    "Kenyan farmers will be paid to plant 50 million trees by 2030, President Amina "
    "Odhiambo said on Tuesday.\n"
)


def test_a_minister_s_ban_is_the_government_s_decision_and_its_promises():
    initiative = _initiative(MINISTER_BAN)
    assert initiative is not None
    decider = initiative.actors[0]
    assert (decider.name, decider.role, decider.rule) == (
        "Canada",
        "decision_maker",
        "actor.office_holder",
    )
    assert [a.owner for a in initiative.actions] == ["Canada", "Canada"]
    assert initiative.actions[0].due.latest == dt.date(2027, 12, 31)


def test_a_governor_with_no_country_named_decides_as_written():
    initiative = _initiative(GOVERNOR_FUNDING)
    assert initiative is not None
    decider = initiative.actors[0]
    assert (decider.name, decider.role, decider.found_by_pipeline) == (
        "Governor Lee Park",
        "decision_maker",
        True,
    )
    assert [a.area for a in initiative.areas] == ["investment"]


def test_a_target_a_government_has_set_is_announced_by_it():
    initiative = _initiative(PRIME_MINISTER_TARGET)
    assert initiative is not None
    assert initiative.status == "announced"
    assert initiative.decided_on == PUBLISHED
    assert _deciders(PRIME_MINISTER_TARGET) == [("India", "actor.office_holder")]


def test_what_the_measure_brings_is_not_an_action():
    text = (
        "Clinics for every district\n\n"
        "The Ministry of Health announced on Friday that it will build 3,000 rural clinics "
        "by 2028.\n\n"
        "The minister said this will cut waiting times for families.\n"
    )
    initiative = _initiative(text)
    assert initiative is not None
    assert [a.description for a in initiative.actions] == ["Build 3,000 rural clinics"]


def test_a_president_who_speaks_after_the_promise_decides():
    assert _deciders(PRESIDENT_PROMISE) == [("Kenya", "actor.office_holder")]


def test_an_office_holder_who_decides_and_promises_nothing_gives_no_initiative():
    chat = (
        "A pleasant evening\n\n"
        "Finance Minister Jo Tremblay says the weather was lovely at the summit and that he "
        "enjoyed the food.\n"
    )
    assert _initiative(chat) is None


def test_an_office_holder_s_opinion_of_others_gives_no_initiative():
    opinion = (
        "Markets wobble\n\n"
        "President Amina Odhiambo said prices rose in March and traders were worried.\n"
    )
    assert _initiative(opinion) is None


def test_rules_being_published_today_are_the_news_not_an_action():
    text = (
        "Packaging rules adopted\n\n"
        "The European Commission adopted new rules on packaging waste on Friday.\n\n"
        "The final rules enacting the ban are being published today.\n"
    )
    initiative = _initiative(text)
    assert initiative is not None
    assert initiative.actions == []


def test_a_goal_ministers_set_themselves_is_announced_and_undated():
    text = (
        "Border clinics for two countries\n\n"
        "The health ministers of Ghana and Togo have set themselves the goal of opening "
        "400 border clinics by 2029.\n"
    )
    initiative = _initiative(text)
    assert initiative is not None
    assert (initiative.status_rule, initiative.decided_on) == ("status.announced", None)
