"""A pledge of one sum told twice, in the lead and again in a minister's words, is one
action; equal sums for different ends, or two sums of one size in one sentence, stay two."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import published_initiative


def rows(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    found = published_initiative(text).actions
    for action in found:
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
    return [(a.description, a.owner, a.due.latest if a.due else None) for a in found]


def test_a_sum_pledged_in_the_lead_and_again_in_a_quote_is_one_action() -> None:
    got = rows(
        "Kyiv, 4 March - The Cabinet of Ministers of Ukraine will allocate UAH 9.6 billion to "
        "rebuild rural schools in 2027.\n\n"
        '"We will spend UAH 9.6 billion to rebuild our schools," Prime Minister Denys '
        "Shmyhal said at a government meeting.\n"
    )
    assert [(d, due) for d, _owner, due in got] == [
        ("Allocate UAH 9.6 billion to rebuild rural schools", dt.date(2027, 12, 31))
    ]


def test_a_sum_told_in_the_lead_and_by_the_minister_keeps_the_later_deadline() -> None:
    got = rows(
        "New Delhi, 4 March - The Government of India will spend ₹2.4 lakh crore on the "
        "rural water scheme.\n\n"
        "As per the minister, the Government of India will spend ₹2.4 lakh crore on the "
        "five-year water scheme by 2030.\n"
    )
    assert got == [
        ("Spend ₹2.4 lakh crore on the rural water scheme", "India", dt.date(2030, 12, 31))
    ]


def test_equal_sums_for_different_ends_are_two_actions() -> None:
    got = rows(
        "Dublin, 4 March - The Government of Ireland will provide €5 million to resurface "
        "county roads.\n\n"
        "The Government of Ireland will also provide €5 million to insulate primary "
        "schools.\n"
    )
    assert [d for d, _owner, _due in got] == [
        "Provide €5 million to resurface county roads",
        "Provide €5 million to insulate primary schools",
    ]
