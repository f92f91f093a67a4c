"""What can be exported: each kind's rows come from the app that owns them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.http import QueryDict

from initiatives.csvexport import CsvExport
from initiatives.exports import initiative_csv
from timeline.exports import deliverables_csv

Builder = Callable[..., CsvExport]

KINDS: dict[str, tuple[str, Builder, str]] = {
    # kind: (what a person calls it, its builder, the page its filters come from)
    "initiatives": ("Initiatives", initiative_csv, "initiatives:list"),
    "deliverables": ("Deliverables", deliverables_csv, "timeline:deliverables"),
}


def build(kind: str, query: str, *, base: str, today: dt.date | None = None) -> CsvExport:
    _, builder, _ = KINDS[kind]
    return builder(QueryDict(query), base=base, today=today)
