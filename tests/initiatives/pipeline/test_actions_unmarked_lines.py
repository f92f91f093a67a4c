"""Lines under a colon lead-in that a stored copy lost the bullets of ("Harbour Skills
Fund: 4,000 apprentices to be trained"): each labelled line is an item of the list, owned
by the lead-in's owner; the list ends at the first line that is no labelled line, and a
colon lead-in with a single such line gives nothing from it."""

from __future__ import annotations

from tests.initiatives.pipeline.published import quoted_actions

LEAD = (
    "# Coastal jobs\n\nThe Government of Norway announced a coastal jobs plan on 3 March 2026.\n\n"
)


def test_labelled_lines_after_a_lead_in_are_its_items() -> None:
    found = quoted_actions(
        LEAD + "The government's jobs plan includes:\n\n"
        "Harbour Skills Fund: 4,000 apprentices to be trained in boat repair\n"
        "Coastal Jobs Scheme: 1,500 placements in fish processing\n"
        "Ferry Crew Academy: 300 new deck officers\n\n"
        "## Funding\n\nThe plan was welcomed by unions.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("4,000 apprentices to be trained in boat repair", "Norway"),
        ("1,500 placements in fish processing", "Norway"),
        ("300 new deck officers", "Norway"),
    ]
    assert {a.rule for a in found} == {"action.listed_item"}


def test_one_labelled_line_or_a_plain_line_after_a_lead_in_gives_nothing() -> None:
    found = quoted_actions(
        LEAD + "The government's jobs plan includes:\n\n"
        "Harbour Skills Fund: 4,000 apprentices to be trained in boat repair\n\n"
        "The unions welcomed the plan and asked for more.\n"
    )
    assert found == []


def test_the_dated_target_before_the_lead_in_dates_its_lines() -> None:
    found = quoted_actions(
        LEAD + "The plan is to create 5,800 coastal jobs by the end of 2027. The breakdown of "
        "the plan includes:\n\n"
        "Harbour Skills Fund: 4,000 apprentices to be trained in boat repair\n"
        "Coastal Jobs Scheme: 1,500 placements in fish processing\n"
    )
    lines = [a for a in found if a.rule == "action.listed_item"]
    assert [(a.description, a.due.text if a.due else None) for a in lines] == [
        ("4,000 apprentices to be trained in boat repair", "by the end of 2027"),
        ("1,500 placements in fish processing", "by the end of 2027"),
    ]
