"""How far two labellings of the same real pages agree, by the corpus scorer's own metrics.

    .venv/bin/python bench/agreement.py [--first bench/corpus/labels.json]
        [--second bench/corpus/labels_s25_second.json] [--split s25] [--json]

The second labelling (B) is put where `score_extraction.py` puts the pipeline's output and
scored against the first (A) with the scorer's own pairing and metrics: area F1, decided_on,
action recall (A's actions that B also has) and precision (B's actions that A also has),
due windows and owners over the paired actions. A reader who agrees perfectly with A scores
1.00 everywhere, so these figures are a ceiling for what a rule can be asked to reach.

Beside the scorer's row it prints:
- the same row with A and B swapped (pairing asks for the label's words in the other side's
  description, so it is not symmetric);
- action F1, 2 x paired / (A's actions + B's actions), the same whichever side is first;
- owners over paired actions when either side's aliases may name the other's owner (the
  scorer reads only the label's aliases);
- status agreement (not scored against the pipeline, shown for reference);
- Cohen's kappa for areas: each document and area slug is a yes or no from each side, and
  kappa discounts the agreement two readers would reach by chance at their own rates.

Only documents in both labellings are compared; the others are named and left out. Totals
only: no document's labels are printed, since `s25` is held out.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score_extraction import (  # noqa: E402  (a script beside this one, not a package)
    LABELS,
    DocScore,
    load_labels,
    owner_matches,
    pair_actions,
    print_table,
    score_document,
    totals,
)

SECOND = HERE / "corpus" / "labels_s25_second.json"
# The five cooperation areas (initiatives/migrations/0002_cooperation_areas.py).
AREA_SLUGS = ("co-production", "supply-chain", "standardization", "investment", "regulation")


def as_extracted(labels: dict[str, Any]) -> dict[str, Any]:
    """One labelling's facts in the shape of the pipeline's `--json` initiative, so the
    scorer compares them as it compares the pipeline's."""
    return {
        "decided_on": labels["decided_on"],
        "status": labels.get("status"),
        "areas": [{"area": slug} for slug in labels["areas"]],
        "actions": [
            {"description": a["description"], "owner": a.get("owner"), "due": a.get("due")}
            for a in labels["actions"]
        ],
    }


def common_documents(
    first: list[dict[str, Any]], second: list[dict[str, Any]], split: str
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[str]]:
    """(A's document, B's document) for each id both label in `split`, and the ids only one
    of them labels."""
    a_docs = {d["id"]: d for d in first if d["split"] == split}
    b_docs = {d["id"]: d for d in second if d["split"] == split}
    pairs = [(a_docs[i], b_docs[i]) for i in a_docs if i in b_docs]
    left_out = sorted(set(a_docs) ^ set(b_docs))
    return pairs, left_out


def scores(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[DocScore]:
    """The scorer's per-document scores, the first document as labels, the second as found."""
    return [score_document(a, as_extracted(b["labels"])) for a, b in pairs]


def swapped(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(b, a) for a, b in pairs]


def owners_either_way(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> tuple[int, int]:
    """(paired actions whose owners name one body by either side's aliases, paired actions)."""
    right = total = 0
    for a, b in pairs:
        a_actions, b_actions = a["labels"]["actions"], b["labels"]["actions"]
        found = as_extracted(b["labels"])["actions"]
        for ai, bi, _score in pair_actions(a_actions, found):
            one, other = a_actions[ai], b_actions[bi]
            total += 1
            right += owner_matches(
                one.get("owner"), other.get("owner"), one.get("owner_aliases", ())
            ) or owner_matches(other.get("owner"), one.get("owner"), other.get("owner_aliases", ()))
    return right, total


def area_kappa(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> float | None:
    """Cohen's kappa over every (document, area slug) as a yes/no from each labelling."""
    votes = [
        (slug in a["labels"]["areas"], slug in b["labels"]["areas"])
        for a, b in pairs
        for slug in AREA_SLUGS
    ]
    if not votes:
        return None
    n = len(votes)
    observed = sum(x == y for x, y in votes) / n
    a_yes = sum(x for x, _ in votes) / n
    b_yes = sum(y for _, y in votes) / n
    chance = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
    if chance == 1:
        return 1.0
    return round((observed - chance) / (1 - chance), 3)


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def agreement(
    first: list[dict[str, Any]], second: list[dict[str, Any]], split: str
) -> dict[str, Any]:
    pairs, left_out = common_documents(first, second, split)
    a_vs_b = totals(scores(pairs))
    b_vs_a = totals(scores(swapped(pairs)))
    owners_right, owners_total = owners_either_way(pairs)
    statuses = sum(a["labels"].get("status") == b["labels"].get("status") for a, b in pairs)
    both = a_vs_b["labelled_actions"] + a_vs_b["extracted_actions"]
    return {
        "split": split,
        "left_out": left_out,
        "A vs B": a_vs_b,
        "B vs A": b_vs_a,
        "action_f1": _rate(2 * a_vs_b["matched_actions"], both),
        "owner_either_aliases": _rate(owners_right, owners_total),
        "status": _rate(statuses, len(pairs)),
        "area_kappa": area_kappa(pairs),
    }


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def print_agreement(result: dict[str, Any]) -> None:
    if result["left_out"]:
        print(f"left out (in one labelling only): {', '.join(result['left_out'])}")
    print_table({"A vs B": result["A vs B"], "B vs A": result["B vs A"]})
    print("(A vs B: the first labelling as labels, the second as if extracted; B vs A swaps them)")
    print(f"action F1 (paired, both ways): {_fmt(result['action_f1'])}")
    print(f"owner, either side's aliases: {_fmt(result['owner_either_aliases'])}")
    print(f"status: {_fmt(result['status'])}")
    print(f"area kappa (Cohen, document x slug): {_fmt(result['area_kappa'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, default=LABELS, help="labelling A")
    parser.add_argument("--second", type=Path, default=SECOND, help="labelling B")
    parser.add_argument("--split", default="s25")
    parser.add_argument("--json", action="store_true", help="machine-readable totals")
    args = parser.parse_args(argv)

    # Owners are compared with the pipeline's gazetteer, imported from the working directory.
    sys.path.insert(0, os.getcwd())
    result = agreement(load_labels(args.first), load_labels(args.second), args.split)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_agreement(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
