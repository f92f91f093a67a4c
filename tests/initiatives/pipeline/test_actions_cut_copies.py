"""A stored copy of a page is often cut mid-sentence: a promise whose verb is the last word
of the copy has no object, and gives nothing; a whole sentence with a verb alone still
does."""

from __future__ import annotations

from tests.initiatives.pipeline.published import quoted_actions


def test_a_verb_cut_off_by_the_end_of_the_copy_is_no_promise() -> None:
    found = quoted_actions(
        "# Ferry links\n\nThe Government of Norway announced a ferry plan on 3 March 2026. "
        "The government will upgrade four ferry terminals by 2028.\n\nThe government also "
        "decided to create "
    )
    assert [a.description for a in found] == ["Upgrade four ferry terminals"]


def test_a_name_in_double_quotes_that_ends_the_object_keeps_the_promise() -> None:
    found = quoted_actions(
        "# Harbour schools\n\nThe World Bank signed four loans with Norway yesterday. "
        'The WB will build the "Harbour Schools Project".\n'
    )
    assert [a.description for a in found] == ['Build the "Harbour Schools Project"']
