"""One announced deadline that dates the paragraphs after it: "we announce the following
changes… These changes take effect on 1 September" gives each change set out below its
date (rule suffix `.due_lead`), up to the next heading; without "the following" nothing
is spread, and a promise with its own date keeps it."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_read
from initiatives.pipeline.types import ExtractedAction, ReadResult
from tests.initiatives.pipeline.published import action_rows


def actions(text: str, url: str) -> list[ExtractedAction]:
    read = ReadResult(text=text, format="md", source_url=url, site_name="")
    extraction = extract_read(read, today=dt.date(2027, 6, 1), published=dt.date(2027, 5, 4))
    assert extraction.initiative is not None, extraction.warnings
    return extraction.initiative.actions


def test_an_announced_deadline_dates_each_change_in_the_paragraphs_after_it() -> None:
    found = actions(
        "# Changes to the federal ministry\n\nThe Prime Minister today announced the "
        "following changes to the structure of government departments. These changes take "
        "effect on 1 September 2027.\n\nA new Department of Housing and Infrastructure will "
        "be created to deliver the housing plan.\n\nThe Department of Transport will take on "
        "responsibility for ports security.\n\n## Other news\n\nThe Treasury Board will "
        "publish a spending review next year.\n",
        "https://www.pm.gc.ca/en/news/2027/05/04/changes",
    )
    assert action_rows(found) == [
        ("Create a new Department of Housing and Infrastructure to deliver the housing plan",
         "Canada", "on 1 September 2027", "action.promise.due_lead"),
        ("Take on responsibility for ports security", "Department of Transport",
         "on 1 September 2027", "action.promise.due_lead"),
        ("Publish a spending review", "Treasury Board", "next year", "action.promise"),
    ]  # fmt: skip
    assert found[0].due is not None and found[0].due.earliest == dt.date(2027, 9, 1)


def test_a_change_with_its_own_date_keeps_it() -> None:
    found = actions(
        "# Machinery of government\n\nFollowing the swearing-in of the new cabinet, the "
        "Premier announced the following administrative changes. The changes will take "
        "effect on 1 July 2027.\n\nThe Office of Regional Growth will be abolished by the "
        "end of 2027.\n\nThe Department of Energy will gain responsibility for water.\n",
        "https://www.premier.vic.gov.au/machinery-of-government",
    )
    assert [(a.due.text if a.due else None) for a in found] == [
        "by the end of 2027",
        "on 1 July 2027",
    ]


def test_a_deadline_without_the_following_dates_nothing_after_it() -> None:
    found = actions(
        "# Health reforms\n\nOn 4 May 2027 the Ministry of Health announced reforms. These "
        "reforms will take effect on 1 January 2028.\n\nThe Ministry will publish new "
        "guidance for clinics.\n",
        "",
    )
    assert [a.due for a in found] == [None]
