from __future__ import annotations

from typing import Any

from django import template

from notifications.models import EventFilter
from notifications.services import follow_of, target_kind

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_state(context: dict[str, Any], target: Any, follow: Any = None) -> dict[str, Any]:
    """What the follow button needs: the target's kind and id, whether it is followed, and
    which changes the follow asks for. A page listing what the user follows passes each row's
    follow (`follow=follow`), which spares a query for every row."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if not follow:  # a page that lists no follows leaves the variable empty
        follow = follow_of(user=user, target=target) if user is not None else None
    return {
        "kind": target_kind(target),
        "pk": target.pk,
        "following": follow is not None,
        "events": follow.events if follow is not None else EventFilter.ALL,
        "choices": EventFilter.choices,
        "authenticated": bool(user and user.is_authenticated),
    }
