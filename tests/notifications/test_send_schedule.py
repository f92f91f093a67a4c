"""Celery beat's schedule lives in the database, where admins can see and change it."""

from __future__ import annotations

import pytest
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler

from config.celery import app

pytestmark = pytest.mark.django_db(transaction=True)


def test_beat_installs_the_digest_reminder_overdue_and_dashboard_tasks_in_the_database() -> None:
    DatabaseScheduler(app=app, lazy=True).setup_schedule()
    tasks = {
        task.task: task.crontab
        for task in PeriodicTask.objects.filter(task__startswith="timeline.tasks.")
    }
    assert set(tasks) == {
        "timeline.tasks.send_digests",
        "timeline.tasks.send_reminders",
        "timeline.tasks.mark_overdue_actions",
        "timeline.tasks.refresh_dashboard_delivery",
    }
    assert tasks["timeline.tasks.send_digests"].hour == "*"  # hourly
    assert tasks["timeline.tasks.send_reminders"].hour == "*"
    assert tasks["timeline.tasks.mark_overdue_actions"].hour == "0"  # daily
    assert tasks["timeline.tasks.refresh_dashboard_delivery"].minute == "*/5"
    app.loader.import_default_modules()
    assert set(tasks) <= set(app.tasks)  # every scheduled name is a real task
