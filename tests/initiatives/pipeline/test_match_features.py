"""The matcher's features and decision, on plain text: no database."""

from __future__ import annotations

import datetime as dt

from initiatives.pipeline import match

PUBLISHED = dt.date(2026, 3, 1)
DEFENCE = match.Profile(
    title="EU deepens defence industrial cooperation with Ukraine",
    summary="Joint production of air defence components and ammunition.",
    decided_on=dt.date(2025, 11, 25),
    decided_on_precise=True,
    venue="Brussels",
    deciders=frozenset({"European Union"}),
    partners=frozenset({"Ukraine"}),
    areas=frozenset({"co-production", "investment"}),
    actions=("Outline co-production guidelines", "Outline specific funding mechanisms"),
    actor_words=frozenset({"european", "union", "ukraine"}),
)


def document(title: str, text: str, **fields: object) -> match.Document:
    profile = match.Profile(
        title=title,
        summary=text.split("\n")[0],
        actor_words=frozenset({"european", "union", "ukraine"}),
        **fields,  # type: ignore[arg-type]
    )
    return match.Document.of(profile, f"{title}\n{text}", PUBLISHED)


def test_it_finds_acronyms_and_multiword_programme_names() -> None:
    names = match.programme_names(
        "Under the Ukraine Facility and EDIP, the Drone Co-Production Partnership in London "
        "grows. The European Commission said so."
    )
    assert names == {"ukraine facility", "edip", "drone co-production partnership"}


def test_it_stems_spelling_variants_alike() -> None:
    assert match.stem("defense") == match.stem("defence")
    assert match.stem("industrial") == match.stem("industry")
    assert match.stem("guidelines") == match.stem("guideline")


def test_it_attaches_a_follow_up_that_points_back_at_the_decision_day() -> None:
    follow_up = document(
        "Guidelines for defence co-production with Ukraine published",
        "EU agencies published the co-production guidelines, a step of the cooperation "
        "approved on 25 November 2025.",
    )
    scored = match.score(follow_up, DEFENCE, 1)
    assert scored.features["back_reference"] == 1.0
    assert scored.features["action_overlap"] == 0.5
    assert match.decide([scored]).decision == match.DECISION_ATTACHED


def test_shared_actors_and_areas_alone_do_not_make_a_match() -> None:
    decoy = document(
        "EU approves loan to repair Ukraine's energy grid",
        "The European Union approved a loan for transformers and substations.",
        deciders=frozenset({"European Union"}),
        partners=frozenset({"Ukraine"}),
        areas=frozenset({"co-production", "investment"}),
    )
    scored = match.score(decoy, DEFENCE, 1)
    assert scored.features["same_actors"] == 1.0
    assert scored.features["areas_sectors"] == 0.5
    assert scored.total == 0.0
    assert match.decide([scored]).decision == match.DECISION_NEW


def test_it_never_matches_an_initiative_decided_after_the_document() -> None:
    later = match.Profile(
        title=DEFENCE.title,
        summary=DEFENCE.summary,
        decided_on=dt.date(2026, 6, 1),
        first_seen=dt.date(2026, 1, 1),
    )
    same_words = document(DEFENCE.title, DEFENCE.summary)
    scored = match.score(same_words, later, 1)
    assert scored.total == 0.0
    assert scored.features == {"date_plausible": 0.0}


def test_an_announcement_imported_after_its_follow_ups_may_match_them() -> None:
    from_follow_ups = match.Profile(
        title=DEFENCE.title,
        summary=DEFENCE.summary,
        decided_on=dt.date(2026, 6, 1),
        first_seen=dt.date(2026, 6, 2),
    )
    assert match.date_plausible(from_follow_ups, PUBLISHED)


def test_two_candidates_that_score_alike_go_to_review() -> None:
    first = match.Score(1, 0.6, {})
    second = match.Score(2, 0.58, {})
    decision = match.decide([first, second])
    assert decision.decision == match.DECISION_REVIEW
    assert decision.initiative_id is None
    assert [c.initiative_id for c in decision.candidates] == [1, 2]


def test_a_grey_zone_score_goes_to_review_and_a_low_one_is_new() -> None:
    assert match.decide([match.Score(1, match.REVIEW + 0.01, {})]).decision == "review"
    assert match.decide([match.Score(1, match.REVIEW - 0.01, {})]).decision == "new"
    assert match.decide([]).decision == "new"
