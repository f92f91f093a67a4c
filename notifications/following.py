"""What users follow, fetched for many users at once and turned into filters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from initiatives.models import InitiativeActor, InitiativeArea
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
        """The scopes of many users in one query."""
        found: dict[int, tuple[set[int], set[int], set[int]]] = {}
        rows = Follow.objects.filter(user_id__in=list(user_ids)).values_list(
            "user_id", "initiative_id", "area_id", "actor_id"
        )
        for user_id, initiative_id, area_id, actor_id in rows:
            initiatives, areas, actors = found.setdefault(user_id, (set(), set(), set()))
            if initiative_id:
                initiatives.add(initiative_id)
            elif area_id:
                areas.add(area_id)
            else:
                actors.add(actor_id)
        return {
            user_id: cls(frozenset(i), frozenset(a), frozenset(b))
            for user_id, (i, a, b) in found.items()
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


@dataclass
class Interests:
    """Everything a digest needs to know about what one user follows."""

    scope: Scope = NO_SCOPE
    searches: list[SavedSearch] = field(default_factory=list)


def interests_of(user_ids: Sequence[int]) -> dict[int, Interests]:
    """What many users follow, in two queries: a run fetches these for a batch of users."""
    scopes = Scope.for_users(user_ids)
    interests = {user_id: Interests(scope=scopes.get(user_id, NO_SCOPE)) for user_id in user_ids}
    for search in SavedSearch.objects.filter(user_id__in=list(user_ids)):
        interests[search.user_id].searches.append(search)
    return interests
