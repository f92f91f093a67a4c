"""A list of places, bodies or parts inside one promise's object is not a list of
promises: "build depots at A, B and C" is one action, while a plain list of things to
make ("publish guidance, templates and a checklist") still gives one action per thing."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, quoted_actions


def descriptions(text: str) -> list[str]:
    return [a.description for a in quoted_actions(text)]


def test_it_keeps_a_list_of_towns_after_at_in_one_action() -> None:
    # a bus maker's statement about a state contract
    found = descriptions(
        "# Coachline signs e-bus deal\n\nCoachline Motors announced on 2 March 2026 that it "
        "had signed an agreement with the state transport corporation. Coachline will build "
        "charging yards at Madurai, Salem and Tiruppur by the end of 2027.\n"
    )
    assert found == ["Build charging yards at Madurai, Salem and Tiruppur"]


def test_it_keeps_a_list_of_countries_after_in_in_one_action() -> None:
    # a UN agency's feed item about a regional programme
    text = (
        "# Early warning funds approved\n\nThe Adaptation Fund approved US$30 million on "
        "3 March 2026. The World Meteorological Organization will roll out the programme in "
        "Tonga, Tuvalu, Kiribati and Nauru over five years.\n"
    )
    rows = action_rows(quoted_actions(text))
    assert [r[0] for r in rows] == ["Roll out the programme in Tonga, Tuvalu, Kiribati and Nauru"]
    assert rows[0][2] == "over five years"


def test_it_keeps_the_items_after_a_colon_with_the_noun_they_name() -> None:
    # a provincial education department's term plan
    found = descriptions(
        "# Curriculum update\n\nThe Department of Education announced its plan on 2 March "
        "2026. In the spring term the Department of Education will review three senior "
        "courses: Chemistry, Economics and Drama.\n"
    )
    assert found == ["Review three senior courses: Chemistry, Economics and Drama"]


def test_it_keeps_a_power_granted_without_steps_in_one_action() -> None:
    # a regulator's notice on a rule change
    found = descriptions(
        "# Price order rolled over\n\nThe Energy Regulator announced a rule change on "
        "2 March 2026. The Energy Regulator will issue a fresh order, the "
        "2026 Order, without holding a public inquiry or writing draft and final papers.\n"
    )
    assert found == [
        "Issue a fresh order, the 2026 Order, without holding a public inquiry or writing draft "
        "and final papers"
    ]


def test_it_still_splits_a_plain_list_of_things_to_make() -> None:
    # a ministry's plan: three documents, one action each
    found = descriptions(
        "# Skills plan\n\nThe Ministry of Labour adopted the skills plan on 2 March 2026. "
        "The Ministry of Labour will publish guidance notes, model contracts, and a training "
        "checklist by June 2026.\n"
    )
    assert found == [
        "Publish guidance notes",
        "Publish model contracts",
        "Publish a training checklist",
    ]


def test_it_keeps_a_list_of_bare_names_in_one_action() -> None:
    # a wire story on a trade pact
    found = descriptions(
        "# Pact widens\n\nThe members of the Pacific Digital Pact agreed on 2 March 2026 to "
        "widen it. The Pacific Digital Pact secretariat will invite Chile, Peru and Colombia as "
        "observers.\n"
    )
    assert found == ["Invite Chile, Peru and Colombia as observers"]


def test_it_keeps_a_list_whose_place_may_hang_on_every_item_whole() -> None:
    # a relief agency's appeal: "at 12 camps" may belong to all three things
    found = descriptions(
        "# Winter appeal\n\nThe UN Refugee Agency launched a winter appeal on 2 March 2026. The agency "
        "will supply tents, blankets and stoves at 12 camps.\n"
    )
    assert found == ["Supply tents, blankets and stoves at 12 camps"]
