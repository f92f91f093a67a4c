"""Sessions read from the shared cache and kept in the database (see SESSION_ENGINE)."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.sessions.backends import cached_db

from accounts.users import read_session

logger = logging.getLogger("django.contrib.sessions")


class SessionStore(cached_db.SessionStore):
    """Django's cached_db, which also reads a session while the cache is down: Django's
    own reads it from the database and then fails to copy it into the cache, so every
    signed-in page failed with Redis. Signing out still fails then (the cache's copy
    cannot be deleted, and Redis may come back with it), as it should.

    With Redis, the session's user's kept row is read in the same round trip
    (accounts.users.read_session) and left in `kept_user` for `signed_in_user`."""

    kept_user: Any = None

    def load(self) -> dict[str, Any]:
        try:
            data, self.kept_user = read_session(self._cache, self.cache_key, self.session_key)
        except Exception:  # the cache is down, or (memcached) refuses the key
            data = None
        if data is not None:
            return data
        stored = self._get_session_from_db()
        if not stored:
            return {}
        data = self.decode(stored.session_data)
        try:
            self._cache.set(self.cache_key, data, self.get_expiry_age(expiry=stored.expire_date))
        except Exception:
            logger.warning("Session not copied to the cache: the cache is down.", exc_info=True)
        return data
