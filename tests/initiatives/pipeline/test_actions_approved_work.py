"""A decision that names the work it approves: as a noun ("approved the construction of
a rail line"), as a gerund ("approved building 30,000 homes by 2029") or as a dated
proposal ("adopted the proposal to strengthen border controls by 2028")."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import action_rows, published_initiative


def actions(text: str, url: str) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_a_cabinet_approving_construction_and_building_as_its_work() -> None:
    found = actions(
        "# Cabinet approves new railway line\n\nThe Union Cabinet chaired by the Prime "
        "Minister on 12 March 2027 approved the construction of a new railway line between Pune and "
        "Nashik. The Cabinet also approved building 30,000 rural homes by 2029.\n",
        "https://pib.gov.in/PressReleasePage.aspx?PRID=2027",
    )
    assert [(a.description, a.due.text if a.due else None, a.rule) for a in found] == [
        ("Construction of a new railway line between Pune and Nashik", None,
         "action.nominal_task"),
        ("Build 30,000 rural homes", "by 2029", "action.approved_work"),
    ]  # fmt: skip
    assert found[1].evidence.quote.startswith("The Cabinet also approved building")
    assert found[0].owner == "Union Cabinet"  # not the "Union" of Europe, nor its chair


def test_it_reads_the_rollout_approved_by_a_ministry() -> None:
    found = actions(
        "# Smart meters\n\nThe Department for Energy approved the rollout of smart meters "
        "to every home on 2 February 2027.\n",
        "https://www.gov.uk/government/news/smart-meters",
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Rollout of smart meters to every home", "action.nominal_task")
    ]


def test_it_reads_a_dated_proposal_adopted_by_the_council_as_the_councils_promise() -> None:
    found = actions(
        "# Council adopts border package\n\nOn 10 May 2027 the Council adopted the "
        "Commission's proposal to strengthen external border controls by 2028.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2027/05/10/border/",
    )
    assert action_rows(found) == [
        ("Strengthen external border controls", "Council of the EU", "by 2028",
         "action.approved_plan"),
    ]  # fmt: skip


def test_it_takes_no_promise_from_an_undated_proposal_nor_an_approved_agreement() -> None:
    found = actions(
        "# Council adopts rules\n\nOn 10 May 2027 the Council adopted a regulation to "
        "improve product safety. The Council approved the agreement of 3 May.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2027/05/10/safety/",
    )
    assert found == []
