"""Drawings kept by each process, each under everything it was drawn from.

A part of a page that shows nothing of its reader (the dashboard's body, a chart, a page
of the list's rows) is a function of the values it shows, the day, the language, the time
zone and the links' prefix. Its values are still read on every request; when they, and
the rest, are those of a kept drawing, the drawing is reused, and any change to them
draws it again. Nothing is kept across processes, so nothing needs invalidating: the key
is the whole of what is drawn from.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language


class KeptDrawings:
    """The ``size`` drawings used latest, each under its key (`kept`)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, SafeString] = OrderedDict()
        self._lock = threading.Lock()

    def kept(self, shown: Any, draw: Callable[[], str]) -> SafeString:
        """The drawing of ``shown`` (the values it is drawn from) in this request's
        language, time zone and prefix, as kept, or ``draw()`` (escaped already: a
        template's output) kept for the next. Drawn each time if ``shown`` holds a value
        that cannot be a key (a list)."""
        key = (
            shown,
            get_language(),
            timezone.get_current_timezone_name(),
            get_script_prefix(),
        )
        try:
            hash(key)
        except TypeError:
            return mark_safe(draw())  # escaped by its template
        with self._lock:
            drawn = self._kept.get(key)
            if drawn is not None:
                self._kept.move_to_end(key)
                return drawn
        drawn = mark_safe(draw())  # escaped by its template
        with self._lock:
            self._kept[key] = drawn
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return drawn
