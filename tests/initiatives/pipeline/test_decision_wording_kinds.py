"""Decision days in wordings a blind set of real documents showed: a gerund after the main
verb ("after adopting", "when presenting"), a participle with its weekday ("the budget
tabled Monday"), decisions "made", a decree passed, a possessive before the plan, a fiscal
update released, an update line heading its paragraph, the day of the meeting a
statement reports, and navigation lines that push the story below the lead. Texts
written for these tests in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision, decide
from initiatives.pipeline.extract_segments import segments
from initiatives.pipeline.structure import structure

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _decide(text: str, published: dt.date | None = PUBLISHED) -> Decision:
    reference = published or PUBLISHED
    return decide(text, segments(text, structure(text)), reference=reference, published=published)


@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        # A health body's newsletter: the gerund after the main verb.
        (
            "Member states closed their four-day assembly in Nairobi on 9 March, after "
            "adopting 14 resolutions on vaccines and clean water.",
            dt.date(2027, 3, 9),
            "adopted",
        ),
        # A wire story about a president: "when presenting".
        (
            "Every region must recycle a fifth of its waste water by 2032, the president said "
            "on Tuesday when presenting a national water plan in Lyon.",
            dt.date(2027, 3, 9),
            "announced",
        ),
        # A Canadian news agency: the participle with its weekday, no preposition.
        (
            "Key points of the provincial budget unveiled Wednesday by the finance minister:",
            dt.date(2027, 3, 10),
            "announced",
        ),
    ],
)
def test_a_gerund_or_a_participle_dates_the_decision(text: str, day: dt.date, status: str) -> None:
    decision = _decide(text, published=None)
    assert (decision.decided_on, decision.status) == (day, status)


def test_decisions_made_under_an_update_line_take_its_day() -> None:
    # A regulator's case page: update lines head their paragraphs, newest first.
    text = (
        "Review of two pipeline access undertakings\n\n"
        "The regulator is reviewing two undertakings given in 2011.\n\n"
        "4 March 2027: The regulator has made provisional decisions to release both "
        "undertakings.\n\n"
        "We are now consulting on these decisions."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 3, 4)
    assert decision.date_rule == "decided_on.status.took_decisions"


@pytest.mark.parametrize(
    "text",
    [
        # A post-Soviet government's news site.
        "The Cabinet of Ministers passed a decree on the digital registry of land plots.",
        # A prime minister's office.
        "The prime minister has outlined the government’s priorities for the coming year.",
        # A finance ministry.
        "The Treasury has released its Half-Year Economic & Fiscal Update alongside a "
        "winter support package.",
    ],
)
def test_a_decree_a_possessive_and_a_fiscal_update_are_decisions(text: str) -> None:
    decision = _decide(text)
    assert decision.has_cue
    # The lead states the decision without a day: the publication day, with a warning.
    assert decision.decided_on == PUBLISHED


def test_a_statement_of_a_meeting_dates_its_decisions_by_the_meeting() -> None:
    # A cabinet statement published the day after the meeting.
    text = (
        "At its meeting yesterday, Cabinet noted the report on the spring floods.\n\n"
        "Cabinet approved the extension of the school meals programme to rural districts.\n\n"
        "Cabinet also welcomed the outcome of the regional energy summit."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 3, 10)
    assert decision.date_rule == "decided_on.meeting_day"
    assert decision.segment is not None
    assert text[decision.segment.start : decision.segment.end].startswith("At its meeting")


def test_a_session_of_a_named_day_dates_its_decisions() -> None:
    text = (
        "The Council of Ministers, at its session of 8 March 2027, considered the budget.\n\n"
        "It approved the reform of the water utilities."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 3, 8)


def test_navigation_lines_above_the_story_do_not_push_it_out_of_the_lead() -> None:
    # A press corner page whose first lines are the site's navigation and a subtitle.
    text = (
        "Navigation path\n\n"
        "Left navigation\n\n"
        "Additional tools\n\n"
        "Press release\n\n"
        "Commission to drop stalled files from its work programme\n\n"
        "Brussels, 9 March 2027\n\n"
        "The Commission today decided to withdraw three proposals that have stalled."
    )
    decision = _decide(text, published=dt.date(2027, 3, 9))
    assert (decision.decided_on, decision.date_rule) == (dt.date(2027, 3, 9), "decided_on.today")


def test_a_decision_three_real_paragraphs_down_is_still_background() -> None:
    text = (
        "Ministers met in Vienna to discuss the river basin.\n\n"
        "They heard reports from the four national agencies.\n\n"
        "The talks will continue in the autumn.\n\n"
        "In 2019 the same ministers adopted a flood plan on 4 June."
    )
    decision = _decide(text)
    assert decision.decided_on is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministers will meet again before adopting the plan.",
        "Delegates spent the day on procedure, without adopting any text.",
    ],
)
def test_a_gerund_of_an_act_not_done_is_no_decision(text: str) -> None:
    assert _decide(text, published=None).status_rule != "status.adopting"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A Nordic government's release: the council met on a named day.
        (
            "The Council of State, which met on 5 March, approved the forestry bill.",
            dt.date(2027, 3, 5),
        ),
        # A cabinet office's minutes: the statement names its meeting's date.
        (
            "Summary of the cabinet meeting of 9 March 2027\n\n"
            "Cabinet endorsed the new coastal protection strategy.",
            dt.date(2027, 3, 9),
        ),
    ],
)
def test_the_meeting_named_in_the_lead_dates_what_it_decided(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


def test_a_weekday_that_owns_the_act_dates_it() -> None:
    # A wire story: "Tuesday's vote".
    decision = _decide(
        "Lawmakers backed the pension reform, and Tuesday's vote ends a year of strikes."
    )
    assert (decision.decided_on, decision.date_rule) == (
        dt.date(2027, 3, 9),
        "decided_on.weekday",
    )
