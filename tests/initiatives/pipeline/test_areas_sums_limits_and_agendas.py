"""Areas on real pages (session 24, round 2): money told by the sum that pays for the
work ("funded by €12 million from", "the budget for the scheme is R90 million", "will
reimburse travel costs", "a housing bond", a task list's "fund …"), limits set on what
may be taken ("sets quotas"), permits and fees made one ("harmonise permits"), a duty laid
on a party told by what it does ("require firms that sell … to"); and the topics of a
meeting's agenda, which name an area without covering it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The county will open four new ferry berths in 2028, funded by €12 million from the "
        "regional ports authority.",
        "The new library wing is financed with a $30 million loan from the state bank.",
        "The budget for the harbour scheme is R90 million, of which R20 million has been spent.",
        "The agency will reimburse travel costs for every apprentice who completes the course.",
        "Next spring's proposed $120 million school repair bond will pay for new roofs.",
        "The board will pay the subsidy in three instalments as the kilns are built.",
        "The state will bear 30 per cent of the premium for farm workers newly covered.",
        "The city will apply for 60% funding assistance for the second stage of the tramway.",
        "The first funds are set to flow to the clinics in the spring.",
        "At least half of the fund will go to villages without a paved road.",
        "The water board will:\n- fund new filters in 40 schools;\n- train 300 plumbers.",
    ],
)
def test_a_sum_that_pays_for_the_work_is_investment(sentence: str) -> None:
    assert "investment" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # money that may not come
        "If funding arrives before the rains, the agency would reopen the camps' kitchens.",
        # what the measure makes easier for others
        "Clearer network charges will make it easier to invest in storage.",
        # a market, not a sum raised
        "The yields on the $40 billion bond market rose sharply last week.",
        # a passenger's right to be paid back is a rule, not funding
        "Bus passengers will be paid delay compensation without having to claim it.",
    ],
)
def test_money_nobody_commits_is_not_investment(sentence: str) -> None:
    assert "investment" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers set quotas for the main stocks of cod and herring in the Baltic.",
        "The Commission proposes an EU quota of 2,100 tonnes for sole.",
        "The regional ministers agreed to harmonise fishing permits so that boats pay one fee.",
        "The law will introduce harmonised criteria for deciding when used tyres become waste.",
        "The act would require firms that sell batteries in the country to take back old ones.",
        "Member states will have two years to bring their national rules into line with it.",
    ],
)
def test_limits_permits_and_duties_are_regulation(sentence: str) -> None:
    assert "regulation" in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        (
            "The summit will focus on energy, critical minerals and maritime security.",
            "supply-chain",
        ),
        (
            "Talks are expected to cover the free trade agreement and visa rules.",
            "regulation",
        ),
        (
            "The ministers discussed global challenges such as disruptions to supply chains and "
            "high debt.",
            "supply-chain",
        ),
        (
            "They agreed to hold a first meeting of farm ministers on food supply chains in May.",
            "supply-chain",
        ),
    ],
)
def test_a_meetings_agenda_covers_no_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_a_measure_agreed_at_a_meeting_keeps_its_area() -> None:
    sentence = "At the meeting, the ministers agreed to diversify supply chains for rare earths."
    assert "supply-chain" in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # what others are expected to get
        (
            "The fund's board is expected to approve a $900 million loan for Ghana next month.",
            "investment",
        ),
        (
            "Kenya is expected to receive the next loan tranche in March, analysts said.",
            "investment",
        ),
        # a grant that permits, not pays
        ("Regulator Grants Full Approval to New Malaria Vaccine", "investment"),
        ("The ministry granted the mine a two-year exemption from the levy.", "investment"),
        # an agreement on rules for investment
        ("Members of the investment facilitation agreement met in Geneva.", "investment"),
        # export curbs told as the harm they did
        ("Export curbs on rare metals have hit factories across the region.", "regulation"),
        # trade by rules named as a value
        ("We reaffirm our support for the rules-based multilateral trading system.", "regulation"),
        # an event the measure follows
        (
            "The aid was announced days after the two leaders signed a free trade agreement.",
            "regulation",
        ),
    ],
)
def test_what_others_do_or_the_measure_follows_is_no_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The council granted $2 million to the food bank.", "investment"),
        ("The bank will approve a $700 million loan for the port.", "investment"),
        ("The two countries will impose export controls on drone parts.", "regulation"),
    ],
)
def test_the_measure_itself_keeps_its_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council adopted rules on recycling cobalt from old phones.",
        "The regulation sets recycling targets for electric vehicle batteries.",
        "The cabinet approved a scheme to make wind turbine magnets at home.",
        "The plan will help firms manufacture vaccines domestically by 2030.",
    ],
)
def test_materials_won_back_and_inputs_made_at_home_are_supply(sentence: str) -> None:
    assert "supply-chain" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council will expand the recycling of glass bottles in every district.",
        "The bakery makes most of its money at home deliveries.",
    ],
)
def test_other_recycling_and_making_are_not_supply(sentence: str) -> None:
    assert "supply-chain" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair said the draft rules are broadly consistent with international standards.",
        "The navy will buy the new radar once it has been certified.",
        "Each tap in the clinic will be fitted with a certified filter.",
    ],
)
def test_one_thing_meeting_a_standard_is_no_common_standard(sentence: str) -> None:
    assert "standardization" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The partners will align their rules with international standards by 2028.",
        "The agency will set up a certification scheme for charging stations.",
    ],
)
def test_standards_made_common_keep_their_area(sentence: str) -> None:
    assert "standardization" in _areas(sentence)
