"""An address retired by a merge keeps leading to the survivor: no new initiative gets it."""

from __future__ import annotations

import pytest
from django.test import Client

from initiatives.models import Initiative, SlugRedirect
from initiatives.services import initiative_merge, initiative_save, unique_slug
from tests.factories import InitiativeFactory
from timeline.models import EventVia

pytestmark = pytest.mark.django_db
TITLE = "Co-production with Ukraine"


@pytest.fixture
def retired() -> Initiative:
    """ "co-production-with-ukraine" was merged into "eu-ukraine"."""
    survivor = InitiativeFactory(slug="eu-ukraine", title="EU-Ukraine defence industry")
    merged = InitiativeFactory(slug="co-production-with-ukraine", title=TITLE)
    initiative_merge(survivor=survivor, merged=merged, via=EventVia.ADMIN)
    assert SlugRedirect.objects.filter(old_slug="co-production-with-ukraine").exists()
    return survivor


def test_it_gives_a_new_initiative_another_address_than_a_retired_one(retired: Initiative) -> None:
    assert unique_slug(TITLE) == "co-production-with-ukraine-2"


def test_the_retired_address_still_leads_to_the_survivor(
    retired: Initiative, client: Client
) -> None:
    new = initiative_save(initiative=Initiative(title=TITLE), via=EventVia.ADMIN)

    assert new.slug == "co-production-with-ukraine-2"
    page = client.get("/initiatives/co-production-with-ukraine/")
    assert (page.status_code, page["Location"]) == (301, "/initiatives/eu-ukraine/")
    assert client.get(f"/initiatives/{new.slug}/").status_code == 200


def test_a_title_with_no_retired_address_keeps_its_plain_slug(retired: Initiative) -> None:
    assert unique_slug("Ukraine Facility") == "ukraine-facility"
