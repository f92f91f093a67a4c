"""The saved-search form of /following/ is drawn as Django's own form templates draw it
(blank space and the escapes of quotes aside), by the filter forms' Python renderer
rather than through those templates."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.forms.renderers import DjangoTemplates
from django.test import Client
from django.urls import reverse

from notifications.forms import SavedSearchForm
from notifications.services import profile_for, query_from_url

pytestmark = pytest.mark.django_db

HOSTILE = '"><script>alert(1)</script>&amp;'


def tight(html: str) -> str:
    """Without blank space between tags, and quotes escaped as Django escapes them (Jinja2
    writes the same characters as &#34; and &#39;)."""
    html = html.replace("&#34;", "&quot;").replace("&#39;", "&#x27;")
    return re.sub(r">\s+<", "><", html).strip()


def drawn_by_django(form: SavedSearchForm) -> str:
    copy = SavedSearchForm(
        data=form.data if form.is_bound else None, initial=form.initial, renderer=DjangoTemplates()
    )
    if form.is_bound:
        copy.full_clean()
        copy._errors = form.errors  # the errors the view added, as drawn
    return copy.as_p()


def form_templates(response: object) -> list[str]:
    return [t.name for t in response.templates if t.name.startswith("django/forms/")]


def test_the_empty_form_is_drawn_as_django_draws_it(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    initial = {
        "query": query_from_url("/initiatives/?q=x"),
        "events": profile_for(analyst).default_events,
    }
    expected = tight(drawn_by_django(SavedSearchForm(initial=initial)))
    for _ in range(2):  # drawn, then kept drawn (notifications.views._saved_search_forms)
        response = client.get(reverse("notifications:following"), {"query": "/initiatives/?q=x"})
        assert response.status_code == 200
        assert form_templates(response) == []
        assert expected in tight(response.content.decode())


def test_a_refused_form_is_drawn_as_django_draws_it(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    response = client.post(
        reverse("notifications:saved_search_add"),
        {"name": HOSTILE, "query": "https://elsewhere.example/" + HOSTILE, "events": "nope"},
    )
    assert response.status_code == 400
    assert form_templates(response) == []
    page = response.content.decode()
    assert "<script>alert" not in page
    assert tight(drawn_by_django(response.context["form"])) in tight(page)
