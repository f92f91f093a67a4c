"""The probe scorer: our own short documents, labelled, scored with the corpus scorer's
metrics per publisher style."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

PROBES_SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "score_probes.py"

STYLE = {
    "style": "ministry",
    "probes": [
        {
            "id": "water-plan",
            "published": "2026-03-02",
            "title": "Ministry launches water resilience plan",
            "text": (
                "The Ministry of Environment today launched a national water resilience "
                "plan. The Ministry will publish drought guidance for farmers by June 2026."
            ),
            "labels": {
                "decided_on": "2026-03-02",
                "areas": [],
                "actions": [
                    {
                        "description": "publish drought guidance for farmers",
                        "owner": "Ministry of Environment",
                        "due": {
                            "earliest": "2026-03-02",
                            "latest": "2026-06-30",
                            "text": "by June 2026",
                        },
                    }
                ],
            },
        }
    ],
}


@pytest.fixture(scope="module")
def probes_scorer(scorer: ModuleType) -> ModuleType:
    # score_probes imports score_extraction by name: the scorer fixture registers it.
    spec = importlib.util.spec_from_file_location("score_probes", PROBES_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_probes"] = module
    spec.loader.exec_module(module)
    return module


def test_a_probe_is_scored_per_style_and_in_all(
    probes_scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ministry.json").write_text(json.dumps(STYLE), encoding="utf-8")
    assert probes_scorer.main(["--probes", str(tmp_path), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert set(totals) == {"ministry", "all"}
    ministry = totals["ministry"]
    assert ministry["documents"] == 1 and ministry["labelled_actions"] == 1
    assert ministry["action_recall"] == 1.0 and ministry["due_windows"] == 1.0
    assert ministry["decided_on"] == 1.0


def test_verbose_names_each_probe_and_its_misses(
    probes_scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = json.loads(json.dumps(STYLE))
    wrong["probes"][0]["labels"]["decided_on"] = "2026-01-01"
    (tmp_path / "ministry.json").write_text(json.dumps(wrong), encoding="utf-8")
    probes_scorer.main(["--probes", str(tmp_path), "--verbose"])
    out = capsys.readouterr().out
    assert "== water-plan (ministry)" in out
    assert "decided_on: want 2026-01-01, got 2026-03-02" in out


def test_the_committed_probes_are_labelled_in_the_scorer_shape(
    probes_scorer: ModuleType,
) -> None:
    probes = probes_scorer.load_probes()
    assert len(probes) >= 120
    assert len({p["split"] for p in probes}) >= 8
    for probe in probes:
        assert probe["text"].strip() and probe["published"]
        for action in probe["labels"]["actions"]:
            assert action["description"] and action["owner"]


AREAS = {"co-production", "supply-chain", "standardization", "investment", "regulation"}


@pytest.mark.parametrize(
    "folder", ["fresh2", "fresh3", "blind", "blind2", "blind3", "blind4", "blind5"]
)
def test_the_held_out_sets_shaped_like_real_pages_are_labelled_in_the_scorer_shape(
    probes_scorer: ModuleType, folder: str
) -> None:
    """fresh2, fresh3 and the blind sets: 30 page-length probes each, naming the real pages they follow."""
    probes = probes_scorer.load_probes(probes_scorer.PROBES / folder)
    assert len(probes) == 30
    assert len({p["split"] for p in probes}) >= 6
    assert len({p["id"] for p in probes}) == 30
    for probe in probes:
        assert probe["publisher"] and probe["title"]
        dt.date.fromisoformat(probe["published"])
        assert 300 <= len(probe["text"].split()) <= 900, probe["id"]
        assert probe["modelled_on"] and all(
            url.startswith(("http://", "https://")) for url in probe["modelled_on"]
        )
        labels = probe["labels"]
        assert "decided_on" in labels and set(labels["areas"]) <= AREAS
        for action in labels["actions"]:
            assert action["description"] and action["owner"]
            due = action["due"]
            assert due is None or (set(due) == {"earliest", "latest", "text"} and due["text"])


def test_the_third_held_out_set_is_modelled_on_other_pages_than_the_second(
    probes_scorer: ModuleType,
) -> None:
    """fresh3 reuses none of fresh2's real pages, and adds company and city styles."""
    second = probes_scorer.load_probes(probes_scorer.PROBES / "fresh2")
    third = probes_scorer.load_probes(probes_scorer.PROBES / "fresh3")
    pages = {url for probe in second for url in probe["modelled_on"]}
    assert not pages & {url for probe in third for url in probe["modelled_on"]}
    assert {"company", "city"} <= {probe["split"] for probe in third}
    assert not {p["id"] for p in second} & {p["id"] for p in third}


def test_the_blind_set_is_modelled_on_other_pages_than_fresh2_and_fresh3(
    probes_scorer: ModuleType,
) -> None:
    """blind reuses no page and no id of fresh2 or fresh3, and keeps all eight styles."""
    earlier = probes_scorer.load_probes(
        probes_scorer.PROBES / "fresh2"
    ) + probes_scorer.load_probes(probes_scorer.PROBES / "fresh3")
    blind = probes_scorer.load_probes(probes_scorer.PROBES / "blind")
    pages = {url for probe in earlier for url in probe["modelled_on"]}
    assert not pages & {url for probe in blind for url in probe["modelled_on"]}
    assert not {p["id"] for p in earlier} & {p["id"] for p in blind}
    assert {"company", "city", "eu", "wire"} <= {probe["split"] for probe in blind}


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        ("blind2", ("fresh2", "fresh3", "blind")),
        ("blind3", ("fresh2", "fresh3", "blind", "blind2")),
        ("blind4", ("fresh2", "fresh3", "blind", "blind2", "blind3")),
        ("blind5", ("fresh2", "fresh3", "blind", "blind2", "blind3", "blind4")),
    ],
)
def test_each_later_blind_set_is_modelled_on_other_pages_than_the_sets_before_it(
    probes_scorer: ModuleType, later: str, earlier: tuple[str, ...]
) -> None:
    """A later blind set reuses no page and no id of the sets before it, and keeps all
    eight styles: it measures rules that were never fitted to its pages."""
    before = [
        probe
        for folder in earlier
        for probe in probes_scorer.load_probes(probes_scorer.PROBES / folder)
    ]
    written = probes_scorer.load_probes(probes_scorer.PROBES / later)
    pages = {url for probe in before for url in probe["modelled_on"]}
    assert not pages & {url for probe in written for url in probe["modelled_on"]}
    assert not {p["id"] for p in before} & {p["id"] for p in written}
    assert len({probe["split"] for probe in written}) == 8
