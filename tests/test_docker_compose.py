"""docker-compose.yml names only commands and settings that exist.

There is no Docker engine on CI machines, so the stack cannot be started here; these
tests check what can be checked without one.
"""

import importlib
import re
import shlex
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
SETTINGS_SOURCE = (ROOT / "config" / "settings.py").read_text()
READ_BY_SETTINGS = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', SETTINGS_SOURCE)) | set(
    re.findall(r'"([A-Z_]+)" in env', SETTINGS_SOURCE)
)
DOCKET_SERVICES = ("web", "worker", "beat")


def command_words(service: str) -> list[str]:
    command = SERVICES[service]["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def test_it_runs_the_full_stack() -> None:
    assert set(SERVICES) == {"web", "worker", "beat", "db", "redis", "mailpit"}
    assert SERVICES["db"]["image"] == "postgres:16"
    assert SERVICES["redis"]["image"] == "redis:7"
    assert SERVICES["mailpit"]["image"].startswith("axllent/mailpit")


@pytest.mark.parametrize("service", DOCKET_SERVICES)
def test_every_variable_it_sets_is_read_by_the_settings(service: str) -> None:
    unknown = set(SERVICES[service]["environment"]) - READ_BY_SETTINGS
    assert not unknown, f"{service} sets variables the settings never read: {unknown}"


def test_the_settings_read_the_variables_the_readme_documents() -> None:
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, flags=re.MULTILINE))
    assert documented, "README.md has no configuration table"
    assert documented == READ_BY_SETTINGS


def test_the_web_command_names_real_management_commands_and_paths() -> None:
    words = " ".join(command_words("web"))
    manage_commands = re.findall(r"manage\.py (\w+)", words)
    assert manage_commands == ["migrate", "import_documents"]
    assert set(manage_commands) <= set(get_commands())
    assert (ROOT / "seeds").is_dir() and any((ROOT / "seeds").iterdir())
    module, attribute = re.search(r"gunicorn (\S+)", words).group(1).split(":")
    assert callable(getattr(importlib.import_module(module), attribute))


@pytest.mark.parametrize("service,role", [("worker", "worker"), ("beat", "beat")])
def test_celery_services_point_at_the_docket_app(service: str, role: str) -> None:
    words = command_words(service)
    assert words[:4] == ["celery", "-A", "config", role]
    from config import celery_app

    assert celery_app.main == "docket"
    if "--scheduler" in words:
        module, _, name = words[words.index("--scheduler") + 1].partition(":")
        assert getattr(importlib.import_module(module), name)


def test_the_dockerfile_builds_from_pyproject_and_serves_with_gunicorn() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "COPY pyproject.toml" in dockerfile
    assert "pip install ." in dockerfile
    assert '"gunicorn", "config.wsgi:application"' in dockerfile
