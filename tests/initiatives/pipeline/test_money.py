"""A sum of money is read the same way by every rule (initiatives/pipeline/money.py), and a
funding action is due when its money is paid, whichever rule found it.

Before the sums had one home, each finder had its own copy of the pattern, and the copies
disagreed. Each test below named "…, as … did" pins the behaviour kept for one of those
disagreements (docs/benchmarks/extraction.md, "Session 23: money in one home").
"""

from __future__ import annotations

import pytest

from initiatives.pipeline.money import MONEY_RE
from initiatives.pipeline.types import ExtractedInitiative
from tests.initiatives.pipeline.published import action_rows, published_initiative

LEAD = (
    "# Support for towns\n\nLONDON, 4 March 2026 – The Department for Transport decided on "
    "support for towns. "
)
DEPARTMENT = "Department for Transport"


def initiative(paragraph: str) -> ExtractedInitiative:
    return published_initiative(LEAD + paragraph + "\n", fmt="md")


def rows(paragraph: str) -> list[tuple[str, str | None, str | None, str]]:
    return action_rows(initiative(paragraph).actions)


def areas(paragraph: str) -> set[str]:
    return {link.area for link in initiative(paragraph).areas}


@pytest.mark.parametrize(
    "money",
    [
        "$2.5 billion",
        "EUR 500 million",
        "£1bn",
        "A$30 million",
        "1.2 trillion yen",
        "€50m",
        "UAH 3 billion",
        "₴300 million",
        "R2.1 billion",
        "Rs 500 crore",
        "500 crore rupees",
        "1 lakh crore rupees",
        "$1.5b",
        "€300mn",
        "$500k",
        "5 billion USD",
        "HK$2 billion",
        "CA$2 billion",
        "2 billion zloty",
        "€9bn ($10.2bn)",
    ],
)
def test_every_way_of_writing_a_sum_is_funding_announced(money: str) -> None:
    assert rows(f"The Department announced {money} for new bus lanes in rural towns.") == [
        (f"Provide {money} for new bus lanes in rural towns", DEPARTMENT, None, "action.funding")
    ]


def test_a_road_named_with_an_r_is_no_sum_of_rand() -> None:
    assert rows("The Department announced the R40 bypass for rural towns.") == []


def test_a_sum_in_hryvnias_by_its_code_is_funding_as_the_payment_finder_read_it() -> None:
    # Only the payment finder knew UAH: "allocates UAH 2.4 billion to…" was no funding.
    assert rows("The Department allocates UAH 2.4 billion to repair bus depots.") == [
        ("Provide UAH 2.4 billion to repair bus depots", DEPARTMENT, None, "action.funding")
    ]


def test_a_currency_word_without_a_scale_is_a_sum_as_the_funding_forms_read_it() -> None:
    # The funding forms read "500 euros"; the area vocabulary wanted "500 million euros".
    paragraph = "The Department announced 500 euros for each household to pay bus fares."
    assert rows(paragraph) == [
        (
            "Provide 500 euros for each household to pay bus fares",
            DEPARTMENT,
            None,
            "action.funding",
        )
    ]
    assert "investment" in areas(paragraph)


def test_won_after_a_year_is_the_verb_not_the_currency() -> None:
    assert "investment" not in areas("Voters in 2022 won a say over bus routes.")


def test_a_code_in_lower_case_is_no_currency_as_five_of_the_six_copies_read_it() -> None:
    # Only the area vocabulary read "usd" as a code; it is upper case everywhere now.
    assert "investment" not in areas("The Department will provide usd 2 billion to bus firms.")
    assert "investment" in areas("The Department will provide USD 2 billion to bus firms.")


def test_a_rand_code_is_money_for_the_areas_too() -> None:
    # The area vocabulary lacked ZAR, BRL, CZK and UAH; the funding forms had them.
    assert "investment" in areas("The Department will provide ZAR 2 billion to bus firms.")


def test_sums_listed_in_a_package_by_their_code_are_one_promise_each() -> None:
    # The package reader knew signs only ("$5.1b"), not codes.
    assert rows(
        "The package includes EUR 5 billion for new rail lines and EUR 2 billion for new roads."
    ) == [
        ("Provide EUR 5 billion for new rail lines", DEPARTMENT, None, "action.package_item"),
        ("Provide EUR 2 billion for new roads", DEPARTMENT, None, "action.package_item"),
    ]


def test_crores_without_a_currency_are_rupees_as_the_package_reader_read_them() -> None:
    assert rows(
        "The package includes 1,000 crore for new rail lines and 500 crore for new roads."
    ) == [
        ("Provide 1,000 crore for new rail lines", DEPARTMENT, None, "action.package_item"),
        ("Provide 500 crore for new roads", DEPARTMENT, None, "action.package_item"),
    ]
    assert rows("The cabinet approved an outlay of 1,000 crore for new rail lines.") == [
        ("Provide 1,000 crore for new rail lines", "United Kingdom", None, "action.funding")
    ]


def test_a_crore_of_households_is_a_count_not_a_sum() -> None:
    assert MONEY_RE.search("The scheme will reach 1 crore households by 2027.") is None


def test_a_sentence_cut_after_rs_gives_no_sum_of_its_own() -> None:
    # "Rs." ends a sentence for the segmenter; "2,300 crore for 2026-27…" is not a new sum.
    found = rows(
        "The cabinet approved the scheme with an outlay of Rs. 2,300 crore for 2026-27 to 2028-29."
    )
    assert not any(description.startswith("Provide 2,300") for description, *_ in found)


def test_a_sum_never_ends_in_a_comma_or_a_full_stop() -> None:
    # As the area vocabulary read numbers; the other copies took "£300," whole.
    assert MONEY_RE.search("It costs £300, for each hall.").group() == "£300"
    assert MONEY_RE.search("It costs £1,250.50.").group() == "£1,250.50"


def test_a_sum_line_keeps_the_sum_in_another_currency_as_the_funding_forms_did() -> None:
    # Only the funding forms read "€9bn ($10.2bn)" as one sum; a sum line did not.
    assert rows("€9bn ($10.2bn) to build 2,000 new homes by 2030.") == [
        (
            "Provide €9bn ($10.2bn) to build 2,000 new homes",
            DEPARTMENT,
            "by 2030",
            "action.sum_line",
        )
    ]


def test_payments_in_rupees_and_kroner_are_read_as_the_funding_forms_read_them() -> None:
    # The payment finder had no "Rs", no crore and no kroner.
    for money in ("Rs 300 crore", "3 billion kroner"):
        assert rows(
            f"Today we are allocating {money} to councils for buses. The money will reach "
            "councils in April."
        ) == [
            (
                f"Allocate {money} to councils for buses",
                DEPARTMENT,
                "in April",
                "action.payment.paid_later",
            )
        ]


def test_a_second_sum_without_a_scale_is_a_second_promise() -> None:
    # The split of two sums wanted a scale ("7.3 trillion"); "$300" is a sum too.
    assert rows(
        "The Department will invest $500 by 2027 and another $300 by 2030 in each school."
    ) == [
        ("Invest $500", DEPARTMENT, "by 2027", "action.promise"),
        (
            "Invest another $300 by 2030 in each school",
            DEPARTMENT,
            "by 2027",
            "action.promise.second_sum",
        ),
    ]


def test_councils_receiving_trillions_of_won_are_funded_as_with_pounds() -> None:
    # "receive £300 million" was funding by the text's body; "3 trillion won" was not.
    assert rows("Councils will receive 3 trillion won to repair roads by June.") == [
        ("Fund Councils 3 trillion won to repair roads", DEPARTMENT, "by June", "action.promise")
    ]


def test_a_sum_in_words_after_with_is_a_side_clause_as_a_sum_with_a_sign_was() -> None:
    assert rows(
        "The Department will open a call for bus projects in May, with 4 million euros set "
        "aside for the first projects."
    ) == [("Open a call for bus projects", DEPARTMENT, "in May", "action.promise")]


def test_a_plan_of_a_sum_by_its_code_is_planned() -> None:
    assert rows("The Department plans UAH 3 billion in new investment for rural buses.") == [
        (
            "Introduce UAH 3 billion in new investment for rural buses",
            DEPARTMENT,
            None,
            "action.plans_object",
        )
    ]


# Money paid later: the refinements date every funding action, whichever rule found it.


def test_funding_announced_is_due_when_the_next_sentence_says_it_is_paid() -> None:
    assert rows(
        "Ministers announced £250 million to expand bus services in rural areas. The funding "
        "will be paid to councils in June."
    ) == [
        (
            "Provide £250 million to expand bus services in rural areas",
            DEPARTMENT,
            "in June",
            "action.funding.paid_later",
        )
    ]


def test_a_grant_promised_is_due_when_the_funds_are_disbursed() -> None:
    found = rows(
        "The Department will grant €2 billion to councils for their bus fleets. The funds "
        "will be disbursed by the end of 2027."
    )
    assert found[0] == (
        "Grant €2 billion to councils for their bus fleets",
        DEPARTMENT,
        "by the end of 2027",
        "action.promise.paid_later",
    )


def test_the_work_a_sum_pays_for_is_due_when_the_money_arrives() -> None:
    assert rows(
        '"Today we are allocating UAH 2.4 billion to repair pumping stations in 19 '
        'communities. The money will reach the communities in April," the minister said.'
    ) == [
        (
            "Repair pumping stations in 19 communities",
            DEPARTMENT,
            "in April",
            "action.output_target.paid_later",
        )
    ]


def test_the_words_of_the_payment_leave_the_description() -> None:
    assert rows(
        "The Department will provide £40 million for rural buses, to be disbursed in two "
        "tranches by the end of next year."
    ) == [
        (
            "Provide £40 million for rural buses",
            DEPARTMENT,
            "by the end of next year",
            "action.promise",
        )
    ]


def test_an_action_without_a_sum_is_not_dated_by_a_payment() -> None:
    assert rows(
        "The Department will publish a bus strategy. The money will reach councils in April."
    ) == [("Publish a bus strategy", DEPARTMENT, None, "action.promise")]
