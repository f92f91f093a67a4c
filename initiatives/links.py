"""Links to Docket's pages, reversed once per URL name rather than once per link.

Django's ``reverse`` walks the resolver's tables, asks the active language five times
and quotes every argument: a tenth of a millisecond a link here, and a detail page draws
about fifty (its timeline's owners, documents and quotes). ``link`` reverses each URL
name once, with numbered stand-ins for its arguments, and then only puts the arguments
in their places. An argument it cannot vouch for (anything but a slug or a whole number,
or letters where the pattern takes digits) goes through ``reverse`` as before, so the
links, and the errors for a bad one, are Django's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# Digits, which every path converter but uuid's matches; long enough never to turn up
# in a route's own text.
_STAND_IN = "7301946285{}4"
_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")
_DIGITS = re.compile(r"[0-9]+\Z")

# A link's pieces between its arguments, and for each argument the test it must pass
# (the `match` of _DIGITS where the route takes digits only, else of _SLUG).
Shape = tuple[str, tuple[tuple[Callable[[str], object], str], ...]]
# (urlconf, script prefix, language) -> (name, number of arguments) -> the link's shape, or
# None when only reverse can make it.
_shapes: dict[tuple[str, str, str | None], dict[tuple[str, int], Shape | None]] = {}


def _shape(name: str, count: int) -> Shape | None:
    stand_ins = [_STAND_IN.format(n) for n in range(count)]
    try:
        reversed_ = reverse(name, args=stand_ins)
    except NoReverseMatch:
        return None
    pieces = [reversed_]
    for stand_in in stand_ins:
        head, found, tail = pieces[-1].partition(stand_in)
        if not found or stand_in in tail:
            return None  # the route transforms or repeats its arguments: leave it to reverse
        pieces[-1:] = [head, tail]
    tests = []
    for n in range(count):
        lettered = [*stand_ins[:n], "aZ-_" + stand_ins[n], *stand_ins[n + 1 :]]
        try:
            reverse(name, args=lettered)
        except NoReverseMatch:
            tests.append(_DIGITS.match)
        else:
            tests.append(_SLUG.match)
    return pieces[0], tuple(zip(tests, pieces[1:], strict=True))


def here() -> tuple[str, str, str | None]:
    """What a link's shape depends on besides its name: the URL configuration, the script
    prefix and the language (each a context-local read, most of a link's time)."""
    return (get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), get_language())


def link(name: str, *args: object) -> str:
    """``reverse(name, args=args)``, from the URL name's shape once it is known."""
    return _filled(_shapes_of(here()), name, args)


def links_here() -> Callable[..., str]:
    """`link` for one drawing's many links (a thousand rows of /following/): the URL
    configuration, script prefix and language are read once, when it is made, and each
    call only fills in the arguments. Make one per drawing, never keep it longer."""
    shapes = _shapes_of(here())

    def bound(name: str, *args: object) -> str:
        return _filled(shapes, name, args)

    return bound


def _shapes_of(here: tuple[str, str, str | None]) -> dict[tuple[str, int], Shape | None]:
    shapes = _shapes.get(here)
    if shapes is None:
        shapes = _shapes[here] = {}
    return shapes


def _filled(
    shapes: dict[tuple[str, int], Shape | None], name: str, args: tuple[object, ...]
) -> str:
    key = (name, len(args))
    try:
        shape = shapes[key]
    except KeyError:
        shape = shapes[key] = _shape(name, len(args))
    if shape is None:
        return reverse(name, args=args)
    head, rest = shape
    parts = [head]
    for arg, (test, piece) in zip(args, rest, strict=True):
        if type(arg) is str:
            text = arg
        elif type(arg) is int or (isinstance(arg, str | int) and not isinstance(arg, bool)):
            text = str(arg)
        else:
            return reverse(name, args=args)
        if not test(text):
            return reverse(name, args=args)
        parts += (text, piece)
    return "".join(parts)


@receiver(setting_changed)
def _forget_shapes(*, setting: str, **kwargs: object) -> None:
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME"}:
        _shapes.clear()
