"""Words that read like promises but stand in a quotation, at the head of a list or in a
proposal's contents, and the agenda of a meeting: no actions. The promises beside them
stay."""

from __future__ import annotations

from tests.initiatives.pipeline.published import published_actions

LEAD = (
    "# Coastal rail line reopened\n\nThe Ministry of Transport announced on 3 March 2026 a "
    "plan to reopen the coastal rail line.\n\n"
)
PROPOSAL = (
    "# Commission proposes Baltic catch limits\n\nThe European Commission today proposed "
    "fishing opportunities for 2027 in the Baltic Sea.\n\n"
)


def described(lead: str, paragraph: str) -> list[str]:
    return [a.description for a in published_actions(lead, paragraph)]


def test_it_takes_no_quoted_promise_about_a_bare_pronoun() -> None:
    assert (
        described(
            LEAD,
            '"We will tackle it next Tuesday," the minister said. "We will give them the depot '
            'back," she added. “We will begin on it in May.”',
        )
        == []
    )


def test_it_takes_no_readiness_voiced_in_a_quotation() -> None:
    assert (
        described(
            LEAD,
            '"Scandinavia is ready to pay for its own railways," the mayor said. "Wales is '
            'prepared to fund its own stations."',
        )
        == []
    )


def test_it_keeps_a_quoted_promise_that_names_its_work_and_a_readiness_outside_quotes() -> None:
    found = published_actions(
        LEAD,
        '"We will publish the timetable by June 2026," the minister said. The regional '
        "authority is ready to run the depot.",
    )
    assert [(a.description, a.owner) for a in found] == [
        ("Publish the timetable", "Ministry of Transport"),
        ("Run the depot", "Regional authority"),
    ]


def test_it_takes_no_action_from_a_sentence_that_introduces_a_list() -> None:
    assert (
        described(
            LEAD,
            "The following is a list of towns that will receive new stations in 2026.\n\n"
            "Below are the members of the panel who will oversee the works:",
        )
        == []
    )


def test_it_takes_no_measure_of_a_proposal_for_its_proposers_work() -> None:
    assert (
        described(
            PROPOSAL,
            "The Commission proposes to lower the herring quota by 8% and to shut three "
            "nursery areas to dredgers. Under the proposal, member states would reduce "
            "trawling days by 5%.",
        )
        == []
    )


def test_it_keeps_the_programme_a_draft_plan_sets_out() -> None:
    # A draft published for comment is its publisher's programme, not someone's proposal.
    assert described(
        LEAD,
        "Under the draft strategy, the rail operator will electrify the line between "
        "Ashby and Corran by 2029.",
    ) == ["Electrify the line between Ashby and Corran"]


def test_it_keeps_a_proposed_step_with_its_own_date_and_the_proposers_other_work() -> None:
    found = published_actions(
        PROPOSAL,
        "The Government proposes to introduce a fisheries bill in the autumn. The Commission "
        "will publish the scientific advice by 30 June 2026.",
    )
    assert [a.description for a in found] == [
        "Publish the scientific advice",
        "Introduce a fisheries bill",
    ]


def test_it_takes_no_meetings_discussion_or_debate_for_an_action() -> None:
    assert (
        described(
            PROPOSAL,
            "Ministers will discuss the proposal at the December Council. The committee will "
            "debate the plan on 15 December and will hold a first exchange of views in January.",
        )
        == []
    )


def test_it_keeps_what_a_meeting_decides() -> None:
    found = published_actions(
        PROPOSAL,
        "Ministers will discuss the proposal at the December Council and are expected to "
        "adopt the catch limits on 16 December 2026.",
    )
    assert [a.description for a in found] == ["Adopt the catch limits"]
