"""Session 25 (recall): a definite subject that refers back to a body or tool the text
made ("the council approved the creation of a coastal data platform … the platform will
publish…") owns its work, named as the text named it when it made it; an effect ("will
help cut costs"), a size ("will employ 40 people"), a verb without an object, and a
noun the text never made stay no promise of that thing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday
TODAY = dt.date(2026, 11, 24)


def owners(text: str) -> dict[str, str | None]:
    found = text_actions(text, today=TODAY, published=PUBLISHED)
    return {a.description: a.owner for a in found}


def test_a_made_platform_owns_what_it_will_publish() -> None:
    found = owners(
        "The Harbour Board approved on Tuesday the creation of a coastal data platform for "
        "fishers and ferry operators.\n\n"
        "Run by a small technical team, the platform will publish tide and swell readings "
        "for 14 harbours every hour."
    )
    assert found.get("Publish tide and swell readings for 14 harbours every hour") == (
        "Coastal data platform"
    )


def test_a_made_agency_owns_its_licences_under_a_shall() -> None:
    found = owners(
        "The state cabinet agreed to set up a new water quality agency in the north.\n\n"
        "The agency shall license private bore operators and inspect their wells."
    )
    assert found.get("License private bore operators and inspect their wells") == (
        "New water quality agency"
    )


def test_a_made_hub_by_its_fuller_subject() -> None:
    found = owners(
        "Veldmark province will launch a regional export hub this spring.\n\n"
        "The regional export hub will train 300 small firms in customs paperwork."
    )
    assert found.get("Train 300 small firms in customs paperwork") == "Regional export hub"


def test_an_effect_of_the_made_thing_is_no_promise_of_it() -> None:
    found = owners(
        "The district council voted to establish a farm advice centre.\n\n"
        "The centre will help cut fertiliser costs for growers. The centre will employ "
        "12 agronomists."
    )
    assert not any(owner == "Farm advice centre" for owner in found.values())


def test_a_thing_the_text_never_made_owns_nothing() -> None:
    found = owners(
        "The district council voted to establish a farm advice centre.\n\n"
        "The leisure centre will host swimming lessons for 200 pupils."
    )
    assert found.get("Host swimming lessons for 200 pupils") == "Leisure centre"


def test_a_verb_without_an_object_is_no_work_of_the_made_thing() -> None:
    found = owners(
        "Ministers approved forming a maritime rescue unit.\n\n"
        "The unit will start in May and the unit will be based in Tolvik."
    )
    assert not any(owner == "Maritime rescue unit" for owner in found.values())


def test_a_time_before_the_made_thing_is_no_part_of_its_name() -> None:
    found = owners(
        "The Ministry of Trade of Veldmark launched on Monday a small business help desk.\n\n"
        "The desk will answer licensing questions from traders by phone."
    )
    assert found.get("Answer licensing questions from traders by phone") == (
        "Small business help desk"
    )


def test_a_made_programme_stays_the_work_of_the_body_that_runs_it() -> None:
    found = owners(
        "The Ministry of Transport of Veldmark launched a programme to renew rural buses.\n\n"
        "The programme will finance 900 electric minibuses for village routes."
    )
    assert found.get("Finance 900 electric minibuses for village routes") != "Programme"
    assert not any(owner and "programme" in owner.lower() for owner in found.values())


def test_a_made_company_in_a_relative_clause_of_a_listed_item() -> None:
    found = owners(
        "The Union Cabinet approved setting up a new company under the Ministry of Mines.\n\n"
        "  • Sale of survey data to industry, wherein the new company shall grant licences "
        "to prospectors;\n"
    )
    assert found.get("Grant licences to prospectors") == "New company"
