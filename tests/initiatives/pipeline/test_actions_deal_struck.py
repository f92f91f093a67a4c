"""A decision told as the deal struck: "members reached an agreement to end fishing
subsidies by 2030", "the agency had concluded arrangements to start deliveries in May".
The work after "to" is the parties' action, dated by its own deadline; an agreement on
something ("reached an agreement on tariffs") or one to be struck later promises none."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str) -> list[ExtractedAction]:
    found = published_initiative(text).actions
    for action in found:
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
    return found


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, dt.date | None]]:
    return [(a.description, a.owner, a.due.latest if a.due else None) for a in found]


def test_it_reads_the_work_of_an_agreement_reached_by_members() -> None:
    found = actions(
        "Trade ministers end their meeting in Geneva\n\n"
        "After four days of talks, the members of the WTO reached an agreement to phase out "
        "fishing subsidies by the end of 2030.\n"
    )
    assert rows(found) == [("Phase out fishing subsidies", "WTO", dt.date(2030, 12, 31))]


def test_it_reads_arrangements_concluded_by_an_agency_in_a_wire_report() -> None:
    found = actions(
        "Seeds for returning farmers\n\n"
        "A spokeswoman for the FAO said the agency had concluded arrangements to start the "
        "distribution of seed packs in May.\n"
    )
    assert rows(found) == [
        (
            "Start the distribution of seed packs",
            "Food and Agriculture Organization",
            dt.date(2026, 5, 31),
        )
    ]


def test_it_reads_a_deal_struck_by_a_government() -> None:
    found = actions(
        "Ports deal\n\n"
        "The ministry announced that the Government of Kenya has struck a deal to build two "
        "new berths at Mombasa port by 2028.\n"
    )
    assert [(a.description, a.due.latest if a.due else None) for a in found] == [
        ("Build two new berths at Mombasa port", dt.date(2028, 12, 31))
    ]


def test_an_agreement_on_a_subject_or_one_still_sought_promises_no_work() -> None:
    text = (
        "Talks resume\n\n"
        "The European Commission said the two sides reached an agreement on tariffs last year. "
        "The Commission hopes to reach a deal with Mercosur soon.\n"
    )
    found = published_initiative(text).actions
    assert [a.description for a in found] == []
