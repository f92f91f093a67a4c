"""Exports too big for a web request: offered, prepared by the job, announced by email,
downloaded by their owner only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from exports.models import Export, ExportState
from exports.services import export_run
from initiatives.models import Initiative, Status
from tests.exports.conftest import STREAM_ROWS, files_in

pytestmark = pytest.mark.django_db


def read_csv(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode())))


def test_an_export_within_the_limit_is_streamed_at_once(client: Client, three_initiatives) -> None:
    Initiative.objects.filter(pk=three_initiatives[1].pk).update(status=Status.WITHDRAWN)
    response = client.get("/initiatives/export.csv?status=withdrawn")
    assert response.streaming
    rows = read_csv(b"".join(response.streaming_content))
    assert [r["title"] for r in rows] == ["'=Initiative 1"]  # formulas neutralised
    assert Export.objects.count() == 0


def test_a_larger_one_is_offered_to_the_job_which_leaves_a_link(
    ask: object, client: Client, analyst: User, three_initiatives, export_settings: Path
) -> None:
    client.force_login(analyst)
    page = client.get("/initiatives/export.csv?status=adopted")
    assert not page.streaming
    html = page.content.decode()
    assert f"more than {STREAM_ROWS} rows" in html
    assert 'action="/exports/initiatives/new/"' in html
    assert 'name="query" value="status=adopted"' in html

    response = ask("initiatives", "status=adopted")
    assert response.status_code == 302
    assert response["Location"] == "/exports/"
    export = Export.objects.get()
    assert (export.user, export.kind, export.query) == (analyst, "initiatives", "status=adopted")
    assert export.state == ExportState.READY  # the job ran in-process (eager Celery)
    assert export.row_count == 3
    assert export.started_at <= export.finished_at
    (name,) = files_in(export_settings)
    assert name.startswith(f"{analyst.pk}/") and len(Path(name).stem) >= 24  # unguessable

    [email] = mail.outbox
    assert email.to == [analyst.email]
    assert email.subject == "Your initiatives export is ready (3 rows)"
    link = f"http://127.0.0.1:8000/exports/{export.pk}/download/"
    assert link in email.body
    html_part, kind = email.alternatives[0]
    assert kind == "text/html"
    assert f'href="{link}"' in html_part

    listing = client.get("/exports/").content.decode()
    assert f'href="/exports/{export.pk}/download/"' in listing
    assert "Ready" in listing
    download = client.get(f"/exports/{export.pk}/download/")
    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{export.filename}"' in download["Content-Disposition"]
    rows = read_csv(b"".join(download.streaming_content))
    assert sorted(r["title"] for r in rows) == [f"'=Initiative {n}" for n in range(3)]
    assert {r["status"] for r in rows} == {"Adopted"}


def test_only_its_owner_and_staff_can_download_it(
    ask: object, client: Client, analyst: User, stranger: User, superuser: User, three_initiatives
) -> None:
    client.force_login(analyst)
    ask("initiatives", "")
    url = f"/exports/{Export.objects.get().pk}/download/"
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert "/download/" not in client.get("/exports/").content.decode()
    client.logout()
    assert client.get(url)["Location"].startswith("/accounts/login/")
    client.force_login(superuser)
    assert client.get(url).status_code == 200


def test_a_visitor_is_asked_to_sign_in_for_a_large_export(
    ask: object, client: Client, three_initiatives
) -> None:
    html = client.get("/initiatives/export.csv").content.decode()
    assert "Sign in</a> to have it prepared" in html
    assert "<form" not in html.split("<main")[1]
    assert ask("initiatives", "").status_code == 302
    assert Export.objects.count() == 0


def test_the_deliverables_have_their_job_too(
    ask: object, client: Client, analyst: User, three_initiatives
) -> None:
    from tests.factories import FollowUpActionFactory

    for initiative in three_initiatives:
        FollowUpActionFactory(initiative=initiative)
    client.force_login(analyst)
    assert not client.get("/deliverables/export.csv").streaming
    ask("deliverables", "")
    export = Export.objects.get()
    assert (export.kind, export.state, export.row_count) == ("deliverables", "ready", 3)
    assert ask("nothing", "").status_code == 404


def test_running_it_again_writes_no_second_file_and_sends_no_second_email(
    ask: object, client: Client, analyst: User, three_initiatives, export_settings: Path
) -> None:
    client.force_login(analyst)
    ask("initiatives", "")
    export = Export.objects.get()
    before = files_in(export_settings)
    assert export_run(export_id=export.pk).state == ExportState.READY
    assert export_run(export_id=export.pk).state == ExportState.READY
    assert files_in(export_settings) == before
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("kind", ["initiatives", "deliverables"])
def test_the_jobs_file_is_the_streamed_export_byte_for_byte(
    ask: object, client: Client, analyst: User, three_initiatives, settings: object, kind: str
) -> None:
    from tests.factories import DocumentFactory, FollowUpActionFactory

    for initiative in three_initiatives:
        FollowUpActionFactory(initiative=initiative)
        DocumentFactory(initiative=initiative)
    settings.SITE_URL = "http://testserver"  # the job's links, as the request's host gives them
    client.force_login(analyst)
    ask(kind, "")
    download = client.get(f"/exports/{Export.objects.get().pk}/download/")
    settings.DOCKET_EXPORT_STREAM_ROWS = 10
    url = "/initiatives/export.csv" if kind == "initiatives" else "/deliverables/export.csv"
    streamed = client.get(url)
    assert streamed.streaming
    job_bytes = b"".join(download.streaming_content)
    assert job_bytes == b"".join(streamed.streaming_content)
    assert job_bytes.count(b"\n") == 4
