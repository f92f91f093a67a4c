"""What a webhook says: a change event as JSON, in the Standard Webhooks envelope
(``type``, ``timestamp``, ``data``), or as a Slack message for a Slack incoming webhook."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from timeline.models import ChangeEvent

TEST_EVENT_TYPE = "docket.test"
SLACK_HOST = "hooks.slack.com"


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def event_payload(event: ChangeEvent) -> dict[str, Any]:
    """The JSON body of one change event (load it with initiative, action, document)."""
    initiative = event.initiative
    action = event.action
    document = event.document
    return {
        "type": f"initiative.{event.kind}",
        "timestamp": event.occurred_at.isoformat(),
        "data": {
            "event_id": event.pk,
            "kind": event.kind,
            "title": event.get_kind_display(),
            "summary": event.summary,
            "field": event.field,
            "old_value": event.old_value,
            "new_value": event.new_value,
            "initiative": {
                "id": initiative.pk,
                "slug": initiative.slug,
                "title": initiative.title,
                "status": initiative.status,
                "url": _absolute(initiative.get_absolute_url()),
            },
            "action": None
            if action is None
            else {
                "id": action.pk,
                "description": action.description,
                "status": action.status,
                "due_earliest": action.due_earliest.isoformat() if action.due_earliest else None,
                "due_latest": action.due_latest.isoformat() if action.due_latest else None,
            },
            "document": None
            if document is None
            else {
                "id": document.pk,
                "title": document.title,
                "url": _absolute(document.get_absolute_url()),
                "source_url": document.source_url,
            },
        },
    }


def ping_payload(*, now: dt.datetime) -> dict[str, Any]:
    """What the "send test event" button sends."""
    return {
        "type": TEST_EVENT_TYPE,
        "timestamp": now.isoformat(),
        "data": {
            "title": "Test event",
            "summary": "Docket can reach this endpoint. Changes to what you follow arrive here.",
            "url": _absolute("/"),
        },
    }


def is_slack_url(url: str) -> bool:
    """A Slack incoming webhook: https://hooks.slack.com/services/…"""
    parts = urlsplit(url)
    return parts.hostname == SLACK_HOST and parts.path.startswith("/services/")


def slack_escape(text: str) -> str:
    """Slack's mrkdwn control characters; nothing else is interpreted."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(payload: dict[str, Any]) -> dict[str, Any]:
    """The initiative, what changed, and a link, as a Slack message."""
    data = payload["data"]
    initiative = data.get("initiative")
    if initiative is None:  # the test event
        headline = f"*{slack_escape(data['title'])}*"
        link = data["url"]
    else:
        link = initiative["url"]
        headline = f"*<{link}|{slack_escape(initiative['title'])}>*: {slack_escape(data['title'])}"
    lines = [headline, slack_escape(data["summary"])]
    if data.get("old_value") or data.get("new_value"):
        old = slack_escape(data.get("old_value") or "—")
        new = slack_escape(data.get("new_value") or "—")
        lines.append(f"From “{old}” to “{new}”.")
    text = "\n".join(lines)
    return {
        "text": text,  # what notifications and old clients show
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": f"<{link}|Open in Docket>"}],
            },
        ],
        "unfurl_links": False,
    }


def webhook_body(url: str, payload: dict[str, Any]) -> bytes:
    """The bytes to POST (and sign): Slack's format for Slack, the payload otherwise."""
    message = slack_message(payload) if is_slack_url(url) else payload
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()
