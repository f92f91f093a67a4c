"""factory_boy factories for Docket's records, and the people of the permission tests."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

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
from timeline.services import initiative_due_dates_refresh


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

    @classmethod
    def _create(cls, model_class: type[FollowUpAction], *args: Any, **kwargs: Any) -> Any:
        # As every writer of actions does (timeline.services): the initiative's pending
        # due dates, which the list's due filters read, follow the new action.
        action = super()._create(model_class, *args, **kwargs)
        initiative_due_dates_refresh(initiative_ids=[action.initiative_id])
        return action


def link_area(initiative: Initiative, slug: str, statement: str = "") -> InitiativeArea:
    return InitiativeArea.objects.create(
        initiative=initiative, area=CooperationArea.objects.get(slug=slug), statement=statement
    )


def link_actor(initiative: Initiative, actor: Actor, role: str) -> InitiativeActor:
    return InitiativeActor.objects.create(initiative=initiative, actor=actor, role=role)


def link_sector(initiative: Initiative, sector: Sector) -> InitiativeSector:
    return InitiativeSector.objects.create(initiative=initiative, sector=sector)


# --- Following, digests and reminders (notifications) --------------------------------


def follow(user: User, target: object) -> object:
    from notifications.services import follow_create

    return follow_create(user=user, target=target)


class SavedSearchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "notifications.SavedSearch"

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Saved search {n}")
    query = ""


# A small world for digest and reminder tests: an analyst who follows one initiative
# that changed on 23 Nov 2026, with one action due soon and one overdue.
from dataclasses import dataclass  # noqa: E402

import time_machine  # noqa: E402

from initiatives.services import initiative_save  # noqa: E402
from notifications.models import DigestFrequency, Profile  # noqa: E402
from timeline.models import EventVia  # noqa: E402
from timeline.services import action_save  # noqa: E402

SEND_AT = dt.datetime(2026, 11, 24, 8, 5, tzinfo=dt.UTC)
CHANGED_AT = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


@dataclass
class World:
    user: User
    initiative: Initiative
    due_soon: FollowUpAction
    overdue: FollowUpAction


def set_daily(user: User, *, hour: int = 8, time_zone: str = "UTC") -> Profile:
    profile = Profile.objects.get(user=user)
    profile.digest_frequency = DigestFrequency.DAILY
    profile.digest_hour = hour
    profile.time_zone = time_zone
    profile.save()
    return profile


def make_world(user: User) -> World:
    """Changes on 23 Nov 2026: a new action due on 10 Dec, and a status change."""
    set_daily(user)
    commission = ActorFactory(name="European Commission")
    initiative = InitiativeFactory(
        title="Joint ammunition procurement", status=Status.PROPOSED, slug="ammunition"
    )
    overdue = FollowUpActionFactory(
        initiative=initiative,
        owner=commission,
        description="Report on stockpiles",
        due_earliest=None,
        due_latest=dt.date(2026, 11, 1),
    )
    follow(user, initiative)
    with time_machine.travel(CHANGED_AT, tick=False):
        due_soon = action_save(
            action=FollowUpAction(
                initiative=initiative,
                owner=commission,
                description="Publish the <script>alert(1)</script> roadmap",
                due_text="in the coming weeks",
                due_latest=dt.date(2026, 12, 10),
            ),
            via=EventVia.IMPORT,
        )
        initiative.status = Status.ADOPTED
        initiative_save(initiative=initiative, via=EventVia.ADMIN)
    return World(user=user, initiative=initiative, due_soon=due_soon, overdue=overdue)


def make_listed_initiative(
    title: str,
    *,
    areas: tuple[str, ...] = ("investment",),
    status: str = Status.ADOPTED,
    overdue_actions: int = 0,
    **fields: object,
) -> Initiative:
    """An initiative with areas, an actor, a sector, a milestone and actions, as the list
    and detail pages show them. Overdue actions are due 2025-11-25 – 2026-05-25."""
    initiative = InitiativeFactory(title=title, status=status, **fields)
    for slug in areas:
        link_area(initiative, slug, statement=f"{title} covers {slug}.")
    link_actor(initiative, ActorFactory(name="Council of the EU"), "decision_maker")
    link_sector(initiative, SectorFactory(name="Ammunition production"))
    MilestoneFactory(initiative=initiative)
    FollowUpActionFactory.create_batch(
        overdue_actions, initiative=initiative, owner=ActorFactory(name="EU agencies")
    )
    return initiative


def ensure_areas() -> None:
    """A transactional test before this one may have flushed the five migrated areas."""
    from django.apps import apps

    migration = importlib.import_module("initiatives.migrations.0002_cooperation_areas")
    migration.create_areas(apps, None)
