"""When a digest is due, in the reader's time zone, and how far back it reaches."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from notifications.schedule import digest_since, digest_slot

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
UTC = dt.UTC


def slot(now: dt.datetime, frequency: str = "daily", weekday: int = 0) -> dt.datetime | None:
    return digest_slot(now, frequency=frequency, weekday=weekday, hour=8, tz=BRUSSELS)


def test_a_daily_slot_is_today_once_the_hour_came_else_yesterday() -> None:
    assert slot(dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC)) == dt.datetime(
        2026, 11, 24, 8, tzinfo=BRUSSELS
    )
    assert slot(dt.datetime(2026, 11, 24, 6, 59, tzinfo=UTC)) == dt.datetime(
        2026, 11, 23, 8, tzinfo=BRUSSELS
    )


def test_the_hour_is_the_readers_wall_clock_across_summer_time() -> None:
    summer = slot(dt.datetime(2026, 7, 1, 6, 0, tzinfo=UTC))
    assert summer == dt.datetime(2026, 7, 1, 8, tzinfo=BRUSSELS)
    assert summer.astimezone(UTC).hour == 6


def test_a_weekly_slot_is_the_last_chosen_weekday() -> None:
    tuesday_noon = dt.datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    assert slot(tuesday_noon, "weekly", weekday=0).date() == dt.date(2026, 11, 23)
    assert slot(tuesday_noon, "weekly", weekday=1).date() == dt.date(2026, 11, 24)
    assert slot(tuesday_noon, "weekly", weekday=2).date() == dt.date(2026, 11, 18)
    assert slot(tuesday_noon, "off") is None


def test_the_backfill_is_bounded_and_the_last_digest_wins_inside_it() -> None:
    now = dt.datetime(2026, 11, 24, 8, tzinfo=UTC)
    assert digest_since(now, "daily", None) == now - dt.timedelta(days=4)
    assert digest_since(now, "weekly", None) == now - dt.timedelta(days=14)
    long_ago = now - dt.timedelta(days=60)
    assert digest_since(now, "daily", long_ago) == now - dt.timedelta(days=4)
    yesterday = now - dt.timedelta(days=1)
    assert digest_since(now, "daily", yesterday) == yesterday
