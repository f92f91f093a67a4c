"""Session 26 (precision): what a law, a set of implementing rules or a legislative package
"will" do is its contents or its effect, not work someone promised ("The IRR will pave
the way for…", "This package does two things. It will legislate a fund…"); the same
instrument in the passive ("The bill will be tabled next week") is its author's work and
stays. Sentences written for these tests, in a health ministry's, a prime minister's and a
wire's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import ActionRow, due_rows, text_actions

PUBLISHED = dt.date(2026, 5, 12)
TODAY = dt.date(2026, 8, 1)


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(text, today=TODAY, published=PUBLISHED))


def descriptions(text: str) -> list[str]:
    return [description for description, *_ in actions(text)]


def test_what_implementing_rules_will_do_is_their_contents() -> None:
    found = descriptions(
        "Press Release / 12 May 2026\n\nHealth Secretary Marisol Reyes of the Philippines "
        "today signed the implementing rules of the Rural Clinics Act. The IRR will pave "
        "the way for a clinic in every municipality. The Department of Health will open "
        "200 clinics by December 2026."
    )
    assert not [d for d in found if d.startswith("Pave")]
    assert [d for d in found if d.startswith("Open 200 clinics")]


def test_it_after_a_package_is_the_package_s_contents() -> None:
    found = descriptions(
        "Today the Government of New Zealand will introduce the Coastal Resilience Bill "
        "2026 to Parliament. This package does two main things. It will legislate a "
        "national adaptation fund and set out how councils apply for it."
    )
    assert not [d for d in found if d.startswith("Legislate")]
    assert [d for d in found if d.startswith("Introduce the Coastal Resilience Bill")]


def test_a_bill_in_the_passive_is_its_author_s_work() -> None:
    found = actions(
        "KUALA LUMPUR, May 12 (Straitswire) - Malaysia's cabinet approved a draft ride-hailing "
        "law on Tuesday. The bill will be tabled in Parliament in July, the transport "
        "minister said."
    )
    assert [(d, due) for d, _, due, _ in found if d.startswith("Table")] == [
        ("Table the bill in Parliament", dt.date(2026, 7, 31))
    ]
