"""Every user has a Profile, whoever created the user (admin, sign-up, shell)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from notifications.models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    if created and not kwargs.get("raw"):
        Profile.objects.get_or_create(user=instance)
