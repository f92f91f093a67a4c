"""Session 27: a task given at a meeting and told in the simple past or the past perfect
of the passive ("The food department was further directed to prepare…", "The
commissioners had been asked to publish…") is work for the one told, as the present
perfect "has been directed to" already was. Sentences written for these tests, in a
provincial cabinet's, a national news agency's and a city council's manner; a reporter
asked for comment gives nobody work."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 2, 26)
TODAY = dt.date(2026, 8, 1)


def rows(text: str) -> list[tuple[str, str | None, str | None]]:
    found = text_actions(text, today=TODAY, published=PUBLISHED)
    return [(a.description, a.owner, a.due.text if a.due else None) for a in found]


def test_a_department_further_directed_to_prepare_a_plan_has_the_work() -> None:
    found = rows(
        "The Punjab cabinet on Tuesday approved the sugarcane pricing policy for this year.\n\n"
        "The Ministry of Agriculture was further directed to prepare a plan for cane "
        "storage and its sale to the mills within the next 15 days."
    )
    assert (
        "Prepare a plan for cane storage and its sale to the mills",
        "Ministry of Agriculture",
        "within the next 15 days",
    ) in found


def test_ministries_that_were_instructed_to_review_a_levy_have_the_work() -> None:
    found = rows(
        "The cabinet on Monday approved the draft of the Ports Authority Act, 2026.\n\n"
        "The Ministry of Finance and the Ministry of Shipping were instructed to review the "
        "levy on container traffic by June."
    )
    assert [d for d, _, due in found if d.startswith("Review the levy") and due == "by June"]


def test_a_body_that_had_been_instructed_to_publish_lists_has_the_work() -> None:
    found = rows(
        "The Federal Government has approved 12 March as the new date for the launch of the "
        "fertiliser scheme, the minister said on Thursday.\n\n"
        "The Ministry of Agriculture had been asked to publish the lists of farmers "
        "in each state by 10 March."
    )
    assert [d for d, owner, _ in found if d.startswith("Publish the lists of farmers")]


def test_a_council_officer_who_was_directed_to_report_back_has_the_work() -> None:
    found = rows(
        "Riverton City Council on Monday adopted the downtown parking strategy.\n\n"
        "The Department of Transportation was directed to report back to Council on "
        "curbside pricing in the fall."
    )
    assert [d for d, _, _ in found if d.startswith("Report back to Council on curbside pricing")]


def test_a_minister_asked_to_comment_by_reporters_is_given_no_work() -> None:
    found = rows(
        "The cabinet on Monday approved the draft of the Ports Authority Act, 2026.\n\n"
        "The Ministry of Shipping, which was asked to comment on the levy, did not reply. "
        "When the minister was asked to explain the delay, she said talks were continuing."
    )
    assert not [d for d, _, _ in found if d.startswith(("Comment", "Explain"))]
