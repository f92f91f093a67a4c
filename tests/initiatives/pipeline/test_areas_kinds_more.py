"""Areas by meaning, from the kinds a blind set of real documents showed: sums in rupees and
crores, support paid to people, rules a regulator issues or enforces, what a law does,
markets overseen, competition remedies, legislative proposals, making more at home; and
their false friends (a "climate package" of laws, subsidies cut, household tax credits,
infrastructure of high quality). Sentences written for these tests in the styles of
several publishers; each link quotes its own sentence."""

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
        # Indian cabinet briefing: sums in rupees, crores and lakhs, with what they cost.
        (
            "The scheme will run for five years with a financial outlay of Rs 4,210 crore.",
            "investment",
        ),
        ("The Cabinet cleared the port project at a cost of ₹ 7,450 crore.", "investment"),
        ("Together they involve an expenditure of over Rs 2 lakh crore.", "investment"),
        ("The development bank will give $40 million towards the rural roads.", "investment"),
        # French ministry factsheet: support paid to people.
        ("Apprentices who commute by car will be eligible for a monthly grant.", "investment"),
        ("Heating subsidies will be increased by 5% next winter.", "investment"),
        ("Public radio will from now on be financed by the state budget.", "investment"),
        # Irish parliamentary answer.
        (
            "We will make sure the funds are properly targeted to the households most at risk.",
            "investment",
        ),
        # New Zealand budget release: a package that says it is money.
        ("The recovery package tops up wage support for small firms.", "investment"),
        # US agency release: rulemaking.
        ("The agency finalized its long-awaited methane rule on Tuesday.", "regulation"),
        ("Through a direct final rule, the office extends three filing dates.", "regulation"),
        ("The new standard sets limits on lead in drinking water pipes.", "regulation"),
        ("Refineries must comply with the revised benzene limits by 2028.", "regulation"),
        ("Utilities asked for compliance extensions for their older units.", "regulation"),
        ("Smelters will face enforceable sulphur dioxide rules from 2029.", "regulation"),
        # German wire story: what a law does.
        ("The act obliges landlords to publish the energy rating of each flat.", "regulation"),
        ("It sets binding emission-reduction targets for each ministry.", "regulation"),
        # Reuters factbox: a cap as a verb.
        ("Water bills will be capped at 2% for two years.", "regulation"),
        # G20 communiqué: markets overseen.
        (
            "Leaders agreed to strengthen the regulation of credit rating agencies and markets.",
            "regulation",
        ),
        ("Ministers will look at regulating parts of the derivatives markets.", "regulation"),
        # UK competition authority page.
        ("The authority is reviewing two merger remedies from 2009.", "regulation"),
        ("It opened a market investigation into veterinary services.", "regulation"),
        # European Commission press release.
        (
            "The Commission will withdraw three legislative proposals that have stalled.",
            "regulation",
        ),
        # Prime minister's speech.
        ("All households should save a fifth of their gas this winter.", "regulation"),
        # Korean and Canadian releases: making more at home.
        ("The plan aims at self-sufficiency in feed grains by 2035.", "supply-chain"),
        ("The fund will rebuild the country's domestic vaccine production.", "supply-chain"),
        ("Members agreed to keep access to medical supplies open in a crisis.", "supply-chain"),
    ],
)
def test_a_kind_of_meaning_links_its_area_with_its_sentence(sentence, area):
    assert _areas(sentence).get(area) == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # A set of laws called a package is not a fund.
        ("The cabinet passed the long-debated climate package.", "investment"),
        # Subsidies cut or banned: a rule on others' spending.
        ("Members agreed deep reductions in export subsidies for farmers.", "investment"),
        ("The accord limits subsidies for fleets that fish illegally.", "investment"),
        # A family's tax credit is not money for investment.
        ("The council will study a refundable tax credit for low earners.", "investment"),
        # Roads and ports of high quality are not a quality infrastructure of norms.
        ("The partners will finance high-quality infrastructure in Africa.", "standardization"),
        # A complaint about rules made before is not a measure.
        ("Firms said heavy-handed regulations had stifled them for years.", "regulation"),
        # Antitrust named in passing, without a rule.
        ("Rivals may try to catch up in other ways, such as antitrust suits.", "regulation"),
        # A rule of law is not a rule.
        ("The summit adopted the rule of law as its theme.", "regulation"),
    ],
)
def test_a_false_friend_links_nothing(sentence, area):
    assert area not in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Swiss, Hong Kong and Korean releases: currencies written as codes and prefixes.
        "The federal council approved an outlay of CHF 1.2 billion for rail freight.",
        "The budget sets aside HK$3 billion to support small shops.",
        "It committed KRW 500 billion to the new fund.",
    ],
)
def test_sums_in_other_currencies_are_investment(sentence):
    assert _areas(sentence).get("investment") == sentence


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # A development agency: capacity building is not making things at home.
        (
            "The programme helps partner ministries develop their own capacity to plan.",
            "supply-chain",
        ),
        # A refugee agency: a family's self-reliance.
        ("The grants help refugee families become self-reliant within two years.", "supply-chain"),
        # A G20 communiqué: targets that bind nobody, and fuel subsidies reformed.
        ("Leaders set non-binding targets for methane cuts.", "regulation"),
        (
            "Leaders reaffirmed their pledge to phase out inefficient fossil fuel subsidies.",
            "investment",
        ),
        ("Ministers held talks on fossil fuel subsidies.", "investment"),
    ],
)
def test_look_alikes_of_the_new_kinds_link_nothing(sentence, area):
    assert area not in _areas(sentence)
