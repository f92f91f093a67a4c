"""Session 24 (issue 9, owners): on a ministry's or a regulator's page "the company" is the
firm the page names, never the ministry; an organisation the tables do not know, named
with its short form in brackets, is a new actor; a duty for when an event happens is kept."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def test_the_company_on_a_ministry_s_page_is_the_firm_it_names_by_legal_form() -> None:
    found = published_initiative(
        "Ministry certifies battery plant\n\n"
        "Today, the Ministry of Economy, Trade and Industry (METI) certified the plan "
        "submitted by Hokuriku Cells Co., Ltd. to build a battery plant.\n\n"
        "As a condition of the subsidy, the company must keep the plant running for at least "
        "eight years.\n"
    )
    assert [(a.description, a.owner) for a in found.actions] == [
        ("Keep the plant running for at least eight years", "Hokuriku Cells")
    ]


def test_the_company_on_a_regulator_s_page_is_the_firm_that_acts_before() -> None:
    found = published_initiative(
        "Agency approves eye drug\n\n"
        "Today, the U.S. Food and Drug Administration approved Lumavex eye drops for "
        "children.\n\n"
        "Corran Biologics must complete a confirmatory trial by the end of 2029. The company "
        "has also committed to publish yearly safety reports.\n"
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Publish safety reports"] == "Corran Biologics"  # "yearly": its recurrence


def test_an_unknown_body_named_with_its_short_form_owns_its_promise() -> None:
    found = published_initiative(
        "Ferry code released\n\n"
        "The Australian Government announced a ferry safety code on 3 March 2026.\n\n"
        "The Maritime Passenger Safety Board (MPSB) will enforce the code from July 2027.\n"
    )
    assert [(a.description, a.owner) for a in found.actions] == [
        ("Enforce the code", "Maritime Passenger Safety Board")
    ]


def test_a_duty_for_when_an_event_happens_is_kept_a_promise_on_a_condition_is_not() -> None:
    found = published_initiative(
        "Ministry certifies chip plant\n\n"
        "Today, the Ministry of Economy, Trade and Industry (METI) certified the plan "
        "submitted by Hokuriku Chips Co., Ltd. to build a plant.\n\n"
        "The company must keep production in Japan for ten years, and must give priority to "
        "domestic customers if a shortage occurs. Norway will add $5 million if other donors "
        "match it.\n"
    )
    descriptions = [a.description for a in found.actions]
    assert "Give priority to domestic customers if a shortage occurs" in descriptions
    assert not any("Norway" in (a.owner or "") for a in found.actions)


def test_the_two_agencies_are_the_first_of_the_pair_the_sentence_names() -> None:
    found = published_initiative(
        "Cold chain survey\n\n"
        "The UK government announced a cold chain survey on 3 March 2026.\n\n"
        "The Rivers Agency is working with the Harbour Board to map every cold store, and "
        "the two agencies will publish the results by June 2027.\n"
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Publish the results"] == "Rivers Agency"


def test_a_bare_council_is_named_by_the_whole_name_the_page_gives_it() -> None:
    found = published_initiative(
        "Council approves flood plan\n\n"
        "Posted: March 3, 2026\n\n"
        "Riverton Falls city council has approved a plan to adapt the town's drains to "
        "heavier rain.\n\n"
        "Staff will report back to council on progress every year.\n"
    )
    assert [a.owner for a in found.actions] == ["Riverton Falls city council"]
