"""A list of what a tabled bill holds is what a parliament is asked to pass, not work of
its sponsor: "The reforms in the Bill include:" then its provisions give no actions, while
the promise to bring the bill on, and a funding bill's sums, stay."""

from __future__ import annotations

from tests.initiatives.pipeline.published import quoted_actions

STATEMENT = (
    "# Faster tribunal hearings\n\n"
    "The Australian Government announced on 2 March 2026 that it had tabled a bill in the "
    "House of Representatives.\n\n"
)


def described(text: str) -> list[str]:
    return [a.description for a in quoted_actions(text)]


def test_a_bills_provisions_are_no_actions() -> None:
    # an attorney-general's media statement
    found = described(
        STATEMENT + "The changes in the Bill include:\n\n"
        "- allowing tenancy disputes under $5,000 to be decided on the papers;\n"
        "- giving members the power to dismiss vexatious claims;\n"
        "- new rules for interpreters at hearings.\n\n"
        "The Government will bring the Bill on for debate in the May sitting.\n"
    )
    # "in the May sitting" is the promise's deadline (May), not part of what is done
    assert found == ["Bring the Bill on for debate"]


def test_a_draft_laws_measures_are_no_actions() -> None:
    # a national ministry's news item on a draft law sent to parliament
    found = described(
        "# Draft law on short-term rentals\n\nThe Ministry of Housing of Portugal announced "
        "on 2 March 2026 that the cabinet had approved a draft law.\n\n"
        "The draft law will:\n\n"
        "- cap short-term rental licences in city centres;\n"
        "- require platforms to share booking data with councils.\n"
    )
    assert found == []


def test_a_dated_item_and_a_funding_bills_sums_stay_actions() -> None:
    found = described(
        STATEMENT + "The Bill will:\n\n"
        "- set up a new online filing service by July 2027.\n\n"
        "The appropriations bill includes:\n\n"
        "- $40 million to hire 60 more tribunal members.\n"
    )
    assert found == [
        "Set up a new online filing service",
        "Provide $40 million to hire 60 more tribunal members",
    ]
