"""What a named speaker says someone else must or should do is a demand, not a promise:
a union, a professional body or the opposition reacting to an announcement. A body
saying what it must do itself stays a promise."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Weekend courts to cut backlog\n\n"
    "The Scottish Government announced weekend court sittings on 3 March 2026.\n\n"
)


def described(paragraph: str) -> list[str]:
    return [a.description for a in published_actions(LEAD, paragraph)]


def test_a_professional_bodys_must_for_others_is_no_action() -> None:
    # a radio station's story: the reactions of the profession
    assert (
        described("The Faculty of Advocates said ministers must raise legal aid fees first.") == []
    )


def test_the_oppositions_should_is_no_action() -> None:
    assert (
        described(
            "Opposition justice spokeswoman Ailsa Brodie said the Scottish Government should "
            "now fund a full recovery plan."
        )
        == []
    )


def test_a_unions_demand_after_a_welcome_is_no_action() -> None:
    # a local news site: "welcome, but …"
    assert (
        described(
            "The court staff union said the pilot was welcome but that ministers must fund "
            "more security officers."
        )
        == []
    )


def test_a_body_saying_what_it_must_do_itself_stays_a_promise() -> None:
    assert described(
        "The Scottish Courts and Tribunals Service said it must recruit 60 clerks by January 2027."
    ) == ["Recruit 60 clerks"]
