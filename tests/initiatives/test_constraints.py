"""The database refuses records that break Docket's invariants, with a clear message."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from initiatives.models import CooperationArea, Evidence, InitiativeArea
from tests.factories import DocumentFactory, FollowUpActionFactory, InitiativeFactory
from timeline.models import ActionStatus

pytestmark = pytest.mark.django_db


def test_it_refuses_a_due_window_that_ends_before_it_starts() -> None:
    action = FollowUpActionFactory()
    action.due_earliest, action.due_latest = dt.date(2026, 5, 1), dt.date(2026, 4, 1)
    with pytest.raises(ValidationError, match="earliest due date must be on or before the latest"):
        action.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        action.save()


def test_it_refuses_a_done_action_without_a_completion_date() -> None:
    action = FollowUpActionFactory()
    action.status = ActionStatus.DONE
    with pytest.raises(IntegrityError), transaction.atomic():
        action.save()


def test_it_refuses_a_second_link_to_the_same_area() -> None:
    initiative = InitiativeFactory()
    area = CooperationArea.objects.get(slug="investment")
    InitiativeArea.objects.create(initiative=initiative, area=area)
    duplicate = InitiativeArea(initiative=initiative, area=area)
    with pytest.raises(ValidationError, match="already linked to this area"):
        duplicate.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_it_refuses_a_duplicate_slug() -> None:
    InitiativeFactory(slug="safe-loans")
    with pytest.raises(IntegrityError), transaction.atomic():
        InitiativeFactory(slug="safe-loans")


def test_it_refuses_evidence_that_ends_before_it_starts() -> None:
    document = DocumentFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(document=document, start=10, end=5, quote="")


def test_it_refuses_evidence_beyond_the_end_of_the_document() -> None:
    document = DocumentFactory(text="Short text.")
    evidence = Evidence(document=document, start=0, end=500, quote="Short text.")
    with pytest.raises(ValidationError, match="11 characters long; end must be at most 11"):
        evidence.full_clean()


def test_it_refuses_a_quote_that_is_not_the_span_of_the_text() -> None:
    document = DocumentFactory(text="The Council adopted the regulation.")
    evidence = Evidence(document=document, start=4, end=11, quote="Commission")
    with pytest.raises(ValidationError, match="exactly the document's text"):
        evidence.full_clean()
    good = Evidence.for_span(document, 4, 11)
    good.full_clean()
    assert good.quote == "Council"
