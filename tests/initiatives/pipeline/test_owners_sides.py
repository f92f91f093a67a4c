"""Session 25 (recall): "the sides" of a bilateral talk are its parties, as "the parties"
are: what they agree to do is a promise, not dropped for want of a named owner. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline.run import extract_text

PUBLISHED = dt.date(2026, 10, 8)
TODAY = dt.date(2026, 12, 1)


def test_what_the_sides_agree_to_do_is_their_promise() -> None:
    text = (
        "Ghana and Togo agree on border trade roadmap\n\n"
        "ACCRA, 8 October 2026 – Ghana and Togo held a joint commission in Accra on "
        "Thursday. The sides agreed to open a one-stop border post at Aflao by June 2027 "
        "and to set up a joint fund of $80 million for market roads.\n"
    )
    extraction = extract_text(text, today=TODAY, published=PUBLISHED)
    assert extraction.initiative is not None
    found = {a.description: a.owner for a in extraction.initiative.actions}
    assert "Open a one-stop border post at Aflao" in found
    assert found["Open a one-stop border post at Aflao"] is not None
    assert "Set up a joint fund of $80 million for market roads" in found
