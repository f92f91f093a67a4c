"""Deadlines given once for several promises, or in a timetable: a sentence dating the
bullet list beside it, a timetable line pairing a date with a task, and "tomorrow" or
"later today" counted from the day the text speaks."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def rows(found: list[ExtractedAction]) -> list[tuple[str, str | None, str]]:
    return [(a.description, a.due.text if a.due else None, a.rule) for a in found]


def test_a_deadline_sentence_after_a_list_dates_every_change_listed() -> None:
    found = actions(
        "# New rules for landlords\n\nThe UK Government announced new rules for landlords "
        "on 3 March 2027. The changes are:\n\n"
        "- raising the minimum energy rating to C\n"
        "- capping deposits at four weeks' rent\n\n"
        "These changes will take effect on 1 October 2028.\n",
        "https://www.gov.uk/government/news/landlords",
    )
    assert rows(found) == [
        (
            "Raise the minimum energy rating to C",
            "on 1 October 2028",
            "action.gerund_line.due_list",
        ),
        ("Cap deposits at four weeks' rent", "on 1 October 2028", "action.gerund_line.due_list"),
    ]
    assert found[0].due is not None and str(found[0].due.latest) == "2028-10-01"


def test_a_deadline_sentence_ending_in_a_colon_dates_the_list_after_it() -> None:
    found = actions(
        "# Pension changes\n\nThe Government of Canada announced pension changes on "
        "3 March 2027.\n\nThese measures will be in place by 1 January 2029:\n\n"
        "- raising the earnings ceiling\n"
        "- extending survivor benefits to common-law partners\n",
        "https://www.canada.ca/en/employment-social-development/news/2027/03/pensions.html",
    )
    assert [due for _, due, _ in rows(found)] == ["by 1 January 2029", "by 1 January 2029"]


def test_a_regulators_timetable_lines_are_its_dated_actions() -> None:
    found = actions(
        "# Ofwat sets out price review timetable\n\nOfwat published its timetable for the "
        "2029 price review on 4 February 2027.\n\nTimetable:\n\n"
        "- Spring 2027 – publish the final methodology\n"
        "- Autumn 2027 – consult on draft determinations\n"
        "- Q1 2028 | Publish final determinations\n",
        "https://www.ofwat.gov.uk/publication/pr29-timetable/",
    )
    assert rows(found) == [
        ("Publish the final methodology", "Spring 2027", "action.timetable_line"),
        ("Consult on draft determinations", "Autumn 2027", "action.timetable_line"),
        ("Publish final determinations", "Q1 2028", "action.timetable_line"),
    ]
    assert {a.owner for a in found} == {"Ofwat"}


def test_tomorrow_and_later_today_date_a_promise_from_the_day_it_is_made() -> None:
    found = actions(
        "# Water plan\n\nThe UK Government announced a water plan on 4 March 2026. The "
        "Environment Agency will publish the draft rules tomorrow. The minister will set "
        "out the delivery plan later today.\n",
        "https://www.gov.uk/government/news/water-plan",
    )
    assert [(a.description, str(a.due.latest) if a.due else None) for a in found] == [
        ("Publish the draft rules", "2026-03-05"),
        ("Set out the delivery plan", "2026-03-04"),
    ]
