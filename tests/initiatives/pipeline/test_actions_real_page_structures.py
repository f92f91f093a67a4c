"""Session 24 (round 3, recall on real pages): structures of sentence that real pages use
for a promise and our probes lacked. A promise told as a participle in an absolute clause
("…, with member associations committing to train…"), or as a commitment signed or given
("has signed a pledge to hire…"), by a body the tables may not know; a group's members
named with the group's acronym in brackets ("The Group of Seven (G7) members agreed
to…"); and a sum in cedis. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.money import MONEY_RE
from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 5, 6)
TODAY = dt.date(2026, 11, 24)
LEAD = "The Ministry of Coastal Affairs set out support for fishing towns on Wednesday.\n\n"


def owners(text: str) -> dict[str, str | None]:
    extraction = extract_text(LEAD + text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return {}
    return {a.description: a.owner for a in extraction.initiative.actions}


def test_a_promise_told_as_a_participle_is_the_signers_promise() -> None:
    found = owners(
        "Forty boatyards signed the charter on Tuesday, with the Boatbuilders Federation "
        "committing to train 2,500 apprentices over the next four years."
    )
    assert any(d.startswith("Train 2,500 apprentices") for d in found), found


def test_a_signed_pledge_to_do_work_is_a_promise() -> None:
    found = owners(
        "The Boatbuilders Federation has signed a pledge to hire 900 apprentices in coastal towns."
    )
    assert any(d.startswith("Hire 900 apprentices") for d in found), found


def test_a_sum_in_cedis_is_a_sum() -> None:
    for written in ("GH¢1.2 billion", "GH₵40 million", "₵250,000"):
        match = MONEY_RE.search(f"a grant of {written} for schools")
        assert match is not None and match.group() == written, written


def test_the_doer_of_an_absolute_clause_is_the_noun_after_with() -> None:
    found = owners(
        "The Harbour Guild signed the charter, with regional associations committing to repair 300 "
        "trawlers next year."
    )
    repairs = [o for d, o in found.items() if d.startswith("Repair 300 trawlers")]
    assert repairs and not repairs[0].lower().startswith("with"), found


def test_a_commitment_given_by_a_named_body_is_its_promise() -> None:
    found = owners("The Boatbuilders Federation has given its commitment to dredge three harbours.")
    assert found.get("Dredge three harbours") == "Boatbuilders Federation", found


def test_a_group_s_members_named_with_its_acronym_act_as_the_group() -> None:
    found = owners(
        "The Group of Seven (G7) members closed their talks on Sunday and agreed to widen "
        "fisheries patrols in the Atlantic."
    )
    assert found.get("Widen fisheries patrols in the Atlantic") == "G7", found


def test_a_board_s_members_are_still_read_as_before() -> None:
    found = owners("The Harbour Board members agreed to publish the mooring fees.")
    assert "G7" not in found.values()


def test_a_wire_dateline_is_no_part_of_a_later_verb_s_subject() -> None:
    found = owners(
        "OSLO – The Group of Seven (G7) members ended two days of talks on Sunday and "
        "agreed to fund coastal radar in the Arctic."
    )
    assert found.get("Fund coastal radar in the Arctic") == "G7", found
