"""Every GET URL answers hostile query strings with 200, 400 or 404, never 5xx.

The URLs come from the URLconf (admin aside), their path arguments filled with real and
bogus values; every query parameter any list reads gets each hostile value. Runs on
SQLite and, with DATABASE_URL, on PostgreSQL, where NUL bytes and long operator chains
used to reach the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from initiatives.filters import InitiativeFilter
from initiatives.search import initiative_search_update
from notifications.models import SavedSearch
from tests.factories import SavedSearchFactory, UserFactory, make_listed_initiative
from timeline.filters import DeliverableFilter

# Raw (already percent-encoded where it matters) values, put into query strings as is.
HOSTILE_RAW = [
    "%00",
    "a%00b",
    "%ff",
    "%c3%28",
    "%ed%a0%80",
    "%f4%90%80%80",
    "%",
    "%zz",
    "-" * 50,
    "!" * 50,
    "!&|:*()<->" * 20,
    "(" * 300,
    ")" * 300,
    "a <-> b <1000> c",
    "a:* & !b | (c <-> d)",
    '"""' + "-" * 40 + '"',
    "or or or -or - - -",
    "x" * 10_240,
    "word " * 2_000,
    "2026-02-30",
    "0000-00-00",
    "9999-99-99",
    "-1",
    "0",
    "99999999999999999999999999999999",
    "1e309",
    "NaN",
    "-99999999999999999999",
    "%0d%0aSet-Cookie:x=1",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "%27%3B DROP TABLE initiatives_initiative;--",
    "\\",
    "%u0000",
    "unknown-sort",
]
PARAMS = sorted({*InitiativeFilter.base_filters, *DeliverableFilter.base_filters, "page", "format"})
BOGUS_ARGS = ["does-not-exist", "0", "99999999", "x" * 300]
CONVERTER_PATTERN = re.compile(r"<(?:(\w+):)?(\w+)>")


def url_templates() -> list[str]:
    """Every non-admin route, with `<kind:name>` placeholders left in."""

    def walk(patterns: list, prefix: str) -> Iterator[str]:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if str(pattern.pattern).startswith("admin/"):
                    continue
                yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route

    return sorted(set(walk(get_resolver().url_patterns, "/")))


def fill(template: str, real: dict[str, str]) -> str:
    return CONVERTER_PATTERN.sub(lambda m: real.get(m.group(2), "1"), template)


def bogus(template: str) -> list[str]:
    if not CONVERTER_PATTERN.search(template):
        return []
    return [CONVERTER_PATTERN.sub(lambda m, b=b: quote(b), template) for b in BOGUS_ARGS]


@pytest.fixture
def world(db: None) -> dict[str, str]:
    initiative = make_listed_initiative("Joint ammunition procurement", overdue_actions=2)
    initiative_search_update(initiative_ids=[initiative.pk])
    user = UserFactory(username="hostile-analyst")
    search = SavedSearchFactory(user=user, query="q=ammunition")
    document = initiative.documents.first()
    return {
        "slug": initiative.slug,
        "pk": str(document.pk if document else initiative.pk),
        "token": search.feed_token,
        "kind": "initiative",
    }


@pytest.fixture
def client() -> Client:
    """A client that reports a server error as 500 instead of raising it, so that one
    run lists every failing URL."""
    return Client(raise_request_exception=False)


def fetch(client: Client, url: str) -> int:
    # A failed statement aborts PostgreSQL's transaction: roll back to here so the next
    # request still runs, and the test lists every failure rather than the first.
    savepoint = transaction.savepoint()
    response = client.get(url)
    status = response.status_code
    if response.streaming:
        try:
            b"".join(response.streaming_content)
        except Exception:  # an export that dies after its header row is a server error too
            status = 500
    if status >= 500:
        transaction.savepoint_rollback(savepoint)
    else:
        transaction.savepoint_commit(savepoint)
    return status


def test_it_collects_the_lists_feeds_and_exports_from_the_urlconf() -> None:
    templates = url_templates()
    for expected in ("/initiatives/", "/initiatives/export.csv", "/deliverables/"):
        assert expected in templates
    assert any(t.endswith(".ics") for t in templates)
    assert any(t.endswith(".atom") for t in templates)


def test_it_never_answers_a_hostile_query_with_a_server_error(
    world: dict[str, str], client: Client
) -> None:
    client.force_login(UserFactory(username="fuzzer"))
    tried, failures = 0, []
    for template in url_templates():
        for value in HOSTILE_RAW:
            every = "&".join(f"{p}={value}" for p in PARAMS)
            requests = [fill(template, world) + f"?{q}" for q in (f"q={value}", every)]
            requests += [url + f"?{every}" for url in bogus(template)]
            for url in requests:
                status = fetch(client, url)
                tried += 1
                if status >= 500:
                    failures.append((status, url[:100]))
    assert tried > 1000
    assert failures == []


@pytest.mark.parametrize("param", PARAMS)
def test_it_answers_each_list_parameter_alone_without_a_server_error(
    world: dict[str, str], client: Client, param: str
) -> None:
    for path in ("/initiatives/", "/deliverables/"):
        for value in HOSTILE_RAW:
            assert fetch(client, f"{path}?{param}={value}") < 500, (path, param, value[:40])


@pytest.mark.parametrize("raw", ["q=%00", "q=" + "-" * 50, "q=" + "!&|<->" * 30, "sort=%00"])
def test_it_keeps_the_feeds_of_an_old_saved_search_with_a_hostile_query_working(
    world: dict[str, str], client: Client, raw: str
) -> None:
    search = SavedSearch.objects.get(feed_token=world["token"])
    SavedSearch.objects.filter(pk=search.pk).update(query=raw)  # saved before validation
    assert client.get(f"/feeds/saved/{search.feed_token}.atom").status_code == 200
    assert client.get(f"/feeds/saved/{search.feed_token}.ics").status_code == 200


def test_it_exports_every_row_whatever_the_query(world: dict[str, str], client: Client) -> None:
    response = client.get("/initiatives/export.csv?q=ammunition%00" + "-" * 50)
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("title,")
    assert any("Joint ammunition procurement" in line for line in lines[1:])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(max_size=300))
def test_it_answers_any_generated_search_without_a_server_error(
    world: dict[str, str], client: Client, text: str
) -> None:
    query = quote(text, safe="")
    for path in ("/initiatives/", "/initiatives/export.csv", "/deliverables/"):
        assert fetch(client, f"{path}?q={query}&sort={query}&page={query}") < 500
