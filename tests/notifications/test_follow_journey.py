"""From the initiative's page to the inbox: follow with one click, then read the digest."""

from __future__ import annotations

import re

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from initiatives.models import Status
from initiatives.services import initiative_save
from notifications.digests import send_digests
from tests.factories import CHANGED_AT, SEND_AT, InitiativeFactory, set_daily
from timeline.models import EventVia

pytestmark = pytest.mark.django_db


def follow_form(html: str) -> tuple[str, dict[str, str]]:
    form = re.search(r'<form class="follow-form" method="post" action="([^"]+)">(.*?)</form>', html)
    assert form, "no follow button on the page"
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form[2]))
    return form[1], fields


def test_an_analyst_follows_an_initiative_from_its_page_and_hears_of_its_change(
    client: Client, analyst: User
) -> None:
    set_daily(analyst)
    initiative = InitiativeFactory(title="Drone coalition", status=Status.PROPOSED, slug="drones")
    client.force_login(analyst)
    page = client.get(initiative.get_absolute_url()).content.decode()
    action, fields = follow_form(page)
    response = client.post(action, fields)
    assert response["Location"] == initiative.get_absolute_url()
    assert "Following ✓" in client.get(initiative.get_absolute_url()).content.decode()

    with time_machine.travel(CHANGED_AT, tick=False):
        initiative.status = Status.ADOPTED
        initiative_save(initiative=initiative, via=EventVia.ADMIN)
    with time_machine.travel(SEND_AT, tick=False):
        send_digests(now=SEND_AT)
    [message] = mail.outbox
    assert "Drone coalition [Adopted]" in message.body
    assert "Status changed from Proposed to Adopted" in message.body
