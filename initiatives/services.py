"""Writes to initiatives. Views, admin, commands and tasks all call these."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, Model, OuterRef, QuerySet
from django.utils import timezone
from django.utils.text import slugify

from initiatives.models import (
    Actor,
    Document,
    DocumentMatch,
    ImportRun,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    MatchDecision,
    Origin,
    SlugRedirect,
)
from initiatives.search import initiative_search_update
from initiatives.users import acting_user
from timeline.models import EventKind
from timeline.services import event_record

# Fields a curator may correct; a re-import keeps the curator's value.
CURATABLE_FIELDS = (
    "title",
    "summary",
    "status",
    "decided_on",
    "decided_on_precision",
    "decided_on_year_inferred",
    "venue",
)
# What a merge takes from the merged initiative when the survivor has nothing there.
MERGE_FILLED_FIELDS = ("summary", "decided_on", "venue")


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
    # A retired address (kept by a SlugRedirect) still leads to its initiative: never
    # give it to another one.
    taken = set(
        Initiative.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .order_by()
        .values_list("slug", flat=True)
        .union(
            SlugRedirect.objects.filter(old_slug__startswith=base)
            .order_by()
            .values_list("old_slug", flat=True)
        )
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
    if acting_user(user):
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
def initiative_pin(
    *,
    initiative: Initiative,
    field: str,
    pinned: bool,
    via: str,
    user: AbstractBaseUser | None = None,
) -> Initiative:
    """Pin a field as it stands (a re-import keeps it, as it keeps a field a curator
    edited), or unpin it so that the next version of its document updates it again."""
    if field not in CURATABLE_FIELDS:
        raise ValidationError(f"“{field}” cannot be pinned.")
    fields = set(initiative.curated_fields)
    initiative.curated_fields = sorted(fields | {field} if pinned else fields - {field})
    return initiative_save(initiative=initiative, via=via, user=user)


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
    locked.verified_by = acting_user(user)
    if acting_user(user):
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


@transaction.atomic
def actors_confirm(*, actors: QuerySet[Actor]) -> int:
    """Mark actors that the importer found as checked by a curator. Returns how many
    were unconfirmed."""
    return actors.filter(confirmed=False).update(confirmed=True)


def _move_links(model: type[Model], *, key: str, merged: Initiative, survivor: Initiative) -> None:
    """Move the merged initiative's links the survivor does not have; the others go with
    the merged initiative (the survivor's link, and its evidence, wins)."""
    theirs = model.objects.filter(initiative=survivor)
    same = {k: OuterRef(k) for k in key.split(",")}
    model.objects.filter(initiative=merged).exclude(Exists(theirs.filter(**same))).update(
        initiative=survivor
    )


@transaction.atomic
def initiative_merge(
    *, survivor: Initiative, merged: Initiative, via: str, user: AbstractBaseUser | None = None
) -> Initiative:
    """Fold ``merged`` into ``survivor``: its documents, facts, follows, change events and
    fact history move over, and its address redirects to the survivor for good. The
    survivor's own fields win; a blank one it has not curated is filled from the merged."""
    from timeline.models import ChangeEvent, FollowUpAction, Milestone, Proposal
    from timeline.services import initiative_due_dates_refresh

    if survivor.pk == merged.pk:
        raise ValidationError("Choose two different initiatives to merge.")
    locked = {
        i.pk: i
        for i in Initiative.objects.select_for_update().filter(pk__in=[survivor.pk, merged.pk])
    }
    if len(locked) != 2:
        raise ValidationError("One of the initiatives no longer exists. Reload and try again.")
    survivor, merged = locked[survivor.pk], locked[merged.pk]
    Document.objects.filter(initiative=merged).update(initiative=survivor)
    _move_links(InitiativeActor, key="actor,role", merged=merged, survivor=survivor)
    _move_links(InitiativeArea, key="area", merged=merged, survivor=survivor)
    _move_links(InitiativeSector, key="sector", merged=merged, survivor=survivor)
    for model in (Milestone, FollowUpAction):
        model.objects.filter(initiative=merged).update(initiative=survivor)
        model.history.model.objects.filter(initiative_id=merged.pk).update(
            initiative_id=survivor.pk
        )
    ChangeEvent.objects.filter(initiative=merged).update(initiative=survivor)
    # What later documents reported, applied or awaiting review, now concerns the survivor.
    Proposal.objects.filter(initiative=merged).update(initiative=survivor)
    DocumentMatch.objects.filter(initiative=merged).update(initiative=survivor)
    ImportRun.objects.filter(initiative=merged).update(initiative=survivor)
    # A reader who followed both keeps one follow; the others now follow the survivor.
    merged.follows.filter(user_id__in=survivor.follows.values("user_id")).delete()
    merged.follows.update(initiative=survivor)
    SlugRedirect.objects.filter(initiative=merged).update(initiative=survivor)
    SlugRedirect.objects.create(old_slug=merged.slug, initiative=survivor)
    for name in MERGE_FILLED_FIELDS:
        if not getattr(survivor, name) and name not in survivor.curated_fields:
            setattr(survivor, name, getattr(merged, name))
            if name == "decided_on":
                survivor.decided_on_precision = merged.decided_on_precision
    if acting_user(user):
        survivor._history_user = user
        merged._history_user = user
    survivor.save()
    event_record(
        initiative=survivor,
        kind=EventKind.MERGED,
        summary=f"Merged with “{merged.title}” ({merged.slug})",
        via=via,
        user=user,
        old_value=merged.slug,
        new_value=survivor.slug,
    )
    merged.delete()  # its own history stays, ending with the deletion
    initiative_search_update(initiative_ids=[survivor.pk])
    initiative_due_dates_refresh(initiative_ids=[survivor.pk])
    return survivor


@transaction.atomic
def document_detach(
    *, document: Document, via: str, user: AbstractBaseUser | None = None
) -> Initiative:
    """Give a document an initiative of its own, extracted afresh from its stored text
    (read against its reference date). Its former initiative loses the extracted facts
    this document alone stood behind; what curators added stays."""
    # The importer builds on this module; it is imported here, where it is used.
    from initiatives.imports import facts_load
    from initiatives.pipeline.run import extract_text
    from timeline.models import FollowUpAction, Milestone, Proposal
    from timeline.services import initiative_due_dates_refresh

    document = Document.objects.select_for_update().get(pk=document.pk)
    day = document.reference_date or document.published_on or document.imported_at.date()
    extraction = extract_text(
        document.text, today=day, published=document.reference_date, title=document.title
    )
    extracted = extraction.initiative
    if extracted is None:
        raise ValidationError(
            f"No initiative can be read from “{document}”: it stays where it is. "
            "Create the initiative by hand and attach the document to it instead."
        )
    former = document.initiative
    if former is not None:
        backed = {"origin": Origin.EXTRACTED, "evidence__document": document}
        for model in (InitiativeActor, InitiativeArea, InitiativeSector):
            model.objects.filter(initiative=former, **backed).delete()
        for fact in [
            *Milestone.objects.filter(initiative=former, **backed),
            *FollowUpAction.objects.filter(initiative=former, **backed),
        ]:
            fact.delete()  # one by one, so that each leaves its history
        # Its reports were read as news of the former initiative: those still awaiting
        # review no longer apply there (applied ones stay, for a curator to undo).
        Proposal.objects.pending().filter(initiative=former, document=document).delete()
    initiative = Initiative(slug=unique_slug(extracted.title), title=extracted.title[:300])
    facts_load(initiative=initiative, document=document, extracted=extracted)
    DocumentMatch.objects.update_or_create(
        document=document,
        defaults={
            "decision": MatchDecision.NEW,
            "initiative": initiative,
            "resolved_by": acting_user(user),
            "resolved_at": timezone.now(),
        },
    )
    if former is not None:
        event_record(
            initiative=former,
            kind=EventKind.DOCUMENT_DETACHED,
            summary=f"Source document detached into an initiative of its own: {document}",
            via=via,
            user=user,
            document=document,
            new_value=initiative.slug,
        )
        initiative_search_update(initiative_ids=[former.pk])
        initiative_due_dates_refresh(initiative_ids=[former.pk])
    return initiative
