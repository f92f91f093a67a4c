"""Goals, steps and measures listed under a lead-in without a modal in their items, and
the countable outputs a sum will buy: each item is a promise of the lead-in's owner, due
by its own deadline or else the lead-in's. Lists of results, members, places or themes
give nothing."""

from __future__ import annotations

from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ReadResult
from tests.initiatives.pipeline.published import PUBLISHED, TODAY, action_rows


def actions(text: str) -> list[ExtractedAction]:
    read = ReadResult(text=text, format="md", source_url="https://example.org/news")
    initiative = extract_read(read, today=TODAY, published=PUBLISHED).initiative
    assert initiative is not None
    for action in initiative.actions:  # every action quotes the text where it stands
        assert text[action.evidence.start : action.evidence.end] == action.evidence.quote
    return initiative.actions


def test_it_reads_each_objective_of_an_inline_list_with_its_own_deadline() -> None:
    found = actions(
        "# Lake strategy\n\nThe Government of Canada released a freshwater strategy on "
        "3 March 2026.\n\nThe strategy's objectives include: cutting phosphorus run-off by a "
        "third by 2030; restoring 250 coastal marshes; and doubling the number of lake "
        "monitoring buoys.\n"
    )
    assert action_rows(found) == [
        ("Cut phosphorus run-off by a third", "Canada", "by 2030", "action.listed_item"),
        ("Restoring 250 coastal marshes", "Canada", None, "action.listed_item"),
        ("Double the number of lake monitoring buoys", "Canada", None, "action.listed_item"),
    ]
    assert found[1].evidence.quote.startswith("The strategy's objectives include:")


def test_it_reads_numbered_steps_without_their_ordinals() -> None:
    found = actions(
        "# Wells plan\n\nThe Scottish Government published a private water supply plan on "
        "3 March 2026.\n\nThe plan consists of three steps: first, registering every private "
        "borehole by 2027; second, offering free testing kits to rural households; and "
        "finally, publishing the test results online.\n"
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Register every private borehole", "by 2027"),
        ("Offer free testing kits to rural households", None),
        ("Publish the test results online", None),
    ]
    assert {a.owner for a in found} == {"Scottish Government"}


def test_it_reads_work_named_as_nouns_under_a_heading_of_measures() -> None:
    found = actions(
        "# Flood resilience package\n\nThe Government of Ireland announced a flood "
        "resilience package on 3 March 2026.\n\n## Key measures\n\n- the construction of 14 "
        "flood barriers by 2029\n- a review of river maintenance rules\n"
    )
    assert action_rows(found) == [
        ("Construction of 14 flood barriers", "Ireland", "by 2029", "action.listed_item"),
        ("Review of river maintenance rules", "Ireland", None, "action.listed_item"),
    ]
    assert found[1].evidence.quote == "a review of river maintenance rules"


def test_it_dates_priorities_by_the_year_their_lead_in_names() -> None:
    found = actions(
        "# Transport priorities\n\nThe Government of New Zealand set out its transport "
        "priorities on 3 March 2026.\n\nPriorities for 2027 are the electrification of the "
        "Wellington commuter line, the creation of a national freight agency and the "
        "expansion of rural bus services.\n"
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Electrification of the Wellington commuter line", "for 2027"),
        ("Creation of a national freight agency", "for 2027"),
        ("Expansion of rural bus services", "for 2027"),
    ]
    assert all(a.due and a.due.latest and a.due.latest.isoformat() == "2027-12-31" for a in found)


def test_it_reads_the_outputs_a_sum_will_buy() -> None:
    found = actions(
        "# School building fund\n\nThe UK Government announced a school building fund on "
        "3 March 2026.\n\nThe fund provides £600 million to build 90 new primary schools by "
        "2029. The funding will also deliver 400 refurbished science labs. Ministers will "
        "invest £200 million in teacher housing, creating 1,500 homes by 2028.\n"
    )
    assert [r for r in action_rows(found) if r[3] == "action.output_target"] == [
        ("Build 90 new primary schools", "United Kingdom", "by 2029", "action.output_target"),
        ("Deliver 400 refurbished science labs", "United Kingdom", None,
         "action.output_target"),
        ("Create 1,500 homes", "United Kingdom", "by 2028", "action.output_target"),
    ]  # fmt: skip


def test_it_gives_no_output_for_a_sums_purpose_alone_or_for_a_past_sum() -> None:
    found = actions(
        "# Family support\n\nThe UK Government announced a family support fund on 3 March "
        "2026.\n\nThe fund provides £40 million to support young carers. An earlier fund, "
        "which provided £30 million to build 300 respite homes in 2019, is now closed.\n"
    )
    assert [a for a in found if a.rule == "action.output_target"] == []


def test_it_reads_a_target_a_plan_sets_as_its_bodys() -> None:
    found = actions(
        "# Heat strategy\n\nThe Government of Denmark adopted a heat strategy on 3 March "
        "2026.\n\nThe strategy sets a target of 80% district heating coverage by 2035.\n"
    )
    assert action_rows(found) == [
        ("Reach the target of 80% district heating coverage", "Denmark", "by 2035",
         "action.target"),
    ]  # fmt: skip


def test_it_dates_a_programmes_work_by_the_period_it_runs_for() -> None:
    found = actions(
        "# Coastal programme\n\nThe Australian Government launched a coastal restoration "
        "programme on 3 March 2026.\n\nThe programme will run for four years. It will fund "
        "the replanting of mangroves in 60 estuaries.\n"
    )
    assert action_rows(found) == [
        ("Fund the replanting of mangroves in 60 estuaries", "Australia", "for four years",
         "action.promise.due_period"),
    ]  # fmt: skip
    assert found[0].due and found[0].due.latest and found[0].due.latest.year == 2030


def test_it_gives_the_lines_under_an_office_to_that_office() -> None:
    found = actions(
        "# Mandate letters\n\nThe Prime Minister of Canada published mandate letters on "
        "3 March 2026. The letters set out these commitments:\n\n## Minister of Agriculture"
        "\n\n- Launch a soil health strategy\n\n## Minister of Fisheries\n\n- Restore the "
        "salmon habitat on the Pacific coast\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Launch a soil health strategy", "Minister of Agriculture"),
        ("Restore the salmon habitat on the Pacific coast", "Minister of Fisheries"),
    ]


def test_it_reads_every_goal_after_namely_and_numbered_commitments() -> None:
    found = actions(
        "# Vaccine strategy\n\nThe World Health Organization adopted a vaccine strategy on "
        "3 March 2026.\n\nThe strategy sets two goals, namely, to vaccinate 300 million more "
        "children against measles; and 50 more countries producing their own vaccines by "
        "2030.\n"
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Vaccinate 300 million more children against measles", None),
        ("50 more countries producing their own vaccines", "by 2030"),
    ]
    found = actions(
        "# Ministers' communiqué\n\nThe G7 ministers adopted a communiqué on 3 March 2026. "
        "Ministers agreed on the following commitments:\n\n1. the creation of a joint "
        "critical minerals stockpile by 2028;\n2. a review of export controls on battery "
        "materials;\n"
    )
    assert action_rows(found) == [
        ("Creation of a joint critical minerals stockpile", "G7", "by 2028",
         "action.listed_item"),
        ("Review of export controls on battery materials", "G7", None, "action.listed_item"),
    ]  # fmt: skip


def test_it_reads_no_promise_in_lists_of_results() -> None:
    found = actions(
        "# Annual report\n\nThe Government of Canada announced its annual water report on "
        "3 March 2026.\n\nAchievements so far include: 40 new treatment plants; 12,000 lead "
        "pipes replaced; and 300 wells tested.\n\nOver the past year, the measures included:"
        "\n\n- the construction of 12 reservoirs\n- a review of tariffs\n"
    )
    assert found == []


def test_it_reads_no_promise_in_lists_of_members_places_or_themes() -> None:
    found = actions(
        "# New water council\n\nThe Government of Canada announced a national water council "
        "on 3 March 2026.\n\nThe council's members include:\n\n- representatives of First "
        "Nations\n- the Chief Public Health Officer\n\nThe pilot covers the following "
        "regions:\n\n- Nova Scotia\n- Northern Ontario\n\nThe plan highlights three focus "
        "areas: water security, the expansion of testing and Indigenous leadership.\n"
    )
    assert found == []


def test_it_reads_measures_set_off_by_bullet_signs_and_a_lead_ins_period() -> None:
    found = actions(
        "# Water plan\n\nThe Government of Canada announced a water plan on 3 March 2026.\n\n"
        "Key measures: • the upgrading of 12 pumping stations • a ban on lead solder by "
        "2027\n\nOver the next five years, the plan will focus on: the modernisation of 40 "
        "treatment plants; the training of 500 inspectors.\n"
    )
    assert [(a.description, a.due.text if a.due else None) for a in found] == [
        ("Upgrading of 12 pumping stations", None),
        ("Ban on lead solder", "by 2027"),
        ("Modernisation of 40 treatment plants", "Over the next five years"),
        ("Training of 500 inspectors", "Over the next five years"),
    ]
    assert {a.rule for a in found} == {"action.listed_item"}


def test_it_reads_a_dated_aim_or_target_the_work_is_done_with() -> None:
    found = actions(
        "# Retrofit scheme\n\nThe Government of Canada approved a retrofit scheme on 3 March "
        "2026 with a target of 200,000 insulated homes by 2030. A loan fund was set up with "
        "the aim of helping farmers.\n"
    )
    assert action_rows(found) == [
        ("Reach the target of 200,000 insulated homes", "Canada", "by 2030",
         "action.output_target"),
    ]  # fmt: skip
