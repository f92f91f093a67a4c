"""What a rule requires a notice or plan to hold is no list of actions: a reader follows
the rule and its deadline, not "describe the nature", "describe the inputs", …"""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions


def test_it_takes_no_item_of_a_required_notice_for_an_action() -> None:
    found = published_actions(
        "# Supply disruption rule\n\nThe European Commission proposed a regulation on supply "
        "disruptions on 3 March 2026.\n\n",
        "Under the proposal, a company will have to describe the nature and scope of the "
        "disruption, the inputs or suppliers affected and the expected duration. The "
        "Commission will review the rule by 2029.",
    )
    assert [(a.description, a.owner) for a in found] == [("Review the rule", "European Commission")]


def test_it_takes_no_contents_a_plan_must_include_but_keeps_the_plans_deadline() -> None:
    found = published_actions(
        "# Storm overflow plans\n\nThe Environment Agency announced new rules for water "
        "firms on 3 March 2026.\n\n",
        "Each water company must include in its plan the number of outflows, the cost of "
        "upgrades and the sites affected. Water companies must publish their plans by "
        "1 October 2026.",
    )
    assert [
        (a.description, a.due and a.due.latest and a.due.latest.isoformat()) for a in found
    ] == [("Publish their plans", "2026-10-01")]


def test_it_takes_no_disclosures_firms_will_be_required_to_make() -> None:
    found = published_actions(
        "# Fair prices duty\n\nThe Financial Conduct Authority announced a new duty on "
        "3 March 2026.\n\n",
        "Firms will be required to explain how they set prices and list the fees they charge.",
    )
    assert found == []


def test_it_keeps_a_duty_to_describe_that_has_its_own_deadline() -> None:
    found = published_actions(
        "# Grid plans\n\nThe energy regulator announced new rules on 3 March 2026.\n\n",
        "Each operator must include its queue, its costs and its substations. Network "
        "operators must describe their connection plans by 30 June 2027.",
    )
    assert [a.description for a in found] == ["Describe their connection plans"]
