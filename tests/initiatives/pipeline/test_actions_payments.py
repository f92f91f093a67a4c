"""Money decided today and paid later is an action with the window of its payment; money
given now with no window is the announcement itself."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def found(text: str) -> list[ExtractedAction]:
    return published_initiative(text, fmt="md").actions


def rows(text: str) -> list[tuple[str, str | None, dt.date | None, dt.date | None]]:
    return [
        (a.description, a.owner, a.due and a.due.earliest, a.due and a.due.latest)
        for a in found(text)
    ]


def test_a_sum_allocated_today_is_due_when_the_next_sentence_says_it_arrives() -> None:
    assert rows(
        "# Shelters for frontline towns\n\nKYIV, 3 March 2026 – The Government of Ukraine "
        'decided on support for frontline communities. "Today we are allocating UAH 2.4 '
        "billion to repair schools and shelters in frontline communities. The money will "
        'reach the communities in April," the Prime Minister said.\n'
    ) == [
        (
            "Allocate UAH 2.4 billion to repair schools and shelters in frontline communities",
            "Ukraine",
            dt.date(2026, 4, 1),
            dt.date(2026, 4, 30),
        )
    ]


def test_a_sum_announced_over_years_from_a_government_is_that_governments() -> None:
    assert rows(
        "# Clean tech support\n\nThe Minister of Industry announced $14.2 million over four "
        "years from the Government of Canada for the Clean Tech Hub in Halifax on 3 March "
        "2026.\n"
    ) == [
        (
            "Provide $14.2 million for the Clean Tech Hub in Halifax",
            "Canada",
            dt.date(2026, 3, 3),
            dt.date(2030, 3, 3),
        )
    ]


def test_a_sum_being_provided_is_due_when_it_will_be_paid() -> None:
    paid = found(
        "# Bus grants\n\nThe UK Government announced on 3 March 2026 that it is providing "
        "£300 million to councils for bus services. The funding will be paid to councils "
        "in June.\n"
    )
    assert [(a.description, a.rule, a.due and a.due.text) for a in paid] == [
        (
            "Provide £300 million to councils for bus services",
            "action.payment.paid_later",
            "in June",
        )
    ]
    assert paid[0].evidence.quote.startswith("The UK Government announced on 3 March 2026")
