"""The initiative page's version (`Initiative.page_version`), moved by PostgreSQL triggers on
every table the page shows, so that a kept drawing of the page (`initiatives.detail`) is
never read after a change, whoever made it: a service, the admin, a bulk `update()`, the
importer's raw SQL. Row triggers on the initiative itself; statement triggers (with their
transition tables, one UPDATE a statement however many rows it wrote) on the others.
The timeline's tables get theirs in timeline 0015. SQLite has none, and keeps no drawing."""

# ruff: noqa: S608 (the SQL is built from constants: table and column names)
from django.db import migrations, models

from initiatives.page_triggers import (
    BOTH,
    LINKED,
    changed,
    drop_triggers,
    statement_triggers,
    trigger_operation,
)

# A new version: random, so that a database made again (tests, a restored copy) never
# meets an old drawing kept under the same initiative id and version.
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION docket_page_version() RETURNS bigint LANGUAGE sql VOLATILE AS
$$ SELECT (random() * 9.0e18 - 4.5e18)::bigint $$;

CREATE OR REPLACE FUNCTION docket_initiative_page_moved() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.page_version := docket_page_version(); RETURN NEW; END $$;

-- TG_ARGV[0]: a SELECT of the ids of the initiatives whose page changed, reading the
-- statement's transition tables ("new_rows", "old_rows").
CREATE OR REPLACE FUNCTION docket_pages_moved() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  EXECUTE 'UPDATE initiatives_initiative SET page_version = docket_page_version() '
       || 'WHERE id IN (' || TG_ARGV[0] || ')';
  RETURN NULL;
END $$;
"""


TRIGGERS = [
    *statement_triggers("initiatives_initiativeactor", "page", LINKED),
    *statement_triggers("initiatives_initiativearea", "page", LINKED),
    *statement_triggers("initiatives_initiativesector", "page", LINKED),
    *statement_triggers("initiatives_document", "page", LINKED),
    # Evidence is shown only through a row that points to it (whose own insert moves
    # the page). A changed quote moves the pages of the links that cite it and of its
    # document's initiative (the timeline's facts that cite it: timeline 0015).
    *statement_triggers(
        "initiatives_evidence",
        "page",
        updated=(
            "SELECT initiative_id FROM initiatives_document WHERE id IN ("
            + BOTH.format(column="document_id")
            + ") UNION "
            + " UNION ".join(
                f"SELECT initiative_id FROM {links} WHERE evidence_id IN ("
                + BOTH.format(column="id")
                + ")"
                for links in (
                    "initiatives_initiativeactor",
                    "initiatives_initiativearea",
                    "initiatives_initiativesector",
                )
            )
        ),
    ),
    # Names shown on many pages: only a change of what is shown moves them.
    *statement_triggers(
        "initiatives_actor",
        "page",
        updated=(
            "SELECT initiative_id FROM initiatives_initiativeactor WHERE actor_id IN ("
            + changed("name slug")
            + ")"
        ),
    ),
    *statement_triggers(
        "initiatives_cooperationarea",
        "page",
        updated=(
            "SELECT initiative_id FROM initiatives_initiativearea WHERE area_id IN ("
            + changed("name slug position")
            + ")"
        ),
    ),
    *statement_triggers(
        "initiatives_sector",
        "page",
        updated=(
            "SELECT initiative_id FROM initiatives_initiativesector WHERE sector_id IN ("
            + changed("name slug")
            + ")"
        ),
    ),
]


ROW_TRIGGER = (
    "CREATE TRIGGER initiatives_initiative_page BEFORE INSERT OR UPDATE "
    "ON initiatives_initiative FOR EACH ROW EXECUTE FUNCTION docket_initiative_page_moved()"
)
DROPS = [
    *drop_triggers(TRIGGERS),
    "DROP TRIGGER IF EXISTS initiatives_initiative_page ON initiatives_initiative",
    "DROP FUNCTION IF EXISTS docket_pages_moved(); "
    "DROP FUNCTION IF EXISTS docket_initiative_page_moved(); "
    "DROP FUNCTION IF EXISTS docket_page_version();",
]


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0021_initiative_status_of_match_statistics"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiative",
            name="page_version",
            field=models.BigIntegerField(db_default=0, editable=False),
        ),
        trigger_operation([FUNCTIONS, ROW_TRIGGER, *TRIGGERS], DROPS),
    ]
