"""Session 25 (recall): a promise told in a relative clause on a scheme ("the Rural
Kitchens scheme, which will provide…") is the work of the body that runs it; one on a body
the text names with its own short form ("… Bank (CLB), which will lend…") is that body's.
A passive under "Under the authority," is that body's work. A day, an event, an effect, a
proposed plan's "would", and a relative clause inside the main clause's subject stay no
promise of their own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday
TODAY = dt.date(2026, 11, 24)


def owners(text: str) -> dict[str, str | None]:
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    if extraction.initiative is None:
        return {}
    return {a.description: a.owner for a in extraction.initiative.actions}


def test_a_scheme_in_a_relative_clause_is_its_runners_work() -> None:
    found = owners(
        "The Ministry of Education approved the Rural Kitchens scheme, which will provide hot "
        "lunches to pupils of 9,000 state schools."
    )
    assert found == {
        "Provide hot lunches to pupils of 9,000 state schools": "Ministry of Education"
    }


def test_a_named_programme_with_a_short_form_is_its_runners_work() -> None:
    found = owners(
        "The Ministry of Labour announced the Youth Trades Pathway (YTP), which will place "
        "300 graduates with local workshops."
    )
    assert found == {"Place 300 graduates with local workshops": "Ministry of Labour"}


def test_a_body_named_with_its_short_form_owns_its_work() -> None:
    found = owners(
        "The Treasury signed an agreement with the Coastal Lending Bank (CLB), which will "
        "lend $80 million to small fishing cooperatives."
    )
    assert found.get("Lend $80 million to small fishing cooperatives") == "Coastal Lending Bank"


def test_a_short_form_the_text_defined_owns_its_work() -> None:
    found = owners(
        "The health ministry and the Kumasi Screening Centre (KSC) met in May.\n\n"
        "The ministry will send two mobile vans to KSC, which will screen 40,000 women for "
        "cervical cancer."
    )
    assert found.get("Screen 40,000 women for cervical cancer") == "KSC"


def test_a_day_or_an_event_before_which_owns_nothing() -> None:
    found = owners(
        "The Ministry of Agriculture said the dockers' strike ended on Friday, which will "
        "delay grain exports by a week."
    )
    assert not any("delay" in d.lower() for d in found)


def test_an_effect_of_a_scheme_is_no_promise() -> None:
    found = owners(
        "The Ministry of Health approved the Clinic Access scheme, which will ensure that "
        "rural patients see a nurse within a day."
    )
    assert not any("ensure" in d.lower() for d in found)


def test_a_relative_clause_inside_the_subject_is_no_promise_of_its_own() -> None:
    found = owners(
        "The Ministry of Transport approved the Ferry Links programme on Tuesday.\n\n"
        "The second stage of the Ferry Links programme, which will build piers at Oban and "
        "Mallaig, will be finished by June 2028."
    )
    assert not any(d.startswith("Build piers") for d in found)


def test_a_name_cut_at_its_and_gives_no_programme() -> None:
    found = owners(
        "The Prime Minister opened the Northern Roads and Bridges Fund (NRBF), which will "
        "resurface 120 km of feeder roads."
    )
    assert not any(owner == "Bridges Fund" for owner in found.values())


def test_a_passive_under_a_body_made_before_is_its_work() -> None:
    found = owners(
        "The cabinet approved the creation of the Kelp Farming Regulatory Authority.\n\n"
        "Under the authority, licences would be issued to coastal cooperatives."
    )
    assert found.get("Issue licences to coastal cooperatives") == (
        "Kelp Farming Regulatory Authority"
    )


def test_what_a_proposed_plan_would_do_is_no_promise() -> None:
    found = owners(
        "The Ministry of Mines unveiled a plan on Monday.\n\n"
        "Under the plan, exports of raw tin ore would be banned from June 2029."
    )
    assert not any("tin ore" in d for d in found)


def test_under_inside_a_phrase_frames_nothing() -> None:
    found = owners(
        "The Ministry of Trade said on Monday that fines imposed under the old rules would "
        "be refunded."
    )
    assert not any(owner == "Old rules" for owner in found.values())
