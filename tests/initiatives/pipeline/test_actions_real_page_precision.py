"""What real pages say around a promise that is no promise of its own: the verbs of a
relative clause inside its object, the effect a participle adds, a summary that points
back to promises already told, and what a thing "is to" do (its purpose)."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, published_actions

LEAD = "# Coastal plan\n\nThe Welsh Government announced a coastal plan on 3 March 2026.\n\n"


def rows(paragraph: str) -> list[tuple[str, str | None, str | None, str]]:
    return action_rows(published_actions(LEAD, paragraph))


def test_the_verbs_of_a_relative_clause_in_the_object_are_not_more_promises() -> None:
    found = rows(
        "The Welsh Government will keep funding harbour works that will bring skilled jobs "
        "to fishing towns, revive high streets, and make the coast safer for visitors."
    )
    assert [description for description, *_ in found] == [
        "Keep funding harbour works that will bring skilled jobs to fishing towns, revive "
        "high streets, and make the coast safer for visitors"
    ]


def test_bring_is_no_gerund_and_the_participle_after_it_is_its_effect() -> None:
    found = rows(
        "The new Harbours Board will bring together councils, pilots and the coastguard, "
        "keeping every port open through the winter storms."
    )
    assert len(found) == 1
    assert found[0][0].startswith("Bring together councils, pilots and the coastguard")


def test_a_real_list_of_gerunds_is_still_read_as_one_action_each() -> None:
    found = rows(
        "Ministers committed to fencing the dunes at Kenfig, widening the Porthcawl "
        "sea wall and planting salt marsh at Penclawdd by 2028."
    )
    assert [description for description, *_ in found] == [
        "Fence the dunes at Kenfig",
        "Widen the Porthcawl sea wall",
        "Plant salt marsh at Penclawdd",
    ]


def test_a_summary_that_points_back_to_promises_told_adds_none() -> None:
    found = rows(
        "The Welsh Government will reopen the Cardigan ferry and will repair the Fishguard "
        "breakwater. (Both must be completed before the end of 2027.) All works related to "
        "this must be fulfilled within the budget."
    )
    assert [description for description, *_ in found] == [
        "Reopen the Cardigan ferry",
        "Repair the Fishguard breakwater",
    ]


def test_a_counted_subject_is_no_summary() -> None:
    found = rows("All 14 lifeboat stations will be completed by 2029.")
    assert [(description, due) for description, _owner, due, _rule in found] == [
        ("Complete All 14 lifeboat stations", "by 2029")
    ]


def test_what_a_thing_is_to_do_is_its_purpose_not_work() -> None:
    found = rows(
        'The Welsh Government will cap ferry fares at £5. "This is to ensure that island '
        'families can reach the mainland cheaply," the minister said.'
    )
    assert [description for description, *_ in found] == ["Cap ferry fares at £5"]


def test_a_body_that_is_to_do_work_still_promises_it() -> None:
    found = rows("Natural Resources Wales is to survey every tidal flood barrier by June.")
    assert [(description, owner) for description, owner, _due, _rule in found] == [
        ("Survey every tidal flood barrier", "Natural Resources Wales")
    ]


def test_building_on_what_exists_names_no_work() -> None:
    found = rows(
        "The Welsh Government will now build on that success, so that coastal firms keep "
        "their crews. Visit Wales will draw on the nation's strengths and its festivals."
    )
    assert found == []


def test_building_on_a_fund_by_doing_something_is_that_work() -> None:
    found = rows(
        "The Welsh Government will build on the harbour fund by providing an additional "
        "£30 million for slipways. It will also build two new lifeboat stations in Gwynedd."
    )
    assert [description for description, *_ in found] == [
        "Build on the harbour fund by providing an additional £30 million for slipways",
        "Build two new lifeboat stations in Gwynedd",
    ]


def test_a_speakers_must_in_quotes_is_a_call_not_a_rule() -> None:
    found = rows(
        "The Welsh Government will publish new rules for marinas by June.\n\n"
        "“This year every harbour must work harder. Every pound must turn into safer "
        "moorings,” the minister said."
    )
    assert [description for description, *_ in found] == [
        "Publish new rules for marinas",
    ]


def test_a_list_of_qualities_for_one_noun_is_one_object() -> None:
    found = rows(
        "The Welsh Government will deliver faster, cheaper and more reliable ferry crossings."
    )
    assert [description for description, *_ in found] == [
        "Deliver faster, cheaper and more reliable ferry crossings"
    ]


def test_a_list_of_nouns_is_still_one_action_each() -> None:
    found = rows("The Welsh Government will publish guidance, a tide calendar and a berth list.")
    assert [description for description, *_ in found] == [
        "Publish guidance",
        "Publish a tide calendar",
        "Publish a berth list",
    ]


def test_what_stays_as_it_was_is_no_new_work() -> None:
    found = rows(
        "Ferry pass holders will still have to renew their passes every year. Every "
        "timetable will still be printed in the harbour office. The Welsh Government will "
        "still open the Bangor ferry terminal by the end of 2027."
    )
    assert [description for description, *_ in found] == ["Open the Bangor ferry terminal"]


def test_a_lead_in_that_announces_a_list_is_not_an_action_of_its_own() -> None:
    found = rows(
        "The Harbour Fund will invest in three major works:\n\n"
        "£40 million to dredge the Tywi estuary.\n\n"
        "£25 million to rebuild the Aberaeron quay.\n"
    )
    descriptions = [description for description, *_ in found]
    assert "Invest in three major works" not in descriptions
    assert len(descriptions) == 2


def test_a_forecast_after_it_is_likely_is_not_a_promise() -> None:
    found = rows(
        "It is likely more wrecks will be identified with the sonar as the survey continues."
    )
    assert found == []


def test_a_sum_a_thing_will_exceed_is_a_forecast() -> None:
    found = rows("Its contribution to Welsh GDP will exceed £4 billion over the next decade.")
    assert found == []


def test_the_announcement_of_today_is_the_news_not_follow_up_work() -> None:
    found = rows(
        "Today, the Welsh Government will announce new pledges from harbour firms. The "
        "Welsh Government will announce the grant winners in June."
    )
    assert [(description, due) for description, _owner, due, _rule in found] == [
        ("Announce the grant winners", "in June")
    ]


def test_a_tally_in_the_future_perfect_is_no_work_unless_dated() -> None:
    found = rows(
        "With this announcement, 40 harbour firms will have signed the Clean Coast Pledge. "
        "By 2030, the Welsh Government will have built 12 new slipways."
    )
    assert [(description, due) for description, _owner, due, _rule in found] == [
        ("Build 12 new slipways", "By 2030")
    ]


def test_the_purposes_of_a_funding_line_are_one_grant() -> None:
    found = rows(
        "The Harbour Fund will invest in two works:\n\n"
        "£30 million for fish quays to help boat owners land more catch, raise prices and "
        "reach new markets.\n"
    )
    assert [description for description, *_ in found] == [
        "Provide £30 million for fish quays to help boat owners land more catch"
    ]


def test_the_effects_a_plan_is_meant_to_have_are_not_its_works() -> None:
    found = rows(
        "The coastal plan will reduce delays at the ports and strengthen fishing towns. "
        "The coastal plan will connect more islands to the mainland. The coastal plan will "
        "upgrade 12 harbour cranes by 2029."
    )
    assert [(description, due) for description, _owner, due, _rule in found] == [
        ("Upgrade 12 harbour cranes", "by 2029")
    ]


def test_a_document_noun_opening_a_bullet_names_no_body() -> None:
    found = rows(
        "Ministers confirmed the harbour reforms on Monday.\n\n"
        "- Reforms will shorten waits for mooring licences\n"
        "- Reforms will reduce delays for harbour works\n"
        "- Cadw will publish a list of protected quays by June\n"
    )
    # what the reforms do is the work of the government that made them; the delays they
    # reduce are their effect
    assert [owner for _description, owner, _due, _rule in found] == ["Welsh Government", "Cadw"]


def test_who_sits_on_a_new_body_is_not_its_work() -> None:
    found = rows(
        "The new Harbours Board will be drawn from port managers, pilots and council "
        "officers. It will be made up of nine members. The Welsh Government will appoint "
        "its chair by May."
    )
    assert [description for description, *_ in found] == ["Appoint its chair"]


def test_continuing_to_be_there_is_a_state_not_work() -> None:
    found = rows(
        "The Welsh Government will continue to be there for fishing families. It will "
        "continue to fund the winter fuel scheme until 2028."
    )
    assert [description for description, *_ in found] == ["Continue to fund the winter fuel scheme"]


def test_a_promise_kept_afterwards_is_the_same_promise() -> None:
    found = rows(
        "The Welsh Government has pledged to reach net zero across its ferry fleet in 2027 "
        "and maintain it thereafter."
    )
    assert len(found) == 1
    assert found[0][0].startswith("Reach net zero across its ferry fleet")


def test_the_fund_a_text_named_with_its_short_name_owns_its_work() -> None:
    found = rows(
        "The Welsh Government today set up a coastal resilience fund (CRF). The fund will "
        "pay for 40 new sea defences and train 300 flood wardens."
    )
    assert [(description, owner) for description, owner, _due, _rule in found] == [
        ("Pay for 40 new sea defences and train 300 flood wardens", "CRF")
    ]


def test_a_fund_the_text_never_named_is_its_makers_scheme() -> None:
    found = rows("The fund will pay for 40 new sea defences by 2029.")
    assert [owner for _description, owner, _due, _rule in found] == ["Welsh Government"]
