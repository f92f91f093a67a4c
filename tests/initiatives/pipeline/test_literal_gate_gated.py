"""A gated pattern finds exactly what its pattern finds: the gate only skips stretches
where the pattern has nothing to find. Checked for every gated pattern of the pipeline,
over our own test documents and probes, stretch by stretch."""

import importlib
import json
import pkgutil
import re
from pathlib import Path
from typing import TypeVar

import initiatives.pipeline
from initiatives.pipeline.literal_gate import Gated

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[3]
INPUTS = ROOT / "tests" / "initiatives" / "pipeline" / "inputs"
PROBES = ROOT / "bench" / "probes"
# Our own sentences for the patterns that the documents above happen not to use.
SENTENCES = (
    "The new fund will allow the Ministry of Energy to build ten substations.",
    "The company restated its firm commitment to expand its plant in Lyon.",
    "The pledge by the regional council to repair every bridge was welcomed.",
    "The Northern Alliance’s formal pledge to build two depots stands.",
    "The reform will see the Coastal Authority publish its first report.",
    "Harbour Works pledged to build 40 shelters; the city, 12.",
    "The ministry is providing €12 million for rural clinics.",
    "Yesterday Prime Minister Olsen opened the bridge.",
)


def pipeline_values(kind: type[T]) -> dict[str, T]:
    """Every module-level value of ``kind`` in the pipeline, by "module.name"."""
    found: dict[str, T] = {}
    for module in pkgutil.iter_modules(initiatives.pipeline.__path__):
        loaded = importlib.import_module(f"initiatives.pipeline.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, kind):
                found.setdefault(f"{module.name}.{name}", value)
    return found


def _gated_patterns() -> dict[str, Gated]:
    return pipeline_values(Gated)


def _documents() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(INPUTS.iterdir())]
    for path in sorted(PROBES.glob("*.json")):
        texts += [probe["text"] for probe in json.loads(path.read_text())["probes"]]
    return [*texts, "\n".join(SENTENCES)]


def _stretches(text: str) -> list[tuple[int, int]]:
    """The whole text, each line, and each sentence-like piece of a line."""
    spans = [(0, len(text))]
    for line in re.finditer(r"[^\n]+", text):
        spans.append(line.span())
        spans += [m.span() for m in re.finditer(r"[^.;:!?]+[.;:!?]?", line.group())]
    return spans


def test_every_gated_pattern_has_a_gate() -> None:
    patterns = _gated_patterns()
    assert len(patterns) >= 20
    assert all(gated.gate is not None for gated in patterns.values())


def test_it_finds_what_the_pattern_finds_on_every_stretch() -> None:
    patterns = _gated_patterns()
    matched: set[str] = set()
    for text in _documents():
        for start, end in _stretches(text):
            for name, gated in patterns.items():
                expected = [m.span() for m in gated.compiled.finditer(text, start, end)]
                assert [m.span() for m in gated.finditer(text, start, end)] == expected, name
                first = gated.search(text, start, end)
                assert (first.span() if first else None) == (expected[0] if expected else None)
                if expected:
                    matched.add(name)
    # Each pattern matched somewhere, so each was really put to the test.
    assert matched == set(patterns)


def test_it_skips_a_stretch_without_the_words_and_keeps_case_folding() -> None:
    gated = Gated(re.compile(r"\b(?:pledged|promised)\s+to\b", re.IGNORECASE))
    assert gated.search("The bank lent money.") is None
    assert gated.search("They PLEDGED to act.") is not None
    # A long s folds to "s": the gate still opens for "promiſed".
    assert gated.search("They promiſed to act.") is not None
