"""A release in another language is stored for curators with a warning and no facts."""

from pathlib import Path

import pytest

from initiatives.models import Document, Evidence, Initiative
from tests.initiatives.conftest import import_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]

FRENCH_RELEASE = """Le Conseil adopte le règlement sur les batteries

Bruxelles, le 3 mars 2025. Le Conseil a adopté aujourd'hui le règlement sur le recyclage
des batteries. Les États membres disposent de deux ans pour mettre en œuvre les nouvelles
règles, qui sont destinées à renforcer la sécurité de l'approvisionnement. La Commission
présentera un rapport sur les progrès réalisés dans les pays de l'Union avant la fin de
l'année prochaine, et le Parlement européen sera associé à cette évaluation.
"""


def test_it_stores_a_french_release_with_a_warning_and_no_initiative(tmp_path: Path) -> None:
    path = tmp_path / "communique.txt"
    path.write_text(FRENCH_RELEASE, encoding="utf-8")
    (entry,) = import_json(path)["documents"]
    assert entry["outcome"] == "created"
    assert entry["initiative"] is None
    assert any("Language French is not supported yet" in w for w in entry["warnings"])
    document = Document.objects.get()
    assert "Le Conseil a adopté" in document.text
    assert document.initiative is None
    assert (Initiative.objects.count(), Evidence.objects.count()) == (0, 0)
