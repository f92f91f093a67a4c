"""What is a follow-up and what only restates, describes or announces one.

Sentences written for these tests in the style of a leaders' statement, a resources
ministry release, a written ministerial statement and a wire story:
- "will see the Government target $200 million…" promises the body named after "see";
- "the comments will be used to shape…" is work; "the data will be used" is not;
- "we task ministers to produce this charter by year end" dates the charter promised
  before and is no second promise;
- money "being provided" now is the announcement itself, unless dated;
- "in accordance with…" says how, and a duty "under" a treaty in force is no follow-up.
"""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions, published_initiative

SUMMIT = (
    "# Leaders adopt a shipping charter\n\n"
    "The G7 leaders adopted a clean shipping statement on 3 March 2026.\n\n"
)
RESOURCES = (
    "# Strategy for rare earths released\n\n"
    "The Australian Government released the rare earths strategy on 3 March 2026.\n\n"
)
CANADA = (
    "# Consultation on settlement services launched\n\n"
    "The Government of Canada launched a consultation on settlement services on 3 March "
    "2026.\n\n"
)


def described(lead: str, paragraph: str) -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in published_actions(lead, paragraph)]


def test_will_see_a_body_do_work_is_that_bodys_promise() -> None:
    assert described(
        RESOURCES,
        "The first decision under the strategy will see the Government target $200 million "
        "of new lending to processing plants.",
    ) == [("Target $200 million of new lending to processing plants", "Australia")]


def test_will_see_prices_rise_is_no_promise() -> None:
    assert described(RESOURCES, "The strategy will see prices rise for a while.") == []


def test_used_to_shape_decisions_is_work_but_used_alone_is_not() -> None:
    assert described(
        CANADA,
        "The comments received will be used to shape the next settlement funding round.",
    ) == [("Use the comments received to shape the next settlement funding round", "Canada")]
    assert described(CANADA, "Personal information will be used responsibly.") == []


def test_a_task_to_produce_this_charter_dates_the_charter_promised_before() -> None:
    actions: list[ExtractedAction] = published_actions(
        SUMMIT,
        "'We will develop a charter for zero-emission shipping corridors with ports and "
        "industry. We task our transport ministers to produce this charter before the end "
        "of the year.'",
    )
    assert [a.description for a in actions] == [
        "Develop a charter for zero-emission shipping corridors with ports and industry"
    ]
    assert actions[0].due is not None and actions[0].due.text == "before the end of the year"
    assert actions[0].rule.endswith(".due_restated")


def test_a_different_task_on_this_charter_is_its_own_promise() -> None:
    actions = published_actions(
        SUMMIT,
        "'We will develop a charter for zero-emission shipping corridors. We will review "
        "this charter in 2028.'",
    )
    assert len(actions) == 2


def test_money_being_provided_now_is_the_announcement() -> None:
    assert described(CANADA, "$12 million in funding is being provided.") == []
    assert (
        described(
            CANADA, "The Government of Canada is providing $30 million to settlement agencies."
        )
        == []
    )


def test_money_provided_over_a_dated_period_is_a_follow_up() -> None:
    items = published_actions(
        CANADA, "$5 million is being provided to train 800 advisers over the next two years."
    )
    assert len(items) == 1 and items[0].due is not None


def test_how_promised_work_is_carried_out_is_no_new_promise() -> None:
    initiative = published_initiative(
        "# Cabinet submits its programme\n\n"
        "The Cabinet of Ministers of Ukraine adopted its programme on 3 March 2026.\n\n"
        '"The implementation of each priority will be carried out in accordance with '
        'programme goals and deadlines," the note says.\n',
        fmt="md",
    )
    assert initiative.actions == []


def test_a_duty_under_a_treaty_in_force_is_no_follow_up_but_a_new_law_is() -> None:
    assert (
        described(
            SUMMIT, "Under the Paris Agreement, governments are required to submit climate plans."
        )
        == []
    )
    items = described(
        SUMMIT, "Under the new charter, G7 members will be required to publish emissions data."
    )
    assert [d for d, _ in items] == ["Publish emissions data"]
