"""Score the extraction pipeline against the labelled corpus of real documents.

    .venv/bin/python bench/score_extraction.py \
        [--corpus var/corpus] [--split dev|held_out|fresh|fresh2|fresh3|fresh4|s24|s25|s25d|s26d|s27|s27d|all]
        [--json] [--verbose] [--doc ID]

The pipeline is imported from the current working directory, so an engineer scores their
own branch's rules against this corpus. The labels live beside this script
(`bench/corpus/labels.json`); the texts do not (someone else's writing): each is read
from `<corpus>/texts/<id>.txt`, and a missing text is reported and skipped.

Metrics (see bench/corpus/README.md for how the labels were made):
- area F1: micro-averaged over documents, on area slugs;
- decided_on: share of documents whose decision day is exactly the labelled one (both
  null counts as right);
- action recall and precision: extracted actions are paired one-to-one with labelled
  ones by content-word overlap (MATCH_THRESHOLD);
- due windows: over paired actions whose label has a due window, the share whose window
  ends both fall within the tolerance (DAY_TOLERANCE, or the same month);
- owner: over paired actions, the share whose owner names the same body (normalised,
  alias-tolerant; "German Government" is "Germany"; a long name and the short form the
  pipeline's gazetteer knows for the same body, "USDA" and "US Department of Agriculture").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = HERE / "corpus" / "labels.json"
DEFAULT_CORPUS = Path("var/corpus")
# "all" is dev and held_out together, as every earlier row of docs/benchmarks/extraction.md
# measured them; a report-only split is scored only when asked for by name: "fresh",
# "fresh2", labelled blind after the fresh split's misses were shared with engineers,
# "fresh3", labelled blind in session 18 after fresh and fresh2 had been studied, and
# "fresh4", labelled blind in session 19 while rules were being written against fresh3;
# "s25", real pages labelled blind in session 25 (texts under `var/real25/texts/`), and
# "s27", real pages labelled blind in session 27 by a labeller who had not read the
# pipeline (texts under `var/real27/texts/`, `--corpus var/real27`).
SPLITS = ("dev", "held_out")
REPORT_ONLY_SPLITS = ("fresh", "fresh2", "fresh3", "fresh4", "s25", "s27")
# "s24": real pages gathered and labelled in session 24 before the pipeline was run on
# them, then studied while rules were written (like dev); scored only by name, so that
# the rows of "all" still compare with the earlier ones. Its texts sit directly in the
# folder given (`--corpus var/real24`), which find_text already reads. "s25d": real pages
# labelled blind in session 25, then studied by rule writers (texts under
# `var/real25d/texts/`, `--corpus var/real25d`). "s26d": real pages labelled blind in
# session 26 before the pipeline ran on them, then studied by rule writers (texts under
# `var/real26d/texts/`, `--corpus var/real26d`). "s27d": real pages labelled blind in
# session 27 before the pipeline ran on them, then studied by rule writers (texts under
# `var/real27d/texts/`, `--corpus var/real27d`).
STUDIED_SPLITS = ("s24", "s25d", "s26d", "s27d")
# Every document is read as if imported on this day, after every publication date, so
# that tense and "by the spring" resolve as they would have for a reader at the time.
TODAY = dt.date(2026, 12, 1)

# An extracted action pairs with a labelled one when at least this share of the label's
# content words (crudely stemmed) appear in the extracted description or its quote.
MATCH_THRESHOLD = 0.5
# Stems are the first STEM_CHARS letters of a word after a few suffixes are cut:
# "publishes", "published" and "publication" all become "publi".
STEM_CHARS = 5
# A window end is right within this many days, or when it falls in the same month.
DAY_TOLERANCE = dt.timedelta(days=7)

_STOPWORD_TEXT = """a an and are as at be been being by for from has have in into is it its of on or
    our over that the their them these this those to under up upon was were which while
    who will with within would shall should can could may might must also more new all
    any other such than then there they we us out about after before between through
    per each both own same so not no"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s")

# Words left out when owners are compared: "HM Government" is "the Government".
OWNER_GENERIC = frozenset(("the", "of", "hm", "his", "her", "majesty", "s", "and", "for"))
OWNER_ALIASES: dict[str, tuple[str, ...]] = {
    "european commission": ("commission", "ec", "eu commission"),
    "european union": ("eu", "union"),
    "council of the eu": ("council", "council of the european union", "eu council"),
    "eu member states": ("member states", "eu countries"),
    "united states": ("us", "u s", "usa", "america", "us government", "united states government"),
    "united kingdom": ("uk", "britain", "uk government", "government of the united kingdom"),
    "world health organization": ("who",),
}


# --- Words and owners ---------------------------------------------------------------
def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def match_score(label_description: str, extracted_text: str) -> float:
    """The share of the label's content stems that the extracted text contains."""
    wanted = content_stems(label_description)
    if not wanted:
        return 0.0
    return len(wanted & content_stems(extracted_text)) / len(wanted)


def normalise_owner(name: str) -> str:
    words = [w for w in _WORD.findall(name.lower().replace("'", "")) if w not in OWNER_GENERIC]
    return " ".join(words)


# "The German government" is the body the pipeline names "Germany": a national
# government is named after its country, as "UK Government" is "United Kingdom" above.
GOVERNMENT_DEMONYMS = {
    "german": "germany", "japanese": "japan", "french": "france", "canadian": "canada",
    "australian": "australia", "ukrainian": "ukraine", "irish": "ireland", "italian": "italy",
    "british": "united kingdom", "american": "united states", "chinese": "china",
    "indian": "india", "brazilian": "brazil", "mexican": "mexico", "spanish": "spain",
    "polish": "poland", "dutch": "netherlands", "korean": "south korea",
    "south korean": "south korea", "malaysian": "malaysia", "pakistani": "pakistan",
    "philippine": "philippines", "singaporean": "singapore", "singapore": "singapore",
    "bangladeshi": "bangladesh", "rwandan": "rwanda", "saudi": "saudi arabia",
    "south african": "south africa", "nigerian": "nigeria", "kenyan": "kenya",
    "sri lankan": "sri lanka", "chilean": "chile", "jordanian": "jordan",
    "ghanaian": "ghana", "indonesian": "indonesia",
}  # fmt: skip


_LEADING_THE = re.compile(r"(?i)\s*the\s+")


def gazetteer_name(name: str) -> str | None:
    """The pipeline's canonical name for `name` when its gazetteer knows the whole of it as
    one body ("USDA" and "U.S. Department of Agriculture" are both "US Department of
    Agriculture", "MHCLG" is the ministry's long name); None when it knows only a part
    ("Irish Aviation Authority" names Ireland but is not it) or nothing. A long name and
    its short form then score as one owner, as a reader takes them."""
    # Imported here, from the working directory, like the pipeline the scorer measures.
    from initiatives.pipeline.gazetteer import find_actors

    lead = _LEADING_THE.match(name)
    start = lead.end() if lead else 0
    matches = find_actors(name, start, len(name))
    if not matches:
        return None
    covered = set()
    for match in matches:
        covered.update(range(match.start, match.end))
    if any(ch.isalnum() and at not in covered for at, ch in enumerate(name) if at >= start):
        return None
    return max(matches, key=lambda m: m.end - m.start).entry.name


def _owner_forms(name: str, aliases: tuple[str, ...] | list[str] = ()) -> set[str]:
    forms = {normalise_owner(name)} | {normalise_owner(a) for a in aliases}
    known = (gazetteer_name(each) for each in (name, *aliases))
    forms |= {normalise_owner(each) for each in known if each}
    for form in list(forms):
        words = form.split()
        # "South Korean government": a demonym of one word or two, then "government"
        demonym = " ".join(words[:-1])
        if len(words) in (2, 3) and words[-1] == "government" and demonym in GOVERNMENT_DEMONYMS:
            forms.add(GOVERNMENT_DEMONYMS[demonym])
    for canonical, others in OWNER_ALIASES.items():
        group = {canonical, *others}
        if forms & group:
            forms |= group
    return {f for f in forms if f}


def owner_matches(
    labelled: str | None, extracted: str | None, aliases: tuple[str, ...] | list[str] = ()
) -> bool:
    """Same body, up to case, articles, known aliases, or one name inside the other
    ("Commission" and "European Commission", "member states" and "EU member states")."""
    if not labelled or not extracted:
        return not labelled and not extracted
    want, got = _owner_forms(labelled, aliases), _owner_forms(extracted)
    if want & got:
        return True
    return any(
        set(w.split()) <= set(g.split()) or set(g.split()) <= set(w.split())
        for w in want
        for g in got
    )


# --- Due windows ----------------------------------------------------------------------
def _end_matches(labelled: str | None, extracted: str | None) -> bool:
    if labelled is None or extracted is None:
        return labelled is None and extracted is None
    want, got = dt.date.fromisoformat(labelled), dt.date.fromisoformat(extracted)
    same_month = (want.year, want.month) == (got.year, got.month)
    return same_month or abs(want - got) <= DAY_TOLERANCE


def due_matches(labelled: dict[str, Any] | None, extracted: dict[str, Any] | None) -> bool:
    if labelled is None or extracted is None:
        return labelled is None and extracted is None
    return _end_matches(labelled.get("earliest"), extracted.get("earliest")) and _end_matches(
        labelled.get("latest"), extracted.get("latest")
    )


# --- Pairing --------------------------------------------------------------------------
def _extracted_text(action: dict[str, Any]) -> str:
    quote = (action.get("evidence") or {}).get("quote", "")
    return f"{action.get('description', '')} {quote}"


def pair_actions(
    labelled: list[dict[str, Any]], extracted: list[dict[str, Any]]
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (label index, extracted index, score), best scores first."""
    candidates = []
    for li, label in enumerate(labelled):
        for ei, action in enumerate(extracted):
            score = match_score(label["description"], _extracted_text(action))
            if score >= MATCH_THRESHOLD:
                # Ties go to the extracted action whose own description fits best.
                own = match_score(label["description"], action.get("description", ""))
                candidates.append((score, own, li, ei))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_l: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for score, _own, li, ei in candidates:
        if li in used_l or ei in used_e:
            continue
        used_l.add(li)
        used_e.add(ei)
        pairs.append((li, ei, score))
    return pairs


# --- Scoring one document -------------------------------------------------------------
@dataclass
class DocScore:
    id: str
    split: str
    areas_tp: int = 0
    areas_fp: int = 0
    areas_fn: int = 0
    decided_right: bool = False
    status_right: bool = False
    labelled_actions: int = 0
    extracted_actions: int = 0
    matched: int = 0
    due_total: int = 0
    due_right: int = 0
    owner_right: int = 0
    notes: list[str] = field(default_factory=list)


def _show_due(due: dict[str, Any] | None) -> str:
    if not due:
        return "no due"
    return f"due {due.get('earliest')}..{due.get('latest')} ({due.get('text')!r})"


def score_document(doc: dict[str, Any], got: dict[str, Any] | None) -> DocScore:
    """Compare one document's labels with the pipeline's `--json`-shaped initiative."""
    want = doc["labels"]
    got = got or {"areas": [], "actions": [], "decided_on": None, "status": None}
    result = DocScore(id=doc["id"], split=doc["split"])
    notes = result.notes
    if not doc.get("_has_initiative", True):
        notes.append("no initiative extracted")

    want_areas = set(want["areas"])
    got_areas = {a["area"] for a in got["areas"]}
    result.areas_tp = len(want_areas & got_areas)
    result.areas_fp = len(got_areas - want_areas)
    result.areas_fn = len(want_areas - got_areas)
    if want_areas != got_areas:
        notes.append(
            f"areas: missed {sorted(want_areas - got_areas)}, extra {sorted(got_areas - want_areas)}"
        )
    result.decided_right = want["decided_on"] == got["decided_on"]
    if not result.decided_right:
        notes.append(f"decided_on: want {want['decided_on']}, got {got['decided_on']}")
    result.status_right = want.get("status") == got.get("status")

    labelled, extracted = want["actions"], got["actions"]
    result.labelled_actions, result.extracted_actions = len(labelled), len(extracted)
    pairs = pair_actions(labelled, extracted)
    result.matched = len(pairs)
    for li, ei, _score in pairs:
        label, action = labelled[li], extracted[ei]
        if owner_matches(label.get("owner"), action.get("owner"), label.get("owner_aliases", ())):
            result.owner_right += 1
        else:
            notes.append(
                f"owner: {label['description']!r}: want {label.get('owner')!r}, "
                f"got {action.get('owner')!r}"
            )
        if label.get("due") is not None:
            result.due_total += 1
            if due_matches(label["due"], action.get("due")):
                result.due_right += 1
            else:
                notes.append(
                    f"due: {label['description']!r}: want {_show_due(label['due'])}, "
                    f"got {_show_due(action.get('due'))}"
                )
    paired_l = {li for li, _, _ in pairs}
    paired_e = {ei for _, ei, _ in pairs}
    for li, label in enumerate(labelled):
        if li not in paired_l:
            notes.append(
                f"missed action: {label['description']!r} (owner {label.get('owner')!r}, "
                f"{_show_due(label.get('due'))})"
            )
    for ei, action in enumerate(extracted):
        if ei not in paired_e:
            notes.append(
                f"extra action: {action.get('description')!r} (owner {action.get('owner')!r}, "
                f"{_show_due(action.get('due'))})"
            )
    return result


# --- Totals ---------------------------------------------------------------------------
def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def totals(scores: list[DocScore]) -> dict[str, Any]:
    tp = sum(s.areas_tp for s in scores)
    fp = sum(s.areas_fp for s in scores)
    fn = sum(s.areas_fn for s in scores)
    labelled = sum(s.labelled_actions for s in scores)
    extracted = sum(s.extracted_actions for s in scores)
    matched = sum(s.matched for s in scores)
    due_total = sum(s.due_total for s in scores)
    return {
        "documents": len(scores),
        "area_f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "decided_on": _ratio(sum(s.decided_right for s in scores), len(scores)),
        "status": _ratio(sum(s.status_right for s in scores), len(scores)),
        "action_recall": _ratio(matched, labelled),
        "action_precision": _ratio(matched, extracted),
        "due_windows": _ratio(sum(s.due_right for s in scores), due_total),
        "owner": _ratio(sum(s.owner_right for s in scores), matched),
        "labelled_actions": labelled,
        "extracted_actions": extracted,
        "matched_actions": matched,
        "labelled_dues_matched": due_total,
    }


# --- Running the pipeline ---------------------------------------------------------------
def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def find_text(corpus: Path, doc_id: str) -> Path | None:
    for candidate in (corpus / "texts" / f"{doc_id}.txt", corpus / f"{doc_id}.txt"):
        if candidate.is_file():
            return candidate
    return None


def extract(path: Path, published: dt.date) -> dict[str, Any] | None:
    """The pipeline's initiative for one text, as `import_documents --json` shows it."""
    # Imported here, from the working directory, so the scorer measures that tree's rules.
    from initiatives.pipeline.run import extract_document
    from initiatives.serialize import extraction_as_dict

    extraction = extract_document(
        path.read_bytes(), filename=path.name, today=max(TODAY, published), published=published
    )
    return extraction_as_dict(extraction.initiative)


def run(docs: list[dict[str, Any]], corpus: Path) -> tuple[list[DocScore], list[str]]:
    scores, missing = [], []
    for doc in docs:
        path = find_text(corpus, doc["id"])
        if path is None:
            missing.append(doc["id"])
            continue
        got = extract(path, dt.date.fromisoformat(doc["published"]))
        score = score_document({**doc, "_has_initiative": got is not None}, got)
        scores.append(score)
    return scores, missing


def report(scores: list[DocScore], splits: list[str]) -> dict[str, Any]:
    out = {split: totals([s for s in scores if s.split == split]) for split in splits}
    if len(splits) > 1:
        out["all"] = totals(scores)
    return out


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


COLUMNS = ("area_f1", "decided_on", "action_recall", "action_precision", "due_windows", "owner")


def print_table(result: dict[str, Any]) -> None:
    print(f"{'split':9} {'docs':>4}  " + "  ".join(f"{c:>16}" for c in COLUMNS))
    for split, row in result.items():
        cells = "  ".join(f"{_fmt(row[c]):>16}" for c in COLUMNS)
        print(f"{split:9} {row['documents']:>4}  {cells}")
    for split, row in result.items():
        print(
            f"{split}: {row['matched_actions']} of {row['labelled_actions']} labelled actions "
            f"found, {row['extracted_actions']} extracted; "
            f"{row['labelled_dues_matched']} found actions have a labelled due window"
        )


def markdown_row(row: dict[str, Any], *, split: str, code: str, day: dt.date | None = None) -> str:
    """One row of the "Corpus scores" table: date, code, split, then the six rates."""
    cells = [
        (day or dt.date.today()).isoformat(),
        code,
        f"{split} ({row['documents']})",
        *(_fmt(row[c]) for c in COLUMNS),
    ]
    return "| " + " | ".join(cells) + " |"


def print_notes(scores: list[DocScore]) -> None:
    """Each document's (or probe's) misses and extras, or "all right"."""
    for score in scores:
        print(f"== {score.id} ({score.split})")
        for note in score.notes or ["all right"]:
            print(f"   {note}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder holding texts/<id>.txt (default var/corpus)",
    )
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument(
        "--split",
        choices=[*SPLITS, *REPORT_ONLY_SPLITS, *STUDIED_SPLITS, "all"],
        default="all",
        help="all (the default) is dev and held_out; fresh, fresh2, fresh3, fresh4, s24, "
        "s25, s25d, s26d, s27 and s27d are scored only by name",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable totals")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="per document: misses, false positives, wrong owners and windows",
    )
    parser.add_argument("--doc", action="append", default=[], help="only this document id")
    parser.add_argument(
        "--rows",
        metavar="CODE",
        help="print the totals as rows of the table in docs/benchmarks/extraction.md, "
        "naming the code measured (e.g. 'main at ab3114f')",
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, os.getcwd())
    docs = load_labels(args.labels)
    wanted = SPLITS if args.split == "all" else (args.split,)
    docs = [d for d in docs if d["split"] in wanted]
    if args.doc:
        unknown = set(args.doc) - {d["id"] for d in docs}
        if unknown:
            parser.error(f"no labelled document {sorted(unknown)} in split {args.split}")
        docs = [d for d in docs if d["id"] in args.doc]
    scores, missing = run(docs, args.corpus)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    result = report(scores, splits)
    if args.json:
        payload = {"totals": result, "missing": missing, "code": os.getcwd()}
        if args.verbose:
            payload["documents"] = {s.id: s.notes for s in scores}
        print(json.dumps(payload, indent=2))
        return 0
    if args.rows:
        for split, row in result.items():
            print(markdown_row(row, split=split, code=args.rows))
        return 0
    if args.verbose:
        print_notes(scores)
    if missing:
        print(f"missing texts (skipped): {', '.join(missing)}")
    print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
