"""Digests: what changed in what a user follows, what falls due, what is overdue.

`build_digest` runs a fixed number of queries whatever the number of items: two, plus
one per saved search, once a run has fetched what a batch of users follow
(`notifications.following.interests_of`). `send_digests` picks the users whose day and hour
have come and sends each digest once (see notifications.delivery).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import Exists, Max, OuterRef, Q, Value
from django.urls import reverse

from initiatives.models import Initiative, Status
from notifications import emails
from notifications.delivery import (
    FINISHED,
    Outcome,
    deliver,
    delivery_claim,
    delivery_mark_empty,
    delivery_record_error,
    open_connection,
)
from notifications.events import wants_section
from notifications.following import Interests, interests_of
from notifications.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestFrequency,
    Follow,
    Profile,
    SavedSearch,
)
from notifications.schedule import digest_since, digest_slot, lists_no_firm_date
from notifications.searches import saved_search_initiatives
from notifications.services import unsubscribe_token
from timeline.models import (
    DUE_SOON_DAYS,
    STATE_WORDS,
    ChangeEvent,
    EventKind,
    EventVia,
    FollowUpAction,
    due_confidence_words,
)

# An email stays readable: beyond these, the digest links to the site instead.
MAX_CHANGES = 200
MAX_ACTIONS = 20
MAX_MATCHES = 20
# A run fetches what its users follow this many users at a time.
DIGEST_BATCH = 500
SLUG_PLACEHOLDER = "slug-placeholder"
PK_PLACEHOLDER = 987654321


@dataclass
class InitiativeChanges:
    initiative: dict[str, str]
    events: list[dict[str, Any]]


@dataclass
class SearchMatches:
    search: SavedSearch
    initiatives: list[dict[str, str]]


@dataclass
class Digest:
    user: AbstractBaseUser
    since: dt.datetime
    until: dt.datetime
    today: dt.date
    changes: list[InitiativeChanges] = field(default_factory=list)
    changes_truncated: bool = False
    due_soon: list[dict[str, Any]] = field(default_factory=list)
    overdue: list[dict[str, Any]] = field(default_factory=list)
    due_soon_truncated: bool = False
    overdue_truncated: bool = False
    # Once a week: open promises with no deadline, so that they are not forgotten.
    no_firm_date: list[dict[str, Any]] = field(default_factory=list)
    no_firm_date_truncated: bool = False
    matches: list[SearchMatches] = field(default_factory=list)

    @property
    def change_count(self) -> int:
        return sum(len(group.events) for group in self.changes)

    @property
    def is_empty(self) -> bool:
        return not (
            self.changes or self.due_soon or self.overdue or self.no_firm_date or self.matches
        )


@functools.cache
def _detail_path_pattern() -> str:
    return reverse("initiatives:detail", args=[SLUG_PLACEHOLDER])


@functools.cache
def _document_path_pattern() -> str:
    return reverse("initiatives:document", args=[PK_PLACEHOLDER])


def link_initiatives(initiatives: Iterable[Initiative]) -> None:
    """Give each initiative its absolute `url`: reversing once per row costs more than SQL."""
    pattern = emails.absolute_url(_detail_path_pattern())
    for initiative in initiatives:
        initiative.url = pattern.replace(SLUG_PLACEHOLDER, initiative.slug)


EVENT_COLUMNS = (
    "initiative_id",
    "initiative__title",
    "initiative__slug",
    "initiative__status",
    "kind",
    "summary",
    "field",
    "old_value",
    "new_value",
    "via",
    "occurred_at",
    "action__description",
    "action__owner__name",
    "action__due_earliest",
    "action__due_latest",
    "action__due_confidence",
    "action__due_text",
    "document_id",
    "document__title",
)
ACTION_COLUMNS = (
    "pk",
    "description",
    "due_earliest",
    "due_latest",
    "due_confidence",
    "due_text",
    "owner__name",
    "initiative__title",
    "initiative__slug",
    "initiative__status",
)
STATUS_LABELS = dict(Status.choices)
VIA_LABELS = dict(EventVia.choices)


def due_display(earliest: dt.date | None, latest: dt.date | None) -> str:
    # The model's own wording, without building a model instance per row.
    return FollowUpAction.due_display.fget(
        SimpleNamespace(due_earliest=earliest, due_latest=latest)
    )


class _Rows:
    """Turns value rows into the plain dicts the templates read: no lookups while rendering."""

    def __init__(self) -> None:
        self.pattern = emails.absolute_url(_detail_path_pattern())
        self.document_pattern = emails.absolute_url(_document_path_pattern())
        self.initiatives: dict[str, dict[str, str]] = {}

    def initiative(self, title: str, slug: str, status: str) -> dict[str, str]:
        if slug not in self.initiatives:
            self.initiatives[slug] = {
                "title": title,
                "status": STATUS_LABELS.get(status, status),
                "url": self.pattern.replace(SLUG_PLACEHOLDER, slug),
            }
        return self.initiatives[slug]

    def event(self, row: dict[str, Any]) -> dict[str, Any]:
        shows_change = row["field"] and row["field"] != "status"
        return {
            "summary": row["summary"],
            "old": row["old_value"] or "—",
            "new": row["new_value"] or "—",
            "shows_change": shows_change,
            "action": row["action__description"],
            "owner": row["action__owner__name"] or "not named",
            "due": due_display(row["action__due_earliest"], row["action__due_latest"]),
            "due_words": due_confidence_words(
                row["action__due_confidence"], row["action__due_text"] or ""
            ),
            "date": f"{row['occurred_at']:%-d %b %Y}",
            "via": VIA_LABELS.get(row["via"], row["via"]).lower(),
            "according_to": self.according_to(row),
        }

    def according_to(self, row: dict[str, Any]) -> dict[str, str] | None:
        """For a state a document reported: "Done", "Stalled", … and that document."""
        word = STATE_WORDS.get(row["kind"])
        if not word or not row["document_id"]:
            return None
        return {
            "word": word,
            "title": row["document__title"] or f"document {row['document_id']}",
            "url": self.document_pattern.replace(str(PK_PLACEHOLDER), str(row["document_id"])),
        }

    def action(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "description": row["description"],
            "owner": row["owner__name"] or "not named",
            "due": due_display(row["due_earliest"], row["due_latest"]),
            "due_words": due_confidence_words(row["due_confidence"], row["due_text"]),
            "initiative": self.initiative(
                row["initiative__title"], row["initiative__slug"], row["initiative__status"]
            ),
        }


def build_digest(
    *,
    user: AbstractBaseUser,
    since: dt.datetime,
    until: dt.datetime,
    today: dt.date,
    interests: Interests | None = None,
    no_firm_date: bool = False,
) -> Digest:
    """One user's digest, in two queries (plus one per saved search, and one for the
    weekly list of promises with `no_firm_date`) given their interests. Each follow and
    saved search lets through the kinds of change it chose (notifications.events)."""
    digest = Digest(user=user, since=since, until=until, today=today)
    if interests is None:
        interests = interests_of([user.pk])[user.pk]
    scope, rows = interests.scope, _Rows()
    if scope:
        events = list(
            ChangeEvent.objects.between(since, until)
            .filter(interests.events())
            .order_by("initiative__title", "initiative_id", "occurred_at", "pk")
            .values(*EVENT_COLUMNS)[: MAX_CHANGES + 1]
        )
        digest.changes_truncated = len(events) > MAX_CHANGES
        for _, grouped in groupby(events[:MAX_CHANGES], key=itemgetter("initiative_id")):
            group = list(grouped)
            first = group[0]
            initiative = rows.initiative(
                first["initiative__title"], first["initiative__slug"], first["initiative__status"]
            )
            digest.changes.append(
                InitiativeChanges(initiative=initiative, events=[rows.event(e) for e in group])
            )
        _add_actions(digest, interests, rows)
        if no_firm_date:
            _add_no_firm_date(digest, interests, rows)
    if any(wants_section(search.events, "new_matches") for search in interests.searches):
        created = ChangeEvent.objects.between(since, until).filter(
            kind=EventKind.INITIATIVE_CREATED
        )
        new_initiatives = Initiative.objects.filter(pk__in=created.values("initiative_id"))
    for search in interests.searches:
        if not wants_section(search.events, "new_matches"):
            continue
        found = saved_search_initiatives(search, today=today, queryset=new_initiatives)
        matched = [
            rows.initiative(*values)
            for values in found.values_list("title", "slug", "status")[:MAX_MATCHES]
        ]
        if matched:
            digest.matches.append(SearchMatches(search=search, initiatives=matched))
    return digest


def _add_actions(digest: Digest, interests: Interests, rows: _Rows) -> None:
    """Due soon and overdue, each capped, in one round trip on PostgreSQL (a UNION ALL),
    each from the follows that let that section through."""
    wanted = {
        "due_soon": (lambda actions: actions.due_soon(today=digest.today), "due_latest"),
        # The most recently missed first: those are the news; older ones the site lists.
        "overdue": (lambda actions: actions.overdue(today=digest.today), "-due_latest"),
    }
    sections = []
    for name, (select, order) in wanted.items():
        scope = interests.actions(name)
        if scope is not None:
            sections.append(
                select(FollowUpAction.objects.filter(scope))
                .annotate(section=Value(name))
                .order_by(order, "pk")
                .values(*ACTION_COLUMNS, "section")[: MAX_ACTIONS + 1]
            )
    if not sections:
        return
    found: dict[str, list[dict[str, Any]]] = {"due_soon": [], "overdue": []}
    if connection.features.supports_slicing_ordering_in_compound:
        parts: Iterable[Iterable[dict[str, Any]]] = [sections[0].union(*sections[1:], all=True)]
    else:  # SQLite: a round trip each
        parts = sections
    for part in parts:
        for row in part:
            found[row["section"]].append(row)
    # A UNION does not promise the order of its parts' rows: sort again, stably.
    found["due_soon"].sort(key=itemgetter("due_latest", "pk"))
    found["overdue"].sort(key=itemgetter("pk"))
    found["overdue"].sort(key=itemgetter("due_latest"), reverse=True)
    for name, section in found.items():
        setattr(digest, name, [rows.action(row) for row in section[:MAX_ACTIONS]])
        setattr(digest, f"{name}_truncated", len(section) > MAX_ACTIONS)


def _add_no_firm_date(digest: Digest, interests: Interests, rows: _Rows) -> None:
    scope = interests.actions("no_firm_date")
    if scope is None:
        return
    found = list(
        FollowUpAction.objects.filter(scope)
        .pending()
        .without_firm_date()
        .order_by("initiative__title", "initiative_id", "pk")
        .values(*ACTION_COLUMNS)[: MAX_ACTIONS + 1]
    )
    digest.no_firm_date = [rows.action(row) for row in found[:MAX_ACTIONS]]
    digest.no_firm_date_truncated = len(found) > MAX_ACTIONS


def digest_context(digest: Digest, frequency: str) -> dict[str, object]:
    token = unsubscribe_token(digest.user)
    return {
        "digest": digest,
        "user": digest.user,
        "frequency": frequency,
        "due_soon_days": DUE_SOON_DAYS,
        "unsubscribe_url": emails.absolute_url(reverse("notifications:unsubscribe", args=[token])),
        "following_url": emails.absolute_url(reverse("notifications:following")),
    }


def render_digest(digest: Digest, frequency: str) -> emails.EmailMultiAlternatives:
    return emails.digest(digest.user.email, digest_context(digest, frequency))


@dataclass
class RunReport:
    due: int = 0
    sent: int = 0
    empty: int = 0
    skipped: int = 0
    failed: int = 0
    lines: list[str] = field(default_factory=list)


def _candidates(now: dt.datetime) -> list[tuple[Profile, dt.datetime, str]]:
    # Someone who follows nothing would get an empty digest: do not even claim one.
    follows = Follow.objects.filter(user_id=OuterRef("user_id"))
    searches = SavedSearch.objects.filter(user_id=OuterRef("user_id"))
    profiles = (
        Profile.objects.exclude(digest_frequency=DigestFrequency.OFF)
        .filter(Q(Exists(follows)) | Q(Exists(searches)), user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id")
    )
    found = []
    for profile in profiles:
        if not profile.can_receive(profile.user.email):
            continue
        slot = digest_slot(
            now,
            frequency=profile.digest_frequency,
            weekday=profile.digest_weekday,
            hour=profile.digest_hour,
            tz=profile.tzinfo,
        )
        if slot is not None:
            found.append((profile, slot, f"{profile.digest_frequency}:{slot.date().isoformat()}"))
    return found


def _send_one(
    report: RunReport,
    *,
    profile: Profile,
    period: str,
    window: tuple[dt.datetime, dt.datetime, dt.date],
    interests: Interests,
    mailer: BaseEmailBackend | None,
) -> None:
    user, frequency = profile.user, profile.digest_frequency
    since, until, today = window
    weekly_list = lists_no_firm_date(frequency, profile.digest_weekday, today)

    def build() -> Digest:
        return build_digest(
            user=user,
            since=since,
            until=until,
            today=today,
            interests=interests,
            no_firm_date=weekly_list,
        )

    if mailer is None:  # dry run
        try:
            digest = build()
        except Exception as error:  # one user's bad data is reported, not fatal
            report.failed += 1
            report.lines.append(f"{user.email}: {period}: failed: {error!r}")
            return
        state = "empty" if digest.is_empty else f"{digest.change_count} changes"
        report.lines.append(f"{user.email}: {period}: {state}")
        return
    delivery = delivery_claim(
        user=user,
        kind=DeliveryKind.DIGEST,
        subject_key="digest",
        period=period,
        period_start=since,
        period_end=until,
    )
    if delivery is None:
        report.skipped += 1
        return
    try:
        # A savepoint: a query that fails for this user leaves the connection usable.
        with transaction.atomic():
            digest = build()
            message = None if digest.is_empty else render_digest(digest, frequency)
        if message is None:
            delivery_mark_empty(delivery)
            report.empty += 1
            return
        outcome = deliver(delivery=delivery, message=message, connection=mailer)
    except Exception as error:  # recorded on this user's row; the others still get theirs
        outcome = delivery_record_error(delivery=delivery, error=error)
    report.lines.append(f"{user.email}: {period}: {outcome}")
    if outcome == Outcome.SENT:
        report.sent += 1
    else:
        report.failed += 1


def send_digests(*, now: dt.datetime, dry_run: bool = False) -> RunReport:
    """Send every digest whose day and hour have come and that was not sent yet."""
    report = RunReport()
    candidates = _candidates(now)
    user_ids = [profile.user_id for profile, _, _ in candidates]
    finished = set(
        Delivery.objects.filter(
            kind=DeliveryKind.DIGEST, user_id__in=user_ids, status__in=FINISHED
        ).values_list("user_id", "period")
    )
    last_end = dict(
        Delivery.objects.filter(
            kind=DeliveryKind.DIGEST,
            user_id__in=user_ids,
            status__in=[DeliveryStatus.SENT, DeliveryStatus.EMPTY],
        )
        .values("user_id")
        .annotate(end=Max("period_end"))
        .values_list("user_id", "end")
    )
    pending = [c for c in candidates if (c[0].user_id, c[2]) not in finished]
    report.due = len(pending)
    mailer = None if dry_run else open_connection()
    for start in range(0, len(pending), DIGEST_BATCH):
        batch = pending[start : start + DIGEST_BATCH]
        interests = interests_of([profile.user_id for profile, _, _ in batch])
        for profile, slot, period in batch:
            since = digest_since(slot, profile.digest_frequency, last_end.get(profile.user_id))
            _send_one(
                report,
                profile=profile,
                period=period,
                window=(since, slot.astimezone(dt.UTC), slot.date()),
                interests=interests[profile.user_id],
                mailer=mailer,
            )
    if mailer is not None:
        mailer.close()
    return report
