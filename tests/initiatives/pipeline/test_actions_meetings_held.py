"""A meeting held, scheduled or convened, an announcement made, or a promise to hold
someone to their word, is an event or a saying, not follow-up work; work in the same
text stays an action. See also test_actions_one_event.py."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

BANK = (
    "# Rate statement\n\n"
    "The Bank of Namibia announced its monetary policy stance on 3 March 2026.\n\n"
)
CITY = "# Street safety plan\n\nLakeport City Council adopted a street safety plan on 3 March 2026.\n\n"


def described(lead: str, paragraph: str) -> list[str]:
    return [a.description for a in published_actions(lead, paragraph)]


def test_an_extra_committee_meeting_is_no_action() -> None:
    # a central bank's statement
    assert (
        described(
            BANK, "The Bank of Namibia will hold an extra Monetary Policy Committee meeting in May."
        )
        == []
    )


def test_a_first_joint_steering_committee_is_no_action() -> None:
    # a UN agency's partnership note
    assert (
        described(
            BANK, "The bank and the agency will hold their first joint steering committee in June."
        )
        == []
    )


def test_meetings_scheduled_in_the_passive_are_no_action() -> None:
    # a civic news summary of a city meeting
    assert described(CITY, "The first neighbourhood meetings will be scheduled in April.") == []
    assert described(CITY, "A public hearing will be held in May.") == []


def test_an_announcement_to_be_made_is_no_action() -> None:
    # a wire story about a trade deal
    assert described(BANK, "The governor said a formal announcement would be made on Friday.") == []
    assert described(BANK, "The Bank of Namibia will make a statement on Friday.") == []


def test_holding_someone_to_their_word_is_no_action() -> None:
    # a member of parliament's reaction, quoted
    assert described(CITY, '"I will be holding the council to that," the member said.') == []


def test_a_series_of_meetings_and_real_work_stay_actions() -> None:
    assert described(
        CITY, "Lakeport City Council will hold regular meetings with residents this year."
    ) == ["Hold regular meetings with residents"]
    assert described(
        CITY,
        "Lakeport City Council will hold a public meeting in May. It will install 20 speed "
        "humps by July.",
    ) == ["Install 20 speed humps"]
