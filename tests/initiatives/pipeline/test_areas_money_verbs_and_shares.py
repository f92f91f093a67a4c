"""Investment told by what is paid, not only by the word "investment": the verb of paying
after a modal ("the trust will also fund school meals", "the utility must finance
repairs"), projects or loans approved by their sum, a contract's value, and a share of a
cost taken on. Talk about money that nobody commits carries no area. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.initiatives.pipeline.published import sentence_areas


def _areas(sentence: str) -> set[str]:
    return set(sentence_areas(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The state will also fund three more coroners for the northern district.",
        "The utility must finance repairs to every leaking main within a year.",
        "The charity trust will jointly fund breakfast clubs in forty schools.",
        "The regional bank's board approved three projects totalling $310 million for ports.",
        "The lender signed two credits worth €90 million with the water board.",
        "The launch contract has a total value of about $52 million.",
        "The province committed to cover 40 per cent of the cost of the new ferries.",
        "The city will pay half the costs of the flood barrier.",
    ],
)
def test_a_payment_committed_is_investment(sentence: str) -> None:
    assert "investment" in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials asked how to fund it.",
        "The aid group is appealing for $40 million to fund winter tents.",
        "The fund will be run by the central bank.",
        "The agency reported a 40 per cent rise in the cost of living.",
    ],
)
def test_money_only_talked_about_is_no_investment(sentence: str) -> None:
    assert "investment" not in _areas(sentence)
