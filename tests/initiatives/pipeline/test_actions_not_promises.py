"""What reads like a promise and is not one (the decision itself, a question in quotes,
readiness, a plan told to someone), and promises that were lost to how their subject or
verb is written (a subject with its day, a hyphenated verb, a dated entry into force)."""

from __future__ import annotations

from initiatives.pipeline.extract_actions import is_question
from initiatives.pipeline.types import ExtractedAction
from tests.initiatives.pipeline.published import published_initiative


def actions(text: str, url: str = "https://example.org/news") -> list[ExtractedAction]:
    return published_initiative(text, url=url, fmt="md").actions


def described(found: list[ExtractedAction]) -> list[str]:
    return [a.description for a in found]


def test_it_reads_an_undated_decided_to_as_the_decision_not_a_follow_up() -> None:
    # the Commission's own release
    found = actions(
        "# Commission withdraws three pending proposals\n\nThe European Commission today "
        "decided to withdraw three pending proposals on packaging. The Commission has also "
        "decided to review the labelling rules by June 2028.\n",
        url="https://ec.europa.eu/commission/presscorner/detail/en/ip_27_100",
    )
    assert described(found) == ["Review the labelling rules"]


def test_it_reads_no_promise_in_a_quoted_question() -> None:
    found = actions(
        "# Assembly closes\n\nThe World Health Assembly adopted a resolution on 28 May 2027.\n\n"
        "The WHO will publish a progress report in 2028. “Will countries put policies in place "
        "to ensure that clinics are fairly shared?” she asked.\n",
        url="https://www.who.int/news/item/28-05-2027-assembly",
    )
    assert described(found) == ["Publish a progress report"]


def test_it_reads_no_work_in_being_prepared_to() -> None:
    found = actions(
        "# Summit ends\n\nNATO leaders agreed a new posture on 5 July 2027.\n\n“The "
        "alliance must be prepared to respond to any threat,” the Secretary General said.\n"
    )
    assert described(found) == []


def test_it_reads_no_plan_told_to_an_audience_as_work() -> None:
    # a wire story: "announced the plan to" is the audience, not a verb
    found = actions(
        "# Defence budget\n\nJapan's Prime Minister announced the plan to his cabinet on "
        "Monday (Nov 28), as Japan reviews its security strategy.\n"
    )
    assert [a for a in found if a.rule == "action.approved_plan"] == []


def test_it_reads_a_subject_that_gives_the_day_or_the_meeting() -> None:
    # an Indian daily on a G20 summit; a news agency on a NATO summit
    found = actions(
        "# G20 summit\n\nThe G20 leaders adopted a declaration on 9 September 2027.\n\nThe "
        "G20 countries on Saturday promised to work towards doubling energy efficiency by "
        "2030. NATO leaders at their meeting agreed to maintain a rotating presence in the "
        "east.\n"
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Work towards doubling energy efficiency", "G20 countries"),
        ("Maintain a rotating presence in the east", "NATO"),
    ]


def test_it_reads_a_hyphenated_verb() -> None:
    found = actions(
        "# Readiness plan\n\nNATO leaders approved a readiness plan on 5 July 2027.\n\nNATO "
        "will pre-position fuel and spare parts in the Baltic states.\n"
    )
    assert described(found) == ["Pre-position fuel and spare parts in the Baltic states"]


def test_it_reads_a_dated_entry_into_force_but_not_one_after_a_later_step() -> None:
    # a telecoms trade paper on a regulator's decision
    found = actions(
        "# New rules for phone companies\n\nOfcom published its decision on 3 March 2027.\n\n"
        "The new conditions will come into force on 1 October 2027. Once adopted, the code "
        "will enter into force 20 days after publication.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Bring the new conditions into force", "action.takes_effect"),
    ]


def test_a_quoted_question_followed_by_who_asked_it_is_a_question() -> None:
    asked = "“Will countries put policies in place to share the clinics?” she asked."
    assert is_question(asked, 0, len(asked))
    stated = "“We will build the clinics,” she said. Why? Because it matters."
    assert not is_question(stated, 0, stated.index("Why"))


def test_it_reads_the_work_listed_after_including_through_or_while() -> None:
    # a finance ministers' communiqué summarised by a local paper; a ministry's budget note
    found = actions(
        "# Ministers' communiqué\n\nThe G20 finance ministers adopted a communiqué on 21 "
        "September 2027.\n\nThe G20 will implement the water agenda, including through "
        "building a project pipeline and publishing a shared database. The G20 will keep "
        "rates low while recognising that growth and stability go together.\n"
    )
    assert [(a.description, a.rule) for a in found] == [
        ("Implement the water agenda", "action.promise"),
        ("Build a project pipeline", "action.promise.means"),
        ("Publish a shared database", "action.promise.means"),
        ("Keep rates low while recognising that growth and stability go together",
         "action.promise"),
    ]  # fmt: skip


def test_it_ends_a_passive_promise_where_a_new_subject_starts() -> None:
    # a wire factbox on a government's cost-of-living measures
    found = actions(
        "# Factbox: Portugal's relief measures\n\nPortugal's government approved relief "
        "measures on 7 September 2027.\n\nThe annual radio licence fee will be scrapped and "
        "public radio will henceforth be paid for by the state budget.\n"
    )
    assert found[0].description == "Scrap the annual radio licence fee"
    assert found[0].owner == "Portugal"


def test_it_reads_no_promise_in_what_a_body_will_use_a_plan_for() -> None:
    found = actions(
        "# Minerals strategy\n\nThe Australian Government released a minerals strategy on 20 "
        "June 2027.\n\nThe strategy will provide a framework that the Government will use to "
        "guide future decisions.\n"
    )
    assert [a.description for a in found if a.description.startswith("Use")] == []
