"""The signed-in user's row, read from the shared cache instead of the database.

Every signed-in request read its user's row (half a millisecond on PostgreSQL, as much as
some pages' own SQL). With a shared cache (USER_ROW_CACHE, on when CACHE_URL is set) the
row is kept there under a version that moves whenever the user is saved or deleted, after
the change is committed, so the next request reads the row again: a changed password, a
deactivation or a lost staff flag take effect at once, in every process. Writes that send
no signal (`User.objects.update()`, `bulk_update()`, which calls it) move a generation
that every kept row is checked against, so they too take effect on the next request. The
cache only serves the plain case (an active user whose session hash matches the row);
anything else goes through Django's own `get_user`, which reads the database and signs
out or rotates the session as it always did. The password hash is not kept (the session
hash made from it is). Permissions are not kept: Django reads them, when a page asks,
from the database as before.

A write the cache is not told of (raw SQL, or a save while Redis cannot be reached, which
is logged and does not fail the save) is seen when the kept row expires: USER_ROW_TIMEOUT.

With Redis, a signed-in request reads its session and its user's kept row in one round
trip (`read_session`, called by accounts.sessions): the session's key names its user
through a small pointer kept beside it.

Without a shared cache the row is read from the database: a per-process copy could not be
told of a change made in another process.
"""

from __future__ import annotations

import functools
import logging
import uuid
from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.functional import SimpleLazyObject

from config.cache import RedisCache

logger = logging.getLogger(__name__)

# A kept row is read again from the database after this long, whatever happens: the bound
# on a stale row after a write the cache was not told of (raw SQL, a save while Redis could
# not be reached, Redis restored from an old snapshot). An active reader's row is read from
# the database about once in this time.
USER_ROW_TIMEOUT = 2 * 60
# The versions outlive the rows they check (a version gone is a new version: nothing kept
# under the old one is served).
VERSION_TIMEOUT = 60 * 60
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
# Moved by writes that name no single user (QuerySet.update): every kept row is read again.
GENERATION_KEY = "user-rows-generation"

# (kept row, its user's version, the generation), the values a kept row is checked against.
Found = tuple[Any, Any, Any]


@functools.lru_cache(maxsize=4)
def _secret_tag(secret: str) -> str:
    return salted_hmac(
        "accounts.users.kept_row", "", secret=secret, algorithm="sha256"
    ).hexdigest()[:16]


def _keys(pk: object) -> tuple[str, str]:
    # The row's key names the secret it was kept under (a digest made with it, once per
    # secret and process): a session hash kept under a secret that has since been retired
    # is never compared again.
    return f"user-row:{pk}:{_secret_tag(settings.SECRET_KEY)}", f"user-row-version:{pk}"


def _pointer_key(session_key: str) -> str:
    """The key naming the user a session belongs to (its value is the user's key), so
    that `read_session` finds the user's row without reading the session first."""
    return f"user-of-session:{session_key}"


def kept_row(user_id: object, found: Found | None = None) -> tuple[AbstractBaseUser, str] | None:
    """The user with this key and their session hash (`get_session_auth_hash`), from the
    cache when its kept row is current; None when there is no such user. `found` is what
    `read_session` read already. The password hash is never kept: the user comes back
    with it deferred, read from the database only if something asks for it (a password
    change form)."""
    model = auth.get_user_model()
    row_key, version_key = _keys(user_id)
    if found is None:
        many = cache.get_many([row_key, version_key, GENERATION_KEY])
        found = many.get(row_key), many.get(version_key), many.get(GENERATION_KEY)
    kept, version, generation = found
    if (
        version is not None
        and generation is not None
        and kept is not None
        and kept[:2] == (version, generation)
    ):
        _version, _generation, names, values, session_hash = kept
        return model.from_db("default", names, values), session_hash
    if version is None:
        cache.add(version_key, uuid.uuid4().hex, VERSION_TIMEOUT)
        version = cache.get(version_key)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, VERSION_TIMEOUT)
        generation = cache.get(GENERATION_KEY)
    # Read after the version: a change committed from here on moves the version, so a row
    # read before it is kept under a version no request asks for.
    user = model._default_manager.filter(pk=user_id).first()
    if user is None:
        return None
    session_hash = user.get_session_auth_hash()
    if version is not None and generation is not None:
        names = [f.attname for f in model._meta.concrete_fields if f.attname != "password"]
        values = [getattr(user, name) for name in names]
        cache.set(row_key, (version, generation, names, values, session_hash), USER_ROW_TIMEOUT)
    return user, session_hash


# A signed-in request's session, the user it names (the pointer), the generation, then that
# user's kept row and version: one round trip where reading the session, then the row, took
# two. The keys of the row and the version are made in the script from the pointer's value.
_TOGETHER = """
local found = {redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]),
               redis.call('GET', KEYS[3])}
if found[2] then
  found[4] = redis.call('GET', ARGV[1] .. found[2] .. ARGV[2])
  found[5] = redis.call('GET', ARGV[3] .. found[2])
end
return found
"""
_MARK = "\x00"


def read_session(store_cache: Any, cache_key: str, session_key: str) -> tuple[Any, Any]:
    """(the session kept under `cache_key`, what `signed_in_user` needs of its user). The
    second is (the user's key the pointer names, `Found` for that user) when the script
    ran; the key is None when there is no pointer yet. It is None when the script cannot
    run (not Redis, not the default cache, the row cache off): then the session alone is
    read, and the row by `kept_row` as before."""
    if (
        not settings.USER_ROW_CACHE
        or store_cache is not caches["default"]
        or not isinstance(store_cache, RedisCache)
    ):
        return store_cache.get(cache_key), None
    row_key, version_key = _keys(_MARK)
    row_parts = store_cache.make_key(row_key).split(_MARK)
    version_parts = store_cache.make_key(version_key).split(_MARK)
    if len(row_parts) != 2 or len(version_parts) != 2:  # a KEY_FUNCTION that hashes keys
        return store_cache.get(cache_key), None
    values = store_cache.run_script(
        _TOGETHER,
        [cache_key, _pointer_key(session_key), GENERATION_KEY],
        [row_parts[0], row_parts[1], version_parts[0]],
    )
    session, pk, generation, kept, version = (values + [None] * 5)[:5]
    return session, (pk, (kept, version, generation))


def forget_row(pk: object) -> None:
    """Move the user's version now and again once the change is committed: the first
    for this transaction's own reads, the second for every request after it."""
    _move_soon(_keys(pk)[1])


def forget_every_row() -> None:
    """Move the generation now and after the commit: every kept row is read again. For
    writes that send no signal (QuerySet.update); raw SQL that changes users can call it."""
    _move_soon(GENERATION_KEY)


def _move_soon(key: str) -> None:
    _move(key)
    transaction.on_commit(lambda: _move(key))


def _move(key: str) -> None:
    try:
        cache.set(key, uuid.uuid4().hex, VERSION_TIMEOUT)
    except Exception:
        # The write stands: a user is not left unsaved for want of Redis. A row kept before
        # is served until it expires (USER_ROW_TIMEOUT), unless Redis lost it too.
        logger.warning(
            "Kept user rows not told of a change (%s): the cache is down; they expire within %d s.",
            key,
            USER_ROW_TIMEOUT,
            exc_info=True,
        )


class KeptRowsQuerySet(QuerySet):
    """The user model's QuerySet (accounts.apps): `update()` and `bulk_update()` (which
    calls it) save no model and send no signal, so they move the generation instead."""

    def update(self, **kwargs: Any) -> int:
        rows = super().update(**kwargs)
        if settings.USER_ROW_CACHE:
            forget_every_row()
        return rows

    update.alters_data = True  # type: ignore[attr-defined]


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
        user_id = model._meta.pk.to_python(session[auth.SESSION_KEY])
        # What accounts.sessions read with the session, if it could (see read_session).
        together = getattr(session, "kept_user", None)
        found = together[1] if together is not None and together[0] == user_id else None
        kept = kept_row(user_id, found)
        if together is not None and together[0] != user_id and isinstance(user_id, int):
            cache.set(_pointer_key(session.session_key), user_id, VERSION_TIMEOUT)
    except Exception:  # the cache is down: Django's own, from the database
        return auth.get_user(request)
    session_hash = session.get(auth.HASH_SESSION_KEY)
    if kept is not None and session_hash:
        user, user_hash = kept
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
