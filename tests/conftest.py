from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from tests.factories import UserFactory, make_curator


@pytest.fixture
def curator(db: None) -> User:
    return make_curator()


@pytest.fixture
def analyst(db: None) -> User:
    """A signed-up reader: no staff rights."""
    return UserFactory(username="analyst")


@pytest.fixture
def outsider(db: None) -> User:
    """Staff, but in no group: can reach admin's index and nothing in it."""
    return UserFactory(username="outsider", is_staff=True)


@pytest.fixture
def superuser(db: None) -> User:
    return UserFactory(username="root", is_staff=True, is_superuser=True)
