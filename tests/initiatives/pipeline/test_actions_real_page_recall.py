"""Session 25 (real-page recall): sentence shapes that real pages use and the rules missed.

- A quoted paragraph's passive ("“The harbour dues will be waived for a further six months.")
  is the speaker's promise, as the same passive outside quotes is; the opening mark is no
  part of what will be done.
- A series of verb phrases after one promise ("The agency will train X, digitise Y and
  serve as Z") is one promise per phrase, even when the series' verbs are ones the verb
  tables do not know (`action.verb_series`); a noun list stays one promise.

Sentences written for these tests (other subjects, words and publishers than the pages).
"""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import (
    ActionRow,
    due_rows,
    text_actions,
    text_initiative,
)

PUBLISHED = dt.date(2026, 4, 14)
TODAY = dt.date(2026, 9, 30)
LEAD = "Valletta, 14 April 2026 — The Maltese Ministry for Transport announced a port plan.\n\n"


def actions(text: str) -> list[ActionRow]:
    return due_rows(text_actions(LEAD + text, today=TODAY, published=PUBLISHED))


def descriptions(text: str) -> list[str]:
    return [d for d, _, _, _ in actions(text)]


# --- A quoted paragraph's passive ----------------------------------------------------
def test_a_passive_that_opens_a_quoted_paragraph_is_the_speakers_promise() -> None:
    found = actions(
        "“The harbour dues for small fishing boats will be waived for a further six months."
    )
    assert [(d, o) for d, o, _, _ in found] == [
        (
            "Waive the harbour dues for small fishing boats",
            "Maltese Ministry for Transport",
        )
    ]
    assert found[0][2] == dt.date(2026, 10, 14)


def test_a_quoted_passive_with_its_closing_mark_is_read_too() -> None:
    found = descriptions(
        "“All berth permits will be reviewed by the end of June,” the minister said."
    )
    assert found == ["Review all berth permits"]


def test_a_quoted_passive_of_a_pronoun_stays_no_promise() -> None:
    # "This" is what was said before: the passive names no work of its own
    assert descriptions("“This will be carried out in stages, with care for the islands.") == []


def test_a_name_in_quotes_inside_the_subject_keeps_its_marks() -> None:
    found = descriptions('"Blue Harbour" grants will be extended to all Gozo ferry operators.')
    assert found == ['Extend "Blue Harbour" grants to all Gozo ferry operators']


# --- A series of verb phrases ----------------------------------------------------------
def test_a_series_of_unknown_verbs_gives_one_promise_each() -> None:
    found = actions(
        "Transport Malta will pay for new ferry berths, incentivize operators to buy "
        "electric vessels, digitise harbour permits, and serve as a one-stop shop for "
        "port investors."
    )
    assert [(d, r) for d, _, _, r in found] == [
        ("Pay for new ferry berths", "action.promise"),
        ("Incentivize operators to buy electric vessels", "action.verb_series"),
        ("Digitise harbour permits", "action.verb_series"),
        ("Serve as a one-stop shop for port investors", "action.verb_series"),
    ]
    assert {o for _, o, _, _ in found} == {"Transport Malta"}


def test_a_series_of_verbs_before_a_determiner_or_a_name_is_split() -> None:
    found = descriptions(
        "Transport Malta will upgrade the Cirkewwa terminal, leverage the expertise of "
        "the university, and market Gozo abroad."
    )
    assert found == [
        "Upgrade the Cirkewwa terminal",
        "Leverage the expertise of the university",
        "Market Gozo abroad",
    ]


def test_a_noun_list_inside_the_first_object_stays_with_it() -> None:
    found = descriptions(
        "Transport Malta will bring new, dedicated crews for the night ferries, harmonize "
        "timetables with the buses, and simplify fare rules."
    )
    assert found[0] == "Bring new, dedicated crews for the night ferries"
    assert "Harmonize timetables with the buses" in found


def test_a_list_of_nouns_is_one_promise() -> None:
    found = descriptions(
        "Transport Malta will provide grants, technical advice and training to 30 boat yards."
    )
    assert found == ["Provide grants, technical advice and training to 30 boat yards"]


def test_one_unknown_verb_after_a_comma_is_no_series() -> None:
    found = descriptions(
        "Transport Malta will repave the quay at Marsaxlokk, incentivize early bookings."
    )
    assert not [d for d in found if d.startswith("Incentivize")]


# --- Lower-case lines under a lead-in ------------------------------------------------
ACCORD = (
    "Valletta, 14 April 2026 — The Maltese government and the General Workers' Union "
    "signed a port accord on Tuesday.\n\n"
)


def accord_actions(text: str) -> list[tuple[str, str | None, str]]:
    found = text_initiative(ACCORD + text, today=TODAY, published=PUBLISHED).actions
    return [(a.description, a.owner, a.rule) for a in found]


def test_lower_case_paragraphs_after_a_colon_lead_in_are_its_items() -> None:
    found = accord_actions(
        "Under the accord, the union agrees to:\n\n"
        "suspend the planned strike at the Freeport for the rest of the year.\n\n"
        "submit the 2027 pay claim to binding arbitration.\n\n"
        "The government will publish the accord in full next week."
    )
    assert ("Suspend the planned strike at the Freeport for the rest of the year", "Union",
            "action.bare_line_item") in found  # fmt: skip
    assert ("Submit the 2027 pay claim to binding arbitration", "Union",
            "action.bare_line_item") in found  # fmt: skip


def test_a_party_named_by_its_initials_in_the_lead_in_owns_the_items() -> None:
    found = accord_actions(
        "In return, the GWU undertakes to:\n\n"
        "call off the work-to-rule at the dockyard.\n\n"
        "back the new shift rota in the ballot next month.\n"
    )
    assert {owner for _, owner, rule in found if rule == "action.bare_line_item"} == {"GWU"}


def test_one_lower_case_line_is_no_list() -> None:
    found = accord_actions(
        "Under the accord, the union agrees to:\n\n"
        "suspend the planned strike at the Freeport.\n\n"
        "The Prime Minister called it a fair deal."
    )
    assert not [d for d, _, rule in found if rule == "action.bare_line_item"]


# --- A plan's figure changing from one number to another ------------------------------
PLAN = (
    "Lisbon, 2 March 2026 — The Portuguese Ministry of Health on Monday approved its 2026 "
    "primary care plan.\n\n"
)


def plan_actions(text: str) -> list[ActionRow]:
    return due_rows(
        text_initiative(PLAN + text, today=TODAY, published=dt.date(2026, 3, 2)).actions
    )


def test_a_figure_that_will_rise_from_one_number_to_another_is_the_plans_target() -> None:
    found = plan_actions(
        "Community clinics in charge of home visits will expand from 120 this year to 180 "
        "next year, and mobile dental units will grow from 14 to 30."
    )
    assert found[0] == (
        "Expand community clinics in charge of home visits from 120 this year to 180",
        "Portuguese Ministry of Health",
        dt.date(2027, 12, 31),  # the date after "to", not the starting year's
        "action.quantity_target",
    )
    assert found[1][0] == "Increase mobile dental units from 14 to 30"


def test_a_falling_figure_is_the_bodys_reduction() -> None:
    found = plan_actions("The share of coal in power generation will nearly halve, going from "
                         "30.5 percent to 16 percent, according to the plan.")  # fmt: skip
    assert [d for d, _, _, _ in found] == [
        "Halve the share of coal in power generation from 30.5 percent to 16 percent"
    ]
    found = plan_actions(
        "The number of patients waiting over a year will fall from 9,000 to 2,000."
    )
    assert [d for d, _, _, _ in found] == [
        "Reduce the number of patients waiting over a year from 9,000 to 2,000"
    ]


def test_prices_and_forecasts_are_no_targets() -> None:
    assert plan_actions("Electricity prices will rise from 12 cents to 15 cents next winter.") == []
    assert plan_actions("Waiting lists are expected to fall from 200,000 to 150,000.") == []
    assert plan_actions("Clinic visits could rise from 2 million to 3 million, analysts say.") == []


# --- Nouns of work beside bullets that are promises ---------------------------------
RIVER = (
    "Wellington, 3 March 2026 — The New Zealand Ministry of Transport announced changes "
    "to river pilotage on Tuesday.\n\n"
)


def river_actions(text: str) -> list[tuple[str, str | None, str]]:
    found = text_initiative(RIVER + text, today=TODAY, published=dt.date(2026, 3, 3)).actions
    return [(a.description, a.owner, a.rule) for a in found]


def test_a_noun_of_work_beside_promised_bullets_is_a_promise() -> None:
    found = river_actions(
        "  • Overhaul of the licensing regime for river pilots to cut waiting times\n"
        "  • Consultation on limiting the number of pilotage fees charged to small operators\n"
        "  • The ministry will also publish a new code of practice for river pilots\n\n"
        "The changes follow a review of safety on the Waikato."
    )
    siblings = [(d, o) for d, o, r in found if r == "action.sibling_item"]
    assert siblings == [
        ("Overhaul of the licensing regime for river pilots to cut waiting times",
         "New Zealand"),
        ("Consultation on limiting the number of pilotage fees charged to small operators",
         "New Zealand"),
    ]  # fmt: skip


def test_nouns_in_a_list_with_no_promise_give_nothing() -> None:
    found = river_actions(
        "  • Overhaul of pilot licences across the river ports\n"
        "  • Transfer of pilots between the Waikato and Whanganui ports\n\n"
        "The ministry said more detail would follow."
    )
    assert not [d for d, _, r in found if r == "action.sibling_item"]


def test_a_sum_named_as_a_noun_beside_promises_is_no_sibling_promise() -> None:
    found = river_actions(
        "  • Investment of 40 million dollars in a mixed public scheme for the river ports\n"
        "  • Harbour masters will publish a new code of practice for river pilots\n"
    )
    assert not [d for d, _, r in found if r == "action.sibling_item"]


# --- A prefixed participle ----------------------------------------------------------
def test_a_passive_with_a_prefixed_participle_is_read_as_the_verb() -> None:
    found = descriptions("The ferry subsidy bill will be re-tabled after a review of its costs.")
    assert found == ["Re-table the ferry subsidy bill after a review of its costs"]
