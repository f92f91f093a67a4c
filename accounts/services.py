"""Writes to what a user follows and how they hear about it."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import QueryDict

from accounts.models import DigestFrequency, Follow, FollowTarget, Profile, SavedSearch
from initiatives.models import Actor, CooperationArea, Initiative

UNSUBSCRIBE_SALT = "docket.accounts.unsubscribe"

Target = Initiative | CooperationArea | Actor


def target_kind(target: Target) -> str:
    if isinstance(target, Initiative):
        return FollowTarget.INITIATIVE
    if isinstance(target, CooperationArea):
        return FollowTarget.AREA
    if isinstance(target, Actor):
        return FollowTarget.ACTOR
    raise ValidationError(f"{type(target).__name__} cannot be followed.")


def follow_create(*, user: AbstractBaseUser, target: Target) -> Follow:
    """Follow a target. Following it twice is harmless."""
    kind = target_kind(target)
    try:
        with transaction.atomic():
            return Follow.objects.create(user=user, **{kind: target})
    except IntegrityError:
        return Follow.objects.get(user=user, **{kind: target})


def follow_delete(*, user: AbstractBaseUser, target: Target) -> bool:
    deleted, _ = Follow.objects.filter(user=user, **{target_kind(target): target}).delete()
    return deleted > 0


def is_following(*, user: AbstractBaseUser, target: Target) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(user=user, **{target_kind(target): target}).exists()


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


def saved_search_create(*, user: AbstractBaseUser, name: str, query: str) -> SavedSearch:
    search = SavedSearch(user=user, name=name.strip(), query=query_from_url(query))
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


def unsubscribe_token(user: AbstractBaseUser) -> str:
    """A signed token that names one user and one address; it unsubscribes only them."""
    return signing.dumps({"u": user.pk, "e": user.email.lower()}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_user(token: str) -> AbstractBaseUser | None:
    """The user a token belongs to, or None if it was forged or the address changed."""
    from django.contrib.auth import get_user_model

    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
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
