"""Writes to initiatives. Views, admin, commands and tasks all call these."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from initiatives.models import Document, Initiative
from initiatives.search import initiative_search_update
from timeline.models import EventKind
from timeline.services import event_record

# Fields a curator may correct; a re-import keeps the curator's value.
CURATABLE_FIELDS = ("title", "summary", "status", "decided_on", "decided_on_precision", "venue")


def free_slug(name: str, taken: set[str], *, max_length: int, fallback: str) -> str:
    """A slug of `name` not in `taken` (suffixed -2, -3, …), added to `taken`."""
    base = slugify(name)[: max_length - 10] or fallback
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:190] or "initiative"
    taken = set(
        Initiative.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    return free_slug(title, taken, max_length=200, fallback="initiative")


@transaction.atomic
def initiative_save(
    *,
    initiative: Initiative,
    via: str,
    user: AbstractBaseUser | None = None,
    document: Document | None = None,
) -> Initiative:
    """Validate and save an initiative edited by a person, recording status changes and
    remembering which fields the person set so that a re-import leaves them alone.

    With `document`, the change is one that document reported (an applied proposal):
    its events name it, and the fields stay the document's, not the curator's."""
    if not initiative.slug:
        initiative.slug = unique_slug(initiative.title)
    initiative.full_clean()
    previous = Initiative.objects.filter(pk=initiative.pk).first() if initiative.pk else None
    if previous is not None and document is None:
        edited = [f for f in CURATABLE_FIELDS if getattr(previous, f) != getattr(initiative, f)]
        initiative.curated_fields = sorted(set(initiative.curated_fields) | set(edited))
    if user is not None and user.is_authenticated:
        initiative._history_user = user
    initiative.save()
    if previous is None:
        event_record(
            initiative=initiative,
            kind=EventKind.INITIATIVE_CREATED,
            summary=f"New initiative: {initiative.title}",
            via=via,
            user=user,
            new_value=initiative.status,
        )
    elif previous.status != initiative.status:
        event_record(
            initiative=initiative,
            kind=EventKind.STATUS_CHANGED,
            summary=(
                f"Status changed from {previous.get_status_display()} "
                f"to {initiative.get_status_display()}"
            ),
            via=via,
            user=user,
            document=document,
            field="status",
            old_value=previous.status,
            new_value=initiative.status,
        )
    initiative_search_update(initiative_ids=[initiative.pk])
    return initiative


@transaction.atomic
def initiative_verify(
    *, initiative: Initiative, via: str, user: AbstractBaseUser | None = None
) -> bool:
    """Mark an initiative verified. Returns False if it already was."""
    locked = Initiative.objects.select_for_update().get(pk=initiative.pk)
    if locked.verified:
        return False
    locked.verified = True
    locked.verified_at = timezone.now()
    locked.verified_by = user if user is not None and user.is_authenticated else None
    if user is not None and user.is_authenticated:
        locked._history_user = user
    locked.save()
    event_record(
        initiative=locked,
        kind=EventKind.VERIFIED,
        summary=f"Verified by a curator: {locked.title}",
        via=via,
        user=user,
    )
    initiative.refresh_from_db()
    return True
