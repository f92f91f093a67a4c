"""Session 26 (round 2): a verb with nothing after it, right after its doer and a modal
("Operators must comply by March", "all parties said they will support", "They will
apply from 1 January", "a request, which it will submit by Friday"), is a duty on others,
a stance or a verb whose object stands in another clause: no action. A thing's own verb
("The next round of grants will open in September") stays. Sentences written for these
tests, in a regulator's, a wire's and an agency's manner."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import due_rows, text_actions

PUBLISHED = dt.date(2026, 3, 6)
TODAY = dt.date(2026, 8, 1)


def descriptions(text: str) -> list[str]:
    return [row[0] for row in due_rows(text_actions(text, today=TODAY, published=PUBLISHED))]


def test_a_duty_on_regulated_parties_is_no_action() -> None:
    found = descriptions(
        "The Communications Authority of Kenya adopted new roaming rules on Monday.\n\n"
        "Operators must comply by March 2027, and the authority will review the rules in "
        "two years."
    )
    assert "Comply" not in found
    assert [d for d in found if d.startswith("Review the rules")]


def test_a_stance_reported_in_a_quote_is_no_action() -> None:
    found = descriptions(
        "The Government of Malaysia will table an anti-hopping bill next week, the prime "
        "minister said on Sunday.\n\n"
        '"All the parties have told me they will support," he said.'
    )
    assert "Support" not in found


def test_a_thing_s_own_verb_stays() -> None:
    found = descriptions(
        "The Environmental Protection Agency announced lake monitoring grants on Tuesday.\n\n"
        "The next round of monitoring grants will open in September."
    )
    assert [d for d in found if d.lower().startswith("open")]
