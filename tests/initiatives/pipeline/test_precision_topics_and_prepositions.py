"""Session 24 (issue 9, precision): what a sentence asks or describes is no promise
("can't say how many lanes will be built", "covers how the data will be shared"), and
"to" before a number or a quantifier is a preposition, not a second promise's verb."""

from __future__ import annotations

from tests.initiatives.pipeline.published import action_rows, quoted_actions

LEAD = "# Harbour plan\n\nThe Port Authority announced its harbour plan on 3 March 2026.\n\n"


def descriptions(paragraph: str) -> list[str]:
    return [r[0] for r in action_rows(quoted_actions(LEAD + paragraph + "\n"))]


def test_an_indirect_question_around_will_is_no_promise() -> None:
    assert (
        descriptions(
            "The mayor could not say how many kilometres of cycle lanes will be built. "
            "Officials would not confirm whether the ferry terminal will reopen."
        )
        == []
    )


def test_a_promise_after_an_indirect_question_is_still_read() -> None:
    assert descriptions(
        "Nobody knows how long the works will take, but the Port Authority will dredge "
        "the north basin by June 2027."
    ) == ["Dredge the north basin"]


def test_what_an_agreement_covers_is_a_topic_not_a_task() -> None:
    found = descriptions(
        "The agreement also covers how the tide data will be shared. The Port Authority "
        "will publish the tide tables every month."
    )
    assert found == ["Publish the tide tables"]


def test_to_before_a_number_is_a_preposition_not_a_second_promise() -> None:
    found = descriptions(
        "The Port Authority will offer free berths to the lifeboat station and to two "
        "fishing cooperatives, and will hire four new pilots."
    )
    assert found == [
        "Offer free berths to the lifeboat station and to two fishing cooperatives",
        "Hire four new pilots",
    ]


def test_what_an_instrument_aims_at_or_is_expected_to_do_is_no_promise() -> None:
    found = descriptions(
        "The plan aims to prepare the harbour for the storms of the next century. "
        "The programme is expected to cut fuel costs for the fishing fleet. "
        "It is expected the works will follow the model used at the old quay."
    )
    assert found == []


def test_what_an_instrument_will_do_is_still_its_authors_work() -> None:
    found = descriptions("The plan will rebuild the north breakwater by 2028.")
    assert found == ["Rebuild the north breakwater"]


def test_a_short_line_of_capitalised_words_is_a_name_not_a_headline_action() -> None:
    # a broadcaster's name between a story and its "Related Stories" links
    text = (
        "# FG to open rural clinics\n\nBy a staff reporter\n\nThe Federal Government said on "
        "3 March 2026 that it will open 300 rural clinics by 2028.\n\nThe programme is "
        "expected to cut travel times for patients.\n\nChannels Radio\n\nRelated Stories\n"
        "FG, states agree new timeline for vaccines\nKano farmers count losses\n"
    )
    found = [r[0] for r in action_rows(quoted_actions(text))]
    assert found == ["Open 300 rural clinics"]
