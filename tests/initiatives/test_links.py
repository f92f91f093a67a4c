"""Links reversed once per URL name are the links Django's reverse gives, and anything
the shortcut cannot vouch for goes through reverse itself."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from initiatives.links import link


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("initiatives:detail", ["ammunition-plan"]),
        ("initiatives:detail", ["Mixed_Case-9"]),
        ("initiatives:document", [42]),
        ("initiatives:document", ["42"]),
        ("initiatives:actor", ["eu-agencies"]),
        ("initiatives:list", []),
        ("notifications:follow", ["initiative", 7]),
    ],
)
def test_it_gives_what_reverse_gives(name: str, args: list[object]) -> None:
    assert link(name, *args) == reverse(name, args=args)
    assert link(name, *args) == reverse(name, args=args)  # the second time from the shape


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("initiatives:document", ["twelve"]),  # letters where the route takes digits
        ("initiatives:document", [-1]),
        ("initiatives:document", [True]),
        ("initiatives:detail", ["has space"]),
        ("initiatives:detail", ["a/b"]),
        ("initiatives:detail", []),
        ("no-such-page", []),
    ],
)
def test_what_reverse_refuses_it_refuses(name: str, args: list[object]) -> None:
    link("initiatives:document", 1), link("initiatives:detail", "x")  # shapes known
    with pytest.raises(NoReverseMatch):
        reverse(name, args=args)
    with pytest.raises(NoReverseMatch):
        link(name, *args)


def test_it_follows_the_script_prefix() -> None:
    assert link("initiatives:detail", "plan") == "/initiatives/plan/"
    set_script_prefix("/docket/")
    try:
        assert link("initiatives:detail", "plan") == "/docket/initiatives/plan/"
    finally:
        clear_script_prefix()
        set_script_prefix("/")


def test_it_follows_a_changed_urlconf() -> None:
    assert link("initiatives:list") == "/initiatives/"
    with override_settings(ROOT_URLCONF="tests.initiatives.prefixed_urls"):
        assert link("initiatives:list") == "/under/initiatives/"
    assert link("initiatives:list") == "/initiatives/"


def test_links_bound_to_a_drawing_are_the_links_reverse_gives() -> None:
    from initiatives.links import links_here

    url = links_here()
    assert url("initiatives:detail", "ammunition-plan") == reverse(
        "initiatives:detail", args=["ammunition-plan"]
    )
    assert url("notifications:follow", "initiative", 7) == reverse(
        "notifications:follow", args=["initiative", 7]
    )
    with pytest.raises(NoReverseMatch):
        url("initiatives:detail", "not a slug")
    set_script_prefix("/docket/")
    try:
        here = links_here()
        assert here("initiatives:list") == "/docket/initiatives/"
        assert url("initiatives:list") == "/initiatives/"  # made before the prefix changed
    finally:
        clear_script_prefix()


@pytest.mark.django_db
def test_the_site_header_links_are_the_links_url_gives(client: Client) -> None:
    from django.template import engines

    drawn = engines["django"].from_string(
        "{% load docket %}{% link 'initiatives:detail' 'plan' %} {% link 'logout' %}"
        "{% link 'feeds:events_atom' as atom %} [{{ atom }}]"
    )
    assert drawn.render({}) == f"/initiatives/plan/ {reverse('logout')} [/feeds/events.atom]"
    page = client.get("/initiatives/").content.decode()
    for name in ("initiatives:dashboard", "timeline:deliverables", "login", "feeds:calendar_ics"):
        assert f'href="{reverse(name)}"' in page
    with override_settings(ROOT_URLCONF="tests.initiatives.prefixed_urls"):
        assert (
            f'href="{reverse("initiatives:coverage")}"'
            in client.get("/under/initiatives/").content.decode()
        )
