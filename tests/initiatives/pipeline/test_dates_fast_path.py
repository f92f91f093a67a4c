"""The fast reading of everyday date shapes agrees with dateparser's."""

import pytest

from initiatives.pipeline.dates_patterns import _date_data_parser, _parse_common

EVERYDAY = [
    "25 November 2025",
    "November 25, 2025",
    "2025-11-25",
    "November 25",
    "8 December",
    "1st of March 2026",
    "Nov. 25, 2025",
    "Sept 3",
    "29 February",
]


@pytest.mark.parametrize("candidate", EVERYDAY)
def test_it_reads_everyday_dates_as_dateparser_does(candidate: str) -> None:
    expected = _date_data_parser().get_date_data(candidate).date_obj
    assert _parse_common(candidate) == (expected.year, expected.month, expected.day)


def test_it_refuses_a_day_that_does_not_exist() -> None:
    assert _parse_common("31 April 2025") is None


def test_it_leaves_other_shapes_to_dateparser() -> None:
    assert _parse_common("March 2026") is None
    assert _parse_common("the 3rd") is None
