"""Curators upload documents in admin and see how each import went."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from initiatives.models import ImportRun, Initiative
from tests.initiatives.conftest import INPUTS, SEED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]
UPLOAD = "admin:initiatives_importrun_upload"


def upload(path: object) -> SimpleUploadedFile:
    return SimpleUploadedFile(path.name, path.read_bytes())


def test_a_curator_uploads_two_files_and_sees_their_outcome(
    client: Client,
    curator: User,
    settings: object,
    tmp_path: object,
    django_capture_on_commit_callbacks: object,
) -> None:
    settings.MEDIA_ROOT = tmp_path
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(UPLOAD), {"files": [upload(SEED), upload(INPUTS / "recipe.txt")]}, follow=True
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 document(s) queued for import" in html
    assert sorted(ImportRun.objects.values_list("outcome", "trigger")) == [
        ("created", "admin"),
        ("created", "admin"),
    ]
    assert Initiative.objects.get().title.startswith("EU Votes")


def test_an_unsupported_file_is_refused_with_the_accepted_types(
    client: Client, curator: User
) -> None:
    client.force_login(curator)
    bad = SimpleUploadedFile("slides.pptx", b"PK\x03\x04")
    page = client.post(reverse(UPLOAD), {"files": [bad]})
    assert page.status_code == 200
    assert "slides.pptx: Docket imports .htm, .html, .markdown, .md, .pdf, .text, .txt files." in (
        page.content.decode()
    )
    assert ImportRun.objects.count() == 0


def test_the_upload_page_is_for_curators_only(
    client: Client, analyst: User, outsider: User
) -> None:
    client.force_login(analyst)
    assert client.get(reverse(UPLOAD)).status_code == 302
    client.force_login(outsider)
    assert client.get(reverse(UPLOAD)).status_code == 403
