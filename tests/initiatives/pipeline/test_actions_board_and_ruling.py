"""A board or council that will consider a request gives its agenda, not work; a body's
first word on a court ruling ("will study the judgment") is no promise, nor is an adopted
act's entry into force counted from its publication. What the same body undertakes, and
a government's dated promise to bring rules into force, stay actions."""

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


COUNCIL = (
    "# Council adopts rules on cross-border waste shipments\n\n"
    "The Council of the EU adopted the regulation on 3 March 2026.\n\n"
)


def test_an_acts_entry_into_force_after_its_publication_is_no_action() -> None:
    # an EU Council press release's closing boilerplate
    assert (
        described(
            COUNCIL,
            "The regulation will enter into force on the twentieth day following its publication "
            "in the Official Journal.",
        )
        == []
    )


def test_a_government_bringing_rules_into_force_by_a_date_still_promises_it() -> None:
    # a national ministry's release: the date is the government's own promise
    found = published_actions(
        "# New permit rules\n\nThe Finnish Government announced new permit rules on "
        "3 March 2026.\n\n",
        "The new permit rules are expected to take effect by January 2027.\n",
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Bring the new permit rules into force", "by January 2027")
    ]
