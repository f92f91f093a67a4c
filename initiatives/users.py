"""Who stands behind a change, as history and change events record it."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


def acting_user(user: AbstractBaseUser | AnonymousUser | None) -> AbstractBaseUser | None:
    """The person behind a change; None for the system (an import, a periodic job) and
    for anonymous requests."""
    return user if user is not None and user.is_authenticated else None
