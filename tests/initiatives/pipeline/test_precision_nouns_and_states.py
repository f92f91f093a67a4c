"""Session 24, round 2 (issue 9, precision): an item named by a noun of action after
what a sum covers ("the funding will cover … the construction of 14 bridges") is the
sum's contents, not a promise; after "will be" or
"must be", a word in "-men", "-een", "-ren", "-gen" or "-pen" ("women", "between",
"children") is the state of a thing, never a passive verb of work."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, quoted_actions


def _descriptions(text: str) -> list[str]:
    return [row[0] for row in action_rows(quoted_actions(text))]


def test_items_named_by_nouns_of_action_are_what_the_money_covers() -> None:
    found = _descriptions(
        "# Bank backs valley railway\n\nThe Regional Development Bank approved a $80 million "
        "loan to Ruritania to upgrade the valley railway. The Bank's funding will cover the "
        "upgrading of 60 km of line to electric traction, the construction of three stations "
        "and the rehabilitation of signalling at Vella.\n"
    )
    assert found and not any(d.startswith(("Construction", "Rehabilitation")) for d in found)


def test_what_a_grant_pays_for_is_its_contents_but_listed_measures_stay_work() -> None:
    found = _descriptions(
        "# Clinics grant\n\nThe Island Health Fund will give a EUR 20 million grant to "
        "Ruritania. The grant will also pay for the renovation of two clinics, the "
        "installation of solar panels and the replacement of old X-ray machines.\n"
    )
    assert found and not any(
        d.startswith(("Renovation", "Installation", "Replacement")) for d in found
    )
    measures = _descriptions(
        "# Clinics plan\n\nThe Government of Ireland announced a clinics plan on 3 March "
        "2026.\n\n## Key measures\n\n- the renovation of two clinics by 2028\n"
    )
    assert measures == ["Renovation of two clinics"]


def test_a_promise_with_its_verb_keeps_the_noun_of_action_it_names() -> None:
    found = _descriptions(
        "# Ports plan\n\nThe Harbour Board will fund the construction of two quays by 2028.\n"
    )
    assert found == ["Fund the construction of two quays"]


def test_who_a_programme_admits_is_no_promise() -> None:
    found = _descriptions(
        "# Weaving school opens\n\nThe Loom Guild will train 300 apprentices at its new "
        "school in Vella. The first class will comprise 80 trainees, of whom at least half "
        "will be women. Applicants must be between 18 and 30 years of age.\n"
    )
    assert found == ["Train 300 apprentices at its new school in Vella"]


def test_an_irregular_participle_in_en_is_still_a_passive_promise() -> None:
    found = _descriptions(
        "# Dam safety\n\nThe River Authority said the old spillway will be rewritten into "
        "the safety code, and the upper gates will be taken down by June 2027.\n"
    )
    assert any(d.lower().startswith("take down") for d in found), found


def test_a_numbered_gathering_named_by_its_short_form_is_a_meeting() -> None:
    found = _descriptions(
        "# Energy ministers meet\n\nThe energy ministers of Albania and Greece met in Athens. "
        "We agreed to convene the 12th SEEM in Tirana in 2027. We agreed to build a regional "
        "grid by 2030.\n"
    )
    assert found == ["Build a regional grid"]


def test_a_reading_or_a_debate_of_a_bill_is_a_sitting_not_work() -> None:
    found = _descriptions(
        "# Housing bill\n\nThe Danish government approved a housing bill. It is to hold its "
        "first reading after the summer recess. The ministry will publish the rules by June.\n"
    )
    assert found == ["Publish the rules"]
    found = _descriptions(
        "# Water bill\n\nThe Irish government agreed a water bill. The committee will hold a "
        "debate on the water bill in May, and the ministry will publish draft rules in June.\n"
    )
    assert found == ["Publish draft rules"]
