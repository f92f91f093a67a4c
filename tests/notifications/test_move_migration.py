"""Moving following and the delivery log from accounts to notifications keeps every row:
the tables, their ids, and what points at their content types (permissions, admin history)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0003_delivery_uncertain"), ("notifications", None)]


def _migrate(targets: list[tuple[str, str | None]]):
    """Migrate to `targets`; the models as they are then, every other app at its latest."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    named = {app for app, _ in targets}
    others = [node for node in _leaf() if node[0] not in named]
    return executor.loader.project_state([t for t in targets if t[1] is not None] + others).apps


def _leaf() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_follows_searches_preferences_and_deliveries_survive_the_move() -> None:
    old = _migrate(BEFORE)
    user = old.get_model("auth", "User").objects.create(username="ana", email="ana@example.org")
    initiative = old.get_model("initiatives", "Initiative").objects.create(
        slug="ammunition", title="Ammunition"
    )
    profile = old.get_model("accounts", "Profile").objects.create(
        user=user, digest_frequency="daily", digest_hour=7, time_zone="Europe/Kyiv"
    )
    follow = old.get_model("accounts", "Follow").objects.create(user=user, initiative=initiative)
    search = old.get_model("accounts", "SavedSearch").objects.create(
        user=user, name="Investment", query="area=investment", feed_token="tok-1"
    )
    delivery = old.get_model("accounts", "Delivery").objects.create(
        user=user,
        kind="digest",
        subject_key="digest",
        period="2026-11-30T08:00",
        status="sent",
        claimed_at=dt.datetime(2026, 11, 30, 7, tzinfo=dt.UTC),
    )
    content_types = old.get_model("contenttypes", "ContentType").objects
    follow_type = content_types.get_or_create(app_label="accounts", model="follow")[0]
    permission = old.get_model("auth", "Permission").objects.get_or_create(
        content_type=follow_type, codename="view_follow", defaults={"name": "Can view follow"}
    )[0]
    group = old.get_model("auth", "Group").objects.create(name="Support")
    group.permissions.add(permission)
    entry = old.get_model("admin", "LogEntry").objects.create(
        user=user,
        content_type=follow_type,
        object_id=str(follow.pk),
        object_repr="ana follows Ammunition",
        action_flag=1,
        action_time=dt.datetime(2026, 11, 30, tzinfo=dt.UTC),
    )

    new = _migrate(_leaf())
    ContentType.objects.clear_cache()

    assert (
        new.get_model("notifications", "Profile")
        .objects.filter(
            pk=profile.pk, digest_frequency="daily", digest_hour=7, time_zone="Europe/Kyiv"
        )
        .exists()
    )
    moved = new.get_model("notifications", "Follow").objects.get(pk=follow.pk)
    assert (moved.user_id, moved.initiative_id) == (user.pk, initiative.pk)
    assert new.get_model("notifications", "SavedSearch").objects.get(pk=search.pk).feed_token == (
        "tok-1"
    )
    assert new.get_model("notifications", "Delivery").objects.get(pk=delivery.pk).status == "sent"
    # The same content type row, now labelled notifications: the group keeps its
    # permission and the admin history its object.
    relabelled = ContentType.objects.get(pk=follow_type.pk)
    assert (relabelled.app_label, relabelled.model) == ("notifications", "follow")
    assert not ContentType.objects.filter(app_label="accounts", model="follow").exists()
    group_permissions = new.get_model("auth", "Group").objects.get(pk=group.pk).permissions
    assert list(group_permissions.values_list("content_type__app_label", "codename")) == [
        ("notifications", "view_follow")
    ]
    assert new.get_model("admin", "LogEntry").objects.get(pk=entry.pk).content_type_id == (
        follow_type.pk
    )
    from notifications.models import Follow

    assert Follow.objects.get(pk=follow.pk).initiative.title == "Ammunition"
