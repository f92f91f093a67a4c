"""A budget's measures listed under a funding header are promises of the government
whose budget it is, each with its quote: a sum and its purpose, a gerund, or a count of
staff or things funded. The government is the one the text names as presenting the
budget, even when no table knows it. Lists of what was done, or of places, give none."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import action_rows, quoted_actions

STATE_RELEASE = (
    "# Budget boosts rural schools\n\n"
    "The Queensland Government's 2026-27 Budget will invest $310 million in rural and remote "
    "schools, Education Minister Dana Whitfield announced today.\n\n"
    "The 2026-27 Budget builds on this by:\n\n"
    "- $96 million to build teacher housing in western towns;\n"
    "- upgrading air-conditioning in 140 state schools by December 2027;\n"
    "- an extra 180 teacher aides for remote classrooms over the next three years.\n\n"
    "In 2025-26, the Government opened four new schools and hired 900 teachers.\n"
)


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return action_rows(quoted_actions(text))


def described(found: list[ExtractedAction]) -> list[str]:
    return [a.description for a in found]


def test_a_state_budgets_bullets_are_its_governments_promises() -> None:
    found = quoted_actions(STATE_RELEASE)
    listed = [a for a in found if "teacher" in a.description or "air-" in a.description]
    assert [(r[0], r[1], r[2]) for r in action_rows(listed)] == [
        # a measure with no date of its own is due in the budget's year
        ("Provide $96 million to build teacher housing in western towns",
         "Queensland Government", "2026-27"),
        ("Upgrade air-conditioning in 140 state schools", "Queensland Government",
         "by December 2027"),
        ("An extra 180 teacher aides for remote classrooms", "Queensland Government",
         "over the next three years"),
    ]  # fmt: skip


def test_what_the_government_did_last_year_is_no_promise() -> None:
    found = described(quoted_actions(STATE_RELEASE))
    assert not any("four new schools" in d or "900 teachers" in d for d in found)


def test_a_governments_budget_handed_down_names_the_owner_of_its_list() -> None:
    # a territory treasurer's release, the measures as sums
    found = rows(
        "# Territory Budget 2027\n\n"
        "The Territory Government handed down its 2027 Budget on Tuesday.\n\n"
        "This investment includes funding for:\n\n"
        "- $12 million for a new renal dialysis unit in Tennant Creek;\n"
        "- $4.5 million to extend the remote housing repair program by June 2028.\n"
    )
    assert [(r[0], r[1], r[2]) for r in found] == [
        ("Provide $12 million for a new renal dialysis unit in Tennant Creek",
         "Territory Government", None),
        ("Provide $4.5 million to extend the remote housing repair program",
         "Territory Government", "by June 2028"),
    ]  # fmt: skip


def test_a_package_list_counts_the_staff_it_funds() -> None:
    # a Canadian province's news release, counts of staff and places under a package header
    found = rows(
        "# Health workforce package\n\n"
        "The Government of Nova Scotia announced a health workforce package on 2 March "
        "2026.\n\nThe package delivers:\n\n"
        "- 75 additional nurse practitioners in rural clinics by 2028;\n"
        "- an additional 40 long-term care beds in Yarmouth.\n"
    )
    assert [(r[0], r[2]) for r in found] == [
        ("75 additional nurse practitioners in rural clinics", "by 2028"),
        ("An additional 40 long-term care beds in Yarmouth", None),
    ]


def test_a_funding_header_over_places_or_results_gives_nothing() -> None:
    found = described(
        quoted_actions(
            "# Regional grants\n\nThe Welsh Government announced regional grants on 2 March "
            "2026.\n\nThe funding covers these regions:\n\n- Gwynedd and Anglesey;\n"
            "- Powys.\n\nLast year's budget delivered:\n\n- 2,000 new homes;\n"
            "- 12 new health centres.\n"
        )
    )
    assert found == []


def test_a_bills_bullets_that_say_it_provides_a_sum_are_measures() -> None:
    # a US union's recap of a spending bill, each line opening "It provides"
    found = rows(
        "# Two-year funding bill signed\n\n"
        "The U.S. Congress passed a two-year funding bill on 2 March 2026.\n\n"
        "Here is what the funding bill includes:\n\n"
        "- It provides $3 billion to repair veterans' hospitals.\n"
        "- It also provides $900 million for rural broadband.\n"
        "- A $1 billion increase for wildfire crews.\n"
    )
    assert [r[0] for r in found] == [
        "Provide $3 billion to repair veterans' hospitals",
        "Provide $900 million for rural broadband",
        "Provide a $1 billion increase for wildfire crews",
    ]


def test_a_sums_year_leaves_no_preposition_behind_in_its_description() -> None:
    # a treasurer's budget highlights, the year between the sum and its purpose
    found = rows(
        "# Budget highlights\n\nThe Territory Government handed down its 2027-28 Budget on "
        "Tuesday.\n\nKey health measures in the Budget:\n\n"
        "- $14 million in 2027-28 to employ 60 more nurses in remote clinics\n"
    )
    assert [(r[0], r[2]) for r in found] == [
        ("Provide $14 million to employ 60 more nurses in remote clinics", "2027-28")
    ]


def test_an_undated_measure_is_due_in_the_budgets_financial_year() -> None:
    # a federal budget release: the lead-in states the year, the lines do not
    found = quoted_actions(
        "# Budget backs regional roads\n\nThe Australian Government released its budget on "
        "2 March 2026.\n\nThe 2026-27 Budget includes:\n\n"
        "- $400 million to seal 1,200 kilometres of freight routes\n"
        "- upgrading 30 level crossings in regional towns\n"
        "- 15 new heavy vehicle rest areas\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Upgrade 30 level crossings in regional towns", "Australia"),
        ("Provide $400 million to seal 1,200 kilometres of freight routes", "Australia"),
        ("15 new heavy vehicle rest areas", "Australia"),
    ]
    # Australia's financial year runs from July to June
    assert {(str(a.due.earliest), str(a.due.latest)) for a in found if a.due} == {
        ("2026-07-01", "2027-06-30")
    }
    assert all(a.due is not None and a.due.text == "2026-27" for a in found)
