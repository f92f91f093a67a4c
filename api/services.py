"""Creating, checking and revoking personal API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from api.models import ApiToken

TOKEN_PREFIX = "dkt_"  # noqa: S105 - a marker that makes leaked tokens easy to scan for
PREFIX_SHOWN = 10
# A user with this many tokens must revoke one before making another.
MAX_TOKENS_PER_USER = 20
# Write "last used" at most this often per token, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the row and the token, which is never stored."""
    if ApiToken.objects.filter(user=user).count() >= MAX_TOKENS_PER_USER:
        raise ValidationError(
            f"You have {MAX_TOKENS_PER_USER} tokens already; revoke one you no longer use."
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user, name=name.strip() or "API token", prefix=raw[:PREFIX_SHOWN], key_hash=_hash(raw)
    )
    token.full_clean()
    token.save()
    return token, raw


def api_token_revoke(*, user: AbstractBaseUser, pk: int) -> bool:
    """Delete one of ``user``'s own tokens; False if they have no such token."""
    deleted, _ = ApiToken.objects.filter(user=user, pk=pk).delete()
    return deleted > 0


def api_token_check(raw: str, *, now: dt.datetime | None = None) -> ApiToken | None:
    """The live token ``raw`` stands for, with its user, or None."""
    if not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_hash(raw), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
