"""With the signed-in user's row kept in the cache (accounts/users.py), a change to the
user still takes effect on their very next request."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.factories import make_curator

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("row_cache")]


@pytest.fixture
def row_cache() -> object:
    with override_settings(USER_ROW_CACHE=True):
        yield


def signed_in(user: User) -> Client:
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": user.username, "password": "correct horse battery"}
    )
    assert response.status_code == 302
    return client


def page(client: Client) -> tuple[str, list[str]]:
    """The list page's navigation, and the queries that read a user row."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/initiatives/")
    assert response.status_code == 200
    html = response.content.decode()
    users = [q["sql"] for q in queries if 'FROM "auth_user"' in q["sql"]]
    return html[html.index('<nav aria-label="Main">') : html.index("</nav>")], users


def test_a_signed_in_page_reads_the_user_row_once(analyst: User) -> None:
    client = signed_in(analyst)
    nav, users = page(client)
    assert "Sign out" in nav and len(users) == 1
    nav, users = page(client)
    assert "Sign out" in nav and users == []


def test_a_changed_password_signs_the_session_out_on_its_next_request(
    analyst: User, django_capture_on_commit_callbacks: object
) -> None:
    client = signed_in(analyst)
    page(client)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        analyst.set_password("a different battery staple")
        analyst.save()
    nav, _ = page(client)
    assert "Sign in" in nav and "Sign out" not in nav


def test_a_deactivated_or_deleted_user_is_signed_out_on_their_next_request(
    analyst: User, outsider: User
) -> None:
    first, second = signed_in(analyst), signed_in(outsider)
    page(first), page(second)
    User.objects.get(pk=analyst.pk).delete()
    outsider.is_active = False
    outsider.save()
    assert "Sign in" in page(first)[0]
    assert "Sign in" in page(second)[0]


def test_staff_rights_and_permissions_change_on_the_next_request(curator: User) -> None:
    client = signed_in(curator)
    assert "Triage" in page(client)[0]
    curator.groups.remove(Group.objects.get(name="Curators"))
    nav, _ = page(client)
    assert "Triage" not in nav and "Admin" in nav
    curator.is_staff = False
    curator.save()
    assert "Admin" not in page(client)[0]
    curator.is_staff = True
    curator.save()
    curator.groups.add(Group.objects.get(name="Curators"))
    assert "Triage" in page(client)[0]


def test_a_row_read_before_a_change_and_kept_after_it_is_not_served(
    analyst: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request reads the row, the user is deactivated and the change committed, and only
    then does the first request keep the row it read: the next request must not get it."""
    from django.core.cache import cache

    from accounts.users import kept_row

    client = signed_in(analyst)
    keep = cache.set
    changed = []

    def deactivated_meanwhile(key: str, value: object, timeout: object = None) -> None:
        if key.startswith("user-row:") and not changed:
            changed.append(key)
            other = User.objects.get(pk=analyst.pk)
            other.is_active = False
            other.save()
        keep(key, value, timeout)

    monkeypatch.setattr(cache, "set", deactivated_meanwhile)
    assert kept_row(analyst.pk)[0].is_active  # read before the change
    assert changed
    assert not kept_row(analyst.pk)[0].is_active
    assert "Sign in" in page(client)[0]


def test_signed_in_pages_are_served_from_the_database_while_the_cache_is_down(
    analyst: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = signed_in(analyst)
    page(client)

    def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("cache down")

    from django.core.cache import cache

    monkeypatch.setattr(cache, "get_many", down)
    monkeypatch.setattr(cache, "run_script", down, raising=False)  # Redis's one round trip
    nav, users = page(client)
    assert "Sign out" in nav and len(users) == 1


def test_without_the_row_cache_the_row_is_read_on_every_request(analyst: User) -> None:
    client = signed_in(analyst)
    with override_settings(USER_ROW_CACHE=False):
        page(client)
        assert len(page(client)[1]) == 1


def test_a_curator_still_sees_the_edit_links(db: None) -> None:
    curator = make_curator("curator2")
    client = signed_in(curator)
    page(client)
    html = client.get("/initiatives/").content.decode()
    assert "Triage" in html and "Admin" in html


def test_the_password_hash_is_not_kept_but_can_still_be_checked(analyst: User) -> None:
    from django.core.cache import cache

    from accounts.users import _keys, kept_row

    page(signed_in(analyst))
    kept = cache.get(_keys(analyst.pk)[0])
    assert kept is not None and analyst.password not in repr(kept)
    user, _ = kept_row(analyst.pk)
    assert user.check_password("correct horse battery")


def test_a_retired_secret_signs_the_session_out(analyst: User) -> None:
    client = signed_in(analyst)
    assert "Sign out" in page(client)[0]
    with override_settings(SECRET_KEY="a-new-secret-" + "y" * 50):
        assert "Sign in" in page(client)[0]
