"""A scheme's components told without a verb ("Support for setting up of 200 cold storage
units with ₹600 crore"), the sums an approval includes, and sums in crore and lakh."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative

PIB = "https://pib.gov.in/PressReleasePage.aspx?PRID=2100001"


def actions(text: str, url: str = PIB) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def test_it_reads_each_component_line_of_an_approved_scheme() -> None:
    found = actions(
        "# Cabinet approves fisheries scheme\n\nNew Delhi: The Union Cabinet on 3 March 2026 "
        "approved the Coastal Fisheries Support Scheme with an outlay of ₹2,400 crore. The "
        "scheme has the following components:\n\n"
        "- Support for setting up of 200 cold storage units with ₹600 crore\n"
        "- Grant-in-aid to state fisheries boards for training of 10,000 fishers\n"
        "- Continuation of the deep-sea vessel subsidy for five years\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Support for setting up of 200 cold storage units with ₹600 crore",
            "Union Cabinet",
            "action.component_line",
        ),
        (
            "Grant-in-aid to state fisheries boards for training of 10,000 fishers",
            "Union Cabinet",
            "action.component_line",
        ),
        ("Continuation of the deep-sea vessel subsidy", "Union Cabinet", "action.component_line"),
    ]
    assert found[2].due is not None and found[2].due.text == "for five years"


def test_it_reads_the_sums_and_the_work_an_approval_includes() -> None:
    found = actions(
        "# Cabinet approves dairy mission\n\nNew Delhi: The Union Cabinet on 3 March 2026 "
        "approved the National Dairy Mission. The approval includes ₹800 crore to support "
        "setting up of 40 milk chilling centres. This also includes setting up of 60 fodder "
        "banks in drought-prone districts.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Provide ₹800 crore to support setting up of 40 milk chilling centres", "Union Cabinet"),
        ("Set up of 60 fodder banks in drought-prone districts", "Union Cabinet"),
    ]


def test_it_reads_a_budgetary_provision_in_crore_as_a_sum_given() -> None:
    found = actions(
        "# State cabinet\n\nBhubaneswar, March 3 (IANS) The state cabinet on Tuesday approved "
        "a scooter loan scheme for women. The state government has made budgetary provision "
        "of Rs 120 crore for the scheme over the next three years.\n",
        url="https://www.ians.in/news/state-cabinet-scooter-scheme",
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Provide Rs 120 crore for the scheme", "State government", "action.funding")
    ]
    assert found[0].due is not None and found[0].due.text == "over the next three years"


def test_it_reads_no_component_in_past_lines_or_in_a_list_of_themes() -> None:
    found = actions(
        "# Fisheries scheme results\n\nThe Union Cabinet on 3 March 2026 approved a report on "
        "the Coastal Fisheries Support Scheme. The report highlights four focus areas:\n\n"
        "- Support for small boat owners in coastal districts\n"
        "- Funding of cold chains for island communities\n\n"
        "Its earlier components are listed below.\n\n"
        "- Support for setting up of 200 cold storage units was completed in 2024\n"
        "- Funding of ₹600 crore for training was spent last year\n"
        "- Support for the scheme among coastal farmers has grown\n"
    )
    assert found == []


def test_it_reads_lines_that_open_with_the_cabinets_verb_as_its_work() -> None:
    found = actions(
        "# Cabinet decisions\n\nNew Delhi: The Union Cabinet on 3 March 2026 took several "
        "decisions on welfare schemes.\n\nWhat the Cabinet cleared\n\n"
        "Extends free school meals to 2 crore children for 5 years\n\n"
        "Approves continuation of mobile health clinics in hill districts\n\n"
        "Reports suggest more schemes will follow\n"
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        (
            "Extend free school meals to 2 crore children",
            "Union Cabinet",
            "action.headline_line",
        ),
        (
            "Continuation of mobile health clinics in hill districts",
            "Union Cabinet",
            "action.headline_line",
        ),
    ]
    assert found[0].due is not None and found[0].due.text == "for 5 years"


def test_it_reads_no_component_in_a_headline_or_a_line_of_its_own() -> None:
    found = actions(
        "# Assistance for Cold Chains and Rural Warehouses\n\nNew Delhi: The Union Cabinet on "
        "3 March 2026 approved a cold chain scheme for hill states.\n\n"
        "Assistance for Cold Chains and Rural Warehouses\n\n"
        "Grants to cooperative dairies in Kerala and Goa total ₹90 crore for 40 plants.\n"
    )
    assert [a.rule for a in found if a.rule == "action.component_line"] == []


def test_it_reads_no_component_in_a_list_of_done_work_or_of_another_bodys_calls() -> None:
    found = actions(
        "# Eye care\n\nNew Delhi: The Ministry has already launched several programmes for "
        "school health, which include:\n\n"
        "1. Upgradation of 90 eye clinics in district hospitals\n"
        "2. Provision of hearing tests in 3,000 schools\n\n"
        "In its submission, the teachers' federation called for, among other things:\n\n"
        "- Establishment of a national school nurse service\n"
        "- Funding for counsellors in every secondary school\n"
    )
    assert [a.rule for a in found if a.rule == "action.component_line"] == []
