"""Each area by meaning, in the wordings of health ministries, energy councils, housing
departments, farm agencies, trade negotiators and climate summits; and the false friends
that name an area's word without the measure covering it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from initiatives.pipeline.extract_areas import find_areas
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure


def _areas(sentence: str) -> dict[str, str]:
    text = f"A statement\n\n{sentence}"
    return {a.area: a.evidence.quote for a in find_areas(text, segments(text, structure(text)))}


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # co-production: partners who make the thing together, or one who makes it under
        # the other's know-how.
        (
            "The cabinet cleared a five-year insulin production agreement between the health "
            "ministry and a local drug maker.",
            "co-production",
        ),
        (
            "The ministry partners Acme Biologics for a new vaccine production plant.",
            "co-production",
        ),
        (
            "The state shipyard teamed up with a Korean group to produce patrol boats.",
            "co-production",
        ),
        (
            "The deal provides for the transfer of technology for manufacturing six vaccines "
            "at the national institute.",
            "co-production",
        ),
        # supply-chain: security of supply in any field.
        (
            "The rules are meant to guarantee the security of electricity supplies this winter.",
            "supply-chain",
        ),
        ("The measures will improve gas supply security across the bloc.", "supply-chain"),
        # investment: money paid out, however it is named.
        (
            "The fund's board approved the disbursement of approximately $800 million to the "
            "country.",
            "investment",
        ),
        (
            "Rich nations agreed to pool at least 250 billion USD a year by 2035 to support "
            "poorer ones.",
            "investment",
        ),
        ("Ministers signed the climate finance agreement after talks ran overnight.", "investment"),
        ("Growers hit by the frost will receive cash benefits and advice.", "investment"),
        ("The agency will start direct payments to dairy farmers in May.", "investment"),
        # regulation: rules kept, changed, agreed or undone.
        (
            "Ministers agreed on extending the period of application of two emergency gas "
            "regulations by a year.",
            "regulation",
        ),
        ("The ministers agreed to delete article 7 of the draft.", "regulation"),
        (
            "The act aims to speed up the permit-granting process for solar farms.",
            "regulation",
        ),
        (
            "Cities that relax zoning rules will score higher in the grant competition.",
            "regulation",
        ),
        (
            "Delegates reached an agreement on the rules for a global carbon credits market.",
            "regulation",
        ),
        (
            "The coalition wants to overturn the central provision of the heating law.",
            "regulation",
        ),
        (
            "The new law stipulates that every new boiler must run on 50% renewable heat.",
            "regulation",
        ),
        (
            "Members agreed to extend for the last time the e-commerce moratorium.",
            "regulation",
        ),
        (
            "The deal gives duty-free access to nine in ten of the partner's farm goods.",
            "regulation",
        ),
        ("It also grants tariff cuts on wine and wool over five years.", "regulation"),
    ],
)
def test_it_links_an_area_by_its_meaning_in_any_field(sentence: str, area: str) -> None:
    assert _areas(sentence)[area] == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # What a treaty is said not to do is not what it covers.
        (
            "The treaty does not give the secretariat any power to impose requirements such "
            "as travel bans or vaccine mandates.",
            "regulation",
        ),
        (
            "The accord won't create new obligations for companies or introduce binding rules.",
            "regulation",
        ),
        # Recognising professionals' diplomas is about who may work, not product norms.
        (
            "Both sides see room to cooperate on startups and mutual recognition of "
            "professional qualifications.",
            "standardization",
        ),
        # A topic on the agenda is not a pot of money.
        (
            "The leaders discussed loss and damage and adaptation finance at the session.",
            "investment",
        ),
        # A law that pays is not a rule that binds; a pause in debt payments is relief.
        (
            "The party will work for a bill stipulating support measures for chip makers.",
            "regulation",
        ),
        (
            "Creditors will extend the debt service moratorium by six months.",
            "regulation",
        ),
        # Supply of homes is not a supply chain; shortages of skills are not of inputs.
        (
            "The plan will boost housing supply and tackle skills shortages in construction.",
            "supply-chain",
        ),
    ],
)
def test_a_false_friend_links_no_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_a_denial_does_not_hide_what_the_measure_does_elsewhere_in_the_sentence() -> None:
    sentence = (
        "The regulation bans single-use vapes; it does not impose requirements on refill shops."
    )
    assert _areas(sentence)["regulation"] == sentence


def test_mutual_recognition_of_products_is_still_a_standard() -> None:
    sentence = "The partners will seek mutual recognition of conformity assessments for toys."
    assert _areas(sentence)["standardization"] == sentence


def test_what_follows_but_after_a_denial_counts_again() -> None:
    sentence = "The bill does not cap rents but bans no-fault evictions outright."
    assert _areas(sentence)["regulation"] == sentence


def test_joint_work_up_to_production_is_co_production() -> None:
    sentence = (
        "The accord lets both navies run joint research, development and production projects."
    )
    assert _areas(sentence)["co-production"] == sentence


def test_others_need_to_invest_is_not_a_funding_commitment() -> None:
    sentence = "The rule gives utilities the certainty they need to invest in cleaner turbines."
    assert "investment" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum also aims to promote investment in the battery supply chain.",
        "Both sides will exchange information on government subsidies for chip firms.",
    ],
)
def test_money_hoped_for_or_talked_about_is_not_a_funding_commitment(sentence: str) -> None:
    assert "investment" not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The department announced a fuel mandate, which will require 10% of jet fuel to be "
        "sustainable by 2030.",
        "The blending mandate starts in January.",
    ],
)
def test_a_quota_laid_on_a_market_is_regulation(sentence: str) -> None:
    assert _areas(sentence)["regulation"] == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Ottawa will provide Manitoba with $120 million for rental homes.", "investment"),
        ("The towns signed agreements under the Rural Roads Renewal Fund.", "investment"),
    ],
)
def test_money_given_to_a_partner_or_a_named_fund_is_investment(sentence: str, area: str) -> None:
    assert _areas(sentence)[area] == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        (
            "Panelists are discussing ways to strengthen supply chains around the world.",
            "supply-chain",
        ),
        (
            "Leaders are expected to discuss imposing new export controls on the rival.",
            "regulation",
        ),
        (
            "The partners back sustainable, resilient and quality infrastructure in poorer "
            "countries.",
            "standardization",
        ),
        (
            "The statement was read out by the head of the International Monetary Fund.",
            "investment",
        ),
    ],
)
def test_talk_built_infrastructure_and_a_named_body_link_no_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_quality_infrastructure_of_standards_still_counts() -> None:
    sentence = "The institute will strengthen the national quality infrastructure."
    assert _areas(sentence)["standardization"] == sentence
