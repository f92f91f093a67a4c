from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.notifications.receiver import Receiver, start_receiver


@pytest.fixture
def receiver(settings: object) -> Iterator[Receiver]:
    """A webhook receiver on loopback, which the settings let through as in development."""
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    found, server = start_receiver()
    yield found
    server.shutdown()
    server.server_close()
