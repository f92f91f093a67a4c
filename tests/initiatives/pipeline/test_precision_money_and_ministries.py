"""Session 24 (issue 9, precision and owners): a sum a board approves is its decision,
not a promise; a currency's country is no actor; "the ministry" whose minister alone the
text names is that minister's ministry."""

from __future__ import annotations

from initiatives.pipeline.gazetteer import find_actors
from tests.initiatives.pipeline.published import action_rows, published_initiative, quoted_actions


def test_a_sum_approved_by_a_board_is_the_decision_not_a_promise() -> None:
    found = quoted_actions(
        "# Lender backs river ports\n\nThe Regional Development Bank's board approved a "
        "$310 million loan to Ruritania on Thursday to dredge its river ports. The bank will "
        "disburse the first tranche by June 2027.\n"
    )
    assert [r[0] for r in action_rows(found)] == ["Disburse the first tranche"]


def test_a_headline_that_approves_a_grant_gives_no_action() -> None:
    found = quoted_actions(
        "# Fund approves EUR 45 million grant for alpine rail tunnels\n\nThe Alpine Transit "
        "Fund approves EUR 45 million for the repair of six rail tunnels, its chair said on "
        "3 March 2026. Engineers will inspect each tunnel before the winter.\n"
    )
    assert all("45 million" not in r[0] for r in action_rows(found))


def test_a_sum_pledged_or_earmarked_for_a_purpose_is_still_a_promise() -> None:
    found = quoted_actions(
        "# Donors meet\n\nOn 3 March 2026 Ruritania pledged $40 million to rebuild flooded "
        "schools. The Harbour Authority earmarked $9 million for new cranes.\n"
    )
    assert [r[0] for r in action_rows(found)] == [
        "Provide $40 million to rebuild flooded schools",
        "Provide $9 million for new cranes",
    ]


def test_a_currency_named_after_a_country_is_no_actor() -> None:
    text = (
        "The plan costs 2 trillion won, or about 1.5 billion U.S. dollars, and US$300 "
        "million more; 50 Australian dollars a head; 90 Swiss francs."
    )
    assert find_actors(text) == []
    assert [m.entry.name for m in find_actors("The U.S. government will pay.")] == ["United States"]


def test_korea_alone_is_south_korea() -> None:
    assert [m.entry.name for m in find_actors("Korea will open a new port.")] == ["South Korea"]
    assert [m.entry.name for m in find_actors("North Korea fired a missile.")] == ["North Korea"]


def test_the_ministry_of_a_minister_named_by_portfolio() -> None:
    found = published_initiative(
        "Korea to build smart harbours by 2030\n\n"
        "The government will spend 900 billion won, or about 650 million U.S. dollars, on "
        "smart harbours, the ministry said on 3 March 2026.\n\n"
        "Minister of Harbours and Coasts Kim Ji-ho presented the plan to the President on "
        'Tuesday. "Harbours are our gateway," Kim said.\n\n'
        "The ministry will automate four container terminals at Incheon by 2030.\n"
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Automate four container terminals at Incheon"] == (
        "Ministry of Harbours and Coasts"
    )
    assert all(owner != "United States" for owner in owners.values())


def test_the_union_minister_is_no_european_body() -> None:
    text = "The Union Minister of Ports today opened a new dry dock. The Union Cabinet agreed."
    assert "European Union" not in [m.entry.name for m in find_actors(text)]
    assert [m.entry.name for m in find_actors("The Union will adopt the rules.")] == [
        "European Union"
    ]


def test_a_union_ministers_page_keeps_its_ministry_as_owner() -> None:
    found = published_initiative(
        "Dry docks for the west coast\n\n"
        "The Union Minister of Ports today opened the first of six dry docks in Gujarat, "
        "the Ministry of Ports said on 3 March 2026.\n\n"
        "Five more dry docks will be built by 2029.\n",
        url="https://pib.gov.in/release/dry-docks",
    )
    assert [a.owner for a in found.actions]
    assert "European Union" not in {a.owner for a in found.actions}


def test_a_lead_that_reports_a_government_s_statement_makes_it_the_page_s_body() -> None:
    found = published_initiative(
        "FG to open rural clinics\n\nBy a staff reporter\n\n"
        "Work is now complete on the first of 300 rural clinics, the Federal Government "
        "has said.\n\n"
        "The remaining clinics will be opened before the end of 2027, according to the "
        "minister.\n"
    )
    assert [a.owner for a in found.actions] == ["Federal Government"]
    assert found.actions[0].description.startswith("Open the remaining clinics")


def test_a_name_that_heads_a_list_of_what_it_will_do_owns_the_bullets() -> None:
    found = published_initiative(
        "Tidewater expands ferry service\n\n"
        "Tidewater Ferries announced on 3 March 2026 that it will add two routes. The "
        "Maritime Safety Authority approved the new berths.\n\n"
        "As part of the expansion, Tidewater will:\n\n"
        "- buy three electric ferries by the end of 2027;\n"
        "- offer half-price fares to students from September.\n"
    )
    owners = {a.description: a.owner for a in found.actions if a.rule == "action.bulleted"}
    assert owners and set(owners.values()) == {"Tidewater"}


def test_the_ministry_far_below_its_minister_is_still_the_minister_s() -> None:
    filler = "Harbour traffic grew by a tenth last year, and ships waited longer at anchor. " * 9
    found = published_initiative(
        "Korea to build smart harbours by 2030\n\n"
        "Minister of Harbours and Coasts Kim Ji-ho presented the plan on 3 March 2026. "
        '"Harbours are our gateway," Kim said.\n\n'
        f"{filler}\n\n"
        "The ministry will also dredge the approach channel at Mokpo by 2029.\n"
    )
    owners = {a.description: a.owner for a in found.actions}
    assert owners["Dredge the approach channel at Mokpo"] == "Ministry of Harbours and Coasts"
