"""The Jinja2 templates' truncatechars skips Django's walk through short texts, and gives
exactly what Django's filter gives, safe strings included."""

from __future__ import annotations

import pytest
from django.template import defaultfilters
from django.utils.safestring import SafeData, mark_safe

from config.jinja2 import truncatechars

TEXTS = [
    "",
    "Short",
    "x" * 80,
    "x" * 81,
    "Cafe\u0301 au lait",  # a combining accent: NFC makes it one character
    "e\u0301" * 60,  # 120 code points, 60 characters
    "\u0958" * 50,  # NFC writes each as two code points, one of them combining
    "Ammunition production plan for the Baltic states and Ukraine, with a long tail " * 2,
    mark_safe("<mark>Ammunition</mark> production"),
    None,
    42,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("length", [0, 1, 5, 80, 120])
def test_it_gives_what_django_gives(text: object, length: int) -> None:
    ours, django = truncatechars(text, length), defaultfilters.truncatechars(text, length)
    assert ours == django
    assert isinstance(ours, SafeData) == isinstance(django, SafeData)
