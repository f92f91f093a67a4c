"""Priority sectors: the items of an enumeration, each with its own span."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text
from initiatives.pipeline.types import ExtractedSector

TODAY = dt.date(2026, 11, 24)


def sectors(body: str) -> list[ExtractedSector]:
    text = f"Council adopts defence plan\nThe Council adopted the plan for member states.\n{body}"
    extraction = extract_text(text, today=TODAY)
    assert extraction.initiative is not None
    for sector in extraction.initiative.sectors:
        span = sector.evidence
        assert extraction.read.text[span.start : span.end] == span.quote
    return extraction.initiative.sectors


def test_it_keeps_each_item_of_a_semicolon_list_up_to_its_first_comma() -> None:
    found = sectors(
        "The loans may finance products in the following categories: ammunition and missiles; "
        "artillery systems, including deep strike; small drones; cyber; and military mobility."
    )
    assert [s.name for s in found] == [
        "ammunition and missiles",
        "artillery systems",
        "small drones",
        "cyber",
        "military mobility",
    ]


def test_it_reads_a_list_after_priority_capabilities_include() -> None:
    found = sectors("Priority capabilities include air defence, Armored Vehicles and space.")
    assert [s.name for s in found] == ["air defence", "armored vehicles", "space"]
    assert [s.evidence.quote for s in found] == ["air defence", "Armored Vehicles", "space"]
    assert {s.rule for s in found} == {"sector.priority_list"}


def test_it_takes_the_bullets_below_a_cue_ending_in_a_colon() -> None:
    found = sectors("Priority sectors include:\n- Drones\n- NATO-standard ammunition\nThe end.")
    assert [(s.name, s.rule) for s in found] == [
        ("drones", "sector.bullets_after_cue"),
        ("NATO-standard ammunition", "sector.bullets_after_cue"),
    ]


def test_it_takes_no_cooperation_area_bullet_for_a_sector() -> None:
    found = sectors(
        "It covers several core areas:\n"
        "- Co-production agreements between Ukrainian and European firms\n"
        "- Supply chain integration for critical components"
    )
    assert found == []
