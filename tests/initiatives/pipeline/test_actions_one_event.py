"""One event a body will hold, host or go to is a milestone, not follow-up work: a
webinar, a workshop, a hearing, a trip to a capital. A series of them, and work
in the next sentence, stay actions.

Sentences written for these tests in the style of an agency's funding notice and a
foreign ministry's news item.
"""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

NOTICE = (
    "# Water grants open\n\n"
    "The U.S. Environmental Protection Agency launched a programme for rural water "
    "systems on 3 March 2026.\n\n"
)


def described(paragraph: str) -> list[str]:
    return [a.description for a in published_actions(NOTICE, paragraph)]


def test_a_webinar_on_a_day_is_no_action() -> None:
    assert described("The agency will host an information webinar for applicants on 9 April.") == []


def test_a_public_hearing_in_a_month_is_no_action() -> None:
    assert described("EPA will hold a public hearing in May.") == []


def test_a_trip_to_a_capital_is_no_action() -> None:
    assert described("The Administrator will visit Ottawa in the autumn.") == []


def test_work_in_the_next_sentence_stays_an_action() -> None:
    assert described(
        "EPA will hold a stakeholder workshop in May. It will publish the selected projects by July."
    ) == ["Publish the selected projects"]


def test_a_series_of_workshops_is_work() -> None:
    assert described("EPA will hold regional workshops for small utilities this year.") != []
