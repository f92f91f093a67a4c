"""Session 27: a plan the subject holds, told as "with a plan to…" ("The mayor met the
crisis with a new plan to build 8,000 homes by 2028"), is that subject's promise when its
work is dated; undated it describes, and "published together with a plan to…" names what
is published. Sentences written for these tests, in a mayor's office's, a national
broadcaster's and a company's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import text_actions

PUBLISHED = dt.date(2026, 5, 12)
TODAY = dt.date(2026, 8, 1)


def rows(text: str) -> list[tuple[str, str | None, str | None]]:
    found = text_actions(text, today=TODAY, published=PUBLISHED)
    return [(a.description, a.owner, a.due.text if a.due else None) for a in found]


def test_a_mayor_meeting_a_crisis_with_a_dated_plan_promises_its_work() -> None:
    found = rows(
        "The City of Portland announced its housing strategy on Tuesday.\n\n"
        "Mayor Rivera answered the city's shortage of homes with a new plan to build more "
        "than 8,000 affordable units by 2030, the centre of the strategy."
    )
    assert [
        (d, due)
        for d, owner, due in found
        if d.startswith("Build more than 8,000 affordable units") and due == "by 2030"
    ]


def test_a_government_programme_with_plans_to_hire_by_a_date_is_a_promise() -> None:
    found = rows(
        "The Government of Ghana on Monday launched the Green Jobs Corps.\n\n"
        "The Government of Ghana opened the corps in three regions, with plans to hire "
        "20,000 young people by the end of 2027."
    )
    assert [d for d, _, due in found if d.startswith("Hire 20,000 young people") and due]


def test_an_undated_plan_held_in_passing_is_no_promise() -> None:
    found = rows(
        "The Government of Ghana on Monday launched the Green Jobs Corps.\n\n"
        "Northway Telecom began the service in 2023 with plans to connect rural clinics."
    )
    assert not [d for d, _, _ in found if d.startswith("Connect rural clinics")]


def test_a_plan_published_together_with_results_is_what_is_published() -> None:
    found = rows(
        "The Ministry of Fisheries announced a cold storage survey on Monday.\n\n"
        "The Ministry of Fisheries will publish the survey by June together with a plan to "
        "close the largest gaps by 2028."
    )
    assert not [d for d, _, _ in found if d.startswith("Close the largest gaps")]
