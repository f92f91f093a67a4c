"""The industries "of tomorrow" are a kind of industry; "tomorrow" alone is a day."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Battery plants\n\nThe Government of Canada announced new support for battery "
    "plants on 3 March 2026.\n\n"
)


def test_it_dates_nothing_by_the_industries_of_tomorrow() -> None:
    found = published_actions(
        LEAD,
        "Ottawa will invest in the industries of tomorrow. The minister will sign the deal tomorrow.",
    )
    assert [(a.description, a.due and a.due.text) for a in found] == [
        ("Invest in the industries of tomorrow", None),
        ("Sign the deal", "tomorrow"),
    ]
