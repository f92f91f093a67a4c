"""A list of works written as gerunds is one action per work: a council plan that "commits
the council to finishing A by 2028, widening B over three years and drafting C within six
months", a release whose "work will include rebuilding A and deepening B, by the end of the
2029-30 fiscal year". Each work keeps its own deadline, else the one after the last."""

from __future__ import annotations

import datetime as dt

from tests.initiatives.pipeline.published import quoted_actions

# A local paper's report of a shire plan, and a federal department's news release.
SHIRE = (
    "# Council plan adopted\n\n"
    "By Jo Marsh\n\n"
    "Ashby Shire Council formally adopted its Council Plan 2026-2030 on Tuesday night.\n\n"
)
RELEASE = (
    "# Government of Canada invests in ferry terminals\n\n"
    "March 4, 2026 — Halifax — Transport Canada announced $22 million to repair three "
    "ferry terminals in Nova Scotia.\n\n"
)


def rows(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    return [
        (a.description, a.due.text if a.due else None, a.due.latest if a.due else None)
        for a in quoted_actions(text)
    ]


def test_it_reads_each_gerund_a_plan_commits_a_council_to_with_its_own_deadline() -> None:
    found = rows(
        SHIRE + "It commits the council to finishing the Ashby flood wall by June 2028, "
        "widening 25 kilometres of rural roads over the next three years and drafting a "
        "shire-wide drought plan within six months.\n"
    )
    assert found == [
        ("Finish the Ashby flood wall", "by June 2028", dt.date(2028, 6, 30)),
        ("Widen 25 kilometres of rural roads", "over the next three years", dt.date(2029, 3, 3)),
        ("Draft a shire-wide drought plan", "within six months", dt.date(2026, 9, 3)),
    ]


def test_it_reads_each_work_a_programme_includes_with_the_shared_deadline() -> None:
    found = rows(
        RELEASE + "Work will include rebuilding the ramp at Digby and deepening the berths "
        "at Yarmouth, Westport and Freeport, by the end of the 2029-30 fiscal year.\n"
    )
    assert [(d, latest) for d, _, latest in found if d != "Provide $22 million"][-2:] == [
        ("Rebuild the ramp at Digby", dt.date(2030, 3, 31)),
        ("Deepen the berths at Yarmouth, Westport and Freeport", dt.date(2030, 3, 31)),
    ]


def test_it_reads_the_works_of_a_plural_subject_too() -> None:
    found = rows(RELEASE + "The works will include replacing the fender system at Digby.\n")
    assert "Replace the fender system at Digby" in [d for d, _, _ in found]


def test_it_keeps_one_action_for_one_gerund_and_none_for_a_list_of_nouns() -> None:
    one = rows(SHIRE + "It commits the council to finishing the Ashby flood wall by June 2028.\n")
    assert [d for d, _, _ in one] == ["Finish the Ashby flood wall"]
    nouns = rows(
        SHIRE + "Work will include funding for roads, drainage and footpaths in the town.\n"
    )
    assert not any("Drainage" in d or "Footpaths" in d for d, _, _ in nouns)


def test_it_reads_each_work_the_money_is_used_for_as_the_bodys_work() -> None:
    found = rows(
        RELEASE + "The money will be used to rebuild the ramp at Digby, widen the pier at "
        "Westport, and deepen the berths at Yarmouth by March 2029.\n"
    )
    assert [(d, latest) for d, _, latest in found][-3:] == [
        ("Use the money to rebuild the ramp at Digby", dt.date(2029, 3, 31)),
        ("Widen the pier at Westport", dt.date(2029, 3, 31)),
        ("Deepen the berths at Yarmouth", dt.date(2029, 3, 31)),
    ]


def test_it_keeps_one_use_of_money_with_one_purpose() -> None:
    found = rows(RELEASE + "The money will be used to rebuild the ramp at Digby and Westport.\n")
    assert [d for d, _, _ in found][-1:] == [
        "Use the money to rebuild the ramp at Digby and Westport"
    ]
