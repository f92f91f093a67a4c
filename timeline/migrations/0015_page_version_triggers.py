"""The initiative page's version (see initiatives 0022) moved by the timeline's tables: its
milestones, actions, proposals and change events, and what they show of actors (an
owner's name), evidence (a quote) and documents (a title)."""

# ruff: noqa: S608 (the SQL is built from constants: table and column names)
from django.db import migrations

from initiatives.page_triggers import (
    BOTH,
    LINKED,
    changed,
    drop_triggers,
    statement_triggers,
    trigger_operation,
)

FACTS = ("timeline_milestone", "timeline_followupaction", "timeline_proposal")
TRIGGERS = [
    *statement_triggers("timeline_milestone", "page", LINKED),
    *statement_triggers("timeline_followupaction", "page", LINKED),
    *statement_triggers("timeline_proposal", "page", LINKED),
    *statement_triggers("timeline_changeevent", "page", LINKED),
    *statement_triggers(
        "initiatives_actor",
        "owned_page",
        updated=(
            "SELECT initiative_id FROM timeline_followupaction WHERE owner_id IN ("
            + changed("name slug")
            + ")"
        ),
    ),
    *statement_triggers(
        "initiatives_evidence",
        "fact_page",
        updated=" UNION ".join(
            f"SELECT initiative_id FROM {facts} WHERE evidence_id IN ("
            + BOTH.format(column="id")
            + ")"
            for facts in FACTS
        ),
    ),
    *statement_triggers(
        "initiatives_document",
        "fact_page",
        updated=" UNION ".join(
            [
                "SELECT initiative_id FROM timeline_proposal WHERE document_id IN ("
                + BOTH.format(column="id")
                + ")",
                *(
                    f"SELECT initiative_id FROM {facts} WHERE evidence_id IN "
                    "(SELECT id FROM initiatives_evidence WHERE document_id IN ("
                    + BOTH.format(column="id")
                    + "))"
                    for facts in FACTS
                ),
            ]
        ),
    ),
]


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0022_initiative_page_version"),
        ("timeline", "0014_milestone_serial_scans"),
    ]

    operations = [trigger_operation(TRIGGERS, drop_triggers(TRIGGERS))]
