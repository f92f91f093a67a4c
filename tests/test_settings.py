"""Production (DEBUG off) refuses an unsafe configuration and passes `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-production-secret-key-for-tests-only-0123456789"


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # The browser tests allow Django's sync ORM calls from Playwright's event loop;
    # that switch is for tests only and must not leak into this production check.
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_refuses_to_start_in_production_without_a_secret_key() -> None:
    result = run_manage("check", DEBUG="0", ALLOWED_HOSTS="docket.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_it_refuses_the_development_key_in_production() -> None:
    from config.settings import DEV_SECRET_KEY

    result = run_manage(
        "check", DEBUG="0", SECRET_KEY=DEV_SECRET_KEY, ALLOWED_HOSTS="docket.example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_refuses_to_start_in_production_without_allowed_hosts() -> None:
    result = run_manage("check", DEBUG="0", SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set when DEBUG is off" in result.stderr


def test_it_passes_the_deploy_checks_with_production_settings() -> None:
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="docket.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_it_runs_tasks_in_process_without_a_broker() -> None:
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CELERY_TASK_ALWAYS_EAGER)",
        REDIS_URL="",
        CELERY_BROKER_URL="",
    )
    assert result.stdout.strip().splitlines()[-1] == "True"


def test_it_uses_redis_as_broker_when_redis_url_is_set() -> None:
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CELERY_TASK_ALWAYS_EAGER, settings.CELERY_BROKER_URL)",
        REDIS_URL="redis://127.0.0.1:6379/3",
        CELERY_BROKER_URL="",
    )
    assert result.stdout.strip().splitlines()[-1] == "False redis://127.0.0.1:6379/3"


def test_it_refuses_an_unknown_auto_apply_policy() -> None:
    result = run_manage("check", DOCKET_AUTO_APPLY="always")
    assert result.returncode != 0
    assert "DOCKET_AUTO_APPLY must be one of confident, review, not 'always'" in result.stderr


def print_setting(expression: str, **env: str) -> str:
    result = run_manage(
        "shell", "-c", f"from django.conf import settings; print({expression})", **env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_postgresql_connections_persist_and_are_checked_before_reuse() -> None:
    on_postgres = print_setting(
        "settings.DATABASES['default']['CONN_MAX_AGE'], "
        "settings.DATABASES['default']['CONN_HEALTH_CHECKS']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/docket",
    )
    assert on_postgres == "60 True"
    on_sqlite = print_setting(
        "settings.DATABASES['default']['CONN_MAX_AGE']", DATABASE_URL="sqlite:///:memory:"
    )
    assert on_sqlite == "0"


def test_a_request_reuses_the_postgresql_connection_of_the_one_before() -> None:
    database = os.environ.get("DATABASE_URL", "")
    if not database.startswith("postgres"):
        pytest.skip("needs PostgreSQL: set DATABASE_URL")
    # The server's maintenance database: it always exists, unlike DATABASE_URL's own.
    database = urlunsplit(urlsplit(database)._replace(path="/postgres"))
    # What Django does around every request: close_old_connections at its start and end.
    result = run_manage(
        "shell",
        "-c",
        "from django.db import connection, close_old_connections\n"
        "pids = []\n"
        "for _ in range(3):\n"
        "    close_old_connections()\n"
        "    with connection.cursor() as c:\n"
        "        c.execute('SELECT pg_backend_pid()')\n"
        "        pids.append(c.fetchone()[0])\n"
        "    close_old_connections()\n"
        "print(len(set(pids)))",
        DATABASE_URL=database,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1"


def test_the_cache_is_redis_when_redis_url_is_set_and_local_memory_otherwise() -> None:
    backend = "settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]"
    assert print_setting(backend, REDIS_URL="redis://127.0.0.1:6379/3") == "RedisCache"
    assert print_setting(backend, REDIS_URL="", CACHE_URL="") == "LocMemCache"


def test_with_redis_every_process_shares_one_cache() -> None:
    redis_url = os.environ.get("REDIS_URL", "")
    if not redis_url:
        pytest.skip("needs Redis: set REDIS_URL")
    key = f"shared-{os.getpid()}"
    written = run_manage(
        "shell",
        "-c",
        f"from django.core.cache import cache; cache.set({key!r}, 'seen', 30)",
        REDIS_URL=redis_url,
    )
    assert written.returncode == 0, written.stderr
    read = print_setting(
        f"__import__('django.core.cache').core.cache.cache.get({key!r})", REDIS_URL=redis_url
    )
    assert read == "seen"


def test_production_renders_templates_through_the_cached_loader() -> None:
    loaders = print_setting(
        "[type(loader).__module__ for loader in "
        "__import__('django.template').template.engines['django'].engine.template_loaders]",
        DEBUG="0",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="docket.example.org",
    )
    assert loaders == "['django.template.loaders.cached']"


def test_sessions_are_read_from_a_shared_cache_and_from_the_database_without_one() -> None:
    engine = "settings.SESSION_ENGINE"
    assert print_setting(engine, REDIS_URL="redis://127.0.0.1:6379/3") == "accounts.sessions"
    # A per-process cache would keep a signed-out session alive in the other processes.
    no_cache = print_setting(engine, REDIS_URL="", CACHE_URL="")
    assert no_cache == "django.contrib.sessions.backends.db"
