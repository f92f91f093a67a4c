"""A year Docket guessed is shown as guessed, with the reason, on every page that shows
the decision date and in admin; a curator who checks it can say so."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client

from initiatives.models import YEAR_INFERRED_REASON, Initiative
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db
GUESSED = "decided 25 November (year inferred: 2025)"
SEED = "seeds/eu-ukraine-defence-industrial-cooperation.txt"


@pytest.fixture
def guessed() -> Initiative:
    return InitiativeFactory(
        title="Guessed", decided_on=dt.date(2025, 11, 25), decided_on_year_inferred=True
    )


def test_the_seed_imported_in_december_is_marked_as_a_guessed_year(client: Client) -> None:
    with time_machine.travel("2026-12-02 09:00:00+00:00", tick=False):
        call_command("import_documents", SEED, verbosity=0)
    initiative = Initiative.objects.get()
    assert initiative.decided_on_year_inferred
    page = client.get(initiative.get_absolute_url()).content.decode()
    year = initiative.decided_on.year
    assert f"decided 25 November (year inferred: {year})" in page


def test_the_detail_page_says_the_year_was_guessed_and_why(
    client: Client, guessed: Initiative
) -> None:
    page = client.get(guessed.get_absolute_url()).content.decode()
    assert f'title="{YEAR_INFERRED_REASON}">{GUESSED}' in page
    assert f'<span class="visually-hidden"> ({YEAR_INFERRED_REASON})</span>' in page
    assert "25 November 2025" not in page


def test_the_list_says_the_year_was_guessed(client: Client, guessed: Initiative) -> None:
    page = client.get("/initiatives/").content.decode()
    assert f'title="{YEAR_INFERRED_REASON}">{GUESSED}' in page


def test_a_known_year_is_shown_plainly(client: Client) -> None:
    known = InitiativeFactory(title="Known", decided_on=dt.date(2025, 11, 25))
    page = client.get(known.get_absolute_url()).content.decode()
    assert "decided 25 November 2025" in page
    assert "year inferred" not in page


def test_admin_shows_the_guess_and_lets_a_curator_untick_it(
    client: Client, curator: object, guessed: Initiative
) -> None:
    client.force_login(curator)
    listing = client.get("/admin/initiatives/initiative/").content.decode()
    assert (
        f'<span title="{YEAR_INFERRED_REASON}">25 November (year inferred: 2025)</span>' in listing
    )
    change = client.get(f"/admin/initiatives/initiative/{guessed.pk}/change/").content.decode()
    assert 'name="decided_on_year_inferred"' in change
    assert YEAR_INFERRED_REASON in change
