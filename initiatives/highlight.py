"""Cut a document's text into segments for display: evidence spans highlighted and
anchored, set-aside parts marked with their reason. Plain Python; the template escapes."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    evidence_ids: list[int] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # evidence starting here
    set_aside: str = ""  # the reason, when the segment is not part of the article
    set_aside_starts: bool = False

    @property
    def first_anchor(self) -> int | None:
        return self.anchors[0] if self.anchors else None

    @property
    def extra_anchors(self) -> list[int]:
        return self.anchors[1:]


def segments(
    text: str, evidence: Iterable[Any], set_aside: Sequence[dict[str, Any]]
) -> list[Segment]:
    """``evidence`` items have ``pk``, ``start`` and ``end``; ``set_aside`` items are dicts
    with ``start``, ``end`` and ``reason``. Out-of-range offsets are clipped."""
    length = len(text)

    def clip(value: Any) -> int:
        try:
            return max(0, min(length, int(value)))
        except (TypeError, ValueError):
            return 0

    spans = [(clip(e.start), clip(e.end), e.pk) for e in evidence]
    spans = [s for s in spans if s[1] > s[0]]
    asides = [
        (clip(s.get("start")), clip(s.get("end")), str(s.get("reason") or "set aside"))
        for s in set_aside
        if isinstance(s, dict)
    ]
    asides = [a for a in asides if a[1] > a[0]]
    cuts = sorted(
        {0, length, *(p for s in spans for p in s[:2]), *(p for a in asides for p in a[:2])}
    )
    result: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [pk for start, end, pk in spans if start <= a and end >= b]
        aside = next((x for x in asides if x[0] <= a and x[1] >= b), None)
        reason = aside[2] if aside else ""
        starts = aside is not None and aside[0] == a
        result.append(
            Segment(
                text=text[a:b],
                evidence_ids=covering,
                anchors=[pk for start, _end, pk in spans if start == a],
                set_aside=reason,
                set_aside_starts=starts,
            )
        )
    if not result and text:
        result.append(Segment(text=text))
    return result
