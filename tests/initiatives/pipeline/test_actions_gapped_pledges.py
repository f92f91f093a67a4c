"""A wire story's list of pledges that says the verb once ("X has vowed to hire 4,000
apprentices; Y, 1,200; and Z, 900"): each signatory's share is a promise of its own,
owned by the signatory and quoted as its item. A list with one gap, or a list of past
results, gives no such items."""

from __future__ import annotations

from tests.initiatives.pipeline.published import quoted_actions

LEAD = (
    "# Apprenticeship pledge\n\nThe Government of Canada and 14 employers signed an "
    "apprenticeship pledge in Ottawa on 3 March 2026.\n\n"
)


def test_each_signatory_of_a_gapped_list_owns_its_share() -> None:
    found = quoted_actions(
        LEAD + "Among the signatories are Harbour Freight, which has vowed to hire 4,000 "
        "apprentices; Delta Mills, 1,200; Northern Rail Works, 650 and the Prairie Grain "
        "Cooperative, 300.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Hire 4,000 apprentices", "Harbour Freight"),
        ("Hire 1,200 apprentices", "Delta Mills"),
        ("Hire 650 apprentices", "Northern Rail Works"),
        ("Hire 300 apprentices", "Prairie Grain Cooperative"),
    ]
    assert [a.evidence.quote for a in found if a.rule == "action.gapped_pledge"] == [
        "Delta Mills, 1,200",
        "Northern Rail Works, 650",
        "Prairie Grain Cooperative, 300",
    ]
    assert not [a for a in found if "Delta Mills" in a.description]  # no whole-list promise


def test_one_gap_or_past_results_give_no_gapped_items() -> None:
    found = quoted_actions(
        LEAD + "Harbour Freight has vowed to hire 4,000 apprentices; Delta Mills, 1,200.\n\n"
        "Last year Harbour Freight hired 3,000 apprentices; Delta Mills, 900; and Northern "
        "Rail Works, 400.\n"
    )
    assert not [a for a in found if a.rule == "action.gapped_pledge"]
