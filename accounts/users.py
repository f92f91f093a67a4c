"""The signed-in user's row, read from the shared cache instead of the database.

Every signed-in request read its user's row (half a millisecond on PostgreSQL, as much as
some pages' own SQL). With a shared cache (USER_ROW_CACHE, on when CACHE_URL is set) the
row is kept there under a version that moves whenever the user is saved or deleted, after
the change is committed, so the next request reads the row again: a changed password, a
deactivation or a lost staff flag take effect at once, in every process. The cache only
serves the plain case (an active user whose session hash matches the row); anything else
goes through Django's own `get_user`, which reads the database and signs out or rotates
the session as it always did. The password hash is not kept (the session hash made from
it is). Permissions are not kept: Django reads them, when a page asks, from the database
as before.

Without a shared cache the row is read from the database: a per-process copy could not be
told of a change made in another process.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import SimpleLazyObject

# A kept row is read again from the database after this long, whatever happens: the bound
# on a stale row should Redis be restored from an old snapshot.
USER_ROW_TIMEOUT = 10 * 60
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _keys(pk: object) -> tuple[str, str]:
    # The row's key names the secret it was kept under (a digest made with it): a session
    # hash kept under a secret that has since been retired is never compared again.
    secret = salted_hmac("accounts.users.kept_row", "", algorithm="sha256").hexdigest()[:16]
    return f"user-row:{pk}:{secret}", f"user-row-version:{pk}"


def kept_row(user_id: object) -> tuple[AbstractBaseUser, str] | None:
    """The user with this key and their session hash (`get_session_auth_hash`), from the
    cache when its kept row is current; None when there is no such user. The password
    hash is never kept: the user comes back with it deferred, read from the database only
    if something asks for it (a password change form)."""
    model = auth.get_user_model()
    row_key, version_key = _keys(user_id)
    found = cache.get_many([row_key, version_key])
    version = found.get(version_key)
    kept = found.get(row_key)
    if version is not None and kept is not None and kept[0] == version:
        _version, names, values, session_hash = kept
        return model.from_db("default", names, values), session_hash
    if version is None:
        cache.add(version_key, uuid.uuid4().hex, USER_ROW_TIMEOUT * 6)
        version = cache.get(version_key)
    # Read after the version: a change committed from here on moves the version, so a row
    # read before it is kept under a version no request asks for.
    user = model._default_manager.filter(pk=user_id).first()
    if user is None:
        return None
    session_hash = user.get_session_auth_hash()
    if version is not None:
        names = [f.attname for f in model._meta.concrete_fields if f.attname != "password"]
        values = [getattr(user, name) for name in names]
        cache.set(row_key, (version, names, values, session_hash), USER_ROW_TIMEOUT)
    return user, session_hash


def forget_row(pk: object) -> None:
    """Move the user's version now and again once the change is committed: the first
    for this transaction's own reads, the second for every request after it."""
    version_key = _keys(pk)[1]

    def move() -> None:
        cache.set(version_key, uuid.uuid4().hex, USER_ROW_TIMEOUT * 6)

    move()
    transaction.on_commit(move)


def user_forgotten(sender: type, instance: AbstractBaseUser, **kwargs: Any) -> None:
    """post_save and post_delete of the user model (connected in accounts.apps)."""
    if settings.USER_ROW_CACHE:
        forget_row(instance.pk)


def signed_in_user(request: HttpRequest) -> AbstractBaseUser | AnonymousUser:
    """`django.contrib.auth.get_user`, with the user's row from the cache (see above)."""
    session = request.session
    if (
        not settings.USER_ROW_CACHE
        or session.get(auth.BACKEND_SESSION_KEY) != MODEL_BACKEND
        or MODEL_BACKEND not in settings.AUTHENTICATION_BACKENDS
        or auth.SESSION_KEY not in session
    ):
        return auth.get_user(request)
    model = auth.get_user_model()
    try:
        found = kept_row(model._meta.pk.to_python(session[auth.SESSION_KEY]))
    except Exception:  # the cache is down: Django's own, from the database
        return auth.get_user(request)
    session_hash = session.get(auth.HASH_SESSION_KEY)
    if found is not None and session_hash:
        user, user_hash = found
        if ModelBackend().user_can_authenticate(user) and constant_time_compare(
            session_hash, user_hash
        ):
            return user
    return auth.get_user(request)


class SignedInMiddleware(AuthenticationMiddleware):
    """Django's AuthenticationMiddleware, with `request.user` from `signed_in_user`."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)

        def user() -> AbstractBaseUser | AnonymousUser:
            if not hasattr(request, "_cached_user"):
                request._cached_user = signed_in_user(request)  # type: ignore[attr-defined]
            return request._cached_user  # type: ignore[attr-defined]

        request.user = SimpleLazyObject(user)
