"""Session 25 (recall): a named donor's pledge of a sum in a pledging conference's list
("Sweden, the co-host, pledged SEK 1.5 billion over three years") is that donor's promise
to provide it (`action.pledged_sum`), and a part earmarked for work ("including €12
million to train midwives") is the donor's work too; the conference's total pledged by
"donors" is no one's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_initiative

PUBLISHED = dt.date(2026, 6, 3)
TODAY = dt.date(2026, 9, 1)
LEAD = (
    "Maternal health fund raises US$1.9 billion\n\n"
    "GENEVA, 3 June 2026 – The World Health Organization welcomed the pledges made at the "
    "Maternal Health Fund replenishment conference today.\n\n"
)


def actions(text: str) -> dict[str, tuple[str | None, str]]:
    found = text_initiative(LEAD + text, today=TODAY, published=PUBLISHED).actions
    return {a.description: (a.owner, a.rule) for a in found}


def test_a_donor_s_pledged_sum_in_a_list_is_its_promise() -> None:
    found = actions(
        "Pledges made at the conference included:\n\n"
        "• Sweden, the co-host, pledged SEK 1.5 billion over three years.\n"
        "• Portugal pledged €20 million, including €12 million to train midwives in rural "
        "districts of Mozambique.\n"
    )
    assert found.get("Provide SEK 1.5 billion") == ("Sweden", "action.pledged_sum")
    assert found.get("Provide €20 million") == ("Portugal", "action.pledged_sum")
    assert found.get("Train midwives in rural districts of Mozambique") == (
        "Portugal",
        "action.pledged_sum",
    )


def test_the_total_that_donors_pledged_is_no_one_s_promise() -> None:
    found = actions("Donors at the conference pledged US$1.9 billion to save mothers' lives.")
    assert not [d for d in found if d.startswith("Provide US$1.9 billion")]
