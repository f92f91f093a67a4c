"""An area word read by its role in the sentence (areas_roles): money that the measure's
actors decide, promise or pay carries investment, money that is a report's topic, a cost
recovered or a grant that permits does not; rules proposed carry regulation, a motion
editing its own item or certificates recognised across a border do not; a stake in any
joint venture is no joint making; an area asked about in a "whether" clause, or in an
agreement that failed, is not covered. Sentences written for these tests."""

from __future__ import annotations

import pytest

from initiatives.pipeline.money import MONEY_RE
from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a sum as the object of a decided or promised act, with what it is for
        "The island's cabinet has approved 96 million kina for nine rural airstrips.",
        "The agency will mobilise NZ$14 million from bilateral donors for the clinics.",
        "The state has set aside 41 million ringgit in next year's plan for flood pumps.",
        "Treasury will earmark 2.1 billion U.S. dollars to help small shipyards.",
        # a sum as the size of works
        "Work on the 260 million tala seawall upgrade will resume in April.",
        "Ferries will use the port once the city's £75 million Harbourside programme ends.",
        # a contract's sum, and works paid for by a named instrument
        "Cabinet signed a contract in the sum of twelve million dollars ($12 million) with a "
        "local firm.",
        "The new bridge at Kalo will be financed through a concessional loan from Japan.",
        # paying for something, promised by an actor; support carried on
        "The province will pay for school buses on the three island routes.",
        "Parliament backed a three-year extension of the bus fare subsidy.",
    ],
)
def test_money_decided_promised_or_paid_is_investment(sentence: str) -> None:
    assert "investment" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # money as a document's or an assessment's topic
        "The tax office will publish guidance on the new apprenticeship tax credit next month.",
        "Semi-annual Report to the Assembly: Rural Roads Maintenance Fund, 2027",
        "Auditors will examine the impact of the fuel subsidy on rural bus operators.",
        # an investment recovered through a bill, a grant that permits
        "The standing charge recovers the network's investment and maintenance costs.",
        "The tribunal grants in part the appeal of the water company.",
        # a price the served will pay; a part others play
        "Customers will pay for the new meters through a monthly charge.",
        "Co-operatives have a key role to play in investing in market towns.",
        # an area asked about, or an agreement that failed
        "Ministers will decide whether to invest in a second ferry.",
        "Delegates failed to reach agreement on funding for the observatory.",
    ],
)
def test_money_as_topic_cost_or_permission_is_not_investment(sentence: str) -> None:
    assert "investment" not in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        (
            "The board extended the comment period on its proposed grid-connection rule.",
            "regulation",
        ),
        ("The parliament will amend Part 4 of the Fisheries Act to raise penalties.", "regulation"),
        (
            "The regulators agreed on the mutual recognition of pressure-vessel certificates.",
            "standardization",
        ),
        (
            "Two carmakers will set up a joint venture to assemble delivery vans in Porto.",
            "co-production",
        ),
    ],
)
def test_rules_made_and_making_together_carry_their_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ('That the Board amend Item 3 to add "and report back in spring".', "regulation"),
        (
            "The regulators agreed on the mutual recognition of pressure-vessel certificates.",
            "regulation",
        ),
        (
            "The scheme offers coaching, seed grants and market access to young traders.",
            "regulation",
        ),
        (
            "The export bank will take a minority stake in any joint ventures set up for the "
            "corridor.",
            "co-production",
        ),
        (
            "Observers called the pact a test of whether the bloc can cut its reliance on "
            "imported gas.",
            "supply-chain",
        ),
        ("The talks failed to reach agreement on export controls.", "regulation"),
    ],
)
def test_a_motion_a_recognition_a_stake_or_a_question_carry_no_such_area(
    sentence: str, area: str
) -> None:
    assert area not in _areas(sentence)


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        ("approved 96 million kina for", "96 million kina"),
        ("earmark 2.1 billion U.S. dollars", "2.1 billion U.S. dollars"),
        ("a 41 million ringgit plan", "41 million ringgit"),
        ("KES 3 billion for roads", "KES 3 billion"),
        ("₦40 billion for clinics", "₦40 billion"),
        ("18 million pa'anga", "18 million pa'anga"),
    ],
)
def test_sums_in_more_currencies_are_money(text: str, sum_: str) -> None:
    match = MONEY_RE.search(text)
    assert match is not None and match.group() == sum_


@pytest.mark.parametrize(
    "text",
    ["the COP 28 summit", "the TOP 5 priorities", "5 million US troops", "2 million soldiers"],
)
def test_codes_and_counts_are_not_money(text: str) -> None:
    assert MONEY_RE.search(text) is None


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # a duty laid on a class of parties, in the passive
        ("Ferry operators will be required to post their timetables online.", "regulation"),
        ("Letting agents say landlords will be obliged to register every flat.", "regulation"),
        # a fine laid
        ("The watchdog imposed a fine of €3 million on a courier firm.", "regulation"),
        # what a bill would change in the rules
        (
            "Doctors welcomed a bill due on Monday that would allow pharmacists to prescribe antibiotics.",
            "regulation",
        ),
        # licensed making, told at length
        (
            "From 2028 we will build 40 buses a year at our Kumasi works under licence from a "
            "Dutch maker.",
            "co-production",
        ),
    ],
)
def test_duties_fines_bills_and_licensed_making_carry_their_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # a condition on the firms of one deal, named before
        ("Under the deal, the two carriers will be required to share slot data.", "regulation"),
        (
            "The ports will open in May, and these operators will be required to hire locally.",
            "regulation",
        ),
        # powers to fine are no fine laid
        ("Wardens will be given powers to issue fixed penalty fines.", "regulation"),
        # rents kept low in the programme's own homes
        ("The flats will be let at rents capped at half the market rate.", "regulation"),
        # a state of things welcomed; an appeal's sum and purpose
        ("The envoy welcomed that 14 members now spend 1.5% of GDP on research.", "investment"),
        ("The agency is appealing for $40 million to fund the clinics.", "investment"),
    ],
)
def test_conditions_powers_programme_terms_and_appeals_carry_no_such_area(
    sentence: str, area: str
) -> None:
    assert area not in _areas(sentence)


def test_making_more_of_what_runs_short_is_supply_chain() -> None:
    assert "supply-chain" in _areas("The plan will ramp up the production of insulin and syringes.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A joint venture of two engineering firms will carry out all civil works.", False),
        ("The two firms will form a joint venture to make wind turbine blades.", True),
    ],
)
def test_a_contractor_joint_venture_is_no_joint_making(sentence: str, expected: bool) -> None:
    assert ("co-production" in _areas(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2019, the two provinces agreed to invest 3% of GDP in transit.", False),
        ("Since 2021, the trust has given $4 million to village schools.", False),
        ("By 2030, the two provinces will invest 3% of GDP in transit.", True),
    ],
)
def test_money_given_in_an_earlier_year_is_history(sentence: str, expected: bool) -> None:
    assert ("investment" in _areas(sentence)) is expected
