"""An import that fails half-way leaves no half-written records."""

import pytest

from initiatives import imports
from initiatives.models import Actor, Document, Evidence, ImportRun, Initiative, InitiativeArea
from tests.initiatives.conftest import SEED, import_json
from timeline.models import ChangeEvent, FollowUpAction

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("frozen_today")]


def test_a_failure_while_loading_actions_rolls_everything_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(self: object, extracted: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports._FactLoader, "_load_actions", explode)
    (entry,) = import_json(SEED)["documents"]
    assert entry["outcome"] == "failed"
    assert "disk full" in entry["error"]
    for model in (
        Document,
        Initiative,
        Evidence,
        InitiativeArea,
        FollowUpAction,
        ChangeEvent,
        Actor,
    ):
        assert model.objects.count() == 0, model
    run = ImportRun.objects.get()
    assert (run.outcome, run.document) == ("failed", None)

    monkeypatch.undo()
    (entry,) = import_json(SEED)["documents"]
    assert entry["outcome"] == "created"
    assert Initiative.objects.count() == 1
