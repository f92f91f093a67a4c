"""Django's Redis cache, with one client per connection pool instead of one per call."""

from __future__ import annotations

from typing import Any

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    """Django makes a new `redis.Redis` for every get and set, and each one builds its
    table of about 170 reply parsers: 50-100 µs a call, as much as Redis's own round trip,
    and a signed-in page makes two or three. A client is only the pool and that table,
    and is safe to share between threads (the pool hands each call its own connection),
    so one is kept per pool."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server: str | list[str], params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._scripts: dict[str, Any] = {}

    def run_script(self, source: str, keys: list[str], args: list[str]) -> list[Any]:
        """Run a Lua script in one round trip (EVALSHA, its source sent once per process),
        with `keys` made by `make_key` and `args` as given. Each value of the list it
        answers comes back as `get` would return it (None for a missing key): a read whose
        second key is named by the value of the first costs one round trip, not two."""
        script = self._scripts.get(source)
        if script is None:
            script = self._scripts[source] = self._cache.get_client().register_script(source)
        client = self._cache.get_client(keys[0] if keys else None)
        found = script(keys=[self.make_key(key) for key in keys], args=args, client=client)
        return [None if value is None else self._cache._serializer.loads(value) for value in found]
