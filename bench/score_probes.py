"""Score the extraction pipeline against our own probes (bench/probes/*.json).

    .venv/bin/python bench/score_probes.py [--style STYLE] [--id ID] [--classes] [--verbose] [--json]

The probes are short documents written for this purpose in the styles of many publishers
(see bench/probes/README.md); unlike the corpus, their texts are committed. Each is scored
with the corpus scorer's own metrics and pairing (bench/score_extraction.py), so that the
two measures mean the same thing: area F1, decided_on, action recall and precision, due
windows and owners, overall and per publisher style, and with --classes per class of
wording (a probe counts towards each class it lists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score_extraction import (  # noqa: E402  (a script beside this one, not a package)
    TODAY,
    DocScore,
    print_notes,
    print_table,
    score_document,
    totals,
)

PROBES = HERE / "probes"


def load_probes(folder: Path = PROBES) -> list[dict[str, Any]]:
    """Every probe, with its file's style as its split."""
    probes = []
    for path in sorted(folder.glob("*.json")):
        payload = json.loads(path.read_text(encoding="utf-8"))
        probes.extend({**probe, "split": payload["style"]} for probe in payload["probes"])
    return probes


def extract(probe: dict[str, Any]) -> dict[str, Any] | None:
    """The pipeline's initiative for one probe, as `import_documents --json` shows it."""
    # Imported here, from the working directory, so the scorer measures that tree's rules.
    from initiatives.pipeline.run import extract_read
    from initiatives.pipeline.types import ReadResult
    from initiatives.serialize import extraction_as_dict

    published = dt.date.fromisoformat(probe["published"])
    title = probe.get("title", "")
    # A page's text starts with its headline, as the corpus's copies do.
    read = ReadResult(
        text=f"{title}\n\n{probe['text']}" if title else probe["text"],
        format="txt",
        title=title,
        source_url=probe.get("source_url", ""),
    )
    extraction = extract_read(read, today=max(TODAY, published), published=published)
    return extraction_as_dict(extraction.initiative)


def run(probes: list[dict[str, Any]]) -> list[DocScore]:
    scores = []
    for probe in probes:
        got = extract(probe)
        scores.append(score_document({**probe, "_has_initiative": got is not None}, got))
    return scores


def grouped(
    probes: list[dict[str, Any]], scores: list[DocScore], key: str
) -> dict[str, dict[str, Any]]:
    """Totals per style (key "split") or per class (key "classes"), then all together."""
    groups: dict[str, list[DocScore]] = {}
    for probe, score in zip(probes, scores, strict=True):
        names = probe.get(key, []) if key == "classes" else [probe[key]]
        for name in names:
            groups.setdefault(name, []).append(score)
    out = {name: totals(group) for name, group in sorted(groups.items())}
    out["all"] = totals(scores)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probes", type=Path, default=PROBES)
    parser.add_argument("--style", action="append", default=[], help="only this style")
    parser.add_argument("--id", action="append", default=[], help="only this probe")
    parser.add_argument("--classes", action="store_true", help="totals per class of wording")
    parser.add_argument("--verbose", action="store_true", help="each probe's misses")
    parser.add_argument("--json", action="store_true", help="machine-readable totals")
    args = parser.parse_args(argv)

    sys.path.insert(0, os.getcwd())
    probes = load_probes(args.probes)
    if args.style:
        probes = [p for p in probes if p["split"] in args.style]
    if args.id:
        probes = [p for p in probes if p["id"] in args.id]
    scores = run(probes)
    result = grouped(probes, scores, "classes" if args.classes else "split")
    if args.json:
        payload: dict[str, Any] = {"totals": result, "code": os.getcwd()}
        if args.verbose:
            payload["probes"] = {s.id: s.notes for s in scores}
        print(json.dumps(payload, indent=2))
        return 0
    if args.verbose:
        print_notes(scores)
    print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
