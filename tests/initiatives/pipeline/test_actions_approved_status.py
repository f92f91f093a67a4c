"""Session 27: a status that a cabinet's approval itself gives ("approved the designation
of Ward Hospital as a regional trauma centre", "the reconstitution of its committee on
prisons", "the regularisation of 310 contract nurses", "the dissolution of the Ministry
of Mines") is done by approving, not work to follow; "approved the construction of a ring
road" stays work. Sentences written for these tests, in a cabinet dispatch's, a national
broadcaster's and a news agency's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 1, 14)
TODAY = dt.date(2026, 8, 1)


def descriptions(text: str) -> list[str]:
    return [a.description for a in text_actions(text, today=TODAY, published=PUBLISHED)]


def test_a_hospital_designated_by_the_cabinet_is_no_work_to_follow() -> None:
    found = descriptions(
        "The Cabinet of Kenya on Tuesday approved the national health referral strategy.\n\n"
        "On health, the Cabinet approved the construction of a cancer centre in Kisumu and "
        "the designation of Nakuru Hospital as a regional trauma centre."
    )
    assert not [d for d in found if d.startswith("Designation")]
    assert [d for d in found if d.startswith("Construction of a cancer centre")]


def test_a_committee_reconstituted_or_staff_regularised_is_no_work_to_follow() -> None:
    found = descriptions(
        "The Federal Cabinet of Pakistan on Wednesday approved the national water policy.\n\n"
        "The Federal Cabinet of Pakistan approved the reconstitution of its committee on "
        "prisons. The cabinet also approved the regularisation of 310 contract nurses."
    )
    assert not [d for d in found if d.startswith(("Reconstitution", "Regularisation"))]


def test_ministries_dissolved_by_a_presidents_approval_are_no_work_to_follow() -> None:
    found = descriptions(
        "The Federal Executive Council of Nigeria on Monday approved the national ports "
        "policy.\n\n"
        "The President has approved the dissolution of the Ministry of Mines and the "
        "Ministry of Steel as part of a reform of federal ministries."
    )
    assert not [d for d in found if d.startswith("Dissolution")]
