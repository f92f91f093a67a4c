"""A board or council that will consider a request gives its agenda, not work; a body's
first word on a court ruling ("will study the judgment") is no promise. What the same
body undertakes stays an action."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

FUND = (
    "# Staff-level agreement reached\n\n"
    "The International Monetary Fund reached a staff-level agreement with Lesotho on "
    "3 March 2026.\n\n"
)
NEWSROOM = (
    "# Statement on the General Court's judgment\n\n"
    "The European Commission announced on 3 March 2026 that it took note of the judgment.\n\n"
)


def described(lead: str, paragraph: str) -> list[str]:
    return [a.description for a in published_actions(lead, paragraph)]


def test_a_board_that_will_consider_a_request_gives_no_action() -> None:
    # an IMF press release: the Executive Board's approval is a step of procedure
    assert (
        described(FUND, "The Executive Board is expected to consider the request in late April.")
        == []
    )
    assert described(FUND, "The Council will consider the proposal at its next meeting.") == []


def test_studying_a_judgment_is_no_action() -> None:
    # a European Commission reaction to a court ruling
    assert (
        described(
            NEWSROOM,
            "The Commission will carefully study the judgment and reflect on possible next steps.",
        )
        == []
    )
    assert described(NEWSROOM, "The ministry will analyse the ruling.") == []


def test_work_beside_them_stays_an_action() -> None:
    assert described(
        FUND,
        "The Executive Board will consider the request in April. Lesotho will publish an "
        "audit of its arrears by June 2026.",
    ) == ["Publish an audit of its arrears"]
