from __future__ import annotations

from typing import Any

from django import template

from accounts.services import is_following, target_kind

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_state(context: dict[str, Any], target: Any, followed: Any = None) -> dict[str, Any]:
    """What the follow button needs: the target's kind and id, and whether it is followed.
    A page listing what the user follows says so (`followed=True`), which spares a query
    for every row."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if followed is not True:
        followed = user is not None and is_following(user=user, target=target)
    return {
        "kind": target_kind(target),
        "pk": target.pk,
        "following": followed,
        "authenticated": bool(user and user.is_authenticated),
    }


@register.simple_tag
def signup_allowed() -> bool:
    from django.conf import settings

    return bool(settings.DOCKET_ALLOW_SIGNUP)
