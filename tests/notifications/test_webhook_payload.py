"""What a receiver reads: a change event as JSON, or as a Slack message for Slack."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.contrib.auth.models import User

from notifications.webhook_payload import (
    event_payload,
    is_slack_url,
    ping_payload,
    slack_message,
    webhook_body,
)
from tests.factories import make_world
from timeline.models import ChangeEvent

SLACK = "https://hooks.slack.com/services/T000/B000/XXXX"


@pytest.fixture
def events(analyst: User) -> dict[str, ChangeEvent]:
    make_world(analyst)
    return {
        e.kind: e for e in ChangeEvent.objects.select_related("initiative", "action", "document")
    }


def test_the_json_body_names_the_initiative_the_change_and_links(
    events: dict[str, ChangeEvent],
) -> None:
    payload = event_payload(events["status_changed"])
    assert payload["type"] == "initiative.status_changed"
    assert dt.datetime.fromisoformat(payload["timestamp"]).tzinfo is not None
    data = payload["data"]
    assert (data["field"], data["old_value"], data["new_value"]) == (
        "status",
        "proposed",
        "adopted",
    )
    assert data["initiative"]["title"] == "Joint ammunition procurement"
    assert data["initiative"]["url"] == "http://127.0.0.1:8000/initiatives/ammunition/"
    added = event_payload(events["action_added"])["data"]
    assert added["action"]["description"] == "Publish the <script>alert(1)</script> roadmap"
    assert added["action"]["due_latest"] == "2026-12-10"
    body = webhook_body("https://hooks.example.org/docket", payload)
    assert json.loads(body) == payload


def test_a_slack_url_gets_the_initiative_what_changed_and_a_link(
    events: dict[str, ChangeEvent],
) -> None:
    assert is_slack_url(SLACK)
    assert not is_slack_url("https://hooks.slack.com.evil.example/services/x")
    assert not is_slack_url("https://example.org/services/x")
    message = json.loads(webhook_body(SLACK, event_payload(events["action_added"])))
    text = message["text"]
    assert text.startswith(
        "*<http://127.0.0.1:8000/initiatives/ammunition/|Joint ammunition procurement>*: "
        "New follow-up action"
    )
    # Imported text cannot inject Slack markup or links.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<script>" not in json.dumps(message)
    assert message["blocks"][0]["text"] == {"type": "mrkdwn", "text": text}
    assert "Open in Docket" in message["blocks"][1]["elements"][0]["text"]


def test_the_test_event_reads_well_in_slack_and_as_json() -> None:
    payload = ping_payload(now=dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC))
    assert payload["type"] == "docket.test"
    assert slack_message(payload)["text"].startswith("*Test event*\nDocket can reach")
