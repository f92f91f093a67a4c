"""Who owns a promise when the text gives the work to someone else, or reports another
body's own pledge.

Sentences written for these tests in the style of a UK department's news story and a
wire report on a trade deal: the body asked to act owns the work ("asked Ofwat to");
a call on someone is no promise; a named company or trade body keeps its own pledge even
when its name holds a country ("Water UK"); the agent of a passive owns it even when the
tables do not know it ("ratified by both parliaments").
"""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

WATER = (
    "# Water resilience plan\n\n"
    "The UK government published its water resilience plan on 3 March 2026.\n\n"
)
GOV_UK = "https://www.gov.uk/government/news/water-resilience-plan"
DEAL = (
    "# Trade deal reached\n\n"
    "OTTAWA (Reuters) - Canada and Mexico agreed a trade deal on Tuesday, 3 March 2026.\n\n"
)


def found(lead: str, paragraph: str, url: str = "") -> list[ExtractedAction]:
    return published_initiative(lead + paragraph + "\n", url=url, fmt="md").actions


def owned(lead: str, paragraph: str, url: str = "") -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in found(lead, paragraph, url)]


def test_the_body_asked_to_act_owns_the_work() -> None:
    items = found(WATER, "Ministers have asked the water regulator to review bill caps.", GOV_UK)
    assert [(a.description, a.owner, a.rule) for a in items] == [
        ("Review bill caps", "Water regulator", "action.tasked")
    ]


def test_a_call_on_another_body_is_no_promise() -> None:
    assert owned(WATER, "The minister has called on water companies to publish leak data.") == []


def test_a_trade_body_named_after_a_country_keeps_its_own_pledge() -> None:
    assert owned(
        WATER, "Water UK pledged to invest £8 billion in new reservoirs by 2030.", GOV_UK
    ) == [("Invest £8 billion in new reservoirs", "Water UK")]


def test_a_company_the_text_calls_a_company_owns_its_promise() -> None:
    assert owned(
        WATER, "Severn Valley Water will install 200,000 smart meters by 2029, the company said."
    ) == [("Install 200,000 smart meters", "Severn Valley Water")]


def test_an_unknown_agent_of_a_passive_owns_it() -> None:
    items = found(DEAL, "The agreement is expected to be ratified by both parliaments next year.")
    assert [(a.description, a.owner) for a in items] == [("Ratify the agreement", "Parliaments")]
    assert items[0].due is not None and items[0].due.text == "next year"


def test_a_deadline_inside_a_possessive_stays_in_the_description() -> None:
    items = found(
        "# Leaders' statement\n\nG7 leaders adopted a statement on food on 3 March 2026.\n\n",
        "We will report on progress at next year's summit.",
    )
    assert [a.description for a in items] == ["Report on progress at next year's summit"]


def test_a_quoted_promise_by_a_trade_body_is_the_trade_bodys() -> None:
    assert owned(
        WATER,
        "“We will cap bills for struggling households,” said Water UK chief executive Sam Reed.",
        GOV_UK,
    ) == [("Cap bills for struggling households", "Water UK")]


def test_a_quoted_promise_by_a_minister_is_the_governments() -> None:
    assert owned(
        WATER,
        "“We will publish the reservoir plan before the summer,” said UK Environment "
        "Secretary Sam Reed.",
        GOV_UK,
    ) == [("Publish the reservoir plan", "United Kingdom")]
