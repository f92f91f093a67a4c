"""The five canonical cooperation areas exist from the first migration on."""

import pytest
from django.db.models import ProtectedError

from initiatives.models import CooperationArea
from tests.factories import InitiativeFactory, link_area

pytestmark = pytest.mark.django_db

CANONICAL = ["co-production", "supply-chain", "standardization", "investment", "regulation"]


def test_it_creates_exactly_the_five_areas_in_order() -> None:
    assert list(CooperationArea.objects.values_list("slug", flat=True)) == CANONICAL


def test_each_area_has_a_name_and_a_description() -> None:
    for area in CooperationArea.objects.all():
        assert area.name
        assert len(area.description) > 20


def test_an_area_in_use_cannot_be_deleted() -> None:
    link_area(InitiativeFactory(), "investment")
    with pytest.raises(ProtectedError):
        CooperationArea.objects.get(slug="investment").delete()
