"""Area classes read by meaning (session 20): money given without a sum, help paid to
households, laws reformed told as nouns, rules on what people may buy or own, permit and
reporting systems, tax rules coordinated between countries; and what does not carry an
area: reliance on anything but a source of supply, mandate letters, a site's cookie
notice, a "With … -ing" opening, and a date not set. Sentences written for these tests,
in the styles of ministries, wires, communiqués and regulators."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # investment: money committed without a sum.
        (
            "Substantial extra funds have been earmarked for rural clinics and schools.",
            "investment",
        ),
        (
            "The premiers said significant new resources will be made available to councils.",
            "investment",
        ),
        ("The coalition has pledged to spend more on nursing homes.", "investment"),
        ("The lenders aim to build a trust of at least $30 billion.", "investment"),
        ("Members may rechannel their spare reserves to poorer economies.", "investment"),
        ("The budget boosts government spending on coastal defences.", "investment"),
        # investment: help paid to households.
        ("Pensioners will receive heating vouchers worth up to a month's bills.", "investment"),
        ("The lowest earners get food cheques from September.", "investment"),
        ("An electricity bill rebate will be extended into the winter.", "investment"),
        ("Households will also get energy bill support through the spring.", "investment"),
        # regulation: a law reformed, told as a noun.
        ("Ministers backed an overhaul of the country's mining law.", "regulation"),
        ("The parliament approved a reform of the labour code.", "regulation"),
        ("The cabinet agreed a revision of the national building regulations.", "regulation"),
        # regulation: rules on what people may buy or own.
        ("The panel will draft rules on farmland purchases by overseas funds.", "regulation"),
        ("Canberra is weighing curbs on home acquisitions by non-residents.", "regulation"),
        ("The state tightened restrictions on foreign ownership of ports.", "regulation"),
        # regulation: a duty to ask or tell before acting.
        ("Landlords will face a new registration system from next year.", "regulation"),
        ("The agency proposed a prior notification requirement for large drones.", "regulation"),
        ("Short-term lets will need to enter a licensing regime.", "regulation"),
        # regulation: tax rules coordinated between countries.
        ("Ministers endorsed the report on harmful tax practices.", "regulation"),
        ("The members agreed to step up tax transparency between their authorities.", "regulation"),
        ("Leaders backed the plan against base erosion and profit shifting.", "regulation"),
        ("The forum will review anti-money laundering supervision in the region.", "regulation"),
        # supply-chain: reliance on a source of supply, still read.
        ("The strategy aims to end Europe's reliance on imported fertilisers.", "supply-chain"),
        ("Officials warned of the island's dependence on a few suppliers.", "supply-chain"),
        ("The plan tackles the grid's overdependence on Russian gas.", "supply-chain"),
    ],
)
def test_an_area_is_read_by_meaning(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        # Reliance on an economy's structure is no supply of anything.
        (
            "The plan seeks to cut the economy's heavy dependence on a handful of large firms.",
            "supply-chain",
        ),
        ("Growth remains reliant on big conglomerates and exporters.", "supply-chain"),
        ("Rural hospitals are dependent on volunteers at weekends.", "supply-chain"),
        # Instructions to ministers are not a rule binding anyone.
        ("The premier released new mandate letters for each minister.", "regulation"),
        # A site's notice about cookies and data is furniture, whatever law it names.
        (
            "This site uses cookies in line with the Data Protection Law and our privacy policy.",
            "regulation",
        ),
        # An opening "With …-ing" clause is the background the measure is set against.
        (
            "With farmers spending $3 billion a year on diesel, the ministers met in Rome.",
            "investment",
        ),
        # An earlier measure named as the reason for this one.
        (
            "That is why last year's spring budget held millions in funding for schools.",
            "investment",
        ),
        # A law whose date is not set is not made.
        (
            "The minister backed the idea but did not set a date for a new law on it.",
            "regulation",
        ),
    ],
)
def test_a_word_of_the_area_that_does_not_carry_it(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)


def test_an_opening_with_clause_keeps_a_measure_funded_by_someone() -> None:
    # "With funding from …" says who pays: the measure is funded.
    assert "investment" in _areas(
        "With funding of $40 million from the federal budget, the state will rebuild its dams."
    )
