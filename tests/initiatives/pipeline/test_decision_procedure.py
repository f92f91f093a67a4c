"""No decision day for a text that tells of none: a consultation launched, a progress
report published, a month's roundup, a notice of hearing. A decision beside a promised
progress report keeps its day."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import published_initiative


def decided_on(text: str) -> dt.date | None:
    return published_initiative(text, fmt="md").decided_on


def test_a_consultation_launched_is_no_decision() -> None:
    assert (
        decided_on(
            "# Bus fares\n\nThe Department for Transport launched a consultation on capping "
            "bus fares on 3 March 2026. The department will set the cap by July 2026.\n"
        )
        is None
    )


def test_a_progress_report_published_is_no_decision() -> None:
    assert (
        decided_on(
            "# 180 days of the housing plan\n\nThe Ministry of Housing published on 3 March "
            "2026 its 180-day progress report on the national housing plan. The ministry "
            "will open two more building sites by June 2026.\n"
        )
        is None
    )


def test_a_monthly_roundup_is_no_decision() -> None:
    assert (
        decided_on(
            "# Energy news in February\n\nA monthly roundup of energy policy. On 3 February "
            "2026 Germany's cabinet approved a heat pump subsidy. Spain will auction 3 GW of "
            "solar in May 2026.\n"
        )
        is None
    )


def test_a_notice_of_hearing_is_no_decision() -> None:
    assert (
        decided_on(
            "# Notice of public hearing on the Delta pipeline\n\nThe State Water Board "
            "announced on 3 March 2026 that it will hold a hearing on the permit on 14 April "
            "2026.\n"
        )
        is None
    )


def test_a_programme_that_promises_progress_reports_keeps_its_day() -> None:
    assert decided_on(
        "# Housing programme\n\nThe Dutch cabinet presented its housing programme on "
        "3 March 2026. The Dutch government will publish a progress report every autumn.\n\n"
        "The Dutch cabinet launched a consultation on rents in 2025.\n"
    ) == dt.date(2026, 3, 3)
