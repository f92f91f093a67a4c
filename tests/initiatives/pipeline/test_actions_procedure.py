"""How to take part is no promise: a consultation that closes, a request a body must
receive, comments sent in, a sitting opened. The work a body undertakes in the same text
stays."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# River quality consultation\n\nThe Department for Environment launched a consultation "
    "on river quality targets on 3 March 2026.\n\n"
)


def described(paragraph: str) -> list[str]:
    return [a.description for a in published_actions(LEAD, paragraph)]


def test_it_takes_no_closing_of_a_consultation_or_comment_period_for_a_promise() -> None:
    assert (
        described(
            "The consultation will close on 28 April 2026. The comment period will now close "
            "on 2 June. The call for evidence ends on 30 May."
        )
        == []
    )


def test_it_takes_no_request_a_body_must_receive_for_its_promise() -> None:
    assert (
        described(
            "The Department must receive your comments by 28 April 2026. The agency must "
            "receive this request by 26 May 2026."
        )
        == []
    )


def test_it_takes_no_sitting_opened_by_a_speaker_for_a_promise() -> None:
    assert described('The chair said: "We are starting a regular session of the board."') == []


def test_it_keeps_the_work_a_body_undertakes_beside_the_procedure() -> None:
    found = published_actions(
        LEAD,
        "The consultation will close on 28 April 2026. The Department will publish its "
        "response by September 2026 and will hold a second consultation on bathing waters.",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Publish its response", "Department for Environment"),
        ("Hold a second consultation on bathing waters", "Department for Environment"),
    ]


def test_it_keeps_a_fund_opened_a_scheme_extended_and_requests_for_funding() -> None:
    found: list[ExtractedAction] = published_actions(
        LEAD,
        "Comments must be submitted by 28 April 2026, and the consultation will close on "
        "that day. The Department will open the river restoration fund in May 2026 and "
        "extend the farm grants scheme to 2028. Water companies must submit their requests "
        "for funding by 30 June 2026.",
    )
    assert [a.description for a in found] == [
        "Open the river restoration fund",
        "Extend the farm grants scheme to 2028",
        "Submit their requests for funding",
    ]
