"""Area classes that our own probes showed missing (session 21): sums for a plant, a
reserve or named projects; funding as a verb; spending targets as a share of GDP; goods
made under licence or with partners; a critical mineral's mines; a technical field's
standards; rules put out for consultation, duties of a kind, tariffs imposed, customs
cooperation, amendments; and a call on others, which commits to no area. Sentences
written for these tests, in the styles of ministries, wires, agencies and aid appeals."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The carmaker will open a €900 million assembly plant near Porto.", "investment"),
        ("Canberra set up a A$400 million fuel reserve for emergencies.", "investment"),
        ("The agency has $75 million for flood defence projects this year.", "investment"),
        ("The state has NOK 5 billion for a new fuel reserve.", "investment"),
        ("The city has $2 billion to build a new bridge.", "investment"),
        ("The province will fund 40 new midwife posts in rural hospitals.", "investment"),
        ("Both ministries will jointly fund a hydrogen test centre.", "investment"),
        ("Ministers backed the budget request for new frigates.", "investment"),
        ("Lithuania will meet the NATO target of 3% of GDP next year.", "investment"),
        ("Local firms will assemble the trainers in Poznan under licence.", "co-production"),
        ("The turbines are to be manufactured with two Korean partners.", "co-production"),
        ("The state will speed up permits for new cobalt mines.", "supply-chain"),
        ("The institute will publish an encryption standard for smart meters.", "standardization"),
        ("A common charging standard for e-bikes will apply from 2028.", "standardization"),
        ("The ministry will consult on freshwater rules this year.", "regulation"),
        ("Ofcom will enforce universal service obligations on broadband.", "regulation"),
        ("Brazil will impose a 15% tariff on imported solar panels.", "regulation"),
        ("The partners will deepen customs cooperation at the border.", "regulation"),
        ("The cabinet adopted amendments to fisheries legislation.", "regulation"),
    ],
)
def test_the_sentence_carries_its_area(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Charities called on governments to pledge $1 billion for famine relief.", "investment"),
        ("States are urged to increase funding for refugee camps.", "investment"),
        ("The agency is appealing for $200 million to fund winter shelters.", "investment"),
        ("Unions urged the ministry to impose a 20% tariff on steel.", "regulation"),
        ("The country cut its deficit to 3% of GDP last year.", "investment"),
        ("The central bank sold $20 billion of its reserves.", "investment"),
        ("Shares worth $40 billion were sold as the factory closed.", "investment"),
    ],
)
def test_the_sentence_carries_no_such_area(sentence: str, area: str) -> None:
    assert area not in _areas(sentence)
