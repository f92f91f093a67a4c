"""Headings, agenda lists, prepositions' objects and clauses cut at a quotation mark are
no actions; nor is what a meeting will look at, or what a procedure gives a body a few
weeks to do. A description is a verb phrase with an object. Texts written for these
tests, in a council's, a Commission's, a ministry's and an alliance's styles."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_initiative


def _descriptions(text: str) -> list[str]:
    return [a.description for a in published_initiative(text).actions]


def test_a_label_line_over_a_councils_decision_is_no_action() -> None:
    found = _descriptions(
        "Cycle lanes on the High Street\n\n"
        "Decision Maker: Cabinet\n\n"
        "RESOLVED: That the Director of Transport be authorised to build 2 km of protected "
        "cycle lanes by March 2028.\n\n"
        "Supporting Papers:\n\n"
        "Report of the Director of Transport"
    )
    assert found == ["Build 2 km of protected cycle lanes"]


def test_a_summits_agenda_is_no_action() -> None:
    found = _descriptions(
        "Leaders meet in Lisbon\n\n"
        "The European Council met on 3 March 2026. Leaders will discuss energy prices, "
        "migration, and support for Moldova. The Commission will present a plan on "
        "energy prices by June 2026."
    )
    assert found == ["Present a plan on energy prices"]


def test_a_task_force_set_up_with_partners_is_one_action_not_two() -> None:
    found = _descriptions(
        "Faster permits\n\n"
        "The Ministry of Building adopted its permit plan on 3 March 2026. The ministry will "
        "also set up a permits task force with chambers of commerce in the autumn."
    )
    assert found == ["Set up a permits task force with chambers of commerce"]


def test_a_clause_cut_at_an_open_quotation_mark_is_no_action() -> None:
    found = _descriptions(
        "Alliance agrees fuel targets\n\n"
        "Defence ministers agreed fuel stock targets on 3 March 2026. The Secretary General "
        'called them "a first step towards the pledges Allies will make at the summit '
        'in Oslo in July".'
    )
    assert not any('"' in d or d.startswith("Make at") for d in found)


def test_what_a_meeting_will_look_at_is_no_action() -> None:
    found = _descriptions(
        "Ministers set stockpile goal\n\n"
        'Ministers agreed a stockpile goal on 3 March 2026. "Allies will report their '
        "stock levels every six months, and we will review progress at our meeting in "
        'October," the chair said.'
    )
    assert not any(d.startswith("Review progress") for d in found)


def test_what_a_procedure_gives_a_body_weeks_to_do_is_no_action() -> None:
    found = _descriptions(
        "Commission endorses Slovenia's amended plan\n\n"
        "The Commission endorsed Slovenia's amended recovery plan on 3 March 2026. The "
        "Council now has four weeks to approve the Commission's assessment. Slovenia will "
        "build 12 flood barriers by 2027."
    )
    assert not any(d.startswith("Approve") for d in found)
    assert any(d.startswith("Build 12 flood barriers") for d in found)


def test_a_promise_to_apply_for_support_stays_an_action() -> None:
    # "apply for", "pay for", "call for" after a promise's cue are verbs, not noun heads.
    found = _descriptions(
        "Health board seeks air filters\n\n"
        "The State Health Board announced on 3 March 2026 that it will apply for the federal "
        "clean-air grants by May 2026."
    )
    assert found == ["Apply for the federal clean-air grants"]
