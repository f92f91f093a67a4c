"""A promise that lists three or more measures as its means ("agreed to steady prices by
widening X, building Y and easing Z") gives each measure as a promise of the same owner
and deadline; a run of two stays one promise."""

from __future__ import annotations

from tests.initiatives.pipeline.published import quoted_actions


def test_each_gerund_of_a_run_of_means_is_a_measure_of_its_own() -> None:
    found = quoted_actions(
        "# Food ministers meet\n\nThe G20 agriculture ministers met in Rome on 3 March 2026. "
        "The ministers agreed to steady grain prices by 2028 by widening export credit, "
        "while building regional grain reserves, easing fertiliser tariffs and sharing "
        "harvest forecasts with importers.\n"
    )
    listed = [(a.description, a.owner, a.due.text if a.due else None)
              for a in found if a.rule == "action.means_listed"]  # fmt: skip
    assert listed == [
        ("Widen export credit", "G20", "by 2028"),
        ("Build regional grain reserves", "G20", "by 2028"),
        ("Ease fertiliser tariffs", "G20", "by 2028"),
        ("Share harvest forecasts with importers", "G20", "by 2028"),
    ]


def test_a_run_of_two_means_stays_one_promise() -> None:
    found = quoted_actions(
        "# Food ministers meet\n\nThe G20 agriculture ministers met in Rome on 3 March 2026. "
        "The ministers agreed to steady grain prices by widening export credit and easing "
        "fertiliser tariffs.\n"
    )
    assert not [a for a in found if a.rule == "action.means_listed"]
    assert len(found) == 1
