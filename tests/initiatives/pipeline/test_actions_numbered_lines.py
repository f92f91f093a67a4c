"""Tasks numbered inside one line ("(1) …, (2) …"), circled numbers a copy turned into
question marks ("??Widening …"), and a summary box of "To" + verb lines, as real action
plan pages give them: each item is a task of the text's own body, named as the text names
it ("the Ministry of Coastal Affairs announced…"). Past results, places and a reader's
"To apply, visit…" give nothing."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, quoted_actions

LEAD = (
    "# Coastal towns\n\nThe Ministry of Coastal Affairs and Fisheries announced its 2027 work "
    "plan on 3 March 2026.\n\n"
)


def test_each_numbered_item_of_a_line_is_a_task_of_the_text_s_body() -> None:
    found = quoted_actions(
        LEAD + "## Revive harbour towns\n\n- (1) Dredge the silted fishing harbours, (2) "
        "steadily reopen the closed ferry routes, (3) sift through the old mooring leases by "
        "2028\n"
    )
    owner = "Ministry of Coastal Affairs and Fisheries"
    assert action_rows(found) == [
        ("Dredge the silted fishing harbours", owner, None, "action.numbered_item"),
        ("Reopen the closed ferry routes", owner, None, "action.numbered_item"),
        ("Sift through the old mooring leases", owner, "by 2028", "action.numbered_item"),
    ]


def test_question_marks_left_by_lost_circled_numbers_part_the_items() -> None:
    found = quoted_actions(
        LEAD + "1. Harbour renewal ? ??Dredging the silted fishing harbours, ??Reopening "
        "the closed ferry routes, ??Modernising the fish market halls\n"
    )
    assert [a.description for a in found] == [
        "Dredge the silted fishing harbours",
        "Reopening the closed ferry routes",
        "Modernise the fish market halls",
    ]
    assert {a.rule for a in found} == {"action.numbered_item"}


def test_a_summary_box_of_infinitive_lines_gives_one_task_a_line() -> None:
    found = quoted_actions(
        LEAD + "To open a register of coastal landlords by 2027\n\n"
        "To draw up a plan for storm shelters in every port\n\n"
        "The minister presented the plan to the press.\n"
    )
    assert [(a.description, a.due.text if a.due else None, a.rule) for a in found] == [
        ("Open a register of coastal landlords", "by 2027", "action.summary_infinitive"),
        ("Draw up a plan for storm shelters in every port", None, "action.summary_infinitive"),
    ]
    assert {a.owner for a in found} == {"Ministry of Coastal Affairs and Fisheries"}


def test_a_reader_s_infinitive_results_and_places_are_no_tasks() -> None:
    found = quoted_actions(
        LEAD + "The ministry will publish the plan in April 2026.\n\n"
        "To apply for a mooring grant, visit the ministry's website.\n\n"
        "To read the plan, see the annex.\n\n"
        "- Achievements so far: (1) dredged three harbours, (2) reopened two ferry routes\n"
        "- Ports covered: (1) Port Ellen, (2) Tarbert, (3) Stornoway\n"
    )
    assert [a.description for a in found] == ["Publish the plan"]


def test_a_summary_line_s_to_is_no_owner() -> None:
    found = quoted_actions(
        LEAD + "To aim to open 30 harbour clinics and be ranked first in Europe for ferry "
        "safety by 2029\n\nThe plan was presented today.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        (
            "Open 30 harbour clinics and be ranked first in Europe for ferry safety",
            "Ministry of Coastal Affairs and Fisheries",
        )
    ]
