"""The calendar rules that look beyond their own phrase ("by then", "ahead of COP31", "the
Department") cost work in proportion to the text, however often the text says them."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.dates_due import find_due_windows
from initiatives.pipeline.run import extract_text
from tests.initiatives.pipeline.test_dates_linear import LINEAR_SLACK, _python_calls

R = dt.date(2026, 3, 2)
SHAPES = {
    "by then": "Ministers meet in Rome in June. By then, envoys will draft it by then. ",
    "events": "Leaders meet at the summit in Rome on 3 June. Aides will act at the summit. ",
    "cop": "The UK will report ahead of COP31, which opens on 9 November, ahead of COP31. ",
}


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_deadlines_looked_for_elsewhere_cost_calls_in_proportion(shape: str) -> None:
    small = _python_calls(lambda: find_due_windows(shape * 150, reference=R))
    large = _python_calls(lambda: find_due_windows(shape * 300, reference=R))
    assert large <= LINEAR_SLACK * small


def test_a_bare_department_costs_calls_in_proportion() -> None:
    shape = (
        "The Department for Rivers announced a plan on 3 March 2026. "
        "The department will publish a report by June 2027.\n\n"
    )
    small = _python_calls(lambda: extract_text(shape * 40, today=R))
    large = _python_calls(lambda: extract_text(shape * 80, today=R))
    assert large <= LINEAR_SLACK * small
