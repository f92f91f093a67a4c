"""Follow-up actions built from plain rows, for the pages that read a few columns of many
actions and show a few: the timeline chart (200 read, a dozen rows drawn) and the
dashboard's first due (read with their counts in one statement). Building every action
with its initiative and owner as a query would was most of those pages' Python."""

from __future__ import annotations

from typing import Any

from timeline.models import FollowUpAction

# What those pages show of an action, then of its initiative and its owner.
ACTION_FIELDS = (
    "id",
    "description",
    "due_earliest",
    "due_latest",
    "due_text",
    "due_confidence",
    "status",
    "initiative_id",
    "owner_id",
)
SUBJECT_FIELDS = {"initiative": ("title", "slug"), "owner": ("name", "slug")}
ACTION_COLUMNS = (
    *ACTION_FIELDS,
    *(f"{name}__{field}" for name, fields in SUBJECT_FIELDS.items() for field in fields),
)


def built(model: Any, db: str, values: dict[str, Any]) -> Any:
    """A model object from some of its columns, as a query deferring the others gives it
    (`Model.from_db` takes them in the model's column order)."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(db, names, [values[name] for name in names])


def action_from_row(row: tuple[Any, ...], db: str) -> FollowUpAction:
    """An action with its initiative and owner, from a row of ACTION_COLUMNS (no owner:
    ``owner`` is None)."""
    width = len(ACTION_FIELDS)
    action = built(FollowUpAction, db, dict(zip(ACTION_FIELDS, row[:width], strict=True)))
    at = width
    for name, fields in SUBJECT_FIELDS.items():
        values = row[at : at + len(fields)]
        at += len(fields)
        subject_id = getattr(action, f"{name}_id")
        related = FollowUpAction._meta.get_field(name).related_model
        subject = None
        if subject_id is not None:
            subject = built(
                related, db, {"id": subject_id, **dict(zip(fields, values, strict=True))}
            )
        setattr(action, name, subject)
    return action
