"""Promises by any subject and in any wording, each owned by the subject the text gives."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ReadResult
from tests.initiatives.pipeline.published import published_initiative

TODAY = dt.date(2026, 11, 24)
PUBLISHED = dt.date(2026, 3, 4)


initiative = published_initiative


def actions(text: str, **where: str) -> list[tuple[str, str | None]]:
    return [(a.description, a.owner) for a in initiative(text, **where).actions]


UK_HEAD = "Heat network plan published\nThe government published its heat network plan today.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "DESNZ will publish a heat network zoning consultation.",
            (
                "Publish a heat network zoning consultation",
                "Department for Energy Security and Net Zero",
            ),
        ),
        (
            "The government will roll out the scheme to a further 200 towns.",
            ("Roll out the scheme to a further 200 towns", "United Kingdom"),
        ),
        (
            "The Treasury will make £2 billion available to councils.",
            ("Make £2 billion available to councils", "HM Treasury"),
        ),
        (
            "Ministers intend to extend the voucher scheme to small businesses.",
            ("Extend the voucher scheme to small businesses", "United Kingdom"),
        ),
        (
            "HM Treasury has pledged to expand the guarantee fund.",
            ("Expand the guarantee fund", "HM Treasury"),
        ),
        (
            "Ofgem is expected to take forward the review of network charges.",
            ("Take forward the review of network charges", "Ofgem"),
        ),
        (
            "The plan is to integrate heat networks into local area energy plans.",
            ("Integrate heat networks into local area energy plans", "United Kingdom"),
        ),
    ],
)
def test_it_reads_a_uk_government_promise_in_any_wording(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in actions(UK_HEAD + sentence, url="https://www.gov.uk/government/news/x")


def test_it_reads_a_passive_promise_as_the_publishers_work() -> None:
    (action,) = initiative(
        UK_HEAD + "Guidance for installers will be published by June 2026.",
        url="https://www.gov.uk/government/news/heat",
    ).actions
    assert action.description == "Publish guidance for installers"
    assert action.due is not None and action.due.latest == dt.date(2026, 6, 30)


def test_it_reads_a_white_house_aim_and_an_agency_given_work() -> None:
    found = actions(
        "Fact sheet: a national plan for grid standards\n"
        "The White House announced a national plan for grid standards on 3 March 2026.\n"
        "The White House aims to finish the first standards within a year. "
        "The plan tasks NIST with drafting a testing framework.",
        url="https://www.whitehouse.gov/briefing-room/x",
    )
    assert ("Finish the first standards", "United States") in found
    assert ("Draft a testing framework", "NIST") in found


def test_it_reads_a_target_with_its_year_as_a_promise() -> None:
    (action,) = initiative(
        "Canada sets clean power target\n"
        "On 3 March 2026 the Government of Canada set a target of 90% clean electricity "
        "by 2030.",
    ).actions
    assert action.owner == "Canada" and action.rule == "action.target"
    assert action.due is not None and action.due.latest == dt.date(2030, 12, 31)


def test_it_reads_reported_would_as_the_reporting_bodys_promise() -> None:
    (action,) = initiative(
        "Tokyo outlines support package\n"
        "The Japanese government adopted a support package on 3 March 2026. "
        "The Ministry of Economy, Trade and Industry said it would expand subsidies for "
        "battery plants.",
    ).actions
    assert action.owner == "Ministry of Economy, Trade and Industry"
    assert action.description == "Expand subsidies for battery plants"


def test_it_makes_an_unknown_organisation_a_new_actor_found_by_the_pipeline() -> None:
    found = initiative(
        "Water plan agreed\nThe Council adopted the water plan on 3 March 2026.\n"
        "The Basin Water Authority will publish its drought map in the autumn."
    )
    (action,) = found.actions
    assert action.owner == "Basin Water Authority"
    authority = next(a for a in found.actors if a.name == "Basin Water Authority")
    assert authority.found_by_pipeline and authority.role == "implementer"
    assert authority.rule == "actor.found_as_owner"
    assert not any(a.found_by_pipeline for a in found.actors if a.name != authority.name)


def test_it_makes_two_promises_of_one_sentence_two_actions() -> None:
    found = initiative(
        UK_HEAD + "The department will publish the guidance by June 2026 and launch the "
        "fund in the autumn.",
        url="https://www.gov.uk/x",
    ).actions
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Publish the guidance", "by June 2026"),
        ("Launch the fund", "in the autumn"),
    ]
    assert found[1].rule == "action.promise.second_promise"


def test_it_keeps_exact_quotes_for_every_action() -> None:
    text = UK_HEAD + (
        "The government will roll out the scheme. DESNZ will publish a map. "
        "Guidance will be published in May. The plan is to open a fund."
    )
    read = ReadResult(text=text, format="txt", source_url="https://www.gov.uk/x")
    extraction = extract_read(read, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None
    action: ExtractedAction
    for action in extraction.initiative.actions:
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
        assert action.rule.startswith("action.")
    for actor in extraction.initiative.actors:
        assert actor.evidence.end > actor.evidence.start
        assert text[actor.evidence.start : actor.evidence.end] == actor.evidence.quote


JP_HEAD = "Price relief package\nThe Japanese government adopted a price relief package on 3 March 2026.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The government has announced plans to extend fuel subsidies until September.",
            ("Extend fuel subsidies", "Japan"),
        ),
        (
            "The government is committed to raising the minimum wage.",
            ("Raise the minimum wage", "Japan"),
        ),
        (
            "Utilities will be required to publish their tariffs.",
            ("Publish their tariffs", "Utilities"),
        ),
    ],
)
def test_it_reads_a_japanese_government_commitment_as_japans(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in actions(JP_HEAD + sentence)


def test_it_reads_an_office_holder_after_an_opening_connective_as_the_owner() -> None:
    (action,) = initiative(
        "Executive order on standards\nThe White House issued an order on 3 March 2026.\n"
        "Furthermore, the Secretary of State and the Administrator of USAID, in coordination "
        "with the Secretary of Commerce, shall publish a development playbook.",
        url="https://www.whitehouse.gov/x",
    ).actions
    assert (action.description, action.owner) == (
        "Publish a development playbook",
        "Secretary of State",
    )
