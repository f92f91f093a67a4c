"""Areas in the words of real pages from fields the rules had not met (policing, planning,
housing, food prices, media, health, space, logistics, climate pledges): laws a cabinet
approves or promulgates, things that will be banned, duties lifted, mandatory targets and
ceiling prices, systems run by rules overhauled, border agencies brought together
(regulation); public resources steered to programmes and a scheme's cost split into shares
(investment); making told with its partner (co-production). Not covered: a law on the
state's own organs or one founding an institute, a gap in the accounts, one country's
investment in another, a footprint along a supply chain, what a speaker stresses.
Sentences written for these tests; each area's link quotes its sentence."""

from __future__ import annotations

import pytest

from initiatives.pipeline.money import MONEY_RE
from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a law approved or promulgated by its maker
        "The state cabinet has approved a Bill to curb loan sharks.",
        "Ministers gave in-principle approval to the Seed Certification Ordinance 2027.",
        "The council endorsed the Noise Control Law at its weekly meeting.",
        "The President approved the promulgation of the Fisheries (Amendment) Ordinance, 2026.",
        # things that will be banned, duties lifted, a freedom withdrawn
        "From next spring, disposable barbecues will be banned outright.",
        "Zombie knives are to be made illegal to sell online.",
        "Small charities will no longer be required to file quarterly accounts.",
        "Pawnbrokers will no longer be allowed to lend against gold after June.",
        # targets that bind, and a price sellers may not exceed
        "Each region will face mandatory recycling targets from next year.",
        "The ministry will set a ceiling price for cooking gas cylinders.",
        "Regulators fixed maximum retail prices for 40 essential medicines.",
        # a system run by rules remade
        "The department will overhaul the planning system for coastal towns.",
        "Ministers pledged to rewrite the inspection system for care homes.",
        # agencies at the border brought to work as one
        "The new board will bring together all port agencies, including customs and the "
        "coastguard, to cut waiting times.",
        "The plan will integrate the border agencies of the three islands.",
    ],
)
def test_laws_made_bans_and_duties_lifted_are_regulation(sentence: str) -> None:
    found = sentence_areas(sentence)
    assert "regulation" in found
    assert found["regulation"] == sentence  # the link quotes its sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a law on the state's own organs, or founding one institution
        "The coalition agreed to introduce a Bill to stop MPs from switching parties.",
        "The cabinet approved a bill to lower the voting age to 16.",
        "Ministers will table a bill to let retired judges sit part-time.",
        "The cabinet approved the bill regarding the establishment of the National Academy "
        "of Music in Kandy.",
        # a budget law pays rather than binds
        "The assembly approved the supplementary budget bill on Friday.",
        # a law approved long before is background
        "The province has already approved a law letting towns cap parking fees.",
        # a notice on a page, or a wish, not a ban to come
        "Copying of this page without permission is prohibited.",
        "Campaigners want flavoured vapes to be banned.",
        # a floor price a buyer offers is a term of trade
        "The co-operative will buy the harvest at a guaranteed floor price.",
        # a plan approved "as required by law" approves no law
        "The board approved the annual plan as required by law.",
    ],
)
def test_laws_on_the_states_own_organs_and_notices_are_not_regulation(sentence: str) -> None:
    assert "regulation" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # public resources steered to chosen work
        "The new budget law will focus resources on school meals and rural clinics.",
        "The ministry will redirect scarce funds towards flood defences.",
        # a scheme's cost, and who bears which share
        "The housing scheme carries a financial implication of Rs 4,200 crore.",
        "The federal share of $310 million was confirmed on Monday.",
        # a wire's short scale
        "Seoul to spend 4 tln won on rural broadband by 2030",
    ],
)
def test_money_steered_or_shared_is_investment(sentence: str) -> None:
    found = sentence_areas(sentence)
    assert "investment" in found
    assert found["investment"] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a gap or a loss in the accounts
        "An inquiry found a £9 billion black hole in the province's finances.",
        "The utility faces a €40 million shortfall in its budget.",
        # one country's investment in another, reported as a flow
        "Officials must speed up the projects under this Qatari investment in Kenya.",
    ],
)
def test_gaps_and_others_investment_are_not_investment(sentence: str) -> None:
    assert "investment" not in _areas(sentence)


def test_wire_scales_are_sums() -> None:
    assert MONEY_RE.search("to spend 13 tln won")
    assert MONEY_RE.search("a 2 bln euros loan")
    assert not MONEY_RE.search("the tln of the text")


@pytest.mark.parametrize(
    "sentence",
    [
        "Assembly of the new trainer aircraft in collaboration with a local firm will start "
        "in 2027.",
        "The agency will oversee production of the drones jointly with two partners.",
    ],
)
def test_making_with_a_named_partner_is_co_production(sentence: str) -> None:
    assert "co-production" in _areas(sentence)


def test_a_report_written_with_partners_is_not_co_production() -> None:
    assert "co-production" not in _areas(
        "A study of the production of vaccines was written in collaboration with three "
        "universities."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a footprint or a price along a supply chain
        "The retailers pledged to end deforestation in their supply chains by 2030.",
        "Members will report forced labour found across their supply chains.",
        "Fares will follow the costs of inputs in the supply chain.",
        # what a speaker stresses, and the work it lists in passing
        "The bank highlighted the importance of jobs, and its work in sectors such as "
        "critical minerals and ports.",
    ],
)
def test_footprints_and_stressed_topics_are_not_supply_chain(sentence: str) -> None:
    assert "supply-chain" not in _areas(sentence)


def test_security_of_supply_still_counts_beside_a_footprint() -> None:
    sentence = (
        "The retailers pledged to end deforestation in their supply chains and to build "
        "strategic reserves of grain."
    )
    assert "supply-chain" in _areas(sentence)
