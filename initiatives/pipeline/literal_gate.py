"""A quick test that a long case-insensitive alternation cannot match a stretch of text.

A vocabulary of many terms ("critical minerals", "co-invest…", "signed into law") is one
big case-insensitive regex; Python's engine tries every term at every word start, so one
huge paragraph (a 1 MB run of dates) costs a full scan per vocabulary. Each term, though,
holds some words that any match must contain ("minerals", "invest", "into law"). Those
literals are read from the compiled pattern itself, so they can never fall out of step
with the vocabulary, and searched for first in the lower-cased text: a case-sensitive
alternation of plain words, which the engine skips through fast. Where none occurs, the
vocabulary cannot match and is not run; where one does, the vocabulary decides, so
results are exactly those of the vocabulary alone.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# A gate whose shortest literal is shorter than this is too common to save a scan: the
# vocabulary is then left ungated.
MIN_LITERAL = 2
# The folded texts kept: the document being read, and a few of its parts.
FOLDED_KEPT = 8
# A character class of at most this many plain characters ("[€$£]") is read as so many
# one-character literals.
MAX_CLASS_CHARS = 8
# Characters that case-insensitive matching (re.IGNORECASE, Unicode) pairs with an ASCII
# letter and that str.lower() leaves alone or lengthens: "İ", dotless "ı", long "ſ".
_ODD_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))

Literals = frozenset[str]
# In a literal of where matches start: any whitespace character (never a plain character:
# `_plain` reads no control character).
SPACE = "\x00"


def fold(text: str) -> str | None:
    """The text lower-cased as the gate reads it, with every offset kept; None if that
    cannot be done (a character whose lower case is longer than itself)."""
    folded = text.replace("\u0130", "i").lower()
    if len(folded) != len(text):
        return None
    for odd, plain in _ODD_FOLDS[1:]:
        if odd in folded:
            folded = folded.replace(odd, plain)
    return folded


def _plain(code: int) -> str | None:
    """The character as the gate looks for it: ASCII lower-cased, or any uncased one."""
    char = chr(code)
    if char == SPACE:
        return None
    if char.isascii():
        return char.lower()
    return char if char.lower() == char.upper() else None


def _better(a: Literals | None, b: Literals | None) -> Literals | None:
    """The more selective of two sets of literals, one of which any match must contain."""
    if a is None or b is None:
        return a if b is None else b

    def rank(lits: Literals) -> tuple[int, int]:
        return (min(len(x) for x in lits), -len(lits))

    return a if rank(a) >= rank(b) else b


def _required(items: list[tuple[object, object]]) -> Literals | None:
    """Literals, one of which every match of this sequence of parsed items contains."""
    best: Literals | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            char = _plain(av)  # type: ignore[arg-type]
            if char is not None:
                run.append(char)
                continue
            flush()
            continue
        flush()
        inner: Literals | None = None
        if op is sre.SUBPATTERN:
            inner = _required(list(av[-1]))  # type: ignore[index]
        elif op is sre.BRANCH:
            alternatives = [_required(list(a)) for a in av[1]]  # type: ignore[index]
            if all(a is not None for a in alternatives):
                inner = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = av  # type: ignore[misc]
            if low >= 1:
                inner = _required(list(body))
        elif op is sre.ATOMIC_GROUP:
            inner = _required(list(av))  # type: ignore[arg-type]
        elif op is sre.ASSERT and av[0] == 1:  # type: ignore[index]
            # What a lookahead requires lies in the searched stretch too: a search stops
            # at its end. A lookbehind may look before it, and is not read.
            inner = _required(list(av[1]))  # type: ignore[index]
        elif op is sre.IN:
            inner = _class(av)  # type: ignore[arg-type]
        best = _better(best, inner)
    flush()
    return best


def _class(items: list[tuple[object, object]]) -> Literals | None:
    """A small class of plain characters, each a literal: "[€$£]"."""
    if len(items) > MAX_CLASS_CHARS or any(op is not sre.LITERAL for op, _ in items):
        return None
    chars = [_plain(code) for _, code in items]  # type: ignore[arg-type]
    if any(c is None for c in chars):
        return None
    return frozenset(chars)  # type: ignore[arg-type]


def _minimal(literals: Literals) -> list[str]:
    """Drop a literal that holds a shorter one: finding the shorter is enough."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(k in literal for k in kept):
            kept.append(literal)
    return kept


def gate_for(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive regex of literals, one of which is in the folded text of any
    stretch that `pattern` matches; None when the pattern holds no such literal."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled already
        return None
    literals = _required(list(parsed))
    if not literals or min(len(x) for x in literals) < MIN_LITERAL:
        return None
    return re.compile(_trie(_minimal(literals)))


def _trie(literals: list[str]) -> str:
    """The literals as one regex that shares their prefixes ("dec(?:ree|ided)"): the
    engine then tries a few first letters at each position, not every literal."""
    root: dict[str, dict] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [_char(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a literal ends here; a longer one goes on (not kept by _minimal)
            return ""
        return body

    return build(root)


def _char(char: str) -> str:
    return r"\s" if char == SPACE else re.escape(char)


def may_match(gate: re.Pattern[str] | None, folded: str | None, start: int, end: int) -> bool:
    """False only when the gated pattern surely finds nothing in text[start:end]."""
    if gate is None or folded is None:
        return True
    return gate.search(folded, start, end) is not None


@dataclass(frozen=True)
class Branches:
    """An alternation `prefix(?:b1|b2|…)suffix` cut into one regex per branch, each with
    the literals one of which its match holds. Whether the alternation matches anywhere
    in a stretch is whether one of its branches does; a branch none of whose literals is
    in the stretch cannot, and is not run. So only the few branches whose words are there
    are tried, instead of every branch at every word start (a case-insensitive branch
    gives the engine no first character to skip on)."""

    whole: re.Pattern[str]
    branches: tuple[re.Pattern[str], ...]
    # Branches with no literal of their own: always tried.
    ungated: tuple[int, ...]
    # Finds, at each position of the folded text, the longest literal that starts there.
    scan: re.Pattern[str] | None
    # A literal found by the scan -> the branches that it, or a literal it begins with,
    # gates.
    gated_by: dict[str, tuple[int, ...]]


def branches_of(alternatives: tuple[str, ...], *, prefix: str, suffix: str, flags: int) -> Branches:
    """The alternation of `alternatives` (in that order) between prefix and suffix."""
    whole = re.compile(f"{prefix}(?:{'|'.join(alternatives)}){suffix}", flags)
    compiled = tuple(re.compile(f"{prefix}(?:{branch}){suffix}", flags) for branch in alternatives)
    ungated: list[int] = []
    gates: dict[str, set[int]] = {}
    for index, pattern in enumerate(compiled):
        literals = _required(list(sre_parse.parse(pattern.pattern, pattern.flags)))
        if not literals or min(len(x) for x in literals) < MIN_LITERAL:
            ungated.append(index)
            continue
        for literal in literals:
            gates.setdefault(literal, set()).add(index)
    gated_by = {
        literal: tuple(
            sorted(
                {
                    index
                    for end in range(1, len(literal) + 1)
                    for index in gates.get(literal[:end], ())
                }
            )
        )
        for literal in gates
    }
    scan = re.compile(f"(?=({_longest(sorted(gates))}))") if gates else None
    return Branches(whole, compiled, tuple(ungated), scan, gated_by)


def _longest(literals: list[str]) -> str:
    """The literals as one regex that, where several start at one position, matches the
    longest (a literal that ends at a node is made optional after its longer ones)."""
    root: dict[str, dict] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(root)


def any_branch_matches(
    alternation: Branches, text: str, folded: str | None, start: int, end: int
) -> bool:
    """Whether `alternation.whole.search(text, start, end)` finds a match, trying only the
    branches whose literals are in folded[start:end]."""
    if folded is None or alternation.scan is None:
        return alternation.whole.search(text, start, end) is not None
    tried: set[int] = set(alternation.ungated)
    for found in alternation.scan.finditer(folded, start, end):
        tried.update(alternation.gated_by[found.group(1)])
    branches = alternation.branches
    return any(branches[index].search(text, start, end) is not None for index in sorted(tried))


@lru_cache(maxsize=FOLDED_KEPT)
def folded_text(text: str) -> str | None:
    """`fold(text)`, kept for the few texts in hand: every finder reads the same document."""
    return fold(text)


class Gated:
    """A pattern that is not run over a stretch lacking every literal its matches hold:
    such a search finds nothing, and the gate (plain words, which the engine skips
    through fast) tells so for much less than a long case-insensitive pattern costs."""

    __slots__ = ("compiled", "gate")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.gate = gate_for(pattern)

    def _closed(self, text: str, start: int, end: int) -> bool:
        if self.gate is None:
            return False
        folded = folded_text(text)
        return folded is not None and self.gate.search(folded, start, end) is None

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        if self._closed(text, start, end):
            return None
        return self.compiled.search(text, start, end)

    def finditer(
        self, text: str, start: int = 0, end: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._closed(text, start, end):
            return iter(())
        return self.compiled.finditer(text, start, end)


def _is_space(op: object, av: object) -> bool:
    """Whether this parsed item reads one or more whitespace characters, and nothing else."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av  # type: ignore[misc]
        return low >= 1 and len(body) == 1 and _is_space(*body[0])
    return op is sre.IN and list(av) == [(sre.CATEGORY, sre.CATEGORY_SPACE)]  # type: ignore[call-overload]


def _opening(items: list[tuple[object, object]]) -> Literals | None:
    """Literals, one of which every match of this sequence of parsed items starts with
    (what it asserts without reading, "\\b" or a lookaround, is passed over); None when
    that cannot be told. A word followed by whitespace ends with SPACE ("a\\s+" gives
    "a" + SPACE): short words are told apart from the words they begin."""
    run: list[str] = []
    for index, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and not run:
            continue
        if op is sre.LITERAL and (char := _plain(av)) is not None:  # type: ignore[arg-type]
            run.append(char)
            continue
        if run:
            if _is_space(op, av):
                run.append(SPACE)
            elif op in (sre.SUBPATTERN, sre.BRANCH) and (tail := _opening(items[index:])):
                # "was|were" is parsed as "w" and a branch: the run goes on into it
                return frozenset("".join(run) + word for word in tail)
            return frozenset({"".join(run)})
        rest = items[index + 1 :]
        if op is sre.SUBPATTERN:
            return _opening(list(av[-1]) + rest)  # type: ignore[index]
        if op is sre.BRANCH:
            return _union([list(a) + rest for a in av[1]])  # type: ignore[index]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, body = av  # type: ignore[misc]
            ways = [list(body) + rest] if low >= 1 else [list(body) + rest, rest]
            return _union(ways)
        return None
    return frozenset({"".join(run)}) if run else None


def _at_word_start(items: list[tuple[object, object]]) -> bool:
    """Whether every match of these parsed items starts with "\\b"."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return av is sre.AT_BOUNDARY
    if op is sre.SUBPATTERN:
        return _at_word_start(list(av[-1]))  # type: ignore[index]
    if op is sre.BRANCH:
        return all(_at_word_start(list(a)) for a in av[1])  # type: ignore[index]
    return False


def _union(ways: list[list[tuple[object, object]]]) -> Literals | None:
    """The openings of several ways a match may go, or None if one of them has none."""
    found: set[str] = set()
    for way in ways:
        opening = _opening(way)
        if opening is None:
            return None
        found |= opening
    return frozenset(found)


class StartGated:
    """A pattern every match of which starts with one of a few words ("will", "is",
    "plans"), read from the pattern itself. Its matches are looked for only where one of
    those words starts in the folded text, found by a case-sensitive scan that the engine
    skips through fast; each such place is tried as the search would try it there. A
    search tries every other place too, where no match can start."""

    __slots__ = ("compiled", "starts")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        opening = _opening(parsed)
        usable = opening and min(len(x) for x in opening) >= MIN_LITERAL
        if not usable:
            self.starts = None
            return
        # A pattern that opens with "\\b" starts where a word does: so does its scan, which
        # then stops at "is" but not in "this" (case folding keeps which characters are
        # word characters, so the folded text has the same word starts).
        boundary = r"\b" if _at_word_start(parsed) else ""
        self.starts = re.compile(boundary + _trie(sorted(opening)))  # type: ignore[arg-type]

    def finditer(
        self, text: str, start: int = 0, end: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        folded = folded_text(text) if self.starts is not None else None
        if folded is None:
            yield from self.compiled.finditer(text, start, end)
            return
        match = self.compiled.match
        scan = self.starts.search  # type: ignore[union-attr]
        position = start
        while (found := scan(folded, position, end)) is not None:
            hit = match(text, found.start(), end)
            if hit is None:
                position = found.start() + 1
                continue
            yield hit
            position = hit.end()

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)
