from __future__ import annotations

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def signup_allowed() -> bool:
    return bool(settings.DOCKET_ALLOW_SIGNUP)
