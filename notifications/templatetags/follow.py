from __future__ import annotations

from typing import Any

from django import template

from notifications.models import EventFilter
from notifications.services import follow_of, target_kind

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_state(context: dict[str, Any], target: Any) -> dict[str, Any]:
    """What the follow button needs: the target's kind and id, and whether it is followed."""
    request = context.get("request")
    user = getattr(request, "user", None)
    follow = follow_of(user=user, target=target) if user is not None else None
    return {
        "kind": target_kind(target),
        "pk": target.pk,
        "following": follow is not None,
        "events": follow.events if follow is not None else EventFilter.ALL,
        "choices": EventFilter.choices,
        "authenticated": bool(user and user.is_authenticated),
    }
