"""The text that search sees, and the words it marks. Plain Python, no Django.

Analysts spell the British way or the American way and write a deciding body's acronym
or its long form. Search forgives both by rewriting the indexed text and the query to the
same form: :func:`normal_spelling` turns British spellings into American ones (the
choice is arbitrary; only agreement matters), and :func:`indexed_text` also writes each
body's long form beside its acronym and the acronym beside its long form.

:func:`match_spans` finds, in a title or summary as written, the words a query matches,
so that pages can mark them whatever the database.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import snowballstemmer

# British word -> American word, whole words; plurals and listed inflections follow.
_WORDS = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "practise": "practice",
    "practised": "practiced",
    "practising": "practicing",
    "programme": "program",
    "catalogue": "catalog",
    "analogue": "analog",
    "centre": "center",
    "centred": "centered",
    "theatre": "theater",
    "fibre": "fiber",
    "litre": "liter",
    "metre": "meter",
    "kilometre": "kilometer",
    "calibre": "caliber",
    "spectre": "specter",
    "sombre": "somber",
    "manoeuvre": "maneuver",
    "judgement": "judgment",
    "ageing": "aging",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "instalment": "installment",
    "aluminium": "aluminum",
    "grey": "gray",
    "sceptical": "skeptical",
    "plough": "plow",
    "mould": "mold",
    "paediatric": "pediatric",
    "oestrogen": "estrogen",
    "anaesthetic": "anesthetic",
    "encyclopaedia": "encyclopedia",
}
_WORDS |= {f"{uk}s": f"{us}s" for uk, us in list(_WORDS.items()) if not uk.endswith("ed")}

# -our / -or: the root as the British write it, and the endings it takes.
_OUR_ROOTS = frozenset(
    [
        "labour",
        "colour",
        "favour",
        "honour",
        "behaviour",
        "neighbour",
        "harbour",
        "rumour",
        "vigour",
        "humour",
        "armour",
        "endeavour",
        "saviour",
        "flavour",
        "odour",
        "valour",
        "rigour",
        "savour",
        "splendour",
        "tumour",
        "parlour",
        "clamour",
        "candour",
        "ardour",
        "fervour",
        "vapour",
        "demeanour",
    ]
)
_OUR_ENDINGS = frozenset(
    [
        "",
        "s",
        "ed",
        "ing",
        "able",
        "ably",
        "ite",
        "ites",
        "ful",
        "al",
        "ally",
        "hood",
        "hoods",
        "less",
        "er",
        "ers",
        "ism",
        "ist",
        "ists",
    ]
)
# Doubled "l" before an ending: travelled / traveled.
_LL_ROOTS = frozenset(
    [
        "travel",
        "cancel",
        "label",
        "model",
        "fuel",
        "signal",
        "channel",
        "counsel",
        "level",
        "total",
        "equal",
        "marshal",
        "dial",
        "pedal",
        "jewel",
        "quarrel",
        "rival",
    ]
)
_LL_ENDINGS = frozenset(("ed", "ing", "er", "ers"))
# -ise / -ize and -yse / -yze, any root, except words whose "ise" is not a variant.
_ISE = re.compile(r"^([a-z]{2,})([iy])s(e|ed|es|ing|ation|ations|ational|er|ers)$")
_ISE_KEEP = frozenset(
    [
        "wise",
        "rise",
        "arise",
        "raise",
        "praise",
        "appraise",
        "poise",
        "noise",
        "exercise",
        "promise",
        "compromise",
        "premise",
        "precise",
        "concise",
        "franchise",
        "enterprise",
        "expertise",
        "merchandise",
        "advise",
        "devise",
        "revise",
        "supervise",
        "televise",
        "comprise",
        "surprise",
        "despise",
        "disguise",
        "chastise",
        "improvise",
        "excise",
        "incise",
        "demise",
        "treatise",
        "paradise",
        "reprise",
        "cruise",
        "bruise",
        "guise",
        "advertise",
        "apprise",
        "surmise",
        "otherwise",
        "likewise",
        "clockwise",
        "crise",
        "valise",
        "cerise",
        "anise",
    ]
)

# Deciding bodies: acronym (as written, case matters) and long form (any case).
BODIES = {
    "EC": "European Commission",
    "EP": "European Parliament",
    "EIB": "European Investment Bank",
    "EDA": "European Defence Agency",
    "NATO": "North Atlantic Treaty Organisation",
}
_ACRONYM = re.compile(r"\b(EC|EP|EIB|EDA|NATO|Nato)\b")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
# Words too common to mark (PostgreSQL's English configuration ignores them too).
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    ]
)
# A Snowball stemmer keeps the word it works on in itself: two threads sharing one
# (gunicorn's gthread workers) corrupt each other's words. One stemmer per thread.
_STEMMERS = threading.local()


@lru_cache(maxsize=20_000)
def normal_word(word: str) -> str:
    """The American spelling of a lower-case word, or the word itself."""
    if word in _WORDS:
        return _WORDS[word]
    for cut in range(4, len(word) + 1):
        root, ending = word[:cut], word[cut:]
        if root in _OUR_ROOTS and ending in _OUR_ENDINGS:
            return root[:-2] + "r" + ending
        if root in _LL_ROOTS and ending[:1] == "l" and ending[1:] in _LL_ENDINGS:
            return root + ending[1:]
    found = _ISE.match(word)
    if found and f"{found[1]}{found[2]}se" not in _ISE_KEEP:
        return f"{found[1]}{found[2]}z{found[3]}"
    return word


_LONG_FORMS = {
    acronym: re.compile(
        r"\b" + r"\s+".join(re.escape(normal_word(w.lower())) for w in long.split()) + r"\b",
        re.IGNORECASE,
    )
    for acronym, long in BODIES.items()
}


def normal_spelling(text: str) -> str:
    """``text`` with each British spelling replaced by the American one (in lower case)."""

    def swap(found: re.Match[str]) -> str:
        word = found[0]
        normal = normal_word(word.lower())
        return word if normal == word.lower() else normal

    return _WORD.sub(swap, text)


def indexed_text(text: str) -> str:
    """The text fed to the search index: bodies named both ways, spelling made normal."""
    text = normal_spelling(text)
    extra = [BODIES["NATO" if f[0] == "Nato" else f[0]] for f in _ACRONYM.finditer(text)]
    extra += [acronym for acronym, pattern in _LONG_FORMS.items() if pattern.search(text)]
    return normal_spelling(f"{text} {' '.join(extra)}") if extra else text


# Stems are remembered: a results page marks every word of 25 titles and snippets, most
# of them seen before, and the Snowball stemmer in pure Python was a third of a broad
# search's Python time (550 words a page).
STEMS_REMEMBERED = 20_000


@lru_cache(maxsize=STEMS_REMEMBERED)
def _stem(word: str) -> str:
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(normal_word(word.lower()))


def query_stems(words: list[str]) -> frozenset[str]:
    """The stems a page marks for these query words, with the words of a named body."""
    stems = {_stem(w) for w in words if w.lower() not in _STOP}
    for word in words:
        long = BODIES.get(word.upper())
        if long:
            stems |= {_stem(w) for w in long.split()}
    return frozenset(stems)


def match_spans(text: str, stems: frozenset[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the words with these stems, and the acronyms whose long forms
    they spell out, are: sorted ``(start, end)`` pairs."""
    if not stems:
        return []
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if _stem(m[0]) in stems]
    for found in _ACRONYM.finditer(text):
        long = BODIES["NATO" if found[0] == "Nato" else found[0]]
        if all(_stem(w) in stems for w in long.split()):
            spans.append((found.start(), found.end()))
    return sorted(set(spans))


def snippet_bounds(
    text: str, spans: list[tuple[int, int]], width: int, lead: int
) -> tuple[int, int]:
    """Where to cut a snippet of about ``width`` characters that shows the first match
    ``lead`` characters in (or the start of the text), at word boundaries."""
    begin = max(0, spans[0][0] - lead) if spans else 0
    if begin:
        space = text.find(" ", begin, spans[0][0])
        begin = space + 1 if space >= 0 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", spans[0][1] if spans else begin, end)
        end = space if space > 0 else end
    return begin, end
