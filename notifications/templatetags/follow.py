from __future__ import annotations

from typing import Any

from django import template

from notifications.services import is_following, target_kind

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_state(context: dict[str, Any], target: Any) -> dict[str, Any]:
    """What the follow button needs: the target's kind and id, and whether it is followed."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "kind": target_kind(target),
        "pk": target.pk,
        "following": user is not None and is_following(user=user, target=target),
        "authenticated": bool(user and user.is_authenticated),
    }
