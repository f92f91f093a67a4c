"""Writes to what a user follows and how they hear about it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import QueryDict

from initiatives.models import Actor, CooperationArea, Initiative
from notifications.models import (
    DigestFrequency,
    EventFilter,
    Follow,
    FollowTarget,
    Profile,
    SavedSearch,
)

UNSUBSCRIBE_SALT = "docket.accounts.unsubscribe"
# How long an unsubscribe link works: long enough for an old digest found in an archive.
UNSUBSCRIBE_MAX_AGE = dt.timedelta(days=90)

Target = Initiative | CooperationArea | Actor


def target_kind(target: Target) -> str:
    if isinstance(target, Initiative):
        return FollowTarget.INITIATIVE
    if isinstance(target, CooperationArea):
        return FollowTarget.AREA
    if isinstance(target, Actor):
        return FollowTarget.ACTOR
    raise ValidationError(f"{type(target).__name__} cannot be followed.")


def follow_create(*, user: AbstractBaseUser, target: Target, events: str | None = None) -> Follow:
    """Follow a target, letting through `events` (by default, the user's default choice).
    Following it twice is harmless."""
    kind = target_kind(target)
    events = events_check(events) if events else profile_for(user).default_events
    try:
        with transaction.atomic():
            return Follow.objects.create(user=user, events=events, **{kind: target})
    except IntegrityError:
        return Follow.objects.get(user=user, **{kind: target})


def events_check(events: str) -> str:
    if events not in EventFilter.values:
        choices = ", ".join(f"“{label}”" for label in EventFilter.labels)
        raise ValidationError({"events": f"Choose what to hear about: one of {choices}."})
    return events


def follow_set_events(*, user: AbstractBaseUser, target: Target, events: str) -> bool:
    """Choose which kinds of change a follow lets through. False if not followed."""
    events_check(events)
    kind = target_kind(target)
    return Follow.objects.filter(user=user, **{kind: target}).update(events=events) > 0


def saved_search_set_events(*, user: AbstractBaseUser, pk: int, events: str) -> bool:
    """The same for a saved search. False if the user has no such search."""
    events_check(events)
    return SavedSearch.objects.filter(user=user, pk=pk).update(events=events) > 0


def follow_delete(*, user: AbstractBaseUser, target: Target) -> bool:
    deleted, _ = Follow.objects.filter(user=user, **{target_kind(target): target}).delete()
    return deleted > 0


def is_following(*, user: AbstractBaseUser, target: Target) -> bool:
    return follow_of(user=user, target=target) is not None


def follow_of(*, user: AbstractBaseUser, target: Target) -> Follow | None:
    if not user.is_authenticated:
        return None
    return Follow.objects.filter(user=user, **{target_kind(target): target}).first()


def query_from_url(value: str) -> str:
    """Accept a pasted list URL or a bare query string, and keep only the query."""
    value = value.strip()
    if "?" in value:
        return urlsplit(value).query
    return value.lstrip("?")


def saved_search_query_check(query: str) -> None:
    """Refuse a query the initiative list would not accept, naming each bad field, so that
    a saved search never feeds digests and feeds a query that matches by accident."""
    from initiatives.filters import InitiativeFilter
    from initiatives.search import clean_query

    data = QueryDict(query)
    form = InitiativeFilter(data=data, queryset=Initiative.objects.none()).form
    problems = [
        f"{form.fields[name].label or name}: {' '.join(errors)}"
        for name, errors in form.errors.items()
        if name in form.fields
    ]
    if data.get("q", "").strip() and not clean_query(data["q"]):
        problems.append("Search: it has no words to search for.")
    if problems:
        raise ValidationError({"query": problems})


def saved_search_create(
    *, user: AbstractBaseUser, name: str, query: str, events: str | None = None
) -> SavedSearch:
    events = events_check(events) if events else profile_for(user).default_events
    search = SavedSearch(user=user, name=name.strip(), query=query_from_url(query), events=events)
    search.full_clean()
    saved_search_query_check(search.query)
    search.save()
    return search


def saved_search_delete(*, user: AbstractBaseUser, pk: int) -> bool:
    deleted, _ = SavedSearch.objects.filter(user=user, pk=pk).delete()
    return deleted > 0


def profile_for(user: AbstractBaseUser) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


class UnsubscribeLinkExpired(Exception):
    """A genuine unsubscribe link older than UNSUBSCRIBE_MAX_AGE."""


def _unsubscribe_signer(email: str) -> signing.TimestampSigner:
    # The address is part of the salt, not of the token: the link names no address, yet
    # stops working once the account's address changes.
    return signing.TimestampSigner(salt=f"{UNSUBSCRIBE_SALT}:{email.strip().lower()}")


def unsubscribe_token(user: AbstractBaseUser) -> str:
    """``<user id>:<timestamp>:<signature>``: it unsubscribes only this user, at this
    address, for UNSUBSCRIBE_MAX_AGE."""
    return _unsubscribe_signer(user.email).sign(str(user.pk))


def unsubscribe_user(token: str) -> AbstractBaseUser | None:
    """The user a token belongs to, or None if it was forged or the address changed.
    Raises UnsubscribeLinkExpired for a genuine link past UNSUBSCRIBE_MAX_AGE.

    Links sent before tokens lost the address (a signed {"u": id, "e": address}) are
    honoured on the same terms: for UNSUBSCRIBE_MAX_AGE from when they were signed."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    pk, _, _ = token.partition(":")
    if pk.isdigit():
        user = users.filter(pk=int(pk)).first()
        if user is None:
            return None
        signer = _unsubscribe_signer(user.email)
        try:
            signer.unsign(token, max_age=UNSUBSCRIBE_MAX_AGE)
        except signing.SignatureExpired:
            raise UnsubscribeLinkExpired(token) from None
        except signing.BadSignature:
            return None
        return user
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.SignatureExpired:
        raise UnsubscribeLinkExpired(token) from None
    except signing.BadSignature:
        return None
    user = users.filter(pk=data.get("u")).first() if isinstance(data, dict) else None
    if user is None or user.email.lower() != data.get("e"):
        return None
    return user


@transaction.atomic
def unsubscribe(*, user: AbstractBaseUser) -> Profile:
    """Stop every email Docket sends to this user: digests and reminders."""
    profile = profile_for(user)
    profile.digest_frequency = DigestFrequency.OFF
    profile.reminders_enabled = False
    profile.save(update_fields=["digest_frequency", "reminders_enabled"])
    return profile
