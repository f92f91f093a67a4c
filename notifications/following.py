"""What users follow, fetched for many users at once and turned into filters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from initiatives.models import InitiativeActor, InitiativeArea
from notifications.events import events_q, wants_section
from notifications.models import Follow, SavedSearch


@dataclass(frozen=True)
class Scope:
    """What a user follows, as ids, turned into filters on initiatives and actions."""

    initiative_ids: frozenset[int]
    area_ids: frozenset[int]
    actor_ids: frozenset[int]

    @classmethod
    def of(cls, user: AbstractBaseUser) -> Scope:
        return cls.for_users([user.pk]).get(user.pk, NO_SCOPE)

    @classmethod
    def for_users(cls, user_ids: Iterable[int]) -> dict[int, Scope]:
        """The scopes of many users in one query, whatever each follow lets through."""
        return {
            user_id: union(by_choice.values())
            for user_id, by_choice in cls.by_choice_for_users(user_ids).items()
        }

    @classmethod
    def by_choice_for_users(cls, user_ids: Iterable[int]) -> dict[int, dict[str, Scope]]:
        """Each user's follows, split by the kinds of change they let through: one query."""
        found: dict[int, dict[str, tuple[set[int], set[int], set[int]]]] = {}
        rows = Follow.objects.filter(user_id__in=list(user_ids)).values_list(
            "user_id", "events", "initiative_id", "area_id", "actor_id"
        )
        for user_id, choice, initiative_id, area_id, actor_id in rows:
            initiatives, areas, actors = found.setdefault(user_id, {}).setdefault(
                choice, (set(), set(), set())
            )
            if initiative_id:
                initiatives.add(initiative_id)
            elif area_id:
                areas.add(area_id)
            else:
                actors.add(actor_id)
        return {
            user_id: {
                choice: cls(frozenset(i), frozenset(a), frozenset(b))
                for choice, (i, a, b) in by_choice.items()
            }
            for user_id, by_choice in found.items()
        }

    def __bool__(self) -> bool:
        return bool(self.initiative_ids or self.area_ids or self.actor_ids)

    def initiatives(self) -> Q:
        q = Q(initiative_id__in=self.initiative_ids)
        if self.area_ids:
            areas = InitiativeArea.objects.filter(area_id__in=self.area_ids)
            q |= Q(initiative_id__in=areas.values("initiative_id"))
        if self.actor_ids:
            actors = InitiativeActor.objects.filter(actor_id__in=self.actor_ids)
            q |= Q(initiative_id__in=actors.values("initiative_id"))
        return q

    def actions(self) -> Q:
        q = self.initiatives()
        return q | Q(owner_id__in=self.actor_ids) if self.actor_ids else q


NO_SCOPE = Scope(frozenset(), frozenset(), frozenset())


def union(scopes: Iterable[Scope]) -> Scope:
    scopes = list(scopes)
    return Scope(
        frozenset().union(*(s.initiative_ids for s in scopes)),
        frozenset().union(*(s.area_ids for s in scopes)),
        frozenset().union(*(s.actor_ids for s in scopes)),
    )


@dataclass
class Interests:
    """Everything a digest needs to know about what one user follows, and which kinds of
    change each follow lets through (see notifications.events)."""

    by_choice: dict[str, Scope] = field(default_factory=dict)
    searches: list[SavedSearch] = field(default_factory=list)

    @property
    def scope(self) -> Scope:
        return union(self.by_choice.values())

    def events(self) -> Q:
        """The change events these follows let through, on ChangeEvent."""
        q: Q | None = None
        for choice, scope in sorted(self.by_choice.items()):
            part = scope.initiatives() & events_q(choice)
            q = part if q is None else q | part
        return Q(pk__in=[]) if q is None else q

    def actions(self, section: str) -> Q | None:
        """The actions of the follows that feed a digest section ("due_soon", …), or None."""
        feeding = [s for c, s in sorted(self.by_choice.items()) if wants_section(c, section)]
        return union(feeding).actions() if feeding else None


def interests_of(user_ids: Sequence[int]) -> dict[int, Interests]:
    """What many users follow, in two queries: a run fetches these for a batch of users."""
    scopes = Scope.by_choice_for_users(user_ids)
    interests = {user_id: Interests(by_choice=scopes.get(user_id, {})) for user_id in user_ids}
    for search in SavedSearch.objects.filter(user_id__in=list(user_ids)):
        interests[search.user_id].searches.append(search)
    return interests
