"""A lead that reports a saying of an intention with a time ahead ("said on Monday it
would open ten clinics next year") gives the day of the saying, not of a decision: no
decision day. A saying of a decision with no time ahead, an act reported as done, or an
announcement keeps its day. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.decision_intention import reports_intention
from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import PUBLISHED as PUBLICATION_DAY
from tests.initiatives.pipeline.published import decision_of, published_initiative

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # The saying frame after the intention, a year ahead.
        "LIMA (Wire) - Peru's water agency will line 400 km of irrigation canals by 2029, "
        "the agriculture minister said on Wednesday.",
        # The saying frame first, "this year".
        "VALLETTA (Wire) - Malta's port authority said on Tuesday it would dredge the "
        "Grand Harbour channel this year and add two cruise berths by 2028.",
        # A plan, not a will: "plans to", "before the end of the year".
        "OSLO (Wire) - Norway's foreign ministry said on Monday it plans to ratify the "
        "fisheries accord before the end of the year.",
        # "said today", "by 2029".
        "Clinics\n\nThe health agency will build four rural clinics in the hill districts "
        "by 2029, its director said today.",
        # "said Tuesday", a step before parliament "in May".
        "Ottawa, March 11 (Wire)--The federal government will table a housing package in "
        "May, Finance Minister Jane Doe said Tuesday.",
        # "told reporters", "in June".
        "The city council will adopt the cycling budget in June, the mayor told "
        "reporters on Wednesday.",
    ],
)
def test_a_saying_of_an_intention_with_a_time_ahead_has_no_day(text: str) -> None:
    assert _decide(text).decided_on is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # No time ahead: the saying reports the decision itself.
        (
            "RIGA (Wire) - Latvia's rail operator said on Tuesday it would buy 30 electric "
            "trains from a Spanish maker.",
            dt.date(2027, 3, 9),
        ),
        # A measure in force from a day is decided, not intended.
        (
            "ROME (Wire) - Italy will charge a levy on short-haul flights from May 1, the "
            "transport minister said on Tuesday.",
            dt.date(2027, 3, 9),
        ),
        # An act done before the intention is the sentence's news.
        (
            "BRUSSELS (Wire) - EU ministers adopted a packaging regulation on Monday and "
            "member states will transpose it by 2028, officials said.",
            dt.date(2027, 3, 8),
        ),
        (
            "Estonia signed a defence pact with Finland on Monday that both will ratify by "
            "June, officials said.",
            dt.date(2027, 3, 8),
        ),
        # An announcement is an act, whatever it says is to come.
        (
            "The two universities will jointly run a marine research station from 2028, "
            "the partners announced on Wednesday.",
            dt.date(2027, 3, 10),
        ),
        # An act done, with a future of its own beside it.
        (
            "The Ministry of Fisheries adopted on Wednesday a quota plan that will cut "
            "catches by 2030, a spokesman said.",
            dt.date(2027, 3, 10),
        ),
    ],
)
def test_a_decision_said_or_done_keeps_its_day(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_the_rule_reads_structure_not_words() -> None:
    # Any subject, any verb: the frame, the intention and the time ahead decide.
    said = "The guild said it will rewrite its safety code by the autumn."
    assert reports_intention(said, 0, len(said))
    # An act reported as done is no intention, though a future stands beside it.
    done = "The guild said it has approved a safety code, which will apply from 2028."
    assert not reports_intention(done, 0, len(done))
    # A "will" of a relative clause is what a plan would do, not what is said to come.
    relative = "The board said on Monday it chose a plan that will end in 2030."
    assert not reports_intention(relative, 0, len(relative))
    # No saying frame: an intention stated by the publisher is for other rules.
    plain = "The agency will open ten clinics by 2028."
    assert not reports_intention(plain, 0, len(plain))


def _published(text: str) -> dt.date | None:
    return published_initiative(text, fmt="md").decided_on


@pytest.mark.parametrize(
    "text",
    [
        "# Harbour dues\n\nThe Port Authority of Tarragona plans to cut harbour dues for "
        "electric ferries and wants the new tariff in force by January 2028.\n",
        "# Rail\n\nThe Government of Canada's rail freight strategy, to be released in the "
        "autumn, will set out how it plans to move more grain by rail.\n",
    ],
)
def test_an_intention_in_the_lead_takes_no_publication_day(text: str) -> None:
    assert _published(text) is None


def test_an_act_in_the_lead_takes_the_publication_day() -> None:
    text = (
        "# Harbour dues\n\nThe Port Authority of Tarragona has unveiled a plan to cut "
        "harbour dues for electric ferries by January 2028.\n"
    )
    assert _published(text) == PUBLICATION_DAY
