"""Decision days on pages written as real publishers write them: a meeting's day told by
who convened it, by a fronted date over a passive "was convened", or by the one who
chaired it; a weekday whose bracketed date shows it is still to come. Dates are read
against the publication day (a parameter, never the clock). Texts written for these
tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 5, 14)  # a Friday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (  # a chair's summary: who met, with a complement of their own, "convened"
            "Agriculture ministers of the Andean Community convened on May 10, 2027, "
            "alongside the regional food forum in Quito.",
            dt.date(2027, 5, 10),
        ),
        (  # "responsible for", then "gathered"
            "Ministers responsible for fisheries in the Pacific Islands Forum gathered on "
            "11 May 2027 in Suva for their annual talks.",
            dt.date(2027, 5, 11),
        ),
    ],
)
def test_a_summarys_decisions_take_the_day_its_ministers_convened(
    opening: str, day: dt.date
) -> None:
    text = (
        "Chair's Summary\n\n"
        f"{opening}\n\n"
        "They heard from the regional bank about its lending to small farms.\n\n"
        "Ministers committed to a shared register of fishing vessels by 2028."
    )
    decision = _decide(text)
    assert decision.decided_on == day
    assert decision.date_rule == "decided_on.meeting_day"


def test_a_meetings_fronted_day_over_a_passive_convened_dates_its_approvals() -> None:
    text = (
        "Government Press Office\n\n"
        "On Tuesday, 11 May 2027, a Council of Ministers meeting was convened at the "
        "State House and chaired by the Prime Minister.\n\n"
        "Ministers expressed their sympathy to the families of the miners.\n\n"
        "Ministers thanked the rescue teams.\n\n"
        "1. The Council approved the draft law on water utilities.\n\n"
        "2. The Council approved the national transport policy."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 5, 11)


def test_a_fronted_date_of_another_event_is_no_meeting_day() -> None:
    # The date is the flood's, not a meeting's: the approval is the day's news.
    text = (
        "Relief Agency\n\n"
        "On Tuesday, 11 May 2027, floods struck the northern districts.\n\n"
        "The agency has approved an emergency grant for the districts."
    )
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    ("quote", "day"),
    [
        ("I chaired the Council of Ministers meeting at the Government Palace today;", PUBLISHED),
        ("I presided over the cabinet session in Dakar on Wednesday;", dt.date(2027, 5, 12)),
    ],
)
def test_the_meeting_its_chair_held_that_day_dates_the_approvals_made_during_it(
    quote: str, day: dt.date
) -> None:
    text = (
        "ACCRA, May 14 (Agency) - The Vice President has chaired the weekly meeting of "
        "ministers held at the Palace.\n\n"
        "The meeting was attended by the ministers of finance, trade and health.\n\n"
        f'The Vice President said, "{quote} we reviewed the progress of the coastal road."\n\n'
        'He added, "During the meeting, we approved the creation of a national ports '
        'agency to coordinate customs and harbours."'
    )
    assert _decide(text).decided_on == day


def test_a_weekday_whose_bracketed_date_is_ahead_does_not_date_the_decision() -> None:
    # The vote is on Monday 17 May, after the story; the cabinet met on Friday.
    text = (
        "WELLINGTON: A day before the assembly votes on the budget on Monday (May 17), the "
        "government has agreed to a package of reforms to the tax code.\n\n"
        "A statement issued by the finance minister on Friday said ministers agreed "
        "the package at their weekly meeting.\n\n"
        "The package includes a lower rate for small firms."
    )
    decision = _decide(text)
    assert decision.decided_on == PUBLISHED  # Friday 14 May, not Monday 10 May


def test_a_weekday_whose_bracketed_date_is_gone_by_still_dates_the_decision() -> None:
    text = (
        "SINGAPORE: The cabinet on Wednesday (May 12) approved a bill on online scams.\n\n"
        "The minister said the bill would be tabled in June.\n\n"
        "Critics said the bill went too far."
    )
    assert _decide(text).decided_on == dt.date(2027, 5, 12)


def _digest(date_line: str) -> str:
    # A digest page: each item is a date line, then its heading, then its text.
    return (
        "Health Agency Digest [to 13 May 2027]\n\n"
        "11 May 2027 Press release\n"
        "Clinics extend opening hours in rural districts\n\n"
        "11 May 2027 Press release\n"
        "Vaccination week draws record numbers\n\n"
        f"{date_line}\n"
        "Health Research Trust Established to Fund Rare Disease Studies\n"
        "The agency welcomes the creation of the trust, which will fund studies of rare "
        "diseases in low-income countries.\n"
        "The trust will publish its first call for proposals in the autumn.\n"
    )


@pytest.mark.parametrize(
    ("date_line", "day"),
    [
        ("10 May 2027 News release", dt.date(2027, 5, 10)),
        ("May 9, 2027 | Statement", dt.date(2027, 5, 9)),
        ("10 May 2027", dt.date(2027, 5, 10)),
    ],
)
def test_a_digests_item_is_dated_by_its_own_date_line(date_line: str, day: dt.date) -> None:
    decision = _decide(_digest(date_line))
    assert decision.decided_on == day
    assert decision.date_rule == "decided_on.item_date_line"


@pytest.mark.parametrize(
    "date_line",
    [
        "Posted by the press office",  # no date
        "Page 2 of 10",  # furniture, no date
        "10 January 2027 News release",  # long before the page: not the item's news
    ],
)
def test_an_item_without_its_own_recent_date_line_takes_the_pages_day(date_line: str) -> None:
    assert _decide(_digest(date_line)).decided_on == PUBLISHED


def test_a_summary_boxs_aims_do_not_push_the_story_out_of_the_lead() -> None:
    # A ministry's release: three aims above the story, each a bare infinitive.
    text = (
        "Press Release\n\n"
        "Transport Ministry - Work Plan for 2027\n\n"
        "To cut average commuting times in the capital by a tenth through new bus lanes, "
        "park-and-ride sites and tolls at the busiest hours\n\n"
        "To double the number of electric buses on city routes and to replace every diesel "
        "ferry on the river crossings with a hybrid one;\n\n"
        "To open two new rail links to the northern ports by 2030 and to raise freight "
        "carried by rail to a third of the total\n\n"
        "On May 3rd (Monday), the Ministry of Transport announced its work plan for 2027, "
        "with a focus on public transport.\n\n"
        "The plan was presented to the cabinet."
    )
    decision = _decide(text)
    assert decision.decided_on == dt.date(2027, 5, 3)


def test_a_lead_that_opens_to_date_is_a_sentence_not_an_aim() -> None:
    text = (
        "Water Board\n\n"
        "To date, the board has approved 40 grants for rural wells and 12 for schools, more "
        "than in any year before.\n\n"
        "The board expects to approve more in June.\n\n"
        "Wells will be inspected yearly.\n\n"
        "On May 3rd, the board announced its drought plan for 2027."
    )
    # "To date, …" is the lead's first paragraph: the drought plan stays outside the lead.
    assert _decide(text).decided_on == PUBLISHED


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "At a ceremony in the capital on Wednesday, the President marked the tenth "
            "anniversary of the skills fund, gaining a fresh promise from employers to hire "
            "5,000 apprentices.",
            dt.date(2027, 5, 12),
        ),
        (
            "The finance minister on Tuesday secured a new commitment from ten lenders to "
            "cut fees on remittances.",
            dt.date(2027, 5, 11),
        ),
    ],
)
def test_a_pledge_received_from_others_is_the_days_news(sentence: str, day: dt.date) -> None:
    text = f"Skills\n\n{sentence}\n\nThe programme began in 2017."
    decision = _decide(text)
    assert decision.decided_on == day
    assert decision.status_rule == "status.pledge_received"


def test_a_promise_kept_is_no_pledge_received() -> None:
    text = (
        "Skills\n\nThe fund kept its promise to employers on Wednesday.\n\n"
        "The programme began in 2017."
    )
    assert _decide(text).status_rule != "status.pledge_received"


@pytest.mark.parametrize(
    ("news", "day"),
    [
        (  # undated: the day's news
            "Building on the premier's visit to the port today, the transport minister "
            "announced the new $300-million Regional Rail Fund, which will fund three lines.",
            PUBLISHED,
        ),
        (  # dated in its own sentence
            "On May 12, the transport minister launched the Regional Rail Fund, which will "
            "fund three lines.",
            dt.date(2027, 5, 12),
        ),
    ],
)
def test_the_act_done_to_what_the_title_names_is_the_news_not_the_background(
    news: str, day: dt.date
) -> None:
    text = (
        "Regional Rail Fund backs three new lines in the north\n\n"
        "On May 4, the Government tabled its 2027 budget, setting out its plan for growth. "
        "The plan aims to raise productivity.\n\n"
        f"{news}\n\n"
        "Details will be announced in the coming months."
    )
    decision = _decide(text)
    assert decision.decided_on == day
    assert decision.date_rule == "decided_on.title_named"


@pytest.mark.parametrize(
    "title",
    [
        "Budget Backs Regional Rail Fund For New Lines",  # title case: no name read
        "Rail lines for the north",  # no proper name
    ],
)
def test_without_a_name_in_a_sentence_case_title_the_dated_act_stands(title: str) -> None:
    text = (
        f"{title}\n\n"
        "On May 4, the Government tabled its 2027 budget, setting out its plan for growth. "
        "The plan aims to raise productivity.\n\n"
        "The transport minister announced the new Regional Rail Fund, which will fund "
        "three lines.\n\n"
        "Details will be announced in the coming months."
    )
    assert _decide(text).decided_on == dt.date(2027, 5, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote on the harbour plan was clear: of the 11 councillors, only Ms Okafor "
        "voted against it.",
        "After a long night of debate on the water bill, just two deputies voted no.",
    ],
)
def test_a_vote_told_by_its_few_dissenters_carried_the_decision(sentence: str) -> None:
    text = f"{sentence}\n\nThe council delayed a vote last month.\n\nThe plan runs to 2040."
    decision = _decide(text)
    assert decision.status == "adopted"
    assert decision.decided_on == PUBLISHED
    assert all("Okafor" not in quote.quote for _, quote, _ in decision.makers)


def test_a_vote_lost_by_many_is_no_carried_decision() -> None:
    text = (
        "Most councillors voted against the harbour plan.\n\nThe plan runs to 2040.\n\n"
        "The council will meet again in June."
    )
    assert _decide(text).status_rule != "status.carried_against"
