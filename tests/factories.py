"""factory_boy factories for Docket's records, and the people of the permission tests."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth.models import Group, User

from initiatives.models import (
    Actor,
    ActorKind,
    CooperationArea,
    DatePrecision,
    Document,
    Evidence,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Sector,
    Status,
)
from timeline.models import FollowUpAction, Milestone, MilestoneKind


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def save_password(obj: User, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.save()


def make_curator(username: str = "curator") -> User:
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    return user


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.LazyAttribute(lambda a: a.name.lower().replace(" ", "-"))
    kind = ActorKind.INSTITUTION


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.LazyAttribute(lambda s: s.name.lower().replace(" ", "-"))


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    title = factory.Sequence(lambda n: f"Initiative number {n}")
    slug = factory.Sequence(lambda n: f"initiative-{n}")
    summary = "The Council adopted a framework for joint defence production."
    status = Status.ADOPTED
    decided_on = dt.date(2025, 11, 25)
    decided_on_precision = DatePrecision.DAY
    venue = "Brussels"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Document {n}")
    text = "The Council adopted the regulation on 25 November 2025 in Brussels."
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    format = "txt"


def make_evidence(document: Document, quote: str, rule: str = "test") -> Evidence:
    start = document.text.index(quote)
    evidence = Evidence.for_span(document, start, start + len(quote), rule=rule)
    evidence.save()
    return evidence


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    initiative = factory.SubFactory(InitiativeFactory)
    title = "Decision"
    kind = MilestoneKind.DECISION
    date = dt.date(2025, 11, 25)
    date_precision = DatePrecision.DAY


class FollowUpActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUpAction

    initiative = factory.SubFactory(InitiativeFactory)
    description = factory.Sequence(lambda n: f"Outline implementation step {n}")
    owner = factory.SubFactory(ActorFactory)
    due_text = "in the coming months"
    due_earliest = dt.date(2025, 11, 25)
    due_latest = dt.date(2026, 5, 25)
    due_confidence = 0.5


def link_area(initiative: Initiative, slug: str, statement: str = "") -> InitiativeArea:
    return InitiativeArea.objects.create(
        initiative=initiative, area=CooperationArea.objects.get(slug=slug), statement=statement
    )


def link_actor(initiative: Initiative, actor: Actor, role: str) -> InitiativeActor:
    return InitiativeActor.objects.create(initiative=initiative, actor=actor, role=role)


def link_sector(initiative: Initiative, sector: Sector) -> InitiativeSector:
    return InitiativeSector.objects.create(initiative=initiative, sector=sector)
