"""Promises joined to others, or hung on a document still to come.

Sentences written for these tests in the style of a trade ministerial's closing release,
a health assembly wire story, an agriculture minister's release and a written statement:
- "gave their commitment to continuing to advance…" is a commitment to advance;
- "…, with the final text presented in 2027" is a second, passive promise;
- "funds for X as well as funds for Y" are two grants;
- "the forthcoming White Paper must set out…" is the publishing government's work;
- a named head of government is the government of the country its adjective names.
"""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

TRADE = (
    "# Ministerial conference closes\n\n"
    "WTO members adopted three ministerial decisions on 3 March 2026.\n\n"
)
HEALTH = (
    "# Health assembly opens talks\n\n"
    "WHO member states agreed on 3 March 2026 to start talks on a vaccine accord.\n\n"
)
FARMING = (
    "# Flood package for farmers\n\n"
    "The Australian Government announced a flood package for farmers on 3 March 2026.\n\n"
)


def described(lead: str, paragraph: str) -> list[str]:
    return [a.description for a in published_actions(lead, paragraph)]


def test_a_commitment_to_continuing_to_do_something_is_a_promise() -> None:
    assert described(
        TRADE,
        "Ministers regretted the slow pace of the talks, and gave their commitment to "
        "continuing to advance the negotiations on food security.",
    ) == ["Continue to advance the negotiations on food security"]


def test_a_second_passive_promise_after_with_is_its_own_action() -> None:
    found = described(
        HEALTH,
        "A first draft will be presented to member states in 2026, with the final text "
        "presented for adoption at the 2028 assembly.",
    )
    assert found == [
        "Present a first draft to member states",
        "Present the final text for adoption",  # due at the 2028 assembly
    ]


def test_funds_for_one_thing_as_well_as_funds_for_another_are_two_grants() -> None:
    found = described(
        FARMING,
        "The Federal Government will provide grants for fencing and pasture repair as "
        "well as grants for rural counselling services.",
    )
    assert found == [
        "Provide grants for fencing and pasture repair",
        "Provide grants for rural counselling services",
    ]


def test_as_well_as_with_a_single_word_is_one_promise() -> None:
    assert described(FARMING, "The Federal Government will provide grants as well as loans.") == [
        "Provide grants as well as loans"
    ]


def test_work_a_forthcoming_paper_must_do_belongs_to_its_author() -> None:
    found = published_actions(
        FARMING,
        "The forthcoming Drought Resilience White Paper must set out new ways to fund "
        "on-farm water storage.",
    )
    assert [(a.description, a.owner) for a in found] == [
        (
            "Set out new ways to fund on-farm water storage in the forthcoming Drought "
            "Resilience White Paper",
            "Australia",
        )
    ]
    assert found[0].rule == "action.forthcoming_document"


def test_a_named_head_of_government_with_no_government_known_is_his_country() -> None:
    found = published_actions(
        "# Package outline\n\n",
        "Tokyo, Oct. 2 (Jiji Press)--Japanese Prime Minister Hana Sato will present an "
        "outline of the relief package on Friday, officials said.",
    )
    assert [(a.description, a.owner) for a in found][:1] == [
        ("Present an outline of the relief package", "Japan")
    ]


def test_two_deliverables_joined_by_and_are_two_promises() -> None:
    found = published_actions(
        "# Code for street works\n\n"
        "The UK government published a plan for street works on 3 March 2026.\n\n",
        "The Department for Transport will consult on the draft code and publish final "
        "guidance in the spring.",
    )
    assert [a.description for a in found] == [
        "Consult on the draft code",
        "Publish final guidance",
    ]
    assert found[1].due is not None and found[1].due.text == "in the spring"


def test_two_verbs_sharing_one_object_stay_one_promise() -> None:
    assert described(
        HEALTH, "Member states will monitor and assess vaccine stocks every year."
    ) == ["Monitor and assess vaccine stocks"]


def test_verbs_joined_inside_a_purpose_clause_stay_with_it() -> None:
    assert described(
        HEALTH, "Member states agreed to establish a body to draft and negotiate a treaty."
    ) == ["Establish a body to draft and negotiate a treaty"]
