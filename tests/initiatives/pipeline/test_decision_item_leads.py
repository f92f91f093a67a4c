"""A page of headed items whose opening decides nothing (a news round-up, a cabinet's
report of its meeting): the first item whose own first sentence reports a decision
without a day is the page's news, dated by its publication (a parameter, never the
clock). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 4, 20)


def _decide(text: str) -> Decision:
    return decision_of(text, PUBLISHED)


ROUND_UP = (
    "Around the Caribbean: 20 April\n\n"
    "Grenada's new ferry, Barbados schools and more.\n\n"
    "Grenada to buy a new ferry\n\n"
    "Grenada's government says a new ferry will enter service next year.\n\n"
    "The port authority says the old ferry will be sold.\n\n"
    "Barbados funds school repairs\n\n"
    "{item}\n\n"
    "The ministry says the work will be done by August.\n\n"
    "Belize looks at a sugar levy\n\n"
    "Belize is considering a levy on sugar exports."
)


def test_the_first_item_that_reports_a_decision_dates_a_round_up() -> None:
    text = ROUND_UP.format(
        item="The Barbados Cabinet has approved 12 million dollars for repairs at 40 schools."
    )
    decision = _decide(text)
    assert decision.decided_on == PUBLISHED
    assert decision.date_rule == "decided_on.item_lead"


def test_a_cabinet_report_s_item_dates_its_decisions() -> None:
    text = (
        "Cabinet report\n\n"
        "Cabinet Office\n\n"
        "Update from the regional meeting\n\n"
        "Ministers discussed fisheries with their neighbours.\n\n"
        "The region's secretariat will draft a protocol on catch reporting.\n\n"
        "A meeting of fisheries ministers is to be held in March.\n\n"
        "Road repairs\n\n"
        "Cabinet approved a contract of $40 million for the repair of 25 rural roads.\n\n"
        "Nurses' housing\n\n"
        "The housing agency has set aside 20 flats for nurses.\n\n"
        "Water\n\n"
        "The utility will replace 10 km of mains."
    )
    assert _decide(text).decided_on == PUBLISHED


def test_an_item_s_intention_or_background_does_not_date_the_page() -> None:
    text = ROUND_UP.format(
        item="Barbados plans to spend 12 million dollars on school repairs. The Cabinet "
        "approved the first grants in 2019."
    )
    assert _decide(text).decided_on is None


def test_a_page_with_few_headings_keeps_a_body_decision_undated() -> None:
    text = (
        "Draft rules on drones\n\n"
        "The ministry is drafting rules for drone flights over cities.\n\n"
        "Officials say the draft will be ready in June.\n\n"
        "Pilots will be asked for their views in May.\n\n"
        "Background\n\n"
        "The Cabinet has approved a drone strategy."
    )
    assert _decide(text).decided_on is None
