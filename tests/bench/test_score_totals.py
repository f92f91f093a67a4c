"""The corpus scorer's per-document comparison and its totals, on tiny synthetic labels."""

from __future__ import annotations

from types import ModuleType

DOC = {
    "id": "tiny",
    "split": "dev",
    "labels": {
        "decided_on": "2025-03-04",
        "status": "adopted",
        "areas": ["investment", "regulation"],
        "actions": [
            {
                "description": "publish heat pump guidance",
                "owner": "DESNZ",
                "due": {"earliest": "2025-03-04", "latest": "2025-06-30", "text": "by June"},
            },
            {"description": "open a consultation on grid fees", "owner": "Ofgem", "due": None},
        ],
    },
}


def extracted(**changes: object) -> dict:
    got = {
        "decided_on": "2025-03-04",
        "status": "adopted",
        "areas": [{"area": "investment"}, {"area": "supply-chain"}],
        "actions": [
            {
                "description": "Publish guidance on heat pumps",
                # another body: the long name of DESNZ would be the same owner
                "owner": "HM Treasury",
                "due": {"earliest": "2025-03-04", "latest": "2025-06-30"},
                "evidence": {"quote": "DESNZ will publish heat pump guidance by June."},
            },
            {
                "description": "Hold a summit",
                "owner": "DESNZ",
                "due": None,
                "evidence": {"quote": "It will hold a summit."},
            },
        ],
    }
    got.update(changes)
    return got


def test_it_counts_areas_actions_windows_and_owners(scorer: ModuleType) -> None:
    score = scorer.score_document(DOC, extracted())
    assert (score.areas_tp, score.areas_fp, score.areas_fn) == (1, 1, 1)
    assert score.decided_right and score.status_right
    assert (score.labelled_actions, score.extracted_actions, score.matched) == (2, 2, 1)
    assert (score.due_total, score.due_right) == (1, 1)
    # The label names the department by its initials; the scorer does not know them.
    assert score.owner_right == 0
    assert any("missed action: 'open a consultation" in note for note in score.notes)
    assert any("extra action: 'Hold a summit'" in note for note in score.notes)


def test_no_initiative_scores_as_nothing_found(scorer: ModuleType) -> None:
    score = scorer.score_document({**DOC, "_has_initiative": False}, None)
    assert (score.matched, score.extracted_actions, score.areas_tp) == (0, 0, 0)
    assert not score.decided_right
    assert score.notes[0] == "no initiative extracted"


def test_totals_give_micro_area_f1_and_action_rates(scorer: ModuleType) -> None:
    right = scorer.score_document(DOC, extracted())
    empty = scorer.score_document(DOC, None)
    totals = scorer.totals([right, empty])
    assert totals["area_f1"] == round(2 * 1 / (2 * 1 + 1 + 3), 3)
    assert totals["decided_on"] == 0.5
    assert totals["action_recall"] == 0.25
    assert totals["action_precision"] == 0.5
    assert totals["due_windows"] == 1.0
    assert totals["owner"] == 0.0


def test_an_empty_split_reports_no_rates_rather_than_zero(scorer: ModuleType) -> None:
    totals = scorer.totals([])
    assert totals["documents"] == 0
    assert totals["action_recall"] is None and totals["area_f1"] is None


def test_a_table_row_names_the_day_the_code_and_the_split(scorer: ModuleType) -> None:
    import datetime as dt

    totals = scorer.totals([scorer.score_document(DOC, extracted())])
    row = scorer.markdown_row(totals, split="dev", code="main at ab3114f", day=dt.date(2026, 12, 2))
    assert (
        row
        == "| 2026-12-02 | main at ab3114f | dev (1) | 0.50 | 1.00 | 0.50 | 0.50 | 1.00 | 0.00 |"
    )
