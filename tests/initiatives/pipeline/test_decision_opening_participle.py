"""A sentence that opens with the act and its day ("Launching the plan yesterday, the
agency said …") dates the decision by that day, not by a later "today" of the same
sentence; and a page that tells its headline again over the story, below a summary line
or a photo caption, has its lead start there. Read against the publication day (a
parameter, never the clock). Texts written for these tests, in the styles of a UN
agency's briefing notes, a finance ministry's budget story and a city's news page."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


def test_briefing_notes_date_the_launch_by_its_own_yesterday() -> None:
    text = (
        "WFP and partners seek US$200 million for families displaced by floods\n\n"
        "Briefing notes, 10 March 2027\n\n"
        "This is a summary of what the spokesperson said at today's press briefing in Geneva.\n\n"
        "Photo: families wait for food at a distribution site.\n\n"
        "WFP and partners seek US$200 million for families displaced by floods\n\n"
        "After weeks of heavy rain, 300,000 people have left their homes in the delta.\n\n"
        "Launching the 2027 Flood Response Plan yesterday, WFP said it expects the number "
        "of people in need to reach 500,000, up from 320,000 today.\n\n"
        "Under the plan, WFP will deliver monthly rations to 250,000 people."
    )
    assert decision_of(text, PUBLISHED).decided_on == dt.date(2027, 3, 9)


def test_a_budget_presented_on_a_weekday_dates_the_story() -> None:
    text = (
        "Treasury sets out jobs push\n\n"
        "Presenting the 2027 Mid-Year Budget Review on Monday, the Finance Minister said "
        "the government will create 50,000 jobs for young people by December.\n\n"
        "The programmes will be funded from domestic revenue."
    )
    assert decision_of(text, PUBLISHED).decided_on == dt.date(2027, 3, 8)


def test_a_participle_inside_a_sentence_without_a_day_adds_no_date() -> None:
    # No day in the opening clause: the opener is no cue of its own, and nothing else in
    # the text tells of a decision.
    text = (
        "Parks news\n\n"
        "Launching a new season of guided walks, rangers said the trails are busier than "
        "ever.\n\n"
        "Walks start from the visitor centre."
    )
    assert decision_of(text, PUBLISHED).decided_on is None
