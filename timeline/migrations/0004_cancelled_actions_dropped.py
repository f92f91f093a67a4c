"""Cancelled actions become dropped (the data; the schema moved in 0003, apart, since
PostgreSQL alters no table with updates pending in the same transaction)."""

from django.db import migrations

# "Cancelled" is now "dropped": the actions, their history and their change events move
# over, so that the history reads in today's words. The events' summaries keep the words
# they were written in.
RENAMES = (("cancelled", "dropped"),)
EVENT_RENAMES = (("action_cancelled", "action_dropped"),)


def _rename(apps, schema_editor, *, backwards: bool = False) -> None:
    pairs = [(new, old) if backwards else (old, new) for old, new in RENAMES]
    event_pairs = [(new, old) if backwards else (old, new) for old, new in EVENT_RENAMES]
    for model in ("FollowUpAction", "HistoricalFollowUpAction"):
        manager = apps.get_model("timeline", model).objects
        for old, new in pairs:
            manager.filter(status=old).update(status=new)
    events = apps.get_model("timeline", "ChangeEvent").objects
    for old, new in event_pairs:
        events.filter(kind=old).update(kind=new)
    for old, new in pairs:
        events.filter(field="status", action__isnull=False, old_value=old).update(old_value=new)
        events.filter(field="status", action__isnull=False, new_value=old).update(new_value=new)


def forwards(apps, schema_editor) -> None:
    _rename(apps, schema_editor)


def backwards(apps, schema_editor) -> None:
    _rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_action_states")]

    operations = [migrations.RunPython(forwards, backwards)]
