"""Other shapes of a promise: a leader telling a body what to do, a dated wish or
target, a target the plan sets for every sector, "We'll", "is soon expected to", a
dated entry into force, work a body is given power to do, work that ends a waiting
period, and a pledge given in a participle clause."""

from __future__ import annotations

from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import action_rows, published_initiative


def actions(text: str, url: str) -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


KOREAN_WIRE = (
    "# Gov't to boost chip industry\n\nSEOUL, March 3 (Yonhap) -- The government on "
    "Tuesday unveiled a plan to foster the semiconductor industry. President Lee has told "
    "the cabinet to double chip exports by 2030. The industry ministry wants to train "
    "50,000 chip engineers by 2031. The ministry wants to be a leader.\n"
)


def test_it_reads_a_leader_telling_the_cabinet_and_a_dated_wish_as_promises() -> None:
    found = actions(KOREAN_WIRE, "https://en.yna.co.kr/view/AEN20270303")
    # The dated wish is read by the general promise rule first, owned by the ministry.
    assert sorted((a.description, a.owner, a.due.text if a.due else None) for a in found) == [
        ("Double chip exports", "Cabinet", "by 2030"),
        ("Train 50,000 chip engineers", "Industry ministry", "by 2031"),
    ]
    assert {a.rule for a in found} >= {"action.told"}


JAPANESE_WIRE = (
    "# Japan adopts water plan\n\nTOKYO, June 2 (Jiji Press) -- The Japanese government "
    "adopted a water security plan on Friday. Under the plan, all sectors should use 10 "
    "percent less water by 2035. The target is to cut leakage from pipes by half by 2032. "
    '"We\'ll take budgetary measures to support local water utilities," the prime '
    "minister said.\n"
)


def test_it_reads_a_sector_target_a_stated_target_and_wed_as_the_governments() -> None:
    found = actions(JAPANESE_WIRE, "https://jen.jiji.com/jc/eng?g=eco&k=2027060200")
    assert action_rows(found) == [
        ("All sectors to use 10 percent less water", "Japan", "by 2035", "action.set_target"),
        ("Cut leakage from pipes by half", "Japan", "by 2032", "action.dated_aim"),
        ("Take budgetary measures to support local water utilities", "Japan", None,
         "action.will"),
    ]  # fmt: skip


def test_it_reads_soon_expected_work_and_a_dated_entry_into_force() -> None:
    found = actions(
        "# Ofcom online safety\n\nOfcom published its online safety plan on 4 February "
        "2027. Ofcom is soon expected to release new guidance for platforms. The new codes "
        "are expected to take effect from July 2027.\n",
        "https://www.ofcom.org.uk/news/online-safety-plan",
    )
    assert [(a.description, a.due.text if a.due else None, a.rule) for a in found] == [
        ("Release new guidance for platforms", None, "action.expected"),
        ("Bring the new codes into force", "from July 2027", "action.takes_effect"),
    ]
    assert {a.owner for a in found} == {"Ofcom"}


def test_it_gives_the_work_to_the_body_named_after_the_verb() -> None:
    found = actions(
        "# Fraud bill\n\nThe UK Government introduced a fraud bill on 3 March 2027. The bill "
        "would give the Home Office authority to coordinate the response to online fraud. "
        "Interim rules will stay in place until the government completes updates to the "
        "fraud code.\n",
        "https://www.gov.uk/government/news/fraud-bill",
    )
    assert action_rows(found) == [
        ("Coordinate the response to online fraud", "Home Office", None, "action.empowered"),
        ("Complete updates to the fraud code", "United Kingdom", None, "action.until_done"),
    ]


def test_it_reads_a_pledge_given_in_a_participle_clause() -> None:
    found = actions(
        "# G7 Leaders' Statement\n\nWe, the Leaders of the G7, met in Evian on 16 June "
        "2027, agreeing to uphold the ceasefire terms.\n",
        "https://www.g7.utoronto.ca/summit/2027evian/statement.html",
    )
    assert action_rows(found) == [("Uphold the ceasefire terms", "G7", None, "action.agreeing")]


def test_a_passive_promise_belongs_to_its_agent_even_when_a_date_follows_it() -> None:
    found = actions(
        "# Tourism summit\n\nThe Japanese government announced a tourism strategy on "
        "2 June 2027. The first summit will be organized by the National Tourism Agency in "
        "October 2027.\n",
        "https://www.mlit.go.jp/en/report/press/tourism.html",
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Organize the first summit", "National Tourism Agency", "action.promise.passive_agent")
    ]
    assert found[0].due is not None and str(found[0].due.latest) == "2027-10-31"


def test_a_month_after_by_is_a_deadline_not_an_agent() -> None:
    found = actions(
        "# Grid plan\n\nThe Council adopted the regional grid plan on 3 March 2026. A "
        "connection guide will be published by September 2026.\n",
        "https://www.consilium.europa.eu/en/press/press-releases/2026/03/03/grid/",
    )
    assert [(a.description, a.owner, a.rule) for a in found] == [
        ("Publish a connection guide", "Council of the EU", "action.promise")
    ]
