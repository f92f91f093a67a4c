"""How the corpus scorer pairs extracted actions with labelled ones, and compares owners
and due windows."""

from __future__ import annotations

from types import ModuleType


def action(description: str, quote: str = "", owner: str | None = None, due=None) -> dict:
    return {"description": description, "owner": owner, "due": due, "evidence": {"quote": quote}}


def test_it_pairs_an_action_whose_words_differ_only_by_ending(scorer: ModuleType) -> None:
    labelled = [{"description": "publish the roadmap for standards"}]
    extracted = [action("Publishes a road map", "It published roadmaps on standardised markets.")]
    assert [(li, ei) for li, ei, _ in scorer.pair_actions(labelled, extracted)] == [(0, 0)]


def test_it_does_not_pair_an_action_below_the_threshold(scorer: ModuleType) -> None:
    labelled = [{"description": "publish guidance on heat pumps for landlords"}]
    extracted = [action("Publish a report", "The agency will publish a report.")]
    assert scorer.pair_actions(labelled, extracted) == []


def test_it_pairs_one_to_one_giving_each_label_its_best_action(scorer: ModuleType) -> None:
    labelled = [
        {"description": "launch consultation on planning fees"},
        {"description": "publish planning white paper"},
    ]
    quote = "The government will launch a consultation on planning fees and publish a white paper."
    extracted = [
        action("Launch a consultation on planning fees", quote),
        action("Publish a white paper", quote),
    ]
    pairs = {(li, ei) for li, ei, _ in scorer.pair_actions(labelled, extracted)}
    assert pairs == {(0, 0), (1, 1)}


def test_one_extracted_action_cannot_count_for_two_labels(scorer: ModuleType) -> None:
    labelled = [{"description": "publish white paper"}, {"description": "publish white paper"}]
    extracted = [action("Publish white paper")]
    assert len(scorer.pair_actions(labelled, extracted)) == 1


def test_owners_match_up_to_articles_aliases_and_a_shorter_name(scorer: ModuleType) -> None:
    assert scorer.owner_matches("European Commission", "the Commission")
    assert scorer.owner_matches("EU member states", "Member States")
    assert scorer.owner_matches("UK Government", "HM Government", ["government"])
    assert scorer.owner_matches("Secretary of State", "USAID", ["USAID"])
    assert scorer.owner_matches("German Government", "Germany")
    assert scorer.owner_matches("Japanese government", "Japan", ["government"])
    assert not scorer.owner_matches("German Government", "France")
    # a demonym of two words, and governments outside the first table
    assert scorer.owner_matches("South Korean government", "South Korea")
    assert scorer.owner_matches("Malaysian government", "Malaysia")
    assert not scorer.owner_matches("South African government", "South Korea")
    assert not scorer.owner_matches("European Commission", "European Parliament")
    assert not scorer.owner_matches("NIST", None)


def test_a_long_name_and_the_short_form_the_gazetteer_knows_are_one_owner(
    scorer: ModuleType,
) -> None:
    assert scorer.owner_matches("FAO", "Food and Agriculture Organization")
    assert scorer.owner_matches("U.S. Department of Agriculture", "USDA")
    assert scorer.owner_matches("the Treasury", "HM Treasury")
    # A name that only contains a known one is another body: the Irish aviation
    # authority is not Ireland, nor the US farm ministry's office the United States.
    assert not scorer.owner_matches("Irish Aviation Authority", "Ireland")
    assert not scorer.owner_matches("USDA Rural Development office", "United States")
    assert not scorer.owner_matches("FAO", "World Food Programme")


def test_a_due_window_is_right_within_a_week_or_in_the_same_month(scorer: ModuleType) -> None:
    labelled = {"earliest": "2025-06-17", "latest": "2025-12-31", "text": "by year end"}
    assert scorer.due_matches(labelled, {"earliest": "2025-06-20", "latest": "2025-12-01"})
    assert scorer.due_matches(labelled, {"earliest": "2025-06-10", "latest": "2026-01-05"})
    assert not scorer.due_matches(labelled, {"earliest": "2025-06-17", "latest": "2026-01-31"})
    assert not scorer.due_matches(labelled, None)
    open_ended = {"earliest": None, "latest": None, "text": "within 180 days of adoption"}
    assert scorer.due_matches(open_ended, {"earliest": None, "latest": None})
    assert not scorer.due_matches(open_ended, {"earliest": "2025-01-01", "latest": None})


def test_a_government_named_by_its_demonym_is_its_country(scorer: ModuleType) -> None:
    # session 25: real pages label "Malaysian government"; the pipeline names "Malaysia"
    assert scorer.owner_matches("Malaysian government", "Malaysia")
    assert scorer.owner_matches("Pakistani government", "Pakistan")
    assert not scorer.owner_matches("Malaysian government", "Singapore")
