from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User

from api.services import api_token_create


@pytest.fixture
def token_for(db: None) -> Callable[[User], dict[str, str]]:
    """Headers that carry a new personal API token of ``user``."""

    def make(user: User) -> dict[str, str]:
        _, raw = api_token_create(user=user, name="tests")
        return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}

    return make
