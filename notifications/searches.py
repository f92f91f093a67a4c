"""Evaluating a saved search: the initiative list's own filter, on its saved query string."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.http import QueryDict

from initiatives.models import Initiative
from notifications.models import SavedSearch


def saved_search_initiatives(
    search: SavedSearch, *, today: dt.date, queryset: QuerySet[Initiative] | None = None
) -> QuerySet[Initiative]:
    """The initiatives the list page would show for this search (one lazy queryset)."""
    from initiatives.filters import InitiativeFilter

    base = Initiative.objects.all() if queryset is None else queryset
    data = QueryDict(search.query)
    return InitiativeFilter(data=data, queryset=base, request=None, today=today).qs
