"""Production (DEBUG off) refuses an unsafe configuration and passes `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

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
