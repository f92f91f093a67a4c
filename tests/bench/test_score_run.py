"""The corpus scorer end to end: labels file in, pipeline run, totals out."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

TEXT = (
    "Commission sets out battery plan\n\n"
    "Brussels, 3 March 2025\n\n"
    "The European Commission today adopted a plan to secure battery supply chains. "
    "The Commission will publish guidance on recycling batteries by June 2025.\n"
)


def labels(tmp_path: Path) -> Path:
    doc = {
        "id": "battery",
        "url": "https://example.org/battery",
        "published": "2025-03-03",
        "split": "dev",
        "labels": {
            "decided_on": "2025-03-03",
            "status": "adopted",
            "areas": ["supply-chain"],
            "actions": [
                {
                    "description": "publish guidance on recycling batteries",
                    "owner": "European Commission",
                    "due": {"earliest": "2025-03-03", "latest": "2025-06-30", "text": "by June"},
                }
            ],
        },
    }
    missing = {**doc, "id": "gone", "split": "held_out"}
    fresh = {**doc, "id": "battery-fresh", "split": "fresh"}
    fresh2 = {**doc, "id": "battery-fresh2", "split": "fresh2"}
    fresh3 = {**doc, "id": "battery-fresh3", "split": "fresh3"}
    fresh4 = {**doc, "id": "battery-fresh4", "split": "fresh4"}
    path = tmp_path / "labels.json"
    documents = [doc, missing, fresh, fresh2, fresh3, fresh4]
    path.write_text(json.dumps({"documents": documents}), encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "battery.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "battery-fresh.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "battery-fresh2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "battery-fresh3.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "battery-fresh4.txt").write_text(TEXT, encoding="utf-8")
    return path


def test_it_scores_the_texts_it_finds_and_reports_the_missing(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    assert scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["missing"] == ["gone"]
    dev = report["totals"]["dev"]
    assert dev["documents"] == 1 and dev["labelled_actions"] == 1
    assert dev["action_recall"] == 1.0 and dev["due_windows"] == 1.0 and dev["owner"] == 1.0
    assert report["totals"]["held_out"]["documents"] == 0


def test_verbose_text_output_names_each_document_and_the_table(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--verbose", "--doc", "battery"])
    out = capsys.readouterr().out
    assert "== battery (dev)" in out
    assert "missing texts" not in out
    (header,) = [line for line in out.splitlines() if line.startswith("split")]
    assert "area_f1" in header and "action_recall" in header


def test_the_fresh_split_is_scored_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    everything = json.loads(capsys.readouterr().out)["totals"]
    assert set(everything) == {"dev", "held_out", "all"}
    assert everything["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "fresh", "--json"]
    assert scorer.main(args) == 0
    fresh = json.loads(capsys.readouterr().out)["totals"]
    assert set(fresh) == {"fresh"}
    assert fresh["fresh"]["documents"] == 1 and fresh["fresh"]["action_recall"] == 1.0


def test_the_fresh2_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "fresh2", "--json"]
    assert scorer.main(args) == 0
    fresh2 = json.loads(capsys.readouterr().out)["totals"]
    assert set(fresh2) == {"fresh2"}
    assert fresh2["fresh2"]["documents"] == 1 and fresh2["fresh2"]["action_recall"] == 1.0

    args = [*args[:4], "--split", "fresh", "--json"]
    scorer.main(args)
    assert json.loads(capsys.readouterr().out)["totals"]["fresh"]["documents"] == 1


def test_the_fresh3_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "fresh3", "--json"]
    assert scorer.main(args) == 0
    fresh3 = json.loads(capsys.readouterr().out)["totals"]
    assert set(fresh3) == {"fresh3"}
    assert fresh3["fresh3"]["documents"] == 1 and fresh3["fresh3"]["action_recall"] == 1.0


def test_the_fresh4_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "fresh4", "--json"]
    assert scorer.main(args) == 0
    fresh4 = json.loads(capsys.readouterr().out)["totals"]
    assert set(fresh4) == {"fresh4"}
    assert fresh4["fresh4"]["documents"] == 1 and fresh4["fresh4"]["action_recall"] == 1.0


def test_the_studied_s24_split_reads_texts_straight_from_the_folder_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    real = {**data["documents"][0], "id": "battery-real", "split": "s24"}
    path.write_text(json.dumps({"documents": [*data["documents"], real]}), encoding="utf-8")
    folder = tmp_path / "real24"
    folder.mkdir()
    (folder / "battery-real.txt").write_text(TEXT, encoding="utf-8")

    scorer.main(["--corpus", str(folder), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 0

    args = ["--corpus", str(folder), "--labels", str(path), "--split", "s24", "--json"]
    assert scorer.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["totals"]) == {"s24"} and report["missing"] == []
    assert report["totals"]["s24"]["documents"] == 1
    assert report["totals"]["s24"]["action_recall"] == 1.0


def test_the_held_out_s25_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    real = {**data["documents"][0], "id": "battery-s25", "split": "s25"}
    path.write_text(json.dumps({"documents": [*data["documents"], real]}), encoding="utf-8")
    (tmp_path / "texts" / "battery-s25.txt").write_text(TEXT, encoding="utf-8")

    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "s25", "--json"]
    assert scorer.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["totals"]) == {"s25"} and report["missing"] == []
    assert report["totals"]["s25"]["documents"] == 1


def test_the_development_s25d_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    real = {**data["documents"][0], "id": "battery-s25d", "split": "s25d"}
    path.write_text(json.dumps({"documents": [*data["documents"], real]}), encoding="utf-8")
    (tmp_path / "texts" / "battery-s25d.txt").write_text(TEXT, encoding="utf-8")

    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "s25d", "--json"]
    assert scorer.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["totals"]) == {"s25d"} and report["missing"] == []
    assert report["totals"]["s25d"]["documents"] == 1
    assert report["totals"]["s25d"]["action_recall"] == 1.0


def test_the_held_out_s27_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    real = {**data["documents"][0], "id": "battery-s27", "split": "s27"}
    path.write_text(json.dumps({"documents": [*data["documents"], real]}), encoding="utf-8")
    (tmp_path / "texts" / "battery-s27.txt").write_text(TEXT, encoding="utf-8")

    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "s27", "--json"]
    assert scorer.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["totals"]) == {"s27"} and report["missing"] == []
    assert report["totals"]["s27"]["documents"] == 1
    assert report["totals"]["s27"]["action_recall"] == 1.0


def test_the_development_s27d_split_is_scored_alone_and_only_when_named(
    scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = labels(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    real = {**data["documents"][0], "id": "battery-s27d", "split": "s27d"}
    path.write_text(json.dumps({"documents": [*data["documents"], real]}), encoding="utf-8")
    (tmp_path / "texts" / "battery-s27d.txt").write_text(TEXT, encoding="utf-8")

    scorer.main(["--corpus", str(tmp_path), "--labels", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["totals"]["all"]["documents"] == 1

    args = ["--corpus", str(tmp_path), "--labels", str(path), "--split", "s27d", "--json"]
    assert scorer.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["totals"]) == {"s27d"} and report["missing"] == []
    assert report["totals"]["s27d"]["documents"] == 1
    assert report["totals"]["s27d"]["action_recall"] == 1.0
