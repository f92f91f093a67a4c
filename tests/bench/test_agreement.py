"""bench/agreement.py: two tiny labellings of the same pages, scored one against the other
with the corpus scorer's metrics."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

AGREEMENT = Path(__file__).resolve().parents[2] / "bench" / "agreement.py"

GUIDANCE_DUE = {"earliest": "2025-01-10", "latest": "2025-06-30", "text": "by June"}


def doc(doc_id: str, **labels: object) -> dict:
    return {"id": doc_id, "split": "s25", "published": "2025-01-10", "labels": labels}


FIRST = [
    doc(
        "grid",
        decided_on="2025-01-10",
        status="adopted",
        areas=["investment", "regulation"],
        actions=[
            {
                "description": "publish heat pump guidance",
                "owner": "Energy Department",
                "due": GUIDANCE_DUE,
            },
            {"description": "consult on grid connection fees", "owner": "Ofgem", "due": None},
        ],
    ),
    doc(
        "visas",
        decided_on="2025-02-01",
        status="announced",
        areas=[],
        actions=[{"description": "open a new visa route", "owner": "Home Office", "due": None}],
    ),
    doc("only-first", decided_on=None, status="proposed", areas=[], actions=[]),
]

SECOND = [
    doc(
        "grid",
        decided_on="2025-01-10",
        status="adopted",
        areas=["investment"],
        actions=[
            {
                "description": "publish guidance on heat pumps",
                "owner": "Energy Department",
                "due": GUIDANCE_DUE,
            },
            {"description": "hold a summit on grids", "owner": "Ofgem", "due": None},
        ],
    ),
    doc(
        "visas",
        decided_on=None,
        status="proposed",
        areas=["supply-chain"],
        actions=[
            # B names the government; only B's aliases say it is the Home Office's promise.
            {
                "description": "open a new visa route",
                "owner": "UK Government",
                "owner_aliases": ["Home Office"],
                "due": None,
            },
        ],
    ),
]


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", AGREEMENT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["agreement"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    first.write_text(json.dumps({"documents": FIRST}), encoding="utf-8")
    second.write_text(json.dumps({"documents": SECOND}), encoding="utf-8")
    return ["--first", str(first), "--second", str(second), "--split", "s25"]


def test_it_scores_the_second_labelling_as_the_scorer_scores_the_pipeline(
    agreement: ModuleType, files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    agreement.main([*files, "--json"])
    result = json.loads(capsys.readouterr().out)
    row = result["A vs B"]
    assert row["documents"] == 2
    assert (row["labelled_actions"], row["extracted_actions"], row["matched_actions"]) == (3, 3, 2)
    assert row["area_f1"] == 0.5  # one slug shared, one missed, one extra
    assert row["decided_on"] == 0.5
    assert (row["action_recall"], row["action_precision"]) == (0.667, 0.667)
    assert row["due_windows"] == 1.0
    # The scorer reads only A's aliases: "UK Government" is not "Home Office" to it.
    assert row["owner"] == 0.5
    assert result["owner_either_aliases"] == 1.0
    assert result["action_f1"] == 0.667
    assert result["status"] == 0.5
    assert result["left_out"] == ["only-first"]


def test_it_prints_the_table_kappa_and_what_it_left_out(
    agreement: ModuleType, files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    agreement.main(files)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "left out (in one labelling only): only-first"
    a_vs_b = next(line for line in out if line.startswith("A vs B "))
    assert a_vs_b.split() == ["A", "vs", "B", "2", "0.50", "0.50", "0.67", "0.67", "1.00", "0.50"]
    # 10 document x slug votes, 8 alike; each side says yes twice: (0.8 - 0.68) / 0.32
    assert "area kappa (Cohen, document x slug): 0.38" in out
    assert "owner, either side's aliases: 1.00" in out


def test_identical_labellings_agree_fully(agreement: ModuleType) -> None:
    result = agreement.agreement(FIRST, FIRST, "s25")
    row = result["A vs B"]
    assert (row["area_f1"], row["decided_on"], row["action_recall"]) == (1.0, 1.0, 1.0)
    assert (row["action_precision"], row["owner"]) == (1.0, 1.0)
    assert result["area_kappa"] == 1.0 and result["left_out"] == []
