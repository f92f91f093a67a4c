"""When a user's digest is due, and how far back it reaches. Plain Python: no queries."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from notifications.models import DigestFrequency

# After a long pause, or for a new user, a digest looks back no further than this.
MAX_BACKFILL = {
    DigestFrequency.DAILY: dt.timedelta(days=4),
    DigestFrequency.WEEKLY: dt.timedelta(days=14),
}


def digest_slot(
    now: dt.datetime, *, frequency: str, weekday: int, hour: int, tz: zoneinfo.ZoneInfo
) -> dt.datetime | None:
    """The latest moment at or before `now` when this user's digest was due, in their zone."""
    if frequency not in MAX_BACKFILL:
        return None
    local = now.astimezone(tz)
    slot = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if frequency == DigestFrequency.WEEKLY:
        slot -= dt.timedelta(days=(local.weekday() - weekday) % 7)
        step = dt.timedelta(days=7)
    else:
        step = dt.timedelta(days=1)
    if slot > local:
        slot -= step
    return slot


def digest_since(slot: dt.datetime, frequency: str, last_end: dt.datetime | None) -> dt.datetime:
    floor = slot - MAX_BACKFILL[frequency]
    return floor if last_end is None or last_end < floor else last_end


def lists_no_firm_date(frequency: str, weekday: int, today: dt.date) -> bool:
    """Promises with no firm date are listed once a week: in every weekly digest, and in
    a daily digest on the weekday chosen for weekly ones."""
    return frequency == DigestFrequency.WEEKLY or today.weekday() == weekday
